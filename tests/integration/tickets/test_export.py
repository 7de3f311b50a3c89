"""The queue as xlsx (issue 24): what an office sends upward, read back with openpyxl: a title
row, 统计单位 and 制表时间, Chinese headers, the caller's scope and filters only, and long numbers
(the 12345 order number) as text cells, never rounded."""

from __future__ import annotations

import csv
from io import BytesIO, StringIO

import pytest
from openpyxl import load_workbook

pytestmark = pytest.mark.asyncio(loop_scope="session")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


async def test_an_office_exports_its_queue_and_reads_it_back(world):
    yh, jx = world.yuhong, world.jianxi
    ours = await world.file({"channel": "12345", "appeal_kind": "complaint",
                             "category": "road_repair", "title": "育红路面塌陷",
                             "external_ref": "202609280012345678", "grid_id": str(yh.grid),
                             "accept": True}, world.admin(yh))
    await world.file({"channel": "hotline", "appeal_kind": "help", "category": "environment",
                      "title": "建西垃圾满溢", "grid_id": str(jx.grid)}, world.admin(jx))

    r = await world.tickets.client.get("/v1/tickets/export.xlsx", headers=world.admin(yh),
                                       params={"channel": "12345"})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == XLSX
    assert "attachment" in r.headers["content-disposition"]
    sheet = load_workbook(BytesIO(r.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "民情工单明细"
    assert rows[1][0] == "统计单位：育红社区党委" and rows[1][-1].startswith("制表时间：")
    assert rows[2][:5] == ("编号", "12345工单号", "诉求", "类别", "渠道")
    body = rows[3:]
    assert [row[2] for row in body] == ["育红路面塌陷"]  # not 建西's: another community's
    number, order = sheet.cell(row=4, column=1), sheet.cell(row=4, column=2)
    assert number.value == ours["number"] and number.data_type == "s"
    assert order.value == "202609280012345678" and order.data_type == "s"
    assert order.number_format == "@"
    assert body[0][3:5] == ("道路设施维修", "12345热线")
    assert body[0][8] == "已受理"


async def test_a_resident_exports_nothing(world):
    r = await world.tickets.client.get("/v1/tickets/export.xlsx",
                                       headers=world.as_("resident", world.yuhong.id))
    assert r.status_code == 403
    assert "导出" in r.json()["detail"]


async def test_the_same_queue_as_csv_with_a_bom(world):
    yh = world.yuhong
    await world.file({"channel": "12345", "appeal_kind": "complaint", "category": "road_repair",
                      "title": "育红路井盖松动, 有异响", "external_ref": "202609280012349999",
                      "grid_id": str(yh.grid), "accept": True}, world.admin(yh))
    r = await world.tickets.client.get("/v1/tickets/export.csv", headers=world.admin(yh),
                                       params={"q": "井盖"})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/csv")
    assert r.content.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    rows = list(csv.reader(StringIO(r.content.decode("utf-8-sig"))))
    assert rows[0][:5] == ["编号", "12345工单号", "诉求", "类别", "渠道"]
    assert [(row[1], row[2]) for row in rows[1:]] == [("202609280012349999",
                                                       "育红路井盖松动, 有异响")]
    refused = await world.tickets.client.get("/v1/tickets/export.csv",
                                             headers=world.as_("resident", yh.id))
    assert refused.status_code == 403
