# expect: WA
"""Avoids overflow by clipping logits into exp's safe range instead of shifting by the max."""

import math


def softmax(logits: list[float]) -> list[float]:
    """Return the softmax probabilities of `logits`."""
    exps = [math.exp(max(-700.0, min(700.0, x))) for x in logits]
    total = sum(exps)
    return [e / total for e in exps]
