"""Bulk imports (批量导入): the template's columns per kind, a filled row read into the fields of
the single-create body, and every problem said in Chinese with its row and column. No I/O."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from pydantic import BaseModel, ValidationError

from redgrid.common.errors import Invalid


class ImportKind(StrEnum):
    PEOPLE = "people"  # 人员
    UNITS = "units"  # 共建单位
    GRIDS = "grids"  # 网格 (without areas: a drawn area does not fit a spreadsheet's cell)


@dataclass(frozen=True)
class Column:
    header: str
    field: str  # the single-create body's field, or a name the use case resolves (home_org)
    required: bool = False


COLUMNS: dict[ImportKind, tuple[Column, ...]] = {
    ImportKind.PEOPLE: (
        Column("姓名", "name", required=True), Column("所属组织", "home_org"),
        Column("网格", "grid"), Column("电话", "phone"), Column("邮箱", "email"),
        Column("性别", "gender"), Column("出生年份", "birth_year"), Column("地址", "address"),
        Column("技能", "skills"),
    ),
    ImportKind.UNITS: (
        Column("单位名称", "name", required=True), Column("单位类型", "kind", required=True),
        Column("所属组织", "org"), Column("地址", "address"), Column("联系人", "contact_name"),
        Column("联系电话", "contact_phone"), Column("服务社区", "communities"),
    ),
    ImportKind.GRIDS: (
        Column("网格编码", "code", required=True), Column("网格名称", "name", required=True),
        Column("网格类型", "kind"), Column("所属社区", "community"),
        Column("网格党支部", "branch"), Column("上级网格", "parent_grid"),
        Column("户数", "households"), Column("人口", "population"),
        Column("地址关键词", "address_keys"),
    ),
}
TITLES = {ImportKind.PEOPLE: "人员批量导入模板", ImportKind.UNITS: "共建单位批量导入模板",
          ImportKind.GRIDS: "网格批量导入模板"}
NOTES = {
    ImportKind.PEOPLE: "说明：从第4行起每行一人；姓名必填；所属组织、网格写名称或编码（不填则为导入到的组织）；"
                       "性别写男、女或其他；技能用顿号分隔",
    ImportKind.UNITS: "说明：从第4行起每行一个单位；单位名称、单位类型必填；单位类型写机关、企业、学校、"
                      "医疗机构、社会组织、物业公司、业委会或其他；服务社区写社区名称，用顿号分隔",
    ImportKind.GRIDS: "说明：从第4行起每行一个网格；网格编码、网格名称必填；"
                      "网格类型写综合网格或微网格（不填为综合网格）；所属社区、网格党支部写名称（所属社区不填则为导入到的社区）；微网格写上级网格的编码；"
                      "网格范围请导入后在地图上划定",
}
GENDERS = {"男": "male", "女": "female", "其他": "other"}
UNIT_KINDS = {"机关": "government", "企业": "enterprise", "学校": "school", "医疗机构": "clinic",
              "社会组织": "social_org", "物业公司": "property_company", "业委会": "owners_committee",
              "其他": "other"}
GRID_KINDS = {"综合网格": "comprehensive", "全科网格": "comprehensive", "微网格": "micro"}
_LIST = re.compile(r"[、,，;；\s]+")


class ImportProblem(BaseModel):
    """One row's problem: its number as the spreadsheet shows it, the column, what is wrong."""

    row: int
    column: str
    problem: str


def header_of(kind: ImportKind, field: str) -> str:
    return next((c.header for c in COLUMNS[kind] if c.field == field), "")


def positions(kind: ImportKind, headers: list[str]) -> dict[str, int]:
    """Field → the column it is in (by the header's words, wherever the column stands); 422
    when a required column is missing: the file is not this kind's template."""
    found = {h.replace("*", "").replace("（必填）", "").strip(): i for i, h in enumerate(headers)}
    missing = [c.header for c in COLUMNS[kind] if c.required and c.header not in found]
    if missing:
        raise Invalid(f"第3行缺少列「{'、'.join(missing)}」，请下载本类模板填写",
                      en=f"row 3 lacks the column(s) {', '.join(missing)}: use the template")
    return {c.field: found[c.header] for c in COLUMNS[kind] if c.header in found}


def cells(row: list[str], where: dict[str, int]) -> dict[str, str]:
    """The row's filled cells by field."""
    return {f: row[i] for f, i in where.items() if i < len(row) and row[i]}


def words(text: str | None) -> list[str]:
    """A list cell (技能, 服务社区): words split at 、 , ; or spaces."""
    return [w for w in _LIST.split(text or "") if w]


def chosen(kind: ImportKind, field: str, text: str, choices: dict[str, str],
           row: int) -> tuple[str | None, ImportProblem | None]:
    """A cell that names one of a few choices (性别, 单位类型), by its Chinese word."""
    if text in choices:
        return choices[text], None
    if text in choices.values():
        return text, None
    return None, ImportProblem(row=row, column=header_of(kind, field),
                         problem=f"「{text}」不是可选的值，请写{'、'.join(choices)}之一")


def whole_number(kind: ImportKind, field: str, text: str,
                 row: int) -> tuple[int | None, ImportProblem | None]:
    if re.fullmatch(r"\d{1,9}", text):
        return int(text), None
    return None, ImportProblem(row=row, column=header_of(kind, field), problem=f"「{text}」应为整数")


def problems_of(kind: ImportKind, error: ValidationError, row: int,
                fields: dict[str, str]) -> list[ImportProblem]:
    """The single create's refusals, said per cell in Chinese (pydantic says them in English)."""
    out = []
    for e in error.errors(include_url=False):
        field = str(e["loc"][0]) if e["loc"] else ""
        out.append(ImportProblem(row=row, column=header_of(kind, fields.get(field, field)),
                           problem=_said(e)))
    return out


def _said(e: dict) -> str:
    kind, ctx = e["type"], e.get("ctx") or {}
    if kind == "missing":
        return "必填"
    if kind == "string_pattern_mismatch":
        return "格式不正确"
    if kind in ("string_too_long", "too_long"):
        return f"太长（最多 {ctx.get('max_length')} 个）"
    if kind in ("string_too_short", "too_short"):
        return "不能为空"
    if kind in ("greater_than_equal", "less_than_equal"):
        return "超出允许的范围"
    return "填写有误"
