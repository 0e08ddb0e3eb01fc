# expect: SLOW
"""Softmax, slow: the normalising max and sum are recomputed for every element: O(n^2)."""

import math


def softmax(logits: list[float]) -> list[float]:
    """Return the softmax probabilities of `logits`, computed without overflow."""
    result = []
    for x in logits:
        top = max(logits)
        total = sum(math.exp(y - top) for y in logits)
        result.append(math.exp(x - top) / total)
    return result
