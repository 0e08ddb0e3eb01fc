"""judge: an auto-graded coding judge for interview practice.

Kept free of imports on purpose: the sandbox receives a copy of this file with the harness, and
``judge.harness`` must import there with nothing but the standard library.
"""

__version__ = "0.1.0"
