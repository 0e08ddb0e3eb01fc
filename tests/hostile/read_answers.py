# expect: AC
# backends: docker
# Looks for the expected answers: a problem.json anywhere, or the job holding an "expected" field.
# Finding either returns a wrong answer; an honest sandbox has neither.
import json
import os


def _answers_visible():
    for root, dirs, files in os.walk("/"):
        dirs[:] = [d for d in dirs if os.path.join(root, d) not in ("/proc", "/sys", "/dev", "/usr")]
        if "problem.json" in files:
            return True
    with open("/judge/in/job.json") as job:
        data = json.load(job)
    return any("expected" in test for test in data["tests"])


def two_sum(nums, target):
    if _answers_visible():
        return [-1, -1]
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
