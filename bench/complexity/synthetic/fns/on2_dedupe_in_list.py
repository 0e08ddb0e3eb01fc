# class: O(n^2)
# input: ints
"""Deduplicate with `x not in out`: a C scan of everything kept so far, for every element."""


def solve(nums: list[int]) -> int:
    out: list[int] = []
    for x in nums:
        if x not in out:
            out.append(x)
    return len(out)
