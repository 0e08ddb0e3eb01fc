"""The node classes interview problems hand to solutions.

Solutions import them as ``from judge.harness.structures import ListNode, TreeNode``;
the same file is what the sandbox sees, so the classes are identical on both sides.
"""

from __future__ import annotations

from collections import deque
from typing import Any, Iterable


class ListNode:
    """A node of a singly linked list."""

    __slots__ = ("val", "next")

    def __init__(self, val: Any = 0, next: "ListNode | None" = None):
        self.val = val
        self.next = next

    def __repr__(self) -> str:
        return f"ListNode({self.val!r})"


class TreeNode:
    """A node of a binary tree."""

    __slots__ = ("val", "left", "right")

    def __init__(self, val: Any = 0, left: "TreeNode | None" = None, right: "TreeNode | None" = None):
        self.val = val
        self.left = left
        self.right = right

    def __repr__(self) -> str:
        return f"TreeNode({self.val!r})"


def build_list(values: Iterable[Any]) -> ListNode | None:
    """Link ``values`` into a list and return its head (None when empty)."""
    head: ListNode | None = None
    for value in reversed(list(values)):
        head = ListNode(value, head)
    return head


def build_tree(level_order: list[Any]) -> TreeNode | None:
    """Build a tree from LeetCode-style level order, where None marks a missing child."""
    if not level_order or level_order[0] is None:
        return None
    root = TreeNode(level_order[0])
    parents = deque([root])
    items = iter(level_order[1:])
    for left in items:
        parent = parents.popleft()
        if left is not None:
            parent.left = TreeNode(left)
            parents.append(parent.left)
        right = next(items, None)
        if right is not None:
            parent.right = TreeNode(right)
            parents.append(parent.right)
    return root
