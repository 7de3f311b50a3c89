"""The workflow's steps: 受理, 派单, 签收, 退单, 办理, 办结, 公示回应, 回访, 结案, 不予受理, 并案,
升级, each written through stepping.step (one transaction per step)."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import asyncpg

from redgrid.common import db, outbox
from redgrid.common.auth import Principal
from redgrid.common.clock import Clock
from redgrid.common.errors import Conflict, Invalid, InvalidTransition
from redgrid.tickets import commands
from redgrid.tickets.domain import followups, permissions, routing, workflow
from redgrid.tickets.domain.intake import TicketKind
from redgrid.tickets.domain.routing import Grid, Holder, Level, Org, Place
from redgrid.tickets.domain.workflow import Action, Status
from redgrid.tickets.models import Ticket
from redgrid.tickets.queries import catalogue as catalogue_queries
from redgrid.tickets.queries import places
from redgrid.tickets.queries import tickets as queries
from redgrid.tickets.store import tickets as store
from redgrid.tickets.usecases import cohandling, notice_review, photos, service_orders
from redgrid.tickets.usecases import routing as route
from redgrid.tickets.usecases.common import actionable, emit, readable, reply_to_hotline
from redgrid.tickets.usecases.intake import accept_in, deadline_fields
from redgrid.tickets.usecases.stepping import END, Change, step


async def accept(ticket_id: UUID, cmd: commands.Note, who: Principal, pool: asyncpg.Pool,
                 clock: Clock) -> Ticket:
    now = clock.now()
    async with db.transaction(pool) as conn:
        t = await actionable(conn, who, await store.lock(conn, ticket_id), False)
        permissions.check(who, Action.ACCEPT, is_reporter=False)
        workflow.next_status(t.status, Action.ACCEPT)
        updated = await accept_in(conn, t, who, now, note=cmd.note)
        await emit(conn, updated, "accepted", str(who.person_id), note=cmd.note)
        await outbox.record(conn, await service_orders.share_contact(conn, updated))
        return updated


async def reject(ticket_id: UUID, cmd: commands.ReasonGiven, who: Principal,
                 pool: asyncpg.Pool, clock: Clock) -> Ticket:
    async def decide(conn, t, now):
        return Change({"closed_at": now, "remind_at": None}, custody=END)

    async def reply(conn, t, now):
        await reply_to_hotline(conn, t, outcome="rejected", reply=cmd.reason,
                               by=str(who.person_id), now=now)

    return await step(ticket_id, Action.REJECT, who, pool, clock, decide, reason=cmd.reason,
                      then=reply)


async def dispatch(ticket_id: UUID, cmd: commands.Dispatch, who: Principal, pool: asyncpg.Pool,
                   clock: Clock) -> Ticket:
    async def decide(conn: asyncpg.Connection, t: Ticket, now: datetime) -> Change:
        place = await _dispatch_place(conn, t, cmd.grid_id)
        rule = await catalogue_queries.rule(conn, t.category, now, t.street_id) \
            if cmd.level is None else None
        level, department = routing.dispatch_level(
            cmd.level, cmd.department, to_grid=cmd.grid_id is not None,
            rule_level=rule.level if rule else None,
            rule_department=rule.department if rule else None)
        holder = routing.holder_at(place, level, department)
        await route.ensure_target_in_scope(conn, who, holder)
        assignee = await _assignee(conn, cmd.assignee_id, holder, place)
        fields = {"level": holder.level, "org_id": holder.org_id, "org_path": holder.org_path,
                  "department": holder.department, "assignee_id": assignee}
        if place.grid_id != t.grid_id:
            fields.update(grid_id=place.grid_id, community_id=place.community_id,
                          area_path=place.area_path)
        by_org = await places.org(conn, who.org_id) if who.org_id else None
        data = _dispatched(t, holder, by_org) | await _reached(conn, t, place, assignee)
        return Change(fields, custody=holder, assignee_id=assignee, data=data)

    return await step(ticket_id, Action.DISPATCH, who, pool, clock, decide, note=cmd.note)


async def _dispatch_place(conn: asyncpg.Connection, t: Ticket, grid_id: UUID | None) -> Place:
    """Where a dispatch sends the ticket: the grid it names (an active one, with its
    community), else where the ticket is; never a retired grid (its successor, else a 409)."""
    if grid_id is None:
        grid = await places.grid(conn, t.grid_id) if t.grid_id else None
        if grid is None or grid.active:
            return await route.place_of_ticket(conn, t.grid_id, t.community_id, t.street_id)
        grid = await _successor(conn, t, grid)
        return await route.place_of_ticket(conn, grid.id, grid.community_id, t.street_id)
    grid = routing.active_grid(await places.grid(conn, grid_id), grid_id)
    return await route.place_of_ticket(conn, grid_id, grid.community_id, t.street_id)


async def _successor(conn: asyncpg.Connection, t: Ticket, retired: Grid) -> Grid:
    """The grid that took over a retired one's matters (the re-homing has not reached this
    ticket yet), else a 409: a dispatch never goes to a grid that no longer exists."""
    grid = await places.successor(conn, retired.id, t.lat, t.lng, t.address)
    if grid is None:
        raise Conflict(f"该工单所在的{retired.name}已撤销，尚不知接续网格；请指定派往的网格",
                       en=f"the ticket's grid {retired.code} was retired and no successor is "
                          "known yet: name the grid to dispatch to")
    return grid


async def _reached(conn: asyncpg.Connection, t: Ticket, place: Place,
                   assignee: UUID | None) -> dict:
    """The grid and person a dispatch went to, with their names (and the grid it left, when
    its own was retired)."""
    grid = await places.grid(conn, place.grid_id) if place.grid_id else None
    data = {"to_grid_id": str(grid.id) if grid else None,
            "to_grid_name": grid.name if grid else None,
            "assignee_id": str(assignee) if assignee else None,
            "assignee_name": await places.person_name(conn, assignee)}
    if t.grid_id is not None and place.grid_id != t.grid_id:
        data["from_grid_id"] = str(t.grid_id)
    return data


async def _assignee(conn: asyncpg.Connection, named: UUID | None, holder: Holder,
                    place: Place) -> UUID | None:
    """The person named, who must hold a role where the ticket goes; else, at a grid, its
    own grid worker."""
    if named is not None:
        if not await places.works_in(conn, named, holder.org_path):
            raise Invalid("指定的办理人不在派往的组织中任职",
                          en="the assignee holds no role in the organisation dispatched to")
        return named
    if holder.level == Level.GRID:
        return await places.grid_worker(conn, place.grid_id)
    return None


def _dispatched(t: Ticket, holder: Holder, by_org: Org | None) -> dict:
    """What a dispatch's timeline entry records: from where, by which office, to where."""
    return {"from_level": t.level, "from_org_id": str(t.org_id) if t.org_id else None,
            "by_org_id": str(by_org.id) if by_org else None,
            "by_level": routing.level_of_org(by_org.kind).value if by_org else None,
            "to_level": holder.level.value,
            "to_org_id": str(holder.org_id) if holder.org_id else None,
            "department": holder.department}


async def sign(ticket_id: UUID, cmd: commands.Note, who: Principal, pool: asyncpg.Pool,
               clock: Clock) -> Ticket:
    async def decide(conn, t, now):
        dispatched = await queries.last_step(conn, t.id, ("dispatch", "escalate"))
        hours = (now - dispatched.at).total_seconds() / 3600 if dispatched else None
        holder = Holder(Level(t.level), t.org_id, t.org_path, t.department)
        return Change({"assignee_id": who.person_id}, custody=holder,
                      assignee_id=who.person_id, custody_reason="sign",
                      data={"hours_to_sign": hours, "sign_hours": t.sign_hours})

    return await step(ticket_id, Action.SIGN, who, pool, clock, decide, note=cmd.note)


async def bounce(ticket_id: UUID, cmd: commands.ReasonGiven, who: Principal, pool: asyncpg.Pool,
                 clock: Clock) -> Ticket:
    """退单: back to the office that dispatched it (else the holder before). The deadline stays
    as it was (see docs/tickets.md)."""
    async def decide(conn, t, now):
        dispatched = await queries.last_step(conn, t.id, ("dispatch",))
        back = None
        d = dispatched.data if dispatched else {}
        for org_key, level_key in (("by_org_id", "by_level"), ("from_org_id", "from_level")):
            org = await places.org(conn, UUID(d[org_key])) if d.get(org_key) else None
            if org is not None:
                level = Level(d[level_key])
                back = Holder(level if level != Level.DEPARTMENT else Level.STREET, org.id,
                              org.path)
                break
        if back is None:
            place = await route.place_of_ticket(conn, t.grid_id, t.community_id, t.street_id)
            back = routing.holder_at(place, Level.COMMUNITY)
        fields = {"level": back.level, "org_id": back.org_id, "org_path": back.org_path,
                  "department": None, "assignee_id": None}
        return Change(fields, custody=back, data={"from_level": t.level,
                                                  "to_level": back.level.value})

    return await step(ticket_id, Action.BOUNCE, who, pool, clock, decide, reason=cmd.reason)


async def start(ticket_id: UUID, cmd: commands.Note, who: Principal, pool: asyncpg.Pool,
                clock: Clock) -> Ticket:
    return await step(ticket_id, Action.START, who, pool, clock, note=cmd.note)


async def resolve(ticket_id: UUID, cmd: commands.Resolve, who: Principal, pool: asyncpg.Pool,
                  clock: Clock) -> Ticket:
    async def decide(conn, t, now):
        if t.kind == TicketKind.MEDIATION:
            if await queries.mediation_outcome(conn, t.id) is None:
                raise Conflict("办结前请先登记调解结果（调解成功、调解不成或移交）",
                               en="record the mediation's outcome (agreed, failed, referred) "
                                  "before resolving it")
        open_parts = await cohandling.open_parts(conn, t, without=cmd.without_cohandlers)
        await photos.claim(conn, cmd.photo_ids, who, ticket_id=t.id, action="resolve")
        data = {"resolution": cmd.resolution}
        if cmd.photo_ids:
            data["photo_ids"] = [str(p) for p in cmd.photo_ids]
        if open_parts:
            data["cohandlers_open"] = open_parts
        return Change({"resolution": cmd.resolution, "resolved_at": now, "remind_at": None},
                      custody=END, data=data)

    return await step(ticket_id, Action.RESOLVE, who, pool, clock, decide)


async def publish(ticket_id: UUID, cmd: commands.Publish, who: Principal, pool: asyncpg.Pool,
                  clock: Clock) -> Ticket:
    """公示回应: the response goes to the reporter, to every reporter of a ticket merged into this
    one, and (if public) to the public notice."""
    async def decide(conn, t, now):
        return Change({"response": cmd.response, "response_public": cmd.public,
                       "published_at": now},
                      data={"response": cmd.response, "public": cmd.public})

    async def reply(conn, master, now):
        await notice_review.propose_in(conn, master, now)  # 公示稿, shown once approved
        await reply_to_hotline(conn, master, outcome="resolved", reply=cmd.response,
                               by=str(who.person_id), now=now)
        for child in await queries.merged_children(conn, master.id):
            await _give_reply(conn, child, master, who=who, now=now)

    return await step(ticket_id, Action.PUBLISH, who, pool, clock, decide, then=reply)


async def _give_reply(conn: asyncpg.Connection, child: Ticket, master: Ticket, *,
                      who: Principal, now: datetime) -> None:
    updated = await store.update(conn, child.id, now, response=master.response,
                                 published_at=now)
    await store.add_step(conn, child.id, "reply", child.status, child.status,
                         by_person=who.person_id, by_roles=[], at=now,
                         data={"from": str(master.id)})
    await emit(conn, updated, "published", str(who.person_id),
               note=f"response of {master.number}")
    await reply_to_hotline(conn, updated, outcome="merged", reply=master.response or "",
                           by=str(who.person_id), now=now, master_number=master.number)


async def follow_up(ticket_id: UUID, cmd: commands.FollowUp, who: Principal, pool: asyncpg.Pool,
                    clock: Clock) -> Ticket:
    async def decide(conn, t, now):
        if t.status == Status.MERGED:
            master = await queries.get(conn, t.merged_into_id)
            if master is None or master.published_at is None:
                raise InvalidTransition("并入的主工单尚未公示回应",
                                        en="the ticket it was merged into has no response yet")
        fields = _follow_up_fields(cmd, who, now)
        return Change(fields, data=_follow_up_data(fields))

    return await step(ticket_id, Action.FOLLOW_UP, who, pool, clock, decide, note=cmd.comment)


def _follow_up_fields(cmd: commands.FollowUp, who: Principal, now: datetime) -> dict:
    """回访's answers; staff may name who called and when (a resident answers for themself)."""
    satisfaction = followups.satisfaction_of(cmd.rating, cmd.satisfaction)
    called_at = (cmd.called_at if who.is_staff else None) or now
    if called_at > now:
        raise Invalid("回访时间不能晚于当前时间", en="the follow-up call cannot be in the future")
    return {"rating": cmd.rating, "rating_comment": cmd.comment, "followed_up_at": now,
            "solved": cmd.solved, "satisfaction": satisfaction.value,
            "followup_by": (cmd.called_by if who.is_staff else None) or who.person_id,
            "followup_called_at": called_at}


def _follow_up_data(fields: dict) -> dict:
    """What the timeline entry records of a 回访."""
    by = fields["followup_by"]
    return {"rating": fields["rating"], "solved": fields["solved"],
            "satisfaction": fields["satisfaction"], "called_by": str(by) if by else None,
            "called_at": fields["followup_called_at"].isoformat()}


async def close(ticket_id: UUID, cmd: commands.Note, who: Principal, pool: asyncpg.Pool,
                clock: Clock) -> Ticket:
    async def decide(conn, t, now):
        return Change({"closed_at": now, "remind_at": None}, custody=END)

    return await step(ticket_id, Action.CLOSE, who, pool, clock, decide, note=cmd.note)


async def merge(ticket_id: UUID, cmd: commands.Merge, who: Principal, pool: asyncpg.Pool,
                clock: Clock) -> Ticket:
    """并案: this ticket folds into `into_id`; its reporter still gets the reply and follow-up."""
    if cmd.into_id == ticket_id:
        raise Invalid("工单不能并入自身", en="a ticket cannot be merged into itself")

    async def decide(conn, t, now):
        target = await readable(conn, who, await store.lock(conn, cmd.into_id))
        if target.status == Status.MERGED:
            target = await readable(conn, who, await store.lock(conn, target.merged_into_id))
        if target.id == t.id:
            raise Invalid("工单不能并入自身", en="a ticket cannot be merged into itself")
        if target.status not in (workflow.MERGEABLE | {Status.RESOLVED, Status.PUBLISHED}):
            raise InvalidTransition(f"不能并入{workflow.STATUS_NAMES[target.status]}的工单",
                                    en=f"cannot merge into a ticket that is {target.status}")
        fields = {"merged_into_id": target.id, "remind_at": None}
        if target.published_at is not None:
            fields.update(response=target.response, published_at=now)
        return Change(fields, custody=END, data={"into": str(target.id),
                                                 "into_number": target.number})

    return await step(ticket_id, Action.MERGE, who, pool, clock, decide, reason=cmd.reason)


def escalation(t: Ticket, place: Place, now: datetime) -> Change:
    """Up one level; the level above gets its own time (the first deadline stays for figures)."""
    above = routing.level_above(t.level)
    holder = routing.holder_at(place, above)
    hours, days = routing.escalation_limit(t.limit_hours, t.limit_working_days)
    fields = {"level": holder.level, "org_id": holder.org_id, "org_path": holder.org_path,
              "department": None, "assignee_id": None,
              "escalation_level": t.escalation_level + 1,
              **deadline_fields(hours, days, now, first=t.first_due_at is None)}
    data = {"from_level": t.level, "to_level": holder.level.value,
            "overdue": bool(t.due_at and now > t.due_at)}
    return Change(fields, custody=holder, data=data, custody_reason="escalate")


async def escalate(ticket_id: UUID, cmd: commands.Escalate, who: Principal, pool: asyncpg.Pool,
                   clock: Clock) -> Ticket:
    async def decide(conn, t, now):
        place = await route.place_of_ticket(conn, t.grid_id, t.community_id, t.street_id)
        return escalation(t, place, now)

    return await step(ticket_id, Action.ESCALATE, who, pool, clock, decide, reason=cmd.reason)
