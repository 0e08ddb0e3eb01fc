"""Reference solution for merge_two_sorted_lists.

Keep a tail pointer behind a dummy head and repeatedly splice on the smaller front node
(taking from ``a`` on ties, which keeps the merge stable); then attach whatever list remains.
O(m + n) time, O(1) extra space.
"""

from typing import Optional

from judge.harness.structures import ListNode


def merge_two_lists(a: Optional[ListNode], b: Optional[ListNode]) -> Optional[ListNode]:
    """Return the head of one ascending list made by splicing together the nodes of a and b."""
    dummy = ListNode()
    tail = dummy
    while a is not None and b is not None:
        if b.val < a.val:
            tail.next, b = b, b.next
        else:
            tail.next, a = a, a.next
        tail = tail.next
    tail.next = a if a is not None else b
    return dummy.next
