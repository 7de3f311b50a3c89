"""Re-drawn grids keep their orders (issue 20): grids merged in the registry move the open orders
of the retired grids to the successor, with a 网格调整 step and a `rehomed` event; closed orders
keep their grid; a lineage arriving before its successor's grid.created waits for it; the same
event delivered again changes nothing."""

from __future__ import annotations

from uuid import UUID

import pytest

from redgrid.common.events import CloudEvent, EventKind
from redgrid.common.ids import uuid7
from redgrid.common.testing import eventually, stream_messages

from .conftest import CENTRE, call, known, window

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def lineage_event(street, from_ids: list[UUID], to_ids: list[UUID]) -> CloudEvent:
    event = EventKind("registry", "grid", "merged").make(to_ids[0], {
        "from_ids": [str(g) for g in from_ids], "to_ids": [str(g) for g in to_ids],
        "reason": "网格优化调整", "rehomed_people": 0})
    await send(street, event, str(event.id))
    return event


async def send(street, event: CloudEvent, msg_id: str) -> None:
    await street.reg.nc.jetstream().publish(event.nats_subject, event.to_bytes(),
                                            headers={"Nats-Msg-Id": msg_id})


async def test_a_merge_rehomes_open_orders_once_the_successor_is_known(street):
    h = street.h
    resident = await street.reg.person(home=street.yuhong, grid=street.grid2, name="赵兰")
    await known(h, "SELECT 1 FROM people WHERE id = $1", resident)
    me = street.person(resident)
    body = {"service_type": "repairs", "title": "修理水龙头", "urgency": "normal",
            "address": "YH-02路7号", **window(1, 9)}
    open_order = await call(h, "POST", "/v1/orders", me, body, expect=201)
    closed = await call(h, "POST", "/v1/orders", me, body | {"title": "换灯泡"}, expect=201)
    await call(h, "POST", f"/v1/orders/{closed['id']}/cancel", me, {"reason": "已自行解决"})
    assert open_order["grid_id"] == str(street.grid2) and open_order["branch_id"] is None

    # the lineage comes first: nothing moves while the successor is unknown here
    merged = uuid7()
    event = await lineage_event(street, [street.grid, street.grid2], [merged])
    await known(h, "SELECT count(*) FROM grid_lineage WHERE to_id = $1", merged, expect=2)
    assert await h_value(h, "SELECT grid_id FROM orders WHERE id = $1",
                         UUID(open_order["id"])) == street.grid2

    # then the merged grid arrives (under the branch): the open order moves, the closed stays
    await street.reg.publish("registry", "grid", "created", merged, street.reg.grid_data(
        merged, street.yuhong, street.branch, "YH-12", CENTRE[0], CENTRE[1] + 0.003))
    await known(h, "SELECT grid_id = $2 FROM orders WHERE id = $1", UUID(open_order["id"]),
                merged)
    moved = await call(h, "GET", f"/v1/orders/{open_order['id']}", street.admin)
    assert (moved["status"], moved["branch_id"]) == ("placed", str(street.branch))
    assert await h_value(h, "SELECT grid_id FROM orders WHERE id = $1",
                         UUID(closed["id"])) == street.grid2
    steps = await h_value(h, "SELECT array_agg(note) FROM order_steps WHERE order_id = $1 "
                          "AND verb = 'rehomed'", UUID(open_order["id"]))
    assert steps == ["网格调整：YH-02网格 → YH-12网格"]

    async def rehomed():
        msgs = await stream_messages(h.reader_url, "REDGRID_MATCHING",
                                     "redgrid.matching.order.rehomed")
        mine = [CloudEvent.from_bytes(m.data) for m in msgs]
        return [e for e in mine if e.subject == open_order["id"]] or None

    (out,) = await eventually(rehomed, timeout=15)
    assert out.data["grid_id"] == str(merged) and out.data["step"]["note"].startswith("网格调整")

    # the same event again (another message id, so the broker takes it): the inbox keeps it
    # once; an org announced after it shows the consumer has gone past it
    await send(street, event, f"again-{event.id}")
    marker = await street.reg.org("grid_branch", "育红社区第2网格党支部", street.yuhong)
    await known(h, "SELECT 1 FROM orgs WHERE id = $1", marker)
    assert await h_value(h, "SELECT count(*) FROM order_steps WHERE verb = 'rehomed'") == 1


async def h_value(h, sql: str, *args):
    async with h.runtime.pool.acquire() as conn:
        return await conn.fetchval(sql, *args)


async def test_figures_by_grid_follow_the_lineage(street):
    """After the merge above: the cancelled order of the retired grid counts under the merged
    grid by default, under its own with with_lineage=false."""
    h = street.h
    merged = await h_value(h, "SELECT to_id FROM grid_lineage WHERE from_id = $1", street.grid2)
    rows = (await call(h, "GET", "/v1/figures?by=grid", street.admin))["rows"]
    by_grid = {r["key"]: r for r in rows}
    assert str(street.grid2) not in by_grid
    assert (by_grid[str(merged)]["placed"], by_grid[str(merged)]["cancelled"]) == (2, 1)
    assert by_grid[str(merged)]["name"] == "YH-12网格"
    rows = (await call(h, "GET", "/v1/figures?by=grid&with_lineage=false", street.admin))["rows"]
    assert {r["key"]: r["placed"] for r in rows}[str(street.grid2)] == 1
