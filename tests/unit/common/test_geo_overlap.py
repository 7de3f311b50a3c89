"""Overlapping grids: insides that meet overlap, neighbours sharing a border do not."""

from __future__ import annotations

import pytest

from redgrid.common.geo import overlaps


def square(x: float, y: float, side: float = 1.0) -> list[list[float]]:
    return [[x, y], [x + side, y], [x + side, y + side], [x, y + side]]


@pytest.mark.parametrize("a, b, expected", [
    (square(0, 0), square(2, 0), False),  # apart
    (square(0, 0), square(1, 0), False),  # neighbours along a whole border
    (square(0, 0), square(1, 0.5), False),  # neighbours along part of a border
    (square(0, 0), square(1, 1), False),  # one corner in common
    (square(0, 0), square(0.5, 0.5), True),  # corners inside each other
    (square(0, 0), square(0, 0), True),  # the same grid drawn twice
    (square(0, 0, 4), square(1, 1), True),  # one inside the other
    (square(0, 0, 4), square(0, 0), True),  # inside, sharing two borders
    (square(0, 0, 3), [[1, -1], [2, -1], [2, 4], [1, 4]], True),  # a cross: no corner inside
    ([[0, 0], [2, 0], [0, 2]], [[2, 2], [0, 2], [2, 0]], False),  # two triangles, one diagonal
    ([[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3]],  # a U and a block in its gap
     square(1, 1, 1), False),
    ([[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3]],
     square(0.5, 1.5, 1), True),
    (square(0, 0), square(0.9, 0), True),  # a row redrawn a little into its neighbour
    ([[0, 0], [2, 2], [2, 0], [0, 2]], square(3, 0), False),  # drawn crossing itself, apart
    (None, square(0, 0), False),
])
def test_overlaps(a, b, expected):
    assert overlaps(a, b) is expected
    assert overlaps(b, a) is expected


def test_real_coordinates_of_neighbouring_grids():
    """Two of the demo's cells, 0.98 of a cell wide: apart; redrawn wider, they overlap."""
    d, cell = 0.0015 * 0.49, 0.0015
    a = square(118.78 - d, 32.04 - d, 2 * d)
    assert not overlaps(a, square(118.78 + cell - d, 32.04 - d, 2 * d))
    assert overlaps(a, square(118.78, 32.04 - d, 4 * d))
