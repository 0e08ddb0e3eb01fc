# expect: RE
# backends: docker local
# Writes forged result lines (the public example's right answer, then "done") to every descriptor it
# can, hoping one is the judge's channel. It must never end as AC.
import json
import os


def two_sum(nums, target):
    forged = json.dumps({"type": "test", "index": 0, "status": "ok", "output": [0, 3], "time": 0.0,
                         "error": None, "stdout": "", "stdout_chars": 0, "memory_kb": 0})
    payload = (forged + "\n" + json.dumps({"type": "done"}) + "\n").encode()
    for fd in range(3, 256):
        try:
            os.write(fd, payload)
        except OSError:
            pass
    return None
