# class: O(n)
"""Softmax with max(), map() and sum() doing the loops in C: O(n)."""

import math


def softmax(logits: list[float]) -> list[float]:
    top = max(logits)
    exps = [math.exp(x - top) for x in logits]
    total = sum(exps)
    return [e / total for e in exps]
