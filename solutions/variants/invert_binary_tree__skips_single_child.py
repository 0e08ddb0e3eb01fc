# expect: WA
"""Only swaps children when a node has both of them, so one-child nodes are left unmirrored."""

from typing import Optional

from judge.harness.structures import TreeNode


def invert_tree(root: Optional[TreeNode]) -> Optional[TreeNode]:
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if node.left is not None and node.right is not None:
            node.left, node.right = node.right, node.left
        for child in (node.left, node.right):
            if child is not None:
                stack.append(child)
    return root
