"""Number of Islands: run `judge show number_of_islands` for the statement."""


def num_islands(grid: list[list[str]]) -> int:
    """Count the groups of "1" cells connected up, down, left or right."""
    raise NotImplementedError
