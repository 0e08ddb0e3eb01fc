"""Reference solution for max_depth_binary_tree.

The depth of a tree is one more than the deeper of its two subtrees. This walks the tree with an
explicit stack of (node, depth) pairs instead of recursing, so a very tall tree cannot hit
Python's recursion limit. O(n) time, O(h) extra space.
"""

from typing import Optional

from judge.harness.structures import TreeNode


def max_depth(root: Optional[TreeNode]) -> int:
    """Return the number of nodes on the longest path from the root down to a leaf."""
    best = 0
    stack = [(root, 1)] if root is not None else []
    while stack:
        node, depth = stack.pop()
        best = max(best, depth)
        for child in (node.left, node.right):
            if child is not None:
                stack.append((child, depth + 1))
    return best
