def two_sum(nums, target):
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return (seen[target - x], i)  # a tuple where a list is asked: exact checking rejects it
        seen[x] = i
