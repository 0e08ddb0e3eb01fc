# class: O(n)
"""Invert a Binary Tree recursively: O(n) time, O(h) stack (h = log n on the generator's complete trees)."""

from typing import Optional

from judge.harness.structures import TreeNode


def invert_tree(root: Optional[TreeNode]) -> Optional[TreeNode]:
    if root is not None:
        root.left, root.right = invert_tree(root.right), invert_tree(root.left)
    return root
