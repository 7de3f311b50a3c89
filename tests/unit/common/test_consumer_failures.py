"""The consumer's failure classes without a broker: what is a bad event, how long each kind of
failure is retried, and what a dead letter says about a bug."""

from __future__ import annotations

from uuid import UUID

import asyncpg
import pytest
from pydantic import BaseModel

from redgrid.common.consumer import (
    BadEvent,
    Consumer,
    ConsumerRunner,
    Route,
    Transient,
    reason_of,
)
from redgrid.common.events import EventKind

SEEN = EventKind("probe", "thing", "seen")


class Thing(BaseModel):
    id: UUID
    n: int


async def nothing(conn, event, data) -> None:
    return None


class FakeNats:
    def jetstream(self) -> None:
        return None


def runner(max_tries: int = 5, max_deliver: int = 50) -> ConsumerRunner:
    return ConsumerRunner(Consumer("probe", source="probe"), pool=None, nc=FakeNats(),
                          max_tries=max_tries, max_deliver=max_deliver)


def test_data_is_read_as_its_model_and_what_does_not_fit_is_a_bad_event():
    route = Route(Thing, nothing)
    thing = route.read(SEEN.make("t", {"id": "0190a1a2-0000-7000-8000-000000000001", "n": "3"}))
    assert thing == Thing(id=UUID("0190a1a2-0000-7000-8000-000000000001"), n=3)
    with pytest.raises(BadEvent, match="1 fields do not fit Thing: \\('id',\\)"):
        route.read(SEEN.make("t", {"id": "not-an-id", "n": 3}))
    assert Route(None, nothing).read(SEEN.make("t", {"any": "thing"})) == {"any": "thing"}


def test_a_consumer_routes_its_types_and_falls_back_for_the_others():
    consumer = Consumer("probe", source="probe", fallback=nothing)
    consumer.on(SEEN, data=Thing)(nothing)
    assert consumer.route_for(SEEN.type) == Route(Thing, nothing)
    assert consumer.route_for("redgrid.probe.thing.other.v1") == Route(None, nothing)
    assert consumer.other_version("redgrid.probe.thing.seen.v2")
    assert Consumer("probe", source="probe").route_for(SEEN.type) is None


@pytest.mark.parametrize("exc,last", [
    (BadEvent("never"), 1),
    (Transient("later"), 49),
    (asyncpg.CannotConnectNowError("the database starts"), 49),
    (KeyError("grid_id"), 5),  # a bug: retried, never taken for bad data
    (TypeError("NoneType"), 5),
    (asyncpg.CheckViolationError("check"), 5),
])
def test_each_failure_is_retried_as_its_class_says(exc, last):
    assert runner()._last_try(exc) == last


def test_a_bug_is_never_dead_lettered_at_its_first_delivery():
    assert runner(max_tries=1)._last_try(KeyError("x")) == 2
    assert runner(max_tries=99, max_deliver=10)._last_try(KeyError("x")) == 9


def test_a_bugs_reason_says_where_it_was_raised():
    def handler():
        return {}["grid_id"]

    try:
        handler()
    except KeyError as exc:
        reason = reason_of(exc)
    assert reason.startswith("KeyError: 'grid_id' (at test_consumer_failures.py:")
    assert reason.endswith("in handler)")
    assert reason_of(BadEvent("no")) == "BadEvent: no"
    assert reason_of(Transient("x" * 2000)).startswith("Transient: xxx")
    assert len(reason_of(Transient("x" * 2000))) == 1000
