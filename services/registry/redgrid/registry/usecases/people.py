"""People: registration, roles, party membership (五管合一), four-colour cards, contact data.

Contact data (phone, e-mail, address) is masked in every ordinary read; reading it in full is a
separate, logged act that only the person and staff whose role needs it may do.
"""

from __future__ import annotations

from uuid import UUID

import asyncpg

from redgrid.common import catalogue, db, outbox, scope
from redgrid.common.auth import ADMINS, Principal, Role
from redgrid.common.errors import Conflict, Forbidden, Invalid, NotFound
from redgrid.common.ids import uuid7
from redgrid.common.orgtree import path_ids
from redgrid.common.pagination import Page, page
from redgrid.registry import events, models
from redgrid.registry.commands import (
    CardRecord,
    MembershipSet,
    PersonCreate,
    PersonUpdate,
    RoleAssign,
)
from redgrid.registry.domain.orgs import BRANCHES, OrgKind
from redgrid.registry.domain.people import MANAGEMENT, MemberCategory, check_role
from redgrid.registry.models import Card, Contact, Membership, Person, PersonPublic
from redgrid.registry.queries import grids as grid_queries
from redgrid.registry.queries import names
from redgrid.registry.queries import orgs as org_queries
from redgrid.registry.queries import people as queries
from redgrid.registry.store import people as store

PARTY_ORGS = BRANCHES | {OrgKind.COMMUNITY, OrgKind.STREET}
SELF_EDITABLE = {"phone", "email", "address", "skills", "availability"}


async def person_data(conn: asyncpg.Connection, person: Person) -> events.PersonData:
    member = await queries.membership(conn, person.id)
    return events.PersonData(
        id=person.id, name=person.name, home_org_id=person.home_org_id,
        org_path=path_ids(person.org_path), grid_id=person.grid_id, skills=person.skills,
        availability=person.availability,
        roles=[events.RoleData(**r.model_dump()) for r in await queries.roles(conn, person.id)],
        membership=events.MembershipData(
            branch_id=member.branch_id, category=member.category,
            management=MANAGEMENT[MemberCategory(member.category)],
        ) if member else None,
        team_ids=await queries.team_ids(conn, person.id),
        status=person.status, version=person.version,
    )


async def emit_person(conn: asyncpg.Connection, person_id: UUID, registered: bool = False) -> None:
    person = await queries.get(conn, person_id)
    kind = events.PERSON_REGISTERED if registered else events.PERSON_UPDATED
    await outbox.record(conn, [kind.make(person.id, await person_data(conn, person))])


async def _emit_contact(conn: asyncpg.Connection, person: Person) -> None:
    data = events.ContactData(person_id=person.id, phone=person.phone, email=person.email,
                              version=person.version)
    await outbox.record(conn, [events.CONTACT_CHANGED.make(person.id, data)])


async def _check_grid(conn: asyncpg.Connection, who: Principal, grid_id: UUID | None) -> None:
    if grid_id is None:
        return
    grid = await grid_queries.get(conn, grid_id)
    if grid is None or grid.status != "active":
        raise Invalid(f"网格 {grid_id} 不存在或已撤销", en=f"grid {grid_id} is not an active grid")
    await scope.ensure_within(conn, who, grid.branch_id or grid.community_id)


async def managed_person(conn: asyncpg.Connection, who: Principal, person_id: UUID) -> None:
    """A person a body names (a team's member or leader, an organisation's secretary): one who
    exists and lies in the caller's subtree, else 422; the database would take a person of
    another street, and a foreign key fails only on no person at all."""
    person = await queries.get(conn, person_id)
    if person is None or not scope.within(person.org_path, await scope.scope_path(conn, who)):
        raise Invalid(f"{person_id} 不是您管辖范围内的人员",
                      en=f"{person_id} is not a person in your scope")


async def _person_in_scope(conn: asyncpg.Connection, who: Principal, person_id: UUID) -> Person:
    person = await store.lock(conn, person_id)
    if person is None or not scope.within(person.org_path, await scope.scope_path(conn, who)):
        raise NotFound(f"未找到人员 {person_id}", en=f"person {person_id} not found")
    return person


async def register_person(cmd: PersonCreate, who: Principal, pool: asyncpg.Pool) -> PersonPublic:
    if not who.is_staff:
        raise Forbidden("只有工作人员可以登记人员", en="staff register people")
    async with db.transaction(pool) as conn:
        return await names.named(conn, PersonPublic.of(await create_person(conn, cmd, who)))


async def create_person(conn: asyncpg.Connection, cmd: PersonCreate, who: Principal) -> Person:
    """A registration's checks, row and events inside the caller's transaction: one person
    (POST /v1/people) or each row of an import (usecases.imports)."""
    home_path = await scope.ensure_within(conn, who, cmd.home_org_id)
    await _check_grid(conn, who, cmd.grid_id)
    values = cmd.model_dump(mode="json", exclude={"availability"})
    values["home_org_id"], values["grid_id"] = cmd.home_org_id, cmd.grid_id
    values["skills"] = await catalogue.resolve(conn, cmd.skills)
    person = await store.insert(
        conn, uuid7(), **values, org_path=home_path,
        availability=[w.model_dump() for w in cmd.availability],
    )
    await emit_person(conn, person.id, registered=True)
    if person.phone or person.email:
        await _emit_contact(conn, person)
    return person


async def update_person(person_id: UUID, cmd: PersonUpdate, who: Principal,
                        pool: asyncpg.Pool) -> PersonPublic:
    changes = cmd.model_dump(mode="json", exclude_unset=True)
    async with db.transaction(pool) as conn:
        if who.person_id == person_id and not who.is_staff:
            person = await store.lock(conn, person_id)
            if person is None:
                raise NotFound(f"未找到人员 {person_id}", en=f"person {person_id} not found")
            if set(changes) - SELF_EDITABLE:
                raise Forbidden("您本人只能修改电话、邮箱、地址、技能和可服务时间",
                                en=f"you may change only: {', '.join(sorted(SELF_EDITABLE))}")
        else:
            if not who.is_staff:
                raise Forbidden("只有工作人员或本人可以修改人员信息",
                                en="staff or the person themself update a person")
            person = await _person_in_scope(conn, who, person_id)
        if not changes:
            return await _public(conn, person)
        if "home_org_id" in changes:
            changes["home_org_id"] = cmd.home_org_id
            changes["org_path"] = await scope.ensure_within(conn, who, cmd.home_org_id)
        if "grid_id" in changes:
            await _check_grid(conn, who, cmd.grid_id)
            changes["grid_id"] = cmd.grid_id
        if "skills" in changes:
            changes["skills"] = await catalogue.resolve(conn, cmd.skills)
        contact_changed = bool({"phone", "email"} & set(changes))
        person = await store.update(conn, person_id, **changes)
        await emit_person(conn, person_id)
        if contact_changed:
            await _emit_contact(conn, person)
        return await _public(conn, person)


async def assign_role(person_id: UUID, cmd: RoleAssign, who: Principal,
                      pool: asyncpg.Pool) -> models.Role:
    who.require(*ADMINS)
    check_role(cmd.role, cmd.employment, cmd.part_time_kind, cmd.grid_id is not None)
    async with db.transaction(pool) as conn:
        await _person_in_scope(conn, who, person_id)
        await scope.ensure_within(conn, who, cmd.org_id)
        await _check_grid(conn, who, cmd.grid_id)
        values = cmd.model_dump(exclude_none=True)
        role = await store.add_role(conn, uuid7(), person_id, **values)
        await store.bump(conn, person_id)
        await emit_person(conn, person_id)
        return await names.named(conn, role)


async def end_role(person_id: UUID, role_id: UUID, who: Principal, pool: asyncpg.Pool) -> None:
    who.require(*ADMINS)
    async with db.transaction(pool) as conn:
        await _person_in_scope(conn, who, person_id)
        if await store.end_role(conn, person_id, role_id) is None:
            raise NotFound("该人员没有这一在任职务", en="no such active role")
        await store.bump(conn, person_id)
        await emit_person(conn, person_id)


async def set_membership(person_id: UUID, cmd: MembershipSet, who: Principal,
                         pool: asyncpg.Pool) -> Membership:
    who.require(*ADMINS, Role.BRANCH_SECRETARY)
    async with db.transaction(pool) as conn:
        await _person_in_scope(conn, who, person_id)
        await scope.ensure_within(conn, who, cmd.branch_id)
        branch = await org_queries.get(conn, cmd.branch_id)
        if branch is None or branch.kind not in PARTY_ORGS:
            raise Invalid("党员须隶属于党支部或社区党委",
                          en="a party member belongs to a branch or a community party committee")
        member = await store.set_membership(conn, person_id, cmd.branch_id, cmd.category,
                                            cmd.joined_on, cmd.employer)
        await store.bump(conn, person_id)
        await emit_person(conn, person_id)
        return await names.named(conn, member)


async def record_card(person_id: UUID, cmd: CardRecord, who: Principal,
                      pool: asyncpg.Pool) -> Card:
    who.require(*ADMINS, Role.BRANCH_SECRETARY)
    async with db.transaction(pool) as conn:
        await _person_in_scope(conn, who, person_id)
        if await queries.membership(conn, person_id) is None:
            raise Conflict("党员四色卡只为党员建立",
                           en="four-colour cards are kept for party members")
        card = await store.add_card(conn, uuid7(), person_id, cmd.colour, cmd.title,
                                    cmd.content, cmd.recorded_on, who.person_id)
        data = events.CardData(id=card.id, person_id=person_id, colour=card.colour,
                               title=card.title, recorded_on=card.recorded_on)
        await outbox.record(conn, [events.CARD_RECORDED.make(card.id, data)])
        return await names.named(conn, card)


async def _public(conn: asyncpg.Connection, person: Person) -> PersonPublic:
    return await names.named(conn, PersonPublic.of(person, await queries.roles(conn, person.id),
                                                   await queries.membership(conn, person.id)))


async def _readable(conn: asyncpg.Connection, who: Principal, person_id: UUID) -> Person:
    person = await queries.get(conn, person_id)
    if person is None:
        raise NotFound(f"未找到人员 {person_id}", en=f"person {person_id} not found")
    if who.person_id == person_id:
        return person
    if not who.is_staff or not scope.within(person.org_path, await scope.scope_path(conn, who)):
        raise NotFound(f"未找到人员 {person_id}", en=f"person {person_id} not found")
    return person


async def get_person(person_id: UUID, who: Principal, pool: asyncpg.Pool) -> PersonPublic:
    async with pool.acquire() as conn:
        return await _public(conn, await _readable(conn, who, person_id))


async def get_contact(person_id: UUID, purpose: str | None, who: Principal,
                      pool: asyncpg.Pool) -> Contact:
    """The full contact data: for the person, or logged for staff whose work needs it."""
    async with db.transaction(pool) as conn:
        person = await _readable(conn, who, person_id)
        if who.person_id != person_id:
            who.require(*ADMINS, Role.GRID_WORKER, Role.BRANCH_SECRETARY)
            await store.log_contact_access(conn, person_id, who.person_id,
                                           sorted(r.value for r in who.roles), purpose)
        return Contact(person_id=person.id, name=person.name, phone=person.phone,
                       email=person.email, address=person.address)


async def contact_log(person_id: UUID, who: Principal, pool: asyncpg.Pool) -> list[dict]:
    async with pool.acquire() as conn:
        await _readable(conn, who, person_id)
        if who.person_id != person_id:
            who.require(*ADMINS)
        reads = await queries.contact_accesses(conn, person_id)
        found = await names.lookup(conn, [r["reader_id"] for r in reads if r["reader_id"]])
        return [{**r, "reader_name": found.get(r["reader_id"])} for r in reads]


async def list_people(who: Principal, pool: asyncpg.Pool, grid_id: UUID | None,
                      role: str | None, skill: str | None, category: str | None,
                      after: tuple[str, UUID] | None, limit: int) -> Page[PersonPublic]:
    """A page of a scope's people in tree order, masked (PersonPublic), with the names the
    query joined."""
    if not who.is_staff:
        raise Forbidden("只有工作人员可以查看人员名单", en="staff list people")
    async with pool.acquire() as conn:
        path = await scope.scope_path(conn, who)
        rows = await queries.in_scope(conn, path, grid_id, role, skill, category, after,
                                      limit + 1)
    found = page(rows, limit, lambda r: [r["org_path"], str(r["id"])])
    return Page(items=[PersonPublic.of(Person.of(r), names=r) for r in found.items],
                next_cursor=found.next_cursor)


async def list_cards(person_id: UUID, who: Principal, pool: asyncpg.Pool) -> list[Card]:
    async with pool.acquire() as conn:
        await _readable(conn, who, person_id)
        return await names.all_named(conn, await queries.cards(conn, person_id))
