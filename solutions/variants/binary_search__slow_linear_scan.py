# expect: SLOW
"""Binary Search, brute force: scan the list from the front. Correct, but O(n) time."""


def search(nums: list[int], target: int) -> int | None:
    for i, x in enumerate(nums):
        if x == target:
            return i
    return None
