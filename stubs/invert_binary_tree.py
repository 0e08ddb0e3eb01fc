"""Invert a Binary Tree: run `judge show invert_binary_tree` for the statement."""

from typing import Optional

from judge.harness.structures import TreeNode


def invert_tree(root: Optional[TreeNode]) -> Optional[TreeNode]:
    """Mirror the tree left-to-right and return its root."""
    raise NotImplementedError
