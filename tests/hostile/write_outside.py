# expect: AC
# backends: docker
# Tries to write outside /tmp and the working dir. Any success returns a wrong answer.
def _wrote_somewhere():
    for path in ("/etc/judge-pwned", "/opt/judge/pwned", "/judge/in/pwned", "/usr/pwned", "/pwned",
                 "/opt/judge/judge/harness/main.py"):
        try:
            with open(path, "a") as out:
                out.write("pwned")
            return True
        except OSError:
            pass
    return False


def two_sum(nums, target):
    if _wrote_somewhere():
        return [-1, -1]
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
