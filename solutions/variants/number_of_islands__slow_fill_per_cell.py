# expect: SLOW
"""Number of Islands, slow: flood-fill afresh from every land cell, with no shared visited set.

A cell is counted when it is the first cell (in row-major order) of its own island, so the answer
is right, but each island of s cells is explored s times: O((m * n)^2) on one big island.
"""


def num_islands(grid: list[list[str]]) -> int:
    """Count the groups of "1" cells connected up, down, left or right."""
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    islands = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "1":
                continue
            seen = {(r, c)}
            stack = [(r, c)]
            first = (r, c)
            while stack:
                y, x = stack.pop()
                first = min(first, (y, x))
                for ny, nx in ((y - 1, x), (y + 1, x), (y, x - 1), (y, x + 1)):
                    if 0 <= ny < rows and 0 <= nx < cols and (ny, nx) not in seen and grid[ny][nx] == "1":
                        seen.add((ny, nx))
                        stack.append((ny, nx))
            if first == (r, c):
                islands += 1
    return islands
