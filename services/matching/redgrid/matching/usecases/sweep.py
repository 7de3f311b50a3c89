"""The sweeper: what happens when nobody acts in time.

An offer nobody answered goes to the next candidate, and after MAX_OFFERS to the community
(escalated); a handed-over order the branch did not dispatch in time escalates; an order whose
window passed before anyone took it expires. Each order is claimed with FOR UPDATE SKIP LOCKED
in its own transaction, so any number of replicas sweep side by side without doing anything
twice; time comes from the runtime's clock.
"""

from __future__ import annotations

import asyncio

import asyncpg

from redgrid.common import db, logs
from redgrid.common.clock import Clock
from redgrid.matching.domain.orders import UNTAKEN, EscalationCause, Status, Step
from redgrid.matching.models import Order
from redgrid.matching.queries import orders as queries
from redgrid.matching.store import orders as store
from redgrid.matching.usecases import steps
from redgrid.matching.usecases.assignment import offer_next

log = logs.get(__name__)
MAX_PER_SWEEP = 500


async def _act(conn: asyncpg.Connection, order: Order, clock: Clock) -> str:
    now = clock.now()
    if order.window_end is not None and order.window_end <= now and order.status in UNTAKEN:
        await store.close_offer(conn, order.id, "withdrawn", now)
        await steps.take(conn, order, Step.EXPIRED, None, now, reason="window_passed",
                         closed_at=now, offer_expires_at=None, dispatch_due_at=None)
        return "expired"
    if order.status == Status.DISPATCHED:
        await store.close_offer(conn, order.id, "lapsed", now)
        await offer_next(conn, order, now, "no answer in time")
        return "lapsed"
    community = await queries.org(conn, order.community_id)
    await steps.take(conn, order, Step.ESCALATED, None, now, reason="not dispatched in time",
                     told={"cause": EscalationCause.UNDISPATCHED}, dispatch_due_at=None,
                     org_path=community["path"] if community else order.org_path)
    return "escalated"


async def sweep_once(pool: asyncpg.Pool, clock: Clock) -> dict[str, int]:
    """Act on every order that is due now; returns how many of each."""
    done: dict[str, int] = {}
    for _ in range(MAX_PER_SWEEP):
        async with db.transaction(pool) as conn:
            order = await store.claim_due(conn, clock.now())
            if order is None:
                break
            what = await _act(conn, order, clock)
        done[what] = done.get(what, 0) + 1
    return done


async def sweeper(runtime) -> None:
    """The worker in ServiceSpec.workers: sweeps every `matching_sweep_seconds`."""
    interval = getattr(runtime.settings, "matching_sweep_seconds", 5.0)
    while not runtime.stopping.is_set():
        try:
            done = await sweep_once(runtime.pool, runtime.clock)
            if done:
                log.info("sweep.done", **done)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - the sweeper outlives a bad moment
            log.warning("sweep.failed", error=repr(exc))
        try:
            await asyncio.wait_for(runtime.stopping.wait(), interval)
        except TimeoutError:
            pass
