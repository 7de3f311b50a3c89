"""Events that arrive out of order: a real history (made through the registry's and the tickets
service's APIs: an org tree with a community moved to another street, grids, people and their
roles, teams, units, 双报到, a matter taken through its workflow) is replayed into fresh
consumers, once in the order it happened and then shuffled. Every read model and state machine
the consumers keep must end the same as after the sequential run.

JetStream keeps one stream's order, so shuffling is what redelivery after a nak, several
replicas of a consumer, or a replay from another system can do to a consumer.
"""

from __future__ import annotations

import asyncio
import random
from typing import Any

import asyncpg
import pytest

from redgrid.common import streams
from redgrid.common.events import (
    CloudEvent,
    private_entities,
    private_stream_name,
    private_subjects,
    stream_name,
    subject_of,
)
from redgrid.common.testing import Harness, eventually, nats_connect, run_service
from redgrid.lists.main import spec as lists_spec
from redgrid.matching.main import spec as matching_spec
from redgrid.notifications.main import spec as notifications_spec
from redgrid.registry.main import spec as registry_spec
from redgrid.tickets.main import spec as tickets_spec

from .checker import LEDGER, Row, every_message
from .cluster import Cluster
from .knobs import KNOBS

pytestmark = pytest.mark.asyncio(loop_scope="session")
CONSUMERS = [tickets_spec, notifications_spec, lists_spec, matching_spec]
SOURCES = ("registry", "tickets")
# Not state: the consumer's bookkeeping, and what is told or logged in arrival order by design
# (notices go to whoever the read model knows at the time; the public log keeps arrival order).
BOOKKEEPING = {"inbox", "outbox", "schema_migrations", "public_log", "notices", "deliveries",
               "webhook_deliveries",
               "catalogue"}  # tickets' dispatch catalogue: seeded by a migration, stamped then
# Where each kind of thing lies in the org tree: the registry's paths are the truth.
PATHS = {"orgs": "path", "grids": "org_path", "people": "org_path", "teams": "org_path",
         "units": "org_path"}
SEED = 20260512


@pytest.fixture(scope="module")
async def cluster():
    c = await asyncio.to_thread(Cluster.start, "order")
    try:
        yield c
    finally:
        await asyncio.to_thread(c.close)


async def ok(h: Harness, method: str, path: str, body: dict | None = None) -> dict:
    r = await h.client.request(method, path, json=body, headers=h.auth("system"))
    assert r.status_code in (200, 201), (path, r.text)
    return r.json()


async def make_history(registry: Harness, tickets: Harness) -> None:
    """A street office's week: the tree, a community moved to another street, its grids and
    people changing, a team, a unit and its 双报到, and a matter from intake to resolution."""
    def post(path: str, body: dict):
        return ok(registry, "POST", path, body)

    def patch(path: str, body: dict):
        return ok(registry, "PATCH", path, body)

    city = await post("/v1/orgs", {"kind": "street", "name": "大中街道党工委", "code": "DZ"})
    other = await post("/v1/orgs", {"kind": "street", "name": "新丰镇党委", "code": "XF"})
    community = await post("/v1/orgs", {"kind": "community", "name": "育红社区党委",
                                        "parent_id": city["id"]})
    branch = await post("/v1/orgs", {"kind": "grid_branch", "name": "育红第一网格党支部",
                                     "parent_id": community["id"]})
    grid = await post("/v1/grids", {"code": "DZ-01-01", "name": "育红社区第1网格",
                                    "community_id": community["id"], "branch_id": branch["id"],
                                    "address_keys": ["双井巷"]})
    worker = await post("/v1/people", {"name": "曹龙池", "home_org_id": community["id"],
                                       "grid_id": grid["id"], "phone": "13800000001"})
    member = await post("/v1/people", {"name": "陈杰", "home_org_id": community["id"],
                                       "grid_id": grid["id"], "skills": ["电工"]})
    await post(f"/v1/people/{worker['id']}/roles", {
        "role": "grid_worker", "org_id": branch["id"], "grid_id": grid["id"],
        "employment": "full_time"})
    await ok(registry, "PUT", f"/v1/people/{member['id']}/membership",
             {"branch_id": branch["id"], "category": "resident"})
    team = await post("/v1/teams", {"name": "育红志愿服务队", "kind": "service",
                                    "org_id": community["id"], "leader_id": member["id"]})
    await post(f"/v1/teams/{team['id']}/members", {"person_id": worker["id"]})
    unit = await post("/v1/units", {"name": "江苏工程学院", "kind": "school", "org_id": city["id"],
                                    "community_ids": [community["id"]]})
    await post("/v1/dual-reports", {"community_id": community["id"], "unit_id": unit["id"]})
    # a matter, filed and taken through its workflow while the tree still stands as it was
    ticket = await ok(tickets, "POST", "/v1/tickets", {
        "channel": "hotline", "appeal_kind": "help", "category": "road_repair",
        "title": "双井巷地面方砖松动", "grid_id": grid["id"]})
    for step, body in (("accept", {}), ("dispatch", {"grid_id": grid["id"]})):
        await ok(tickets, "POST", f"/v1/tickets/{ticket['id']}/{step}", body)
    # the community moves to the other street, with its branch, grid and people under it
    await post(f"/v1/orgs/{community['id']}/move", {"parent_id": other["id"],
                                                     "reason": "区划调整"})
    await patch(f"/v1/grids/{grid['id']}", {"name": "育红社区第一网格",
                                            "address_keys": ["双井巷", "文都路"]})
    await patch(f"/v1/people/{member['id']}", {"skills": ["电工", "水管维修"]})
    later = await post("/v1/grids", {"code": "XF-01-02", "name": "育红社区第2网格",
                                      "community_id": community["id"],
                                      "branch_id": branch["id"]})
    newcomer = await post("/v1/people", {"name": "王芳", "home_org_id": community["id"],
                                         "grid_id": later["id"]})
    await post(f"/v1/people/{newcomer['id']}/roles", {
        "role": "grid_worker", "org_id": branch["id"], "grid_id": later["id"],
        "employment": "part_time", "part_time_kind": "delivery_rider"})
    await patch(f"/v1/orgs/{community['id']}", {"name": "育红社区党委（新丰）"})
    await patch(f"/v1/units/{unit['id']}", {"community_ids": [community["id"]]})
    for step, body in (("sign", {}), ("start", {}), ("resolve", {"resolution": "已更换方砖"})):
        await ok(tickets, "POST", f"/v1/tickets/{ticket['id']}/{step}", body)


async def record_history(cluster: Cluster) -> list:
    stack = cluster.stack
    database = await stack.new_database()
    async with run_service(registry_spec, stack, database) as registry, \
            run_service(tickets_spec, stack, database) as tickets:
        await make_history(registry, tickets)

        async def relayed() -> bool:
            conn = await asyncpg.connect(stack.url_for(database))
            try:
                return await conn.fetchval(
                    "SELECT count(*) FROM registry.outbox WHERE sent_at IS NULL") == 0 and \
                    await conn.fetchval(
                        "SELECT count(*) FROM tickets.outbox WHERE sent_at IS NULL") == 0
            finally:
                await conn.close()

        await eventually(relayed, timeout=KNOBS.patience)
        conn = await asyncpg.connect(stack.url_for(database))
        try:
            truth = {table: {r["id"]: r["path"] for r in await conn.fetch(
                f"SELECT id, {column} AS path FROM registry.{table}")}
                for table, column in PATHS.items()}
        finally:
            await conn.close()
    history = []
    for source in SOURCES:
        history += await every_message(stack.reader_url, stream_name(source),
                                         f"redgrid.{source}.>")
        if private_entities(source):  # contact data, on its own short-lived stream
            history += await every_message(stack.reader_url, private_stream_name(source),
                                             private_subjects(source))
    return [(m.subject, m.data, m.headers["Nats-Msg-Id"]) for m in history], truth


async def replay(cluster: Cluster, history: list, truth: dict) -> dict[str, Any]:
    """Publish `history` in this order into fresh streams; run every consumer on a fresh
    database until each has taken every event it takes; return their state."""
    stack = cluster.stack
    await stack.purge_nats()
    nc = await nats_connect(stack.nats_url_as("admin"))  # stands in for every producer
    try:
        js = nc.jetstream()
        for source in SOURCES:
            await streams.ensure(js, streams.service_stream(source, tickets_spec.settings()))
            if private_entities(source):
                await streams.ensure(js, streams.private_stream(source, tickets_spec.settings()))
        for subject, data, msg_id in history:
            await js.publish(subject, data, headers={"Nats-Msg-Id": msg_id})
    finally:
        await nc.close()
    events = [CloudEvent.from_bytes(data) for _, data, _ in history]
    database = await stack.new_database()
    async with run_service(tickets_spec, stack, database) as tickets, \
            run_service(notifications_spec, stack, database) as notifications, \
            run_service(lists_spec, stack, database) as lists, \
            run_service(matching_spec, stack, database) as matching:
        harnesses = [tickets, notifications, lists, matching]
        conn = await asyncpg.connect(stack.url_for(database))
        try:
            async def all_taken() -> bool:
                for h in harnesses:
                    for consumer in h.spec.consumers:
                        wanted = {e.id for e in events if e.service == consumer.source
                                  and consumer.route_for(e.type) is not None
                                  and subject_of(e.type).startswith(
                                      consumer.filter_subject.removesuffix(">"))}
                        taken = {r["event_id"] for r in await conn.fetch(
                            f"SELECT event_id FROM {h.spec.name}.inbox WHERE consumer = $1",
                            consumer.durable)}
                        if not wanted <= taken:
                            return False
                return True

            await eventually(all_taken, timeout=KNOBS.patience, interval=0.2)
            stale = [s for h in harnesses for s in await stale_paths(conn, h.spec.name, truth)]
            assert not stale, stale[:5]
            return {h.spec.name: await state(conn, h.spec.name) for h in harnesses}
        finally:
            await conn.close()


async def state(conn: asyncpg.Connection, schema: str) -> dict[str, list]:
    """Every row of every table of the schema but the bookkeeping, without identity columns."""
    out = {}
    tables = [r["table_name"] for r in await conn.fetch(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = $1 "
        "AND table_type = 'BASE TABLE' ORDER BY 1", schema)]
    for table in tables:
        if table in BOOKKEEPING:
            continue
        columns = [r["column_name"] for r in await conn.fetch(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = $1 "
            "AND table_name = $2 AND is_identity = 'NO' ORDER BY ordinal_position",
            schema, table)]
        rows = await conn.fetch(
            f"SELECT {', '.join(columns)} FROM {schema}.{table}")
        out[table] = sorted(repr(tuple(r.values())) for r in rows)
    return out


async def stale_paths(conn: asyncpg.Connection, schema: str, truth: dict) -> list[str]:
    """Rows whose path is not where the registry has the thing now."""
    out = []
    for table, column in PATHS.items():
        if not await conn.fetchval("SELECT to_regclass($1) IS NOT NULL", f"{schema}.{table}"):
            continue
        for r in await conn.fetch(f"SELECT id, {column} AS path FROM {schema}.{table}"):
            if truth[table].get(r["id"]) != r["path"]:
                out.append(f"{schema}.{table} {r['id']}: {r['path']} "
                           f"(registry: {truth[table].get(r['id'])})")
    return out


def differences(expected: dict, got: dict) -> list[str]:
    out = []
    for service, tables in expected.items():
        for table, rows in tables.items():
            other = got[service].get(table)
            if other != rows:
                missing = sorted(set(rows) - set(other or []))[:10]
                extra = sorted(set(other or []) - set(rows))[:10]
                out.append(f"{service}.{table}: expected {missing}, got {extra}")
    return out


async def test_shuffled_histories_end_in_the_sequential_state(cluster):
    started = asyncio.get_running_loop().time()
    history, truth = await record_history(cluster)
    assert len(history) >= 30
    sequential = await replay(cluster, history, truth)
    assert sequential["tickets"]["grids"] and sequential["lists"]["sources"]
    rng = random.Random(SEED)
    diverged = []
    for i in range(KNOBS.shuffles):
        shuffled = history[:]
        rng.shuffle(shuffled)
        found = differences(sequential, await replay(cluster, shuffled, truth))
        if found:
            diverged.append((i, found))
    LEDGER.append(Row("events out of order (shuffled replays)", KNOBS.shuffles,
                      len(history) * (KNOBS.shuffles + 1), 0, 0, 0,
                      asyncio.get_running_loop().time() - started,
                      f"{len(diverged)} of {KNOBS.shuffles} shuffles ended in another state"))
    assert not diverged, diverged[:2]
