# expect: RE
# backends: docker local
def _down(depth):
    return _down(depth + 1) + 1


def two_sum(nums, target):
    return _down(0)
