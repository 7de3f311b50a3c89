"""批量导入 at the desk in a real Chromium (issue 24): the community admin (于红) downloads the
people template, uploads a file whose third person names a grid the community does not have,
and 预检 lists that row with its problem while 导入 stays disabled; nothing is written (asked of
the API). The fixed file passes 预检 and 导入 writes all three people, who then show in the
registry. Each screen is photographed at 1440x900 and axe-core finds no serious or critical
violation on it."""

from __future__ import annotations

import json
from io import BytesIO
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from .conftest import RESULTS, run_node

pytestmark = pytest.mark.asyncio(loop_scope="session")
NAMES = ["钱桂兰", "吴德明", "郑小燕"]


def sheet(path: Path, third_grid: str) -> str:
    """A filled people template, as an office types it: phones as numbers for two of them."""
    book = Workbook()
    rows = [["人员批量导入模板"], ["统计单位：育红社区党委"],
            ["姓名（必填）", "所属组织", "网格", "电话", "邮箱", "性别", "出生年份", "地址", "技能"],
            [NAMES[0], "", "育红社区第1网格", 13800007001, None, "女", 1956, "育红新村3栋", "陪诊"],
            [NAMES[1], "育红社区党委", "DZ-01-01", 13800007002, None, "男", 1962],
            [NAMES[2], "", third_grid, "13800007003", None, "女", 1988, "", "课业辅导"]]
    for row in rows:
        book.active.append(row)
    out = BytesIO()
    book.save(out)
    path.write_bytes(out.getvalue())
    return str(path)


async def _people(site) -> list[str]:
    registry = site.h["registry"]
    r = await registry.client.get("/v1/people?limit=200", headers=registry.auth("system"))
    assert r.status_code == 200, r.text
    return [p["name"] for p in r.json()["items"]]


def _as(login: dict) -> dict:
    return {"USERNAME": login["username"], "PASSWORD": login["password"], "NAME": login["name"]}


async def test_a_dry_run_lists_the_bad_row_and_the_fixed_file_imports(site, tmp_path):
    city = site.city
    bad = sheet(tmp_path / "人员-有误.xlsx", "育红社区第9网格")
    out = await run_node("desk_imports.mjs", PART="check", BASE_URL=site.url, FILE=bad,
                         **_as(city["admin_login"]))
    first = json.loads(out.strip().splitlines()[-1])
    assert first["problems"] == [["6", "网格", "在您的管辖范围内找不到网格「育红社区第9网格」"]]
    assert first["importDisabled"] is True
    assert first["summary"].startswith("共读取 3 行，2 行可以导入，1 行有问题")
    template = load_workbook(first["downloaded"]["path"]).active
    assert template["A1"].value == "人员批量导入模板"
    assert template["A2"].value == "统计单位：育红社区党委"
    assert template["A3"].value == "姓名（必填）"
    assert not set(NAMES) & set(await _people(site))  # the dry run wrote nobody

    fixed = sheet(tmp_path / "人员.xlsx", "育红社区第1网格")
    out = await run_node("desk_imports.mjs", PART="import", BASE_URL=site.url, FILE=fixed,
                         **_as(city["admin_login"]))
    second = json.loads(out.strip().splitlines()[-1])
    assert second["summary"] == "共读取 3 行，3 行可以导入，没有发现问题，可以导入"
    assert second["said"] == "已导入 3 人"
    assert set(NAMES) <= set(await _people(site))

    axe = first["axe"] | second["axe"]
    assert set(axe) == {"预检（有问题）", "预检（通过）"}
    assert all(not found for found in axe.values()), json.dumps(axe, ensure_ascii=False)
    for shot in ("desk-imports-problems", "desk-imports-phone", "desk-imports-clean",
                 "desk-imports-done"):
        assert (RESULTS / f"{shot}.png").stat().st_size > 5000, shot
