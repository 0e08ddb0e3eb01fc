"""Reference solution for invert_binary_tree.

Mirroring a tree means swapping the two children of every node, in any order. An explicit stack
visits each node once without recursion, so tall trees are safe. O(n) time, O(h) extra space.
"""

from typing import Optional

from judge.harness.structures import TreeNode


def invert_tree(root: Optional[TreeNode]) -> Optional[TreeNode]:
    """Mirror the tree left-to-right and return its root."""
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        node.left, node.right = node.right, node.left
        if node.left is not None:
            stack.append(node.left)
        if node.right is not None:
            stack.append(node.right)
    return root
