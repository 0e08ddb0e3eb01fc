# expect: RE
# backends: docker local
# Writes a 1 GiB file into the working dir: the file-size limit (or the small tmpfs) stops it.
def two_sum(nums, target):
    block = b"\0" * (1024 * 1024)
    with open("huge.bin", "wb") as out:
        for _ in range(1024):
            out.write(block)
    return [0, 1]
