"""The import template's columns and how a filled row's cells are read (domain/imports.py)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from redgrid.common.errors import Invalid
from redgrid.registry.commands import PersonCreate
from redgrid.registry.domain import imports
from redgrid.registry.domain.imports import ImportKind


@pytest.mark.parametrize("kind", list(ImportKind))
def test_every_kind_has_its_template(kind):
    assert imports.COLUMNS[kind] and imports.TITLES[kind] and imports.NOTES[kind]
    assert any(c.required for c in imports.COLUMNS[kind])


def test_columns_are_found_by_their_words_wherever_they_stand():
    where = imports.positions(ImportKind.PEOPLE, ["电话", "姓名（必填）", "备注", "网格"])
    assert where == {"phone": 0, "name": 1, "grid": 3}
    assert imports.cells(["13800001111", "王芳", "x", ""], where) == {
        "phone": "13800001111", "name": "王芳"}
    with pytest.raises(Invalid, match="缺少列「姓名」"):
        imports.positions(ImportKind.PEOPLE, ["名字"])


def test_choices_numbers_and_lists_are_said_in_chinese():
    assert imports.chosen(ImportKind.PEOPLE, "gender", "女", imports.GENDERS, 4) == ("female", None)
    value, problem = imports.chosen(ImportKind.PEOPLE, "gender", "未知", imports.GENDERS, 5)
    assert value is None and problem.column == "性别" and "男、女、其他" in problem.problem
    assert imports.whole_number(ImportKind.GRIDS, "households", "320", 4) == (320, None)
    assert imports.whole_number(ImportKind.GRIDS, "households", "三百", 4)[1].column == "户数"
    assert imports.words("陪诊、维修, 心理疏导") == ["陪诊", "维修", "心理疏导"]


def test_the_single_creates_refusals_are_said_per_column():
    with pytest.raises(ValidationError) as e:
        PersonCreate.model_validate({"name": "", "home_org_id": None, "phone": "138-abc"})
    said = imports.problems_of(ImportKind.PEOPLE, e.value, 7, {"home_org_id": "home_org"})
    assert {(p.column, p.problem) for p in said} >= {("姓名", "不能为空"), ("电话", "格式不正确")}
