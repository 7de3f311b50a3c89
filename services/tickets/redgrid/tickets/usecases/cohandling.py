"""协办: the office names grids, communities or departments to co-handle a matter beside the
lead; each co-handler signs and resolves its part (its people act, though the ticket is not
held in their subtree); the lead's resolve waits for them (domain/cohandling.py). Each is on
the ticket's timeline; redgrid.tickets.cohandler.<verb> tells the co-handler's people."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.common import db, outbox, scope
from redgrid.common.auth import STAFF, Principal
from redgrid.common.clock import Clock
from redgrid.common.errors import Conflict, NotFound
from redgrid.common.ids import uuid7
from redgrid.common.masking import mask_text
from redgrid.common.orgtree import path_ids
from redgrid.tickets import commands, events
from redgrid.tickets.domain import cohandling, routing, workflow
from redgrid.tickets.domain.cohandling import Step
from redgrid.tickets.domain.routing import Holder, Level
from redgrid.tickets.domain.workflow import Action
from redgrid.tickets.models import Cohandler, Ticket
from redgrid.tickets.queries import places
from redgrid.tickets.queries import practice as queries
from redgrid.tickets.queries import tickets as ticket_queries
from redgrid.tickets.store import practice as store
from redgrid.tickets.store import tickets as ticket_store
from redgrid.tickets.usecases import routing as route
from redgrid.tickets.usecases.common import readable
from redgrid.tickets.usecases.stepping import Change, step

LEVEL_NAMES = {"grid": "网格", "community": "社区", "street": "街道"}
VERSIONS = {"assigned": 1, "signed": 2, "resolved": 3}  # the co-handler event's version


async def add(ticket_id: UUID, cmd: commands.Cohandle, who: Principal, pool: asyncpg.Pool,
              clock: Clock) -> list[Cohandler]:
    added: list[Cohandler] = []

    async def decide(conn: asyncpg.Connection, t: Ticket, now: datetime) -> Change:
        for target in cmd.cohandlers:
            holder, grid_id = await _holder(conn, who, t, target)
            c = await store.add_cohandler(
                conn, uuid7(), t.id, level=holder.level, org_id=holder.org_id,
                org_path=holder.org_path, grid_id=grid_id, department=holder.department,
                by=who.person_id, at=now)
            if c is None or _is_lead(t, holder):
                raise Conflict("所指定的单位已是该工单的主办或协办单位",
                               en="a co-handler named leads or co-handles this ticket already")
            added.append(c)
            await _event(conn, t, c, "assigned", who)
        return Change(data={"cohandlers": [_brief(c) for c in added]})

    await step(ticket_id, Action.COHANDLE, who, pool, clock, decide, note=cmd.note)
    return added


def _is_lead(t: Ticket, holder: Holder) -> bool:
    return holder.org_id == t.org_id and holder.department == t.department


async def _holder(conn: asyncpg.Connection, who: Principal, t: Ticket,
                  target: commands.CohandlerIn) -> tuple[Holder, UUID | None]:
    """The organisation co-handling: a grid's branch, a community, or a department at the
    ticket's street; within the office's own subtree (as a dispatch is)."""
    cohandling.one_target(target.grid_id, target.community_id, target.department)
    if target.grid_id is not None:
        grid = routing.active_grid(await places.grid(conn, target.grid_id), target.grid_id)
        place = await route.place_of_ticket(conn, grid.id, grid.community_id, t.street_id)
        holder = routing.holder_at(place, Level.GRID)
    elif target.community_id is not None:
        org = routing.a_community(await places.org(conn, target.community_id),
                                  target.community_id)
        place = await route.place_of_ticket(conn, None, org.id, t.street_id)
        holder = routing.holder_at(place, Level.COMMUNITY)
    else:
        place = await route.place_of_ticket(conn, None, None, t.street_id)
        holder = routing.holder_at(place, Level.DEPARTMENT, target.department)
    await route.ensure_target_in_scope(conn, who, holder)
    return holder, target.grid_id


async def sign(ticket_id: UUID, cohandler_id: UUID, cmd: commands.Note, who: Principal,
               pool: asyncpg.Pool, clock: Clock) -> Cohandler:
    return await _part(ticket_id, cohandler_id, Step.SIGN, who, pool, clock, note=cmd.note)


async def resolve(ticket_id: UUID, cohandler_id: UUID, cmd: commands.CohandlerResolve,
                  who: Principal, pool: asyncpg.Pool, clock: Clock) -> Cohandler:
    return await _part(ticket_id, cohandler_id, Step.RESOLVE, who, pool, clock,
                       resolution=cmd.resolution)


async def _part(ticket_id: UUID, cohandler_id: UUID, part: Step, who: Principal,
                pool: asyncpg.Pool, clock: Clock, *, note: str | None = None,
                resolution: str | None = None) -> Cohandler:
    """A co-handler's step, in the shape of stepping.step: the ticket and the part locked →
    visibility (the co-handler's subtree) → roles → the ticket still handled → the part's state
    machine → write (the part, the timeline entry, the event)."""
    now = clock.now()
    async with db.transaction(pool) as conn:
        t = await ticket_store.lock(conn, ticket_id)
        c = await store.lock_cohandler(conn, cohandler_id, ticket_id) if t else None
        if c is None or not who.is_staff or not c.org_path.startswith(
                await scope.scope_path(conn, who)):
            raise NotFound("未找到该协办任务，或不在您的管辖范围内",
                           en="no such co-handler's part, or not yours to see")
        who.require(*STAFF)
        if t.status not in workflow.OPEN:
            raise Conflict(f"该工单{workflow.STATUS_NAMES[t.status]}，协办已结束",
                           en=f"the ticket is {t.status}; co-handling is over")
        cohandling.after(c.status, part)
        if part == Step.SIGN:
            c = await store.cohandler_signed(conn, c.id, by=who.person_id, at=now)
        else:
            c = await store.cohandler_resolved(conn, c.id, by=who.person_id, at=now,
                                               resolution=resolution or "")
        data = _brief(c) | ({"resolution": resolution} if resolution else {})
        await ticket_store.add_step(conn, t.id, f"cohandler_{part.value}", t.status, t.status,
                                    by_person=who.person_id,
                                    by_roles=sorted(r.value for r in who.roles), at=now,
                                    note=note, data=data)
        await _event(conn, t, c, "signed" if part == Step.SIGN else "resolved", who)
        return c


async def open_parts(conn: asyncpg.Connection, t: Ticket, *, without: bool) -> list[dict]:
    """The lead's resolve: the co-handlers still open, refused unless `without` (then noted)."""
    still = [c for c in await queries.cohandlers(conn, t.id)
             if c.status != cohandling.State.RESOLVED]
    if still and not without:
        names = "、".join(c.department or LEVEL_NAMES.get(c.level, c.level) for c in still)
        raise Conflict(f"尚有{len(still)}个协办单位未办结（{names}）；待其办结，或注明不等待协办",
                       en=f"{len(still)} co-handler(s) have not resolved their part; wait, or "
                          "resolve with without_cohandlers",
                       cohandlers=[str(c.id) for c in still])
    return [_brief(c) for c in still]


def _brief(c: Cohandler) -> dict:
    return {"id": str(c.id), "level": c.level, "org_id": str(c.org_id) if c.org_id else None,
            "grid_id": str(c.grid_id) if c.grid_id else None, "department": c.department,
            "status": c.status}


async def _event(conn: asyncpg.Connection, t: Ticket, c: Cohandler, verb: str,
                 who: Principal) -> None:
    data = events.CohandlerData(
        id=c.id, ticket_id=t.id, number=t.number, title=mask_text(t.title), category=t.category,
        level=c.level, org_id=c.org_id, org_path=path_ids(c.org_path),
        grid_id=c.grid_id, department=c.department,
        status=c.status, version=VERSIONS[c.status], due_at=t.due_at, by=str(who.person_id))
    await outbox.record(conn, [events.COHANDLER[verb].make(c.id, data)])


async def list_cohandlers(ticket_id: UUID, who: Principal, pool: asyncpg.Pool) -> list[Cohandler]:
    async with pool.acquire() as conn:
        t = await readable(conn, who, await ticket_queries.get(conn, ticket_id))
        return await queries.cohandlers(conn, t.id)
