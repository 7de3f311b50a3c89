"""Bulk imports (批量导入) over HTTP: the template, a dry run that lists a bad row and writes
nothing, a clean file written whole with its events, refusals outside the caller's scope."""

from __future__ import annotations

from io import BytesIO

import pytest
from openpyxl import Workbook, load_workbook

from .conftest import create

pytestmark = pytest.mark.asyncio(loop_scope="session")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PEOPLE = ["姓名", "所属组织", "网格", "电话", "邮箱", "性别", "出生年份", "地址", "技能"]


def filled(rows: list[list], headers: list[str] = PEOPLE) -> dict:
    """A filled template as an office sends it: title, 统计单位, headers, rows."""
    book = Workbook()
    sheet = book.active
    sheet.append(["人员批量导入模板"])
    sheet.append(["统计单位：育红社区党委"])
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    out = BytesIO()
    book.save(out)
    return {"file": ("人员.xlsx", out.getvalue(), XLSX)}


async def counts(h) -> tuple[int, int, int]:
    async with h.runtime.pool.acquire() as conn:
        return (await conn.fetchval("SELECT count(*) FROM people"),
                await conn.fetchval("SELECT count(*) FROM outbox "
                                    "WHERE subject LIKE '%person.registered%'"),
                await conn.fetchval("SELECT count(*) FROM outbox "
                                    "WHERE subject LIKE '%contact.changed%'"))


async def test_the_template_has_chinese_headers(street):
    h = street.h
    r = await h.client.get("/v1/imports/people/template.xlsx",
                           headers=street.admin(street.communities[0]))
    assert r.status_code == 200 and r.headers["content-type"].startswith(XLSX)
    sheet = load_workbook(BytesIO(r.content)).active
    assert sheet["A1"].value == "人员批量导入模板"
    assert sheet["A2"].value == "统计单位：育红社区党委"
    assert [c.value for c in sheet[3]][:3] == ["姓名（必填）", "所属组织", "网格"]
    r = await h.client.get("/v1/imports/people/template.xlsx",
                           headers=h.auth("grid_worker", street.communities[0]))
    assert r.status_code == 403


async def test_a_dry_run_lists_every_bad_row_and_writes_nothing(street):
    h = street.h
    community = street.communities[0]
    await create(h, "/v1/grids", {"code": "IMP-1", "name": "育红导入网格",
                                  "community_id": str(community)}, street.admin(community))
    before = await counts(h)
    file = filled([
        ["王秀英", "", "育红导入网格", "13800001111", None, "女", 1958, "育红新村5栋", "陪诊"],
        ["刘建华", "育红社区党委", "不存在的网格", "13800002222"],
        ["", "", "", "13800003333"],
        ["陈立", "", "IMP-1", "138-abc", None, "未知", "一九八〇"],
    ])
    for dry_run in ("true", "false"):  # a real run with a problem writes nothing either
        r = await h.client.post(f"/v1/imports/people?dry_run={dry_run}", files=file,
                                headers=street.admin(community))
        assert r.status_code == 200, r.text
        report = r.json()
        assert (report["rows"], report["accepted"], report["written"]) == (4, 1, 0)
        assert {(p["row"], p["column"]) for p in report["problems"]} == {
            (5, "网格"), (6, "姓名"), (7, "性别"), (7, "出生年份")}
        assert "不存在的网格" in report["problems"][0]["problem"]
    assert await counts(h) == before


async def test_a_clean_file_is_written_whole_with_its_events(street):
    h = street.h
    community = street.communities[1]
    admin = street.admin(community)
    before = await counts(h)
    file = filled([["赵敏", "", "", "13900001111", None, "女", 1990, "", "陪诊、维修"],
                   ["孙强", "建西社区党委", "", "", "", "男"]])
    r = await h.client.post("/v1/imports/people", files=file, headers=admin)
    assert r.json()["accepted"] == 2 and r.json()["written"] == 0  # dry run by default
    assert await counts(h) == before
    r = await h.client.post("/v1/imports/people?dry_run=false", files=file, headers=admin)
    assert r.status_code == 200, r.text
    assert (r.json()["written"], r.json()["problems"]) == (2, [])
    assert await counts(h) == (before[0] + 2, before[1] + 2, before[2] + 1)
    found = (await h.client.get("/v1/people?limit=200", headers=admin)).json()["items"]
    zhao = next(p for p in found if p["name"] == "赵敏")
    assert zhao["phone_masked"] == "139****1111" and zhao["gender"] == "female"
    assert zhao["home_org_id"] == str(community)


async def test_out_of_scope_org_is_refused(street):
    h = street.h
    yuhong, jianxi = street.communities
    before = await counts(h)
    # a row naming another community: not found within the caller's subtree
    r = await h.client.post("/v1/imports/people?dry_run=false",
                            files=filled([["周平", "建西社区党委"]]), headers=street.admin(yuhong))
    assert r.status_code == 200
    assert r.json()["problems"] == [{"row": 4, "column": "所属组织",
                                     "problem": "在您的管辖范围内找不到「建西社区党委」"}]
    # importing into another community
    r = await h.client.post(f"/v1/imports/people?dry_run=false&org_id={jianxi}",
                            files=filled([["周平"]]), headers=street.admin(yuhong))
    assert r.status_code == 404
    assert await counts(h) == before


async def test_not_a_workbook_nor_the_template(street):
    h = street.h
    admin = street.admin(street.communities[0])
    r = await h.client.post("/v1/imports/people", headers=admin,
                            files={"file": ("人员.xlsx", b"name,phone\n", XLSX)})
    assert r.status_code == 422 and r.headers["content-type"] == "application/problem+json"
    assert "不是 Excel 工作簿" in r.json()["detail"]
    r = await h.client.post("/v1/imports/people", headers=admin,
                            files=filled([["x"]], headers=["名字"]))
    assert r.status_code == 422 and "缺少列「姓名」" in r.json()["detail"]
    r = await h.client.post("/v1/imports/people", headers=admin,
                            files={"file": ("big.xlsx", b"0" * 1_100_000, XLSX)})
    assert r.status_code == 413 and r.json()["title"] == "请求内容过大"


async def test_units_are_imported_like_people(street):
    h = street.h
    yuhong = street.communities[0]
    admin = street.admin(yuhong)
    headers = ["单位名称", "单位类型", "所属组织", "地址", "联系人", "联系电话", "服务社区"]
    file = filled([["大中派出所", "机关", "", "", "周明", "0515-83521100", "育红社区党委"],
                   ["大中供电所", "电力", "", "", "", "", "建西社区党委"]], headers=headers)
    r = await h.client.post("/v1/imports/units?dry_run=false", files=file, headers=admin)
    assert r.status_code == 200, r.text
    assert {(p["row"], p["column"]) for p in r.json()["problems"]} == {(5, "单位类型"),
                                                                        (5, "服务社区")}
    assert r.json()["written"] == 0
    file = filled([["大中派出所", "机关", "", "", "周明", "0515-83521100", "育红社区党委"]],
                  headers=headers)
    r = await h.client.post("/v1/imports/units?dry_run=false", files=file, headers=admin)
    assert r.json()["written"] == 1
    units = (await h.client.get("/v1/units", headers=admin)).json()["items"]
    assert "大中派出所" in [u["name"] for u in units]


async def test_grids_are_imported_and_a_micro_grid_finds_its_parent_in_the_same_file(street):
    h = street.h
    jianxi = street.communities[1]
    admin = street.admin(jianxi)
    await create(h, "/v1/orgs", {"kind": "grid_branch", "name": "建西导入网格党支部",
                                 "parent_id": str(jianxi)}, admin)
    headers = ["网格编码", "网格名称", "网格类型", "所属社区", "网格党支部", "上级网格", "户数",
               "人口", "地址关键词"]
    rows = [["JX-IMP-1", "建西导入第1网格", "综合网格", "", "建西导入网格党支部", "", 320, 860,
             "建西路、纺织新村"],
            ["JX-IMP-1-1", "建西导入第1网格第1微网格", "微网格", "", "", "JX-IMP-1", 40],
            ["JX-IMP-1", "重复编码网格", "", "", "", "", "三百"]]
    r = await h.client.post("/v1/imports/grids?dry_run=false", headers=admin,
                            files=filled(rows, headers=headers))
    assert r.status_code == 200, r.text
    assert [(p["row"], p["column"]) for p in r.json()["problems"]] == [(6, "户数")]
    assert r.json()["written"] == 0
    r = await h.client.post("/v1/imports/grids?dry_run=false", headers=admin,
                            files=filled(rows[:2], headers=headers))
    assert (r.json()["written"], r.json()["problems"]) == (2, [])
    found = {g["code"]: g for g in
             (await h.client.get(f"/v1/grids?community_id={jianxi}", headers=admin)).json()["items"]}
    assert found["JX-IMP-1-1"]["parent_grid_id"] == found["JX-IMP-1"]["id"]
    assert found["JX-IMP-1"]["branch_name"] == "建西导入网格党支部"
    assert found["JX-IMP-1"]["address_keys"] == ["建西路", "纺织新村"]
    r = await h.client.post("/v1/imports/grids", headers=admin,
                            files=filled(rows[2:], headers=headers))
    assert [p["problem"] for p in r.json()["problems"]] == ["「三百」应为整数"]
    r = await h.client.post("/v1/imports/grids", headers=admin,
                            files=filled([rows[0]], headers=headers))
    assert r.json()["problems"] == [{"row": 4, "column": "",
                                     "problem": "网格编码 JX-IMP-1 已被使用"}]
