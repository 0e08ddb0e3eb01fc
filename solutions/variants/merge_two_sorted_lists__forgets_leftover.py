# expect: WA
"""Merges while both lists are non-empty but never attaches the leftover tail."""

from typing import Optional

from judge.harness.structures import ListNode


def merge_two_lists(a: Optional[ListNode], b: Optional[ListNode]) -> Optional[ListNode]:
    dummy = ListNode()
    tail = dummy
    while a is not None and b is not None:
        if a.val <= b.val:
            tail.next = a
            a = a.next
        else:
            tail.next = b
            b = b.next
        tail = tail.next
    tail.next = None
    return dummy.next
