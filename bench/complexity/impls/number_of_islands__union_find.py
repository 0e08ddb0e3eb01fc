# class: O(n)
"""Number of Islands with union-find (path halving, union by size): O(n alpha(n)) for n cells."""


def num_islands(grid: list[list[str]]) -> int:
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    parent = list(range(rows * cols))
    size = [1] * (rows * cols)

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: int, b: int) -> bool:
        ra, rb = find(a), find(b)
        if ra == rb:
            return False
        if size[ra] < size[rb]:
            ra, rb = rb, ra
        parent[rb] = ra
        size[ra] += size[rb]
        return True

    count = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "1":
                continue
            count += 1
            here = r * cols + c
            if r and grid[r - 1][c] == "1" and union(here, here - cols):
                count -= 1
            if c and grid[r][c - 1] == "1" and union(here, here - 1):
                count -= 1
    return count
