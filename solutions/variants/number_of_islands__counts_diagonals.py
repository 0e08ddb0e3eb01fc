# expect: WA
"""Number of Islands, wrong: treats diagonal neighbours as connected, merging separate islands."""


def num_islands(grid: list[list[str]]) -> int:
    """Flood fill over all eight neighbours instead of four."""
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
                for dy in (-1, 0, 1):
                    for dx in (-1, 0, 1):  # bug: diagonal steps do not connect land
                        ny, nx = y + dy, x + dx
                        if 0 <= ny < rows and 0 <= nx < cols and not seen[ny][nx] and grid[ny][nx] == "1":
                            seen[ny][nx] = True
                            stack.append((ny, nx))
    return islands
