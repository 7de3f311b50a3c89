"""Who sees what: a grid worker sees nothing of another community; reporters' data only as a
role needs; the public notice masks every personal field; retention anonymises; figures and the
catalogue with effective dates."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from uuid import UUID

import pytest

import redgrid.tickets
from redgrid.tickets.usecases import photos
from redgrid.tickets.usecases.retention import anonymise_once

from .conftest import BEIJING, count, kept_figures_agree, milestones_at_odds

pytestmark = pytest.mark.asyncio(loop_scope="session")
PHONE, NAME, HOME = "13812345678", "张三丰", "建西路88号5栋1单元302室"
MIGRATIONS = Path(redgrid.tickets.__file__).parent / "migrations"


async def resolved_ticket(world, c, public: bool = True, rating: int | None = 5,
                          **extra) -> dict:
    office = world.admin(c)
    t = await world.file({"channel": "hotline", "appeal_kind": "complaint",
                          "category": "environment", "title": f"{NAME}反映楼下烧烤油烟 {PHONE}",
                          "description": f"{NAME}, 电话{PHONE}, 住{HOME}", "address": HOME,
                          "grid_id": str(c.grid), "accept": True,
                          "reporter": {"name": NAME, "phone": PHONE, "address": HOME},
                          **extra}, office)
    await world.step(t["id"], "dispatch", {}, office)
    await world.step(t["id"], "sign", {}, world.worker(c))
    await world.step(t["id"], "resolve", {"resolution": "已劝导商户安装油烟净化器"},
                     world.worker(c))
    await world.step(t["id"], "publish", {"response": f"已处理, 如有问题请联系{PHONE}",
                                          "public": public}, office)

    if public:  # 公示稿: the office approves the detector's proposal
        draft = (await world.tickets.client.get(f"/v1/tickets/{t['id']}/notice",
                                                headers=office)).json()
        await world.step(t["id"], "notice/approve", {"title": draft["proposed_title"],
                                                     "response": draft["proposed_response"]},
                         office)
    if rating:
        await world.step(t["id"], "follow-up", {"rating": rating}, office)
    return t


async def test_a_grid_worker_sees_nothing_of_another_community(world):
    t = await resolved_ticket(world, world.jianxi)
    other = world.worker(world.yuhong)
    for path in (f"/v1/tickets/{t['id']}", f"/v1/tickets/{t['id']}/reporter",
                 f"/v1/tickets/by-number/{t['number']}"):
        r = await world.tickets.client.get(path, headers=other)
        assert r.status_code == 404, (path, r.text)
        assert r.headers["content-type"] == "application/problem+json"
    r = await world.tickets.client.post(f"/v1/tickets/{t['id']}/close", json={}, headers=other)
    assert r.status_code == 404
    listed = await world.tickets.client.get("/v1/tickets?limit=200", headers=other)
    assert t["id"] not in {x["id"] for x in listed.json()["items"]}
    mine = await world.tickets.client.get("/v1/tickets?limit=200",
                                          headers=world.worker(world.jianxi))
    assert t["id"] in {x["id"] for x in mine.json()["items"]}
    figures = await world.tickets.client.get("/v1/figures", headers=other)
    theirs = await world.tickets.client.get(f"/v1/figures?community_id={world.jianxi.id}",
                                            headers=other)
    assert theirs.json()["total"]["received"] == 0
    assert figures.json()["total"]["received"] < (await world.tickets.client.get(
        "/v1/figures", headers=world.street_admin())).json()["total"]["received"]


async def test_reporter_data_only_as_the_role_needs(world):
    jx = world.jianxi
    office = world.admin(jx)
    t = await world.file({"channel": "hotline", "appeal_kind": "help", "category": "environment",
                          "title": "下水道堵塞", "grid_id": str(jx.grid), "accept": True,
                          "reporter": {"name": NAME, "phone": PHONE, "address": HOME}}, office)
    await world.step(t["id"], "dispatch", {}, office)
    holder = await world.tickets.client.get(f"/v1/tickets/{t['id']}/reporter",
                                            headers=world.worker(jx))
    assert holder.json()["phone"] == PHONE  # the grid worker holding it calls back
    secretary = world.as_("branch_secretary", jx.branch)
    masked = await world.tickets.client.get(f"/v1/tickets/{t['id']}/reporter", headers=secretary)
    assert masked.json()["phone"] == "138****5678" and masked.json()["name"] == "张**"
    assert masked.json()["address"] == "建西路88号5栋"
    system = await world.tickets.client.get(f"/v1/tickets/{t['id']}/reporter",
                                            headers=world.system())
    assert system.json()["phone"] == "138****5678"  # other city systems get no phones
    file = (await world.tickets.client.get(f"/v1/tickets/{t['id']}", headers=secretary)).json()
    assert file["ticket"]["reporter"]["phone"] == "138****5678"
    assert PHONE not in str(file) and NAME not in str(file)
    logged = await count(world.tickets, "SELECT count(*) FROM contact_access WHERE ticket_id = $1",
                         UUID(t["id"]))
    assert logged == 1  # the holder's read, not the masked ones


async def test_the_public_notice_masks_every_personal_field(world):
    shown = await resolved_ticket(world, world.yuhong)
    hidden = await resolved_ticket(world, world.yuhong, public=False)
    r = await world.tickets.client.get("/public/v1/notices?limit=200")  # no login
    assert r.status_code == 200
    numbers = {n["number"] for n in r.json()["items"]}
    assert shown["number"] in numbers and hidden["number"] not in numbers
    notice = next(n for n in r.json()["items"] if n["number"] == shown["number"])
    text = str(r.json())
    assert PHONE not in text and HOME not in text and "302" not in text
    assert notice["place"] == "建西路88号5栋"
    assert "138****5678" in notice["title"] and "138****5678" in notice["response"]
    assert set(notice) == {"number", "category", "category_name", "appeal_kind", "title",
                           "place", "grid_name", "status", "received_at", "resolved_at",
                           "published_at", "response", "photos"}  # nothing of the reporter
    assert notice["photos"] == []  # only photos staff made public
    one = await world.tickets.client.get(f"/public/v1/notices/{shown['number']}")
    assert one.status_code == 200 and PHONE not in one.text
    assert (await world.tickets.client.get(f"/public/v1/notices/{hidden['number']}")) \
        .status_code == 404


async def test_figures_follow_the_definitions(world):
    jx = world.jianxi
    office = world.admin(jx)
    since = world.clock.advance(minutes=1)  # the clock stands still: start a new period
    await resolved_ticket(world, jx, rating=5)  # on time, responded, satisfied
    await resolved_ticket(world, jx, rating=2)  # dissatisfied
    bounced = await world.file({"appeal_kind": "help", "category": "environment",
                                "title": "x", "grid_id": str(jx.grid), "accept": True}, office)
    await world.step(bounced["id"], "dispatch", {}, office)
    await world.step(bounced["id"], "bounce", {"reason": "非本网格"}, world.worker(jx))
    await world.step(bounced["id"], "dispatch", {"level": "community"}, office)
    await world.step(bounced["id"], "escalate", {"reason": "需街道协调"}, office)
    rejected = await world.file({"appeal_kind": "consultation", "category": "other",
                                 "title": "x", "community_id": str(jx.id)}, office)
    await world.step(rejected["id"], "reject", {"reason": "不属于受理范围"}, office)
    r = await world.tickets.client.get(
        "/v1/figures", headers=world.street_admin(),
        params={"since": since.isoformat(), "community_id": str(jx.id)})
    total = r.json()["total"]
    assert (total["received"], total["accepted"], total["rejected"]) == (4, 3, 1)
    assert (total["resolved"], total["on_time"], total["in_progress"]) == (2, 2, 1)
    assert (total["bounced"], total["escalated"], total["dispatched"]) == (1, 1, 3)
    # the clock stands still: no sign window is over yet, so none counts for 响应率 (see
    # test_followup_rates for the window passing)
    assert (total["to_respond"], total["responded"], total["response_rate"]) == (0, 0, None)
    assert total["resolution_rate"] == round(2 / 3, 4)
    assert total["satisfaction_rate"] == 0.5
    grouped = await world.tickets.client.get(
        "/v1/figures", headers=world.street_admin(),
        params={"since": since.isoformat(), "community_id": str(jx.id), "group_by": "status"})
    groups = {g["group"]: g["received"] for g in grouped.json()["groups"]}
    assert groups == {"followed_up": 2, "dispatched": 1, "rejected": 1}
    by_channel = await world.tickets.client.get(
        "/v1/figures", headers=world.street_admin(),
        params={"since": since.isoformat(), "channel": "hotline", "community_id": str(jx.id)})
    assert by_channel.json()["total"]["received"] == 2
    r = await world.tickets.client.get("/v1/figures?group_by=planet", headers=office)
    assert r.status_code == 422


async def test_milestones_on_the_row_agree_with_the_steps_and_are_backfilled(world):
    """The figures count milestones kept on each ticket's row by the step that first reaches
    them: whatever the story, the row says what the steps say, and migration 0007 fills them in
    for tickets from before it."""
    jx = world.jianxi
    office = world.admin(jx)
    await resolved_ticket(world, jx, rating=4)
    t = await world.file({"appeal_kind": "help", "category": "environment", "title": "x",
                          "grid_id": str(jx.grid), "accept": True}, office)
    await world.step(t["id"], "dispatch", {}, office)
    world.clock.advance(minutes=5)
    await world.step(t["id"], "bounce", {"reason": "非本网格"}, world.worker(jx))
    world.clock.advance(minutes=5)
    await world.step(t["id"], "dispatch", {"level": "community"}, office)  # not the first
    await world.step(t["id"], "sign", {}, office)
    world.clock.advance(minutes=5)
    await world.step(t["id"], "escalate", {"reason": "需街道协调"}, office)
    master = await world.file({"appeal_kind": "help", "category": "environment", "title": "x",
                               "grid_id": str(jx.grid)}, office)
    twin = await world.file({"appeal_kind": "help", "category": "environment", "title": "x",
                             "grid_id": str(jx.grid)}, office)
    await world.step(twin["id"], "merge", {"into_id": master["id"], "reason": "重复"}, office)
    refused = await world.file({"appeal_kind": "help", "category": "other", "title": "x",
                                "grid_id": str(jx.grid)}, office)
    await world.step(refused["id"], "reject", {"reason": "不属于受理范围"}, office)

    timeline = (await world.tickets.client.get(f"/v1/tickets/{t['id']}", headers=office)
                ).json()["timeline"]
    dispatches = [s["at"] for s in timeline if s["action"] == "dispatch"]
    async with world.tickets.runtime.pool.acquire() as conn:
        row = await conn.fetchrow("SELECT * FROM tickets WHERE id = $1", UUID(t["id"]))
        assert row["first_dispatched_at"] == datetime.fromisoformat(dispatches[0]) \
            != datetime.fromisoformat(dispatches[1])
        assert row["first_bounced_at"] and row["first_escalated_at"] and row["first_signed_at"]
        seen = await conn.fetchrow(
            "SELECT count(first_dispatched_at) AS d, count(first_signed_at) AS s, "
            "count(first_bounced_at) AS b, count(first_escalated_at) AS e, count(rating) AS r, "
            "count(merged_into_id) AS m, count(*) FILTER (WHERE status = 'rejected') AS x "
            "FROM tickets")
        assert all(seen.values()), dict(seen)  # every kind of milestone is being checked
    assert await milestones_at_odds(world.tickets) == []

    migration = next(MIGRATIONS.glob("0007_*.sql")).read_text()
    backfill = next(s for s in migration.split(";") if "UPDATE tickets" in s)
    async with world.tickets.runtime.pool.acquire() as conn:
        await conn.execute("UPDATE tickets SET first_dispatched_at = NULL, first_signed_at = "
                           "NULL, first_bounced_at = NULL, first_escalated_at = NULL")
        assert await milestones_at_odds(world.tickets) != []
        await conn.execute(backfill)
    assert await milestones_at_odds(world.tickets) == []


async def test_retention_anonymises_closed_tickets_after_the_period(world):
    t = await resolved_ticket(world, world.yuhong)
    office = world.admin(world.yuhong)
    await world.step(t["id"], "close", {}, office)
    pool = world.tickets.runtime.pool
    objects = photos.of(world.tickets.runtime).objects
    assert await anonymise_once(pool, world.clock, days=365, objects=objects) == 0  # not yet
    later = world.clock.now() + timedelta(days=366)

    class Later:
        def now(self) -> datetime:
            return later

    assert await anonymise_once(pool, Later(), days=365, objects=objects) >= 1
    file = await world.tickets.client.get(f"/v1/tickets/{t['id']}/reporter",
                                          headers=world.worker(world.yuhong))
    assert file.json()["name"] is None and file.json()["phone"] is None
    async with pool.acquire() as conn:
        row = await conn.fetchrow("SELECT address, description, title, anonymised_at "
                                  "FROM tickets WHERE id = $1", UUID(t["id"]))
    assert row["address"] == "建西路88号5栋" and row["description"] == ""
    assert PHONE not in row["title"] and row["anonymised_at"] is not None
    steps = await count(world.tickets, "SELECT count(*) FROM ticket_steps WHERE ticket_id = $1",
                        UUID(t["id"]))
    assert steps >= 7  # the file itself stays


async def test_the_catalogue_changes_with_effective_dates(world):
    admin = world.street_admin()
    now = world.clock.now()
    start = (now + timedelta(hours=1)).astimezone(BEIJING)
    body = {"category": "environment", "street_id": str(world.street), "level": "community",
            "limit_working_days": 1, "valid_from": start.isoformat()}
    r = await world.tickets.client.post("/v1/catalogue", json=body,
                                        headers=world.admin(world.yuhong))
    assert r.status_code == 403
    r = await world.tickets.client.post("/v1/catalogue", json={**body, "level": "department"},
                                        headers=admin)
    assert r.status_code == 422  # a department level names the department
    r = await world.tickets.client.post("/v1/catalogue", json=body, headers=admin)
    assert r.status_code == 201, r.text
    r = await world.tickets.client.post("/v1/catalogue", json=body, headers=admin)
    assert r.status_code == 409
    before = await world.file({"appeal_kind": "help", "category": "environment", "title": "x",
                               "grid_id": str(world.yuhong.grid), "accept": True})
    world.clock.set(start + timedelta(minutes=1))
    after = await world.file({"appeal_kind": "help", "category": "environment", "title": "x",
                              "grid_id": str(world.yuhong.grid), "accept": True})
    d0 = datetime.fromisoformat(before["due_at"]) - datetime.fromisoformat(before["accepted_at"])
    d1 = datetime.fromisoformat(after["due_at"]) - datetime.fromisoformat(after["accepted_at"])
    assert d1 < d0  # one working day instead of three
    in_force = await world.tickets.client.get(
        "/v1/catalogue", params={"street_id": str(world.street)}, headers=admin)
    env = next(e for e in in_force.json() if e["category"] == "environment")
    assert (env["level"], env["limit_working_days"]) == ("community", 1)
    defaults = await world.tickets.client.get("/v1/catalogue", headers=admin)
    assert next(e for e in defaults.json() if e["category"] == "environment")["level"] == "grid"
    r = await world.tickets.client.get("/v1/categories")
    assert {"environment", "neighbour_dispute", "wage_arrears"} <= {c["code"] for c in r.json()}


async def test_kept_figures_equal_a_recount(world):
    """The day rows the triggers keep give the recount's figures (every module's world checks
    this again at its end, after whatever its tests did), and a wrong day row would show."""
    office = world.admin(world.jianxi)
    t = await world.file({"appeal_kind": "help", "category": "environment", "title": "x",
                          "grid_id": str(world.jianxi.grid), "accept": True}, office)
    await world.step(t["id"], "dispatch", {}, office)
    t = await world.file({"appeal_kind": "consultation", "category": "other", "title": "x",
                          "community_id": str(world.jianxi.id)}, office)
    await world.step(t["id"], "reject", {"reason": "不属于受理范围"}, office)
    assert await kept_figures_agree(world) > 500
    async with world.tickets.runtime.pool.acquire() as conn:
        counts = ["received", "accepted", "rejected", "merged", "resolved", "in_progress",
                  "on_time", "late", "escalated", "bounced", "mediated", "dispatched",
                  "signed_in_window", "to_resolve", "sat_satisfied", "sat_basically",
                  "sat_dissatisfied", "sat_unevaluated", "asked_solved", "solved"]
        wrong = {c: 0 for c in counts} | {"resolved": 1, "compacted": False}
        inserted = await conn.execute(  # one resolved ticket too many, on a day and place
            "INSERT INTO figure_counts SELECT (jsonb_populate_record(NULL::figure_counts,"
            " to_jsonb(f) || $1::jsonb)).* FROM figure_counts f WHERE received > 0 LIMIT 1",
            wrong)
        assert inserted == "INSERT 0 1"
        try:
            with pytest.raises(AssertionError):
                await kept_figures_agree(world)
        finally:
            await conn.execute("DELETE FROM figure_counts WHERE NOT compacted AND received = 0"
                               " AND resolved = 1")
