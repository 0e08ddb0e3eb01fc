"""Number of Islands: scan the grid and flood-fill each unvisited land cell with an explicit stack.

Every flood fill covers exactly one island, so the number of fills started is the answer; the
stack (instead of recursion) keeps huge islands from overflowing the call stack.
"""


def num_islands(grid: list[list[str]]) -> int:
    """Count the groups of "1" cells connected up, down, left or right."""
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    seen = [[False] * cols for _ in range(rows)]
    islands = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "1" or seen[r][c]:
                continue
            islands += 1
            seen[r][c] = True
            stack = [(r, c)]
            while stack:
                y, x = stack.pop()
                for ny, nx in ((y - 1, x), (y + 1, x), (y, x - 1), (y, x + 1)):
                    if 0 <= ny < rows and 0 <= nx < cols and not seen[ny][nx] and grid[ny][nx] == "1":
                        seen[ny][nx] = True
                        stack.append((ny, nx))
    return islands
