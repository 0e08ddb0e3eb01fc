"""Maximum Depth of a Binary Tree: run `judge show max_depth_binary_tree` for the statement."""

from typing import Optional

from judge.harness.structures import TreeNode


def max_depth(root: Optional[TreeNode]) -> int:
    """Return the number of nodes on the longest path from the root down to a leaf."""
    raise NotImplementedError
