# expect: RE
# backends: docker local
# os._exit(0) on the first call: a clean exit code must never read as accepted.
import os


def two_sum(nums, target):
    os._exit(0)
