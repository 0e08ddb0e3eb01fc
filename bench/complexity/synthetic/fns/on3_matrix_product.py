# class: O(n^3)
# input: ints
"""Square an n x n matrix built from the list, with zip and sum per entry (n^3 multiply-adds)."""


def solve(nums: list[int]) -> int:
    n = len(nums)
    m = [nums[i:] + nums[:i] for i in range(n)]
    cols = list(zip(*m))
    product = [[sum(a * b for a, b in zip(row, col)) for col in cols] for row in m]
    return product[0][0]
