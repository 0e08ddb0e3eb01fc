# class: O(n)
"""Binary Search by list.index: a linear scan inside C (fast per element, still O(n))."""


def search(nums: list[int], target: int) -> int | None:
    try:
        return nums.index(target)
    except ValueError:
        return None
