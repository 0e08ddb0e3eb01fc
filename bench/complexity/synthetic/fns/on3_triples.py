# class: O(n^3)
# input: ints
"""Count triples i < j < k whose sum is divisible by 7, in three Python loops."""


def solve(nums: list[int]) -> int:
    n, count = len(nums), 0
    for i in range(n):
        for j in range(i + 1, n):
            s = nums[i] + nums[j]
            for k in range(j + 1, n):
                if (s + nums[k]) % 7 == 0:
                    count += 1
    return count
