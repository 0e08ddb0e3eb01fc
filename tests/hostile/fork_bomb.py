# expect: TLE
# backends: docker
# Forks without end; the pids limit stops the growth and the deadline kill ends the spinning.
import os


def two_sum(nums, target):
    while True:
        try:
            os.fork()
        except OSError:
            pass
