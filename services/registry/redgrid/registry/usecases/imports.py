"""Bulk imports (批量导入) of people, co-building units and grids from the xlsx template, with a dry run
(预检) that lists every row's problem before anything is written.

Each row goes through the single create's own checks and writes (people.create_person,
units.create_unit) in a savepoint of one transaction, so a dry run finds exactly what a real run
would refuse; the transaction commits only on a real run without a single problem, with every
row's outbox events, and is rolled back otherwise."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from uuid import UUID

import asyncpg
from pydantic import ValidationError

from redgrid.common import scope, sheet
from redgrid.common.auth import ADMINS, Principal
from redgrid.common.clock import Clock
from redgrid.common.errors import DomainError
from redgrid.common.http import REFUSALS, refused_by_database
from redgrid.registry.commands import GridCreate, PersonCreate, UnitCreate
from redgrid.registry.domain import imports
from redgrid.registry.domain.imports import ImportKind, ImportProblem
from redgrid.registry.models import ImportReport
from redgrid.registry.queries import grids as grid_queries
from redgrid.registry.queries import orgs as org_queries
from redgrid.registry.usecases import grids, people, units

MOST_ROWS = 2000  # a community's people fit; a street imports community by community
# The body's field each cell becomes, for saying the single create's refusals per column
PEOPLE_FIELDS = {"home_org_id": "home_org", "grid_id": "grid"}
UNIT_FIELDS = {"org_id": "org", "community_ids": "communities"}
GRID_FIELDS = {"community_id": "community", "branch_id": "branch",
               "parent_grid_id": "parent_grid"}


async def template(kind: ImportKind, who: Principal, pool: asyncpg.Pool, clock: Clock) -> bytes:
    who.require(*ADMINS)
    async with pool.acquire() as conn:
        org = await org_queries.get(conn, who.org_id) if who.org_id else None
    headers = [c.header + ("（必填）" if c.required else "") for c in imports.COLUMNS[kind]]
    return sheet.xlsx(imports.TITLES[kind], org.name if org else "全市", clock.now(), headers,
                      [], note=imports.NOTES[kind])


class _Rows:
    """One import's running tally inside its transaction."""

    def __init__(self, conn: asyncpg.Connection, who: Principal, root: str,
                 default_org: UUID | None):
        self.conn, self.who, self.root, self.default_org = conn, who, root, default_org
        self.problems: list[ImportProblem] = []
        self.accepted = 0

    async def org(self, kind: ImportKind, field: str, text: str | None, row: int,
                  org_kind: str | None = None) -> UUID | None:
        """The organisation a cell names within the import's subtree (blank: the import's)."""
        if not text:
            return self.default_org
        found = await org_queries.named(self.conn, self.root, text, org_kind)
        if len(found) == 1:
            return found[0]
        said = f"在您的管辖范围内找不到「{text}」" if not found else f"「{text}」不止一个，请写编码"
        self.problems.append(ImportProblem(row=row, column=imports.header_of(kind, field),
                                     problem=said))
        return None

    async def grid(self, text: str | None, row: int, column: str = "网格") -> UUID | None:
        """The active grid a cell names within the import's subtree (blank: none); a grid an
        earlier row of the same file drew counts (the rows share one transaction)."""
        if not text:
            return None
        found = await grid_queries.named(self.conn, self.root, text)
        if len(found) == 1:
            return found[0]
        said = f"在您的管辖范围内找不到网格「{text}」" if not found else f"网格「{text}」不止一个，请写编码"
        self.problems.append(ImportProblem(row=row, column=column, problem=said))
        return None

    def note(self, found: tuple[object, ImportProblem | None]) -> object:
        value, problem = found
        if problem:
            self.problems.append(problem)
        return value

    async def create(self, row: int, write: Callable[[], Awaitable[object]]) -> None:
        """The single create in a savepoint: its refusal (or the database's, which the HTTP
        layer would have answered for the whole file) becomes the row's problem, and the rows
        after it are still checked."""
        try:
            async with self.conn.transaction():
                await write()
        except DomainError as e:
            self.problems.append(ImportProblem(row=row, column="", problem=e.detail))
            return
        except tuple(REFUSALS) as e:  # what the database refused: this row's, in its words
            said = refused_by_database(e).detail
            self.problems.append(ImportProblem(row=row, column="", problem=said))
            return
        self.accepted += 1


async def _person(rows: _Rows, number: int, cells: dict[str, str]) -> None:
    kind, before = ImportKind.PEOPLE, len(rows.problems)
    body: dict = {k: cells[k] for k in ("name", "phone", "email", "address") if k in cells}
    body["home_org_id"] = await rows.org(kind, "home_org", cells.get("home_org"), number)
    body["grid_id"] = await rows.grid(cells.get("grid"), number)
    body["skills"] = imports.words(cells.get("skills"))
    if "gender" in cells:
        body["gender"] = rows.note(imports.chosen(kind, "gender", cells["gender"],
                                                  imports.GENDERS, number))
    if "birth_year" in cells:
        body["birth_year"] = rows.note(imports.whole_number(kind, "birth_year",
                                                            cells["birth_year"], number))
    if len(rows.problems) > before:
        return
    try:
        cmd = PersonCreate.model_validate(body)
    except ValidationError as e:
        rows.problems += imports.problems_of(kind, e, number, PEOPLE_FIELDS)
        return
    await rows.create(number, lambda: people.create_person(rows.conn, cmd, rows.who))


async def _unit(rows: _Rows, number: int, cells: dict[str, str]) -> None:
    kind, before = ImportKind.UNITS, len(rows.problems)
    body: dict = {k: cells[k] for k in ("name", "address", "contact_name", "contact_phone")
                  if k in cells}
    body["kind"] = rows.note(imports.chosen(kind, "kind", cells.get("kind", ""),
                                            imports.UNIT_KINDS, number))
    body["org_id"] = await rows.org(kind, "org", cells.get("org"), number)
    body["community_ids"] = [await rows.org(kind, "communities", name, number, "community")
                             for name in imports.words(cells.get("communities"))]
    if len(rows.problems) > before:
        return
    try:
        cmd = UnitCreate.model_validate(body)
    except ValidationError as e:
        rows.problems += imports.problems_of(kind, e, number, UNIT_FIELDS)
        return
    await rows.create(number, lambda: units.create_unit(rows.conn, cmd, rows.who))


async def _grid(rows: _Rows, number: int, cells: dict[str, str]) -> None:
    kind, before = ImportKind.GRIDS, len(rows.problems)
    body: dict = {k: cells[k] for k in ("code", "name") if k in cells}
    if "kind" in cells:
        body["kind"] = rows.note(imports.chosen(kind, "kind", cells["kind"], imports.GRID_KINDS,
                                                number))
    body["community_id"] = await rows.org(kind, "community", cells.get("community"), number,
                                          "community")
    if "branch" in cells:
        body["branch_id"] = await rows.org(kind, "branch", cells["branch"], number)
    body["parent_grid_id"] = await rows.grid(cells.get("parent_grid"), number, "上级网格")
    for field in ("households", "population"):
        if field in cells:
            body[field] = rows.note(imports.whole_number(kind, field, cells[field], number))
    body["address_keys"] = imports.words(cells.get("address_keys"))
    if len(rows.problems) > before:
        return
    try:
        cmd = GridCreate.model_validate(body)
    except ValidationError as e:
        rows.problems += imports.problems_of(kind, e, number, GRID_FIELDS)
        return
    await rows.create(number, lambda: grids.draw_grid(rows.conn, cmd, rows.who))


ROW = {ImportKind.PEOPLE: _person, ImportKind.UNITS: _unit, ImportKind.GRIDS: _grid}


async def run(kind: ImportKind, data: bytes, dry_run: bool, org_id: UUID | None,
              who: Principal, pool: asyncpg.Pool) -> ImportReport:
    """Every row checked as its single create checks it; written (all in one transaction, with
    their events) only on a real run without problems."""
    who.require(*ADMINS)
    headers, found = sheet.read(data, MOST_ROWS)
    where = imports.positions(kind, headers)
    async with pool.acquire() as conn:
        tx = conn.transaction()
        await tx.start()
        try:
            root = await (scope.ensure_within(conn, who, org_id) if org_id
                          else scope.scope_path(conn, who))
            rows = _Rows(conn, who, root, org_id or who.org_id)
            for number, row in found:
                await ROW[kind](rows, number, imports.cells(row, where))
            write = not dry_run and not rows.problems
        except BaseException:
            await tx.rollback()
            raise
        await (tx.commit() if write else tx.rollback())
    return ImportReport(kind=kind, dry_run=dry_run, rows=len(found), accepted=rows.accepted,
                        written=rows.accepted if write else 0, problems=rows.problems)
