# expect: SLOW
"""Maximum Depth, level by level with a plain list as the queue.

Correct, but list.pop(0) shifts the whole queue, which holds a whole level of the tree: O(n^2)
time on a wide tree.
"""

from typing import Optional

from judge.harness.structures import TreeNode


def max_depth(root: Optional[TreeNode]) -> int:
    if root is None:
        return 0
    queue = [(root, 1)]
    best = 0
    while queue:
        node, depth = queue.pop(0)
        best = max(best, depth)
        if node.left is not None:
            queue.append((node.left, depth + 1))
        if node.right is not None:
            queue.append((node.right, depth + 1))
    return best
