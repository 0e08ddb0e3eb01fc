# expect: SLOW
"""Move Zeroes, brute force: bubble each zero to the end of the list by adjacent swaps.

Correct (each swap keeps the other values in order), but every zero travels past all the values
after it: O(n * zeros) time, O(n^2) at worst.
"""


def move_zeroes(nums: list[int]) -> None:
    end = len(nums)  # nums[end:] holds the zeros already moved
    i = 0
    while i < end:
        if nums[i] == 0:
            for j in range(i, end - 1):
                nums[j], nums[j + 1] = nums[j + 1], nums[j]
            end -= 1
        else:
            i += 1
