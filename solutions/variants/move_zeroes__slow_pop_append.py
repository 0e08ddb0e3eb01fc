# expect: SLOW
"""Move Zeroes, brute force: pop each zero out of the middle and append it at the end.

Correct, but every pop shifts the rest of the list left: O(n * zeros) time, O(n^2) at worst.
"""


def move_zeroes(nums: list[int]) -> None:
    i = 0
    for _ in range(len(nums)):  # each original element is looked at once
        if nums[i] == 0:
            nums.append(nums.pop(i))
        else:
            i += 1
