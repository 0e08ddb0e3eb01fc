# expect: WA
"""Stops one step early (loops while node.next exists), so the old tail is never relinked."""

from typing import Optional

from judge.harness.structures import ListNode


def reverse_list(head: Optional[ListNode]) -> Optional[ListNode]:
    if head is None:
        return None
    prev: Optional[ListNode] = None
    node = head
    while node.next is not None:
        nxt = node.next
        node.next = prev
        prev = node
        node = nxt
    return prev
