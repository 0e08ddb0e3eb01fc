# expect: SLOW
"""Merge Two Sorted Lists, brute force: insert b's nodes one at a time into a, searching from a's head.

Correct (each node of b goes after every node not greater than it, so ties stay stable), but each
search starts over at the head: O((m + n) * n) time.
"""

from typing import Optional

from judge.harness.structures import ListNode


def merge_two_lists(a: Optional[ListNode], b: Optional[ListNode]) -> Optional[ListNode]:
    dummy = ListNode(0, a)
    while b is not None:
        node, b = b, b.next
        prev = dummy
        while prev.next is not None and prev.next.val <= node.val:
            prev = prev.next
        node.next = prev.next
        prev.next = node
    return dummy.next
