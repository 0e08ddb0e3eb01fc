# class: O(n^2)
# input: words
"""Build a string by joining the whole text so far with each word: str.join copies everything in C each time."""


def solve(words: list[str]) -> int:
    text = ""
    for word in words:
        text = ",".join((text, word))
    return len(text)
