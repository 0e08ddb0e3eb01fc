# expect: RE
# backends: docker
# Kills its parent and PID 1. In a container that ends the container: a runtime error, nothing more.
import os
import signal


def two_sum(nums, target):
    for pid in (os.getppid(), 1):
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    os.kill(os.getpid(), signal.SIGKILL)
