"""Valid Parentheses.

Push every opening bracket on a stack; a closing bracket must match the top of the stack, and the
stack must be empty once the whole string is read.
"""

PAIRS = {")": "(", "]": "[", "}": "{"}


def is_valid(s: str) -> bool:
    """Return True when every bracket in s is closed by the matching bracket in the right order."""
    stack: list[str] = []
    for ch in s:
        if ch in PAIRS:
            if not stack or stack.pop() != PAIRS[ch]:
                return False
        else:
            stack.append(ch)
    return not stack
