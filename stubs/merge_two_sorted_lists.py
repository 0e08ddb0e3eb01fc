"""Merge Two Sorted Lists: run `judge show merge_two_sorted_lists` for the statement."""

from typing import Optional

from judge.harness.structures import ListNode


def merge_two_lists(a: Optional[ListNode], b: Optional[ListNode]) -> Optional[ListNode]:
    """Return the head of one ascending list made by splicing together the nodes of a and b."""
    raise NotImplementedError
