def twoSum(nums, target):
    return []
