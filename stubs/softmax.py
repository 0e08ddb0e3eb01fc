"""Softmax: run `judge show softmax` for the statement."""


def softmax(logits: list[float]) -> list[float]:
    """Return the softmax probabilities of `logits`, computed without overflow."""
    raise NotImplementedError
