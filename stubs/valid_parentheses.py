"""Valid Parentheses: run `judge show valid_parentheses` for the statement."""


def is_valid(s: str) -> bool:
    """Return True when every bracket in s is closed by the matching bracket in the right order."""
    raise NotImplementedError
