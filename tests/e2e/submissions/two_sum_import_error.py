import no_such_module_anywhere


def two_sum(nums, target):
    return []
