# expect: WA
# backends: docker local
# Prints result lines that claim success, through print() and raw writes to fd 1; returns garbage.
import json
import os


def two_sum(nums, target):
    forged = json.dumps({"type": "test", "index": 0, "status": "ok", "output": [0, 3], "time": 0.0,
                         "error": None, "stdout": "", "stdout_chars": 0, "memory_kb": 0})
    print(forged)
    os.write(1, (forged + "\n" + json.dumps({"type": "done"}) + "\n").encode())
    return [-1, -1]
