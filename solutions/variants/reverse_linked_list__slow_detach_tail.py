# expect: SLOW
"""Reverse a Linked List, brute force: walk to the last node, detach it, append it to the result.

Correct, but each walk to the tail is O(n): O(n^2) time.
"""

from typing import Optional

from judge.harness.structures import ListNode


def reverse_list(head: Optional[ListNode]) -> Optional[ListNode]:
    new_head: Optional[ListNode] = None
    tail: Optional[ListNode] = None
    while head is not None:
        prev, node = None, head
        while node.next is not None:
            prev, node = node, node.next
        if prev is None:
            head = None
        else:
            prev.next = None
        if tail is None:
            new_head = node
        else:
            tail.next = node
        tail = node
    return new_head
