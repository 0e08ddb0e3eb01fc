"""Reverse a Linked List: run `judge show reverse_linked_list` for the statement."""

from typing import Optional

from judge.harness.structures import ListNode


def reverse_list(head: Optional[ListNode]) -> Optional[ListNode]:
    """Return the head of the list after reversing the order of its nodes."""
    raise NotImplementedError
