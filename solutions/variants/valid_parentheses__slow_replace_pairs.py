# expect: SLOW
"""Valid Parentheses, brute force: delete adjacent matched pairs until none is left.

Correct, but each pass removes only the innermost pairs, so deep nesting takes O(n) passes of
O(n) each: O(n^2) time.
"""


def is_valid(s: str) -> bool:
    while True:
        shorter = s.replace("()", "").replace("[]", "").replace("{}", "")
        if shorter == s:
            return not s
        s = shorter
