"""The two kinds of failure the CLI maps to exit codes: the user's input (2) and the judge's own (3)."""


class UsageError(Exception):
    """Bad input from the user: an unknown name, a malformed spec, a missing file. Exit code 2."""


class JudgeError(Exception):
    """The judge or its sandbox failed; never the submission's fault. Exit code 3."""
