"""Reference solution for reverse_linked_list.

Walk the list once, pointing each node's ``next`` back at the node before it; the last node
visited becomes the new head. O(n) time, O(1) extra space.
"""

from typing import Optional

from judge.harness.structures import ListNode


def reverse_list(head: Optional[ListNode]) -> Optional[ListNode]:
    """Return the head of the list after reversing the order of its nodes."""
    prev: Optional[ListNode] = None
    node = head
    while node is not None:
        node.next, prev, node = prev, node, node.next
    return prev
