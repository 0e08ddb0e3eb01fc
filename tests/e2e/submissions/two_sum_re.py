def lookup(nums):
    return nums[len(nums)]


def two_sum(nums, target):
    return lookup(nums)
