# expect: TLE
# backends: docker local
import time


def two_sum(nums, target):
    until = time.time() + 3600
    while time.time() < until:
        pass
