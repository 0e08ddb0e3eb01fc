# class: O(2^n)
# input: tiny
"""T(n) = 2 T(n - 1) + O(1): a recursion that calls itself twice on one element less."""


def solve(nums: list[int]) -> int:
    def walk(k: int) -> int:
        return 1 if k == 0 else walk(k - 1) + walk(k - 1)

    return walk(len(nums))
