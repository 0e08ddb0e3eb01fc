# expect: SLOW
"""Invert a Binary Tree, level by level with a plain list as the queue.

Correct, but list.pop(0) shifts the whole queue, which holds a whole level of the tree: O(n^2)
time on a wide tree.
"""

from typing import Optional

from judge.harness.structures import TreeNode


def invert_tree(root: Optional[TreeNode]) -> Optional[TreeNode]:
    queue = [root] if root is not None else []
    while queue:
        node = queue.pop(0)
        node.left, node.right = node.right, node.left
        if node.left is not None:
            queue.append(node.left)
        if node.right is not None:
            queue.append(node.right)
    return root
