"""Records that cannot be wrong: an activity with a million participants, or dated 2030, is
refused; one recorded wrongly is corrected or withdrawn with the reason on record, and the
project, the figures and the public board follow; a meeting "held" in 2029 is refused; meetings
and their resolutions are counted by the same date (when the meeting was held)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def _project(w, beneficiaries: int | None = 66) -> dict:
    yuhong = w.communities[0]
    project = await w.post("/v1/projects", {
        "title": "联民送温暖—关爱失独家庭", "owner_org_id": str(yuhong),
        "starts_on": "2026-02-01", "ends_on": "2026-12-31",
        "beneficiaries": beneficiaries, "beneficiary_kind": "households"}, w.admin())
    await w.post(f"/v1/projects/{project['id']}/start", None, w.admin(), 200)
    return project


async def _refused(w, path: str, body: dict, words: str) -> None:
    r = await w.lists.client.post(path, json=body, headers=w.admin())
    assert r.status_code == 422, r.text
    assert words in r.json()["detail"], r.json()


async def test_impossible_activities_are_refused(world):
    w = world
    project = await _project(w)
    path = f"/v1/projects/{project['id']}/activities"
    visit = {"title": "入户走访", "kind": "visit", "held_on": "2026-03-01"}
    await _refused(w, path, {**visit, "participants": 1_000_000}, "超过一次活动的合理上限")
    await _refused(w, path, {**visit, "held_on": "2030-01-01"}, "还没到")
    await _refused(w, path, {**visit, "held_on": "2026-01-15"}, "早于项目开始日期")
    await _refused(w, path, {**visit, "served": 67}, "超过项目受益对象总数 66")
    assert (await w.post(path, {**visit, "participants": 4, "served": 3}, w.admin()))["served"] == 3
    got = await w.get(f"/v1/projects/{project['id']}", w.admin())
    assert (got["activities"], got["participants"]) == (1, 4)  # nothing refused was counted


async def test_a_correction_recomputes_the_project_figures_and_board(world):
    w = world
    project = await _project(w)
    path = f"/v1/projects/{project['id']}/activities"
    wrong = await w.post(path, {"title": "社区公益文化活动", "kind": "event",
                                "held_on": "2026-03-02", "participants": 300, "served": 60},
                         w.admin())
    twice = await w.post(path, {"title": "入户走访", "kind": "visit", "held_on": "2026-03-02",
                                "participants": 3, "served": 2}, w.admin())
    day = {"since": "2026-03-01", "until": "2026-03-03", "org_id": str(w.communities[0])}
    before = (await w.get("/v1/figures", w.street_admin(), **day))["totals"]

    r = await w.lists.client.patch(f"{path}/{wrong['id']}", headers=w.admin(),
                                   json={"participants": 30, "served": 20,
                                         "reason": "多录了一个零，按签到表更正"})
    assert r.status_code == 200, r.text
    assert (r.json()["participants"], r.json()["corrected_at"]) == (30, w.clock.now()
                                                                      .isoformat().replace(
                                                                          "+00:00", "Z"))
    r = await w.lists.client.patch(f"{path}/{wrong['id']}", headers=w.admin(),
                                   json={"participants": 1_000_000, "reason": "再改一次"})
    assert r.status_code == 422  # a correction is checked as the record was
    r = await w.lists.client.post(f"{path}/{twice['id']}/withdraw", headers=w.admin(),
                                  json={"reason": "重复登记，同一次走访已记录"})
    assert r.status_code == 200 and r.json()["withdrawn_reason"] == "重复登记，同一次走访已记录"
    r = await w.lists.client.patch(f"{path}/{twice['id']}", headers=w.admin(),
                                   json={"served": 1, "reason": "改正"})
    assert r.status_code == 409  # a withdrawn record stays as it was

    got = await w.get(f"/v1/projects/{project['id']}", w.admin())
    assert (got["activities"], got["visits"], got["participants"], got["served"]) == (
        1, 0, 30, 20)
    after = (await w.get("/v1/figures", w.street_admin(), **day))["totals"]
    assert after["participants"] == before["participants"] - 300 - 3 + 30
    assert after["people_served"] == before["people_served"] - 60 - 2 + 20
    assert after["activities"] == before["activities"] - 1
    board = await w.get("/v1/board/projects", None, org_id=str(w.street))
    shown = next(p for p in board["items"] if p["id"] == project["id"])
    assert (shown["activities"], shown["served"]) == (1, 20)
    changes = await w.count("SELECT array_agg(action || ':' || reason ORDER BY changed_at, "
                            "action) FROM record_changes WHERE record_id = ANY($1::uuid[])",
                            [wrong["id"], twice["id"]])
    assert sorted(changes) == ["corrected:多录了一个零，按签到表更正",
                               "withdrawn:重复登记，同一次走访已记录"]
    before_row = await w.count("SELECT before->>'participants' FROM record_changes "
                               "WHERE record_id = $1", wrong["id"])
    assert before_row == "300"  # what it said before is kept


async def test_meetings_are_checked_and_counted_with_their_resolutions(world):
    w = world
    yuhong = w.communities[0]
    meeting = {"community_id": str(yuhong), "title": "育红社区党建联席会议",
               "attendees": [{"kind": "community"}], "resolutions": [{"text": "清理楼道杂物"}]}
    await _refused(w, "/v1/meetings", {**meeting, "held_at": "2029-05-01T14:00:00+08:00"},
                   "还没到")
    # held in February, recorded in March: both it and its resolution count in February
    held = await w.post("/v1/meetings", {**meeting, "held_at": "2026-02-26T14:00:00+08:00",
                                         "resolutions": [{"text": "清理楼道杂物"},
                                                         {"text": "修缮车棚"}]}, w.admin())
    february = {"since": "2026-02-01", "until": "2026-03-01", "org_id": str(yuhong)}
    march = {"since": "2026-03-01", "until": "2026-04-01", "org_id": str(yuhong)}
    feb = (await w.get("/v1/figures", w.street_admin(), **february))["totals"]
    mar = (await w.get("/v1/figures", w.street_admin(), **march))["totals"]
    assert (feb["meetings"], feb["resolutions"]) == (1, 2)
    assert (mar["meetings"], mar["resolutions"]) == (0, 0)

    r = await w.lists.client.patch(f"/v1/meetings/{held['id']}", headers=w.admin(), json={
        "held_at": "2026-03-01T14:00:00+08:00", "reason": "按会议纪要更正日期"})
    assert r.status_code == 200, r.text
    mar = (await w.get("/v1/figures", w.street_admin(), **march))["totals"]
    assert (mar["meetings"], mar["resolutions"]) == (1, 2)  # they move together

    r = await w.lists.client.post(f"/v1/meetings/{held['id']}/withdraw", headers=w.admin(),
                                  json={"reason": "会议未召开，误登记"})
    assert r.status_code == 200 and r.json()["withdrawn_at"]
    mar = (await w.get("/v1/figures", w.street_admin(), **march))["totals"]
    assert (mar["meetings"], mar["resolutions"]) == (0, 0)
    listed = await w.get("/v1/resolutions", w.admin())
    assert not {r["id"] for r in held["resolutions"]} & {r["id"] for r in listed["items"]}
    r = await w.lists.client.post(f"/v1/resolutions/{held['resolutions'][0]['id']}/follow",
                                  headers=w.admin(), json={"kind": "work_item"})
    assert r.status_code == 409  # a withdrawn meeting's resolutions are not followed


async def test_a_meeting_whose_resolutions_are_followed_is_not_withdrawn(world):
    w = world
    held = await w.post("/v1/meetings", {
        "community_id": str(w.communities[0]), "title": "联席会议",
        "held_at": "2026-03-01T10:00:00+08:00", "attendees": [{"kind": "community"}],
        "resolutions": [{"text": "清理楼道杂物"}]}, w.admin())
    await w.post(f"/v1/resolutions/{held['resolutions'][0]['id']}/follow",
                 {"kind": "work_item"}, w.admin(), 200)
    r = await w.lists.client.post(f"/v1/meetings/{held['id']}/withdraw", headers=w.admin(),
                                  json={"reason": "误登记"})
    assert r.status_code == 409 and "先中止" in r.json()["detail"]


async def test_needs_and_resources_speak_the_catalogues_words(world):
    """One vocabulary: a need's category and what a resource serves are the catalogue's words;
    an old tag is taken as its word, a free tag refused naming the catalogue."""
    w = world
    yuhong = str(w.communities[0])
    need = await w.post("/v1/needs", {"title": "独居老人上门义诊", "community_id": yuhong,
                                      "category": "elderly_care"}, w.admin())
    assert need["category"] == "助老"
    assert (await w.post("/v1/needs", {"title": "陪同就医", "community_id": yuhong,
                                       "category": "陪诊"}, w.admin()))["category"] == "陪诊"
    await _refused(w, "/v1/needs", {"title": "x", "community_id": yuhong,
                                    "category": "help_people"}, "服务类型目录")
    offer = await w.post("/v1/resources", {
        "kind": "expertise", "title": "法律咨询与纠纷调解", "community_id": yuhong,
        "offerer_kind": "unit", "offerer_id": str(w.units["大中派出所"]),
        "service_types": ["legal_aid", "纠纷调解", "法律咨询"]}, w.admin())
    assert offer["service_types"] == ["法律咨询", "纠纷调解"]
    r = await w.lists.client.patch(f"/v1/resources/{offer['id']}", headers=w.admin(),
                                   json={"service_types": ["会修东西"]})
    assert r.status_code == 422 and "会修东西" in r.json()["detail"]


async def test_the_migration_maps_needs_categories(world):
    from pathlib import Path
    from uuid import UUID

    w = world
    need = await w.post("/v1/needs", {"title": "楼道堆物清理", "community_id":
                                      str(w.communities[0])}, w.admin())
    assert need["category"] == "综合服务"
    mapping = (Path(__file__).parents[3] / "services/lists/redgrid/lists/migrations"
               / "0004_catalogue.sql").read_text().split("ALTER TABLE")[0]
    async with w.lists.runtime.pool.acquire() as conn:
        await conn.execute("UPDATE needs SET category = 'sanitation' WHERE id = $1",
                           UUID(need["id"]))
        await conn.execute(mapping)
        assert await conn.fetchval("SELECT category FROM needs WHERE id = $1",
                                   UUID(need["id"])) == "环境卫生"
