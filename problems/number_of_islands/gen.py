"""Number of Islands inputs: about n cells in a near-square grid holding one long snake of land.

Even rows are land, odd rows are water except one cell joining the row above to the row below,
alternately at the right and the left end; three random holes cut the snake into up to four
islands of about n/8 cells or more each, so per-cell flood fills cost O(n^2).
"""

import math
import random


def generate(n: int, rng: random.Random) -> list:
    rows = max(1, math.isqrt(n))
    cols = max(1, n // rows)
    grid = []
    for r in range(rows):
        if r % 2 == 0:
            grid.append(["1"] * cols)
        else:
            row = ["0"] * cols
            row[cols - 1 if (r // 2) % 2 == 0 else 0] = "1"
            grid.append(row)
    for _ in range(3):
        grid[2 * int(rng.random() * ((rows + 1) // 2))][int(rng.random() * cols)] = "0"
    return [grid]
