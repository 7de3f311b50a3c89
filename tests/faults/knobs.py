"""How hard the fault suite pushes: a bounded run in `make test`, a long one in `make soak`.

`make soak` sets FAULTS_SOAK=1; single knobs can be turned with FAULTS_<NAME>=<value>
(e.g. FAULTS_WRITERS=12). Every load loop is bounded by a count and by a time.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Knobs:
    writers: int = 4  # concurrent HTTP clients filing 12345 work orders
    rate: float = 25.0  # work orders per second, all writers together
    nats_kills: int = 2  # kill -9 nats-server, restart it
    relay_crashes: int = 1  # per dedup-window case
    consumer_crashes: int = 1
    pg_restarts: int = 2  # PostgreSQL immediate shutdown, restart
    pauses: tuple[float, ...] = (10.0,)  # seconds the network to NATS stops forwarding
    sigterms: int = 1
    poison: int = 2  # poison messages among the load
    shuffles: int = 3  # shuffled replays of a real history
    settle: float = 60.0  # seconds the system gets to catch up after the last fault
    load_seconds: float = 60.0  # the longest a load phase may run
    # Seconds a test waits for the system to reach a state it must reach (a process ready, a
    # batch begun, a redelivery, a backlog drained): a slow or busy machine takes longer, and
    # a test fails only if the state never comes, saying what the system was doing.
    patience: float = 90.0


SOAK = Knobs(
    writers=8, rate=80.0, nats_kills=8, relay_crashes=3, consumer_crashes=4,
    pg_restarts=12, pauses=(10.0, 60.0), sigterms=4, poison=10, shuffles=25, settle=180.0,
    load_seconds=240.0, patience=180.0,
)


def _from_env(base: Knobs) -> Knobs:
    changes = {}
    for f in fields(Knobs):
        raw = os.environ.get(f"FAULTS_{f.name.upper()}")
        if raw is None:
            continue
        if f.name == "pauses":
            changes[f.name] = tuple(float(x) for x in raw.split(",") if x)
        else:
            changes[f.name] = type(getattr(base, f.name))(raw)
    return Knobs(**{**base.__dict__, **changes})


SOAKING = os.environ.get("FAULTS_SOAK") == "1"
KNOBS = _from_env(SOAK if SOAKING else Knobs())
