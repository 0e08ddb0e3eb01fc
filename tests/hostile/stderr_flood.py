# expect: OLE
# backends: docker local
# Raw writes to the descriptors, past Python's sys.stderr: only the host's byte count can stop them.
import os


def two_sum(nums, target):
    block = b"e" * 65536
    while True:
        os.write(2, block)
        os.write(1, block)
