def two_sum(nums, target)
    return []
