"""Group Anagrams: run `judge show group_anagrams` for the statement."""


def group_anagrams(words: list[str]) -> list[list[str]]:
    """Return the words partitioned into groups of anagrams of one another."""
    raise NotImplementedError
