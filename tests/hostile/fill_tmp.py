# expect: RE
# backends: docker
# Fills /tmp with many small files: the tmpfs size caps it (the host's /tmp is never reached).
def two_sum(nums, target):
    block = b"\0" * (1024 * 1024)
    for number in range(4096):
        with open(f"/tmp/fill-{number}.bin", "wb") as out:
            out.write(block)
    return [0, 1]
