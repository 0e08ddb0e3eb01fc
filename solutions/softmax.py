"""Softmax, numerically stable.

Shifting every logit by the maximum does not change the result but keeps every exponent <= 0,
so exp never overflows and the largest term is exactly 1 (the sum is never 0).
"""

import math


def softmax(logits: list[float]) -> list[float]:
    """Return the softmax probabilities of `logits`, computed without overflow."""
    top = max(logits)
    exps = [math.exp(x - top) for x in logits]
    total = math.fsum(exps)
    return [e / total for e in exps]
