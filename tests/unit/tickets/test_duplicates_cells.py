"""Likely duplicates are looked up in the cells around a point: every point within the search
distance lies in one of them, wherever the point is."""

from __future__ import annotations

import math
import random

from redgrid.common.geo import distance_m
from redgrid.tickets.domain import duplicates


def test_every_point_within_the_distance_is_in_the_cells_around():
    rng = random.Random(11)
    for _ in range(2000):
        lat, lng = rng.uniform(18.0, 60.0), rng.uniform(73.0, 135.0)
        around = set(duplicates.cells_around(lat, lng))
        assert duplicates.cell(lat, lng) in around
        for _ in range(5):
            bearing, metres = rng.uniform(0, 2 * math.pi), rng.uniform(0, 150.0)
            other_lat = lat + metres * math.cos(bearing) / 111_195.0
            other_lng = lng + metres * math.sin(bearing) / (111_195.0 * math.cos(
                math.radians(lat)))
            assert distance_m(lat, lng, other_lat, other_lng) <= duplicates.NEAR_METRES + 1
            assert duplicates.cell(other_lat, other_lng) in around


def test_a_cell_is_larger_than_the_distance_searched():
    # at 53 degrees north (the Chinese mainland's north edge) a cell is still wider than 150 m
    assert duplicates.CELL_LAT * 111_195.0 > duplicates.NEAR_METRES
    assert duplicates.CELL_LNG * 111_195.0 * math.cos(math.radians(60)) > duplicates.NEAR_METRES
