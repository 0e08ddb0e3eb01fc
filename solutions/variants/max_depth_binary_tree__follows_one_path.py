# expect: WA
"""Walks down a single path (left child if there is one, else right) instead of trying both."""

from typing import Optional

from judge.harness.structures import TreeNode


def max_depth(root: Optional[TreeNode]) -> int:
    depth = 0
    node = root
    while node is not None:
        depth += 1
        node = node.left if node.left is not None else node.right
    return depth
