"""Inputs for measuring Valid Parentheses: a valid string of n brackets nested n/2 deep.

Random opening brackets followed by their closers in reverse: the stack solution reads every
character and holds n/2 of them, while deleting "()", "[]", "{}" pairs until nothing changes
removes only the innermost pair per pass.
"""

import random

_OPEN = bytes(b"([{"[i % 3] for i in range(256))
_CLOSE = bytes.maketrans(b"([{", b")]}")


def generate(n: int, rng: random.Random) -> list:
    opens = rng.randbytes(n // 2).translate(_OPEN)
    return [(opens + opens[::-1].translate(_CLOSE)).decode("ascii")]
