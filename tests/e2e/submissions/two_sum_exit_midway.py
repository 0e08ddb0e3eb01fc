import os

calls = 0


def two_sum(nums, target):
    global calls
    calls += 1
    if calls == 3:
        os._exit(0)  # ends the process in the middle of the tests: must never read as AC
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
