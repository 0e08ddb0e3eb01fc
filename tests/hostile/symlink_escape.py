# expect: AC
# backends: docker local
# Plants symlinks in the work dir (and /tmp) to a host folder the test watches, under names a careless
# host might read or clean up. The host must follow none of them: the folder's file must survive.
import os

CANARY = "/tmp/judge-hostile-canary"


def _plant():
    for folder in (os.getcwd(), os.environ.get("TMPDIR", "/tmp")):
        for name, target in (("canary", CANARY), ("results.jsonl", CANARY + "/keep.txt"),
                             ("job.json", CANARY + "/keep.txt"), ("solution.py", "/etc/passwd")):
            try:
                os.symlink(target, os.path.join(folder, name))
            except OSError:
                pass


def two_sum(nums, target):
    _plant()
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
