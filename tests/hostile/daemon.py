# expect: AC
# backends: docker
# Detaches a daemon (double fork + setsid) that tries to outlive the run; answers correctly meanwhile.
import os
import time


def _detach():
    if os.fork() == 0:
        os.setsid()
        if os.fork() == 0:
            while True:
                time.sleep(1)
        os._exit(0)


started = False


def two_sum(nums, target):
    global started
    if not started:
        started = True
        _detach()
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
