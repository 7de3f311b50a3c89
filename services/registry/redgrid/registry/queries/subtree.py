"""How a scope's rows are read: the subtree as a range of paths, and only the filters given.

Both are for the plans of prepared statements. After five runs PostgreSQL may keep a generic
plan, made without the parameters' values; for `path LIKE $1 || '%'` such a plan cannot use an
index and reads the tree from its start (measured at 100,000 orgs: 153 ms for a community's 51
rows, against 2 ms planned with the value), and for `($2 IS NULL OR x = $2)` it cannot use an
index on x. Paths are '/<hex id>/…/', compared byte by byte (COLLATE "C"), so the subtree at P
is the range [P, P with its last '/' made '0'), which a generic plan does use.
"""

from __future__ import annotations


def within(column: str, param: str) -> str:
    """`column` (a path) lies in the subtree whose path is the parameter `param`."""
    return (f'{column} COLLATE "C" >= {param} AND '
            f"{column} COLLATE \"C\" < left({param}, -1) || '0'")


class Where:
    """Conditions and their parameters ($1, $2 … in the order they are added)."""

    def __init__(self) -> None:
        self.conditions: list[str] = []
        self.args: list = []

    def param(self, value) -> str:
        self.args.append(value)
        return f"${len(self.args)}"

    def add(self, condition: str, *values) -> None:
        """`condition` with {0}, {1} … standing for the values."""
        self.conditions.append(condition.format(*(self.param(v) for v in values)))

    def given(self, value, condition: str) -> None:
        """The condition only if a value was given."""
        if value is not None:
            self.add(condition, value)

    def subtree(self, column: str, path: str) -> None:
        self.conditions.append(within(column, self.param(path)))

    def __str__(self) -> str:
        return " AND ".join(self.conditions) or "true"
