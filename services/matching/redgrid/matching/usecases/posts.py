"""Service posts (服务岗位) members claim for a period (蕉北: "社区定岗, 党员认领"), and duty
rosters whose turns are bookings, so nobody on duty is offered an order at the same time."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from uuid import UUID

import asyncpg

from redgrid.common import db, outbox, scope
from redgrid.common.auth import Principal
from redgrid.common.clock import local_iso
from redgrid.common.errors import Conflict, Invalid, NotFound
from redgrid.common.ids import uuid7
from redgrid.common.orgtree import path_ids
from redgrid.matching import events
from redgrid.matching.commands import PostClaim, PostClose, PostCreate, PostUpdate, RosterCreate
from redgrid.matching.domain.schedule import LOCAL, at_local, duty_dates, minutes
from redgrid.matching.models import Claim, Duty, MyDuty, Post, PostBase, PostPublic, Roster
from redgrid.matching.queries import orders as order_queries
from redgrid.matching.queries import posts as queries
from redgrid.matching.store import bookings
from redgrid.matching.store import posts as store
from redgrid.matching.usecases import steps

MAX_ROSTER = timedelta(days=366)


async def _community(conn: asyncpg.Connection, who: Principal,
                     community_id: UUID) -> tuple[str, str]:
    """(the path within the caller's scope, the name) of an active community."""
    path = await scope.ensure_within(conn, who, community_id)
    org = await order_queries.org(conn, community_id)
    if org is None or org["kind"] != "community" or not org["active"]:
        raise Invalid(f"{community_id} 不是有效的社区",
                      en=f"{community_id} is not an active community")
    return path, org["name"]


async def _emit(conn: asyncpg.Connection, kind, post: Post, at: datetime,
                claim: Claim | None = None) -> None:
    data = events.PostData(
        **post.model_dump(include=set(PostBase.model_fields)), org_path=path_ids(post.org_path),
        claim_id=claim.id if claim else None, person_id=claim.person_id if claim else None)
    await outbox.record(conn, [kind.make(post.id, data, at=at,
                                         correlation_id=steps.correlation())])


async def open_post(cmd: PostCreate, who: Principal, pool: asyncpg.Pool,
                    now: datetime) -> PostPublic:
    who.require(*steps.REVIEWERS)
    if cmd.ends_on < cmd.starts_on:
        raise Invalid("服务岗位的结束日期不能早于开始日期",
                      en="a post ends on or after the day it starts")
    async with db.transaction(pool) as conn:
        path, name = await _community(conn, who, cmd.community_id)
        post = await store.insert_post(conn, id=uuid7(), **cmd.model_dump(mode="python"),
                                       org_path=path, created_at=now)
        await _emit(conn, events.POST_OPENED, post, now)
        return PostPublic.of(post, name)


async def list_posts(who: Principal, pool: asyncpg.Pool, community_id: UUID | None,
                     open_on: date | None, after: UUID | None, limit: int,
                     now: datetime) -> list[PostPublic]:
    """Staff see their scope's posts; members see the open posts of a community they name."""
    async with pool.acquire() as conn:
        if who.is_staff:
            path = await scope.scope_path(conn, who)
        else:
            org = await order_queries.org(conn, community_id) if community_id else None
            if org is None:
                raise Invalid("请指定要查看哪个社区的服务岗位",
                              en="name the community_id whose posts you want to see")
            path, open_on = org["path"], open_on or now.astimezone(LOCAL).date()
        return [PostPublic.of(p, name) for p, name in await queries.posts(
            conn, path, community_id, open_on, after, limit)]


async def _eligible(conn: asyncpg.Connection, person_id: UUID) -> asyncpg.Record:
    person = await order_queries.person(conn, person_id)
    if person is None or person["status"] != "active" or not (
            person["membership"] or person["team_ids"]
            or any(r.get("role") == "volunteer" for r in person["roles"])):
        raise Invalid("服务岗位由在册的党员和志愿者认领",
                      en="posts are claimed by party members and volunteers known here")
    return person


async def claim_post(post_id: UUID, cmd: PostClaim, who: Principal, pool: asyncpg.Pool,
                     now: datetime) -> Claim:
    """认领: a seat for the period, if one is free all along it."""
    person_id = cmd.person_id or who.person_id
    if cmd.until_on < cmd.from_on:
        raise Invalid("认领的结束日期不能早于开始日期", en="until_on is on or after from_on")
    async with db.transaction(pool) as conn:
        post = await store.lock_post(conn, post_id)
        if post is None:
            raise NotFound("未找到该服务岗位", en="no such post")
        if person_id != who.person_id and not (
                who.is_staff and scope.within(post.org_path, await scope.scope_path(conn, who))):
            raise NotFound("未找到该服务岗位", en="no such post")
        person = await _eligible(conn, person_id)
        if post.status != "open" or not (post.starts_on <= cmd.from_on
                                         and cmd.until_on <= post.ends_on):
            raise Invalid(f"该岗位开放时间为 {post.starts_on} 至 {post.ends_on}",
                          en=f"the post is open from {post.starts_on} to {post.ends_on}")
        taken = await store.claims_overlapping(conn, post_id, cmd.from_on, cmd.until_on)
        if any(c.person_id == person_id for c in taken):
            raise Conflict("您在这一时段内已认领此岗位",
                           en="you hold this post for part of that period already")
        if len(taken) >= post.seats:
            raise Conflict("这一时段内此岗位名额已满",
                           en="every seat of this post is taken for part of that period")
        claim = await store.add_claim(conn, uuid7(), post_id, person_id, cmd.from_on,
                                      cmd.until_on, now)
        await _emit(conn, events.POST_CLAIMED, await store.bump_post(conn, post_id), now, claim)
        return claim.model_copy(update={"person_name": person["name"]})


async def release_claim(post_id: UUID, claim_id: UUID, who: Principal, pool: asyncpg.Pool,
                        now: datetime) -> Claim:
    async with db.transaction(pool) as conn:
        post = await store.lock_post(conn, post_id)
        claim = await store.get_claim(conn, claim_id)
        if post is None or claim is None or claim.post_id != post_id:
            raise NotFound("未找到该认领", en="no such claim")
        if claim.person_id != who.person_id and not (
                who.is_staff and scope.within(post.org_path, await scope.scope_path(conn, who))):
            raise NotFound("未找到该认领", en="no such claim")
        claim = await store.release_claim(conn, post_id, claim_id, now)
        if claim is None:
            raise Conflict("该认领已经撤销", en="this claim was released already")
        await _emit(conn, events.POST_RELEASED, await store.bump_post(conn, post_id), now, claim)
        person = await order_queries.person(conn, claim.person_id)
        return claim.model_copy(update={"person_name": person["name"] if person else None})


async def post_claims(post_id: UUID, who: Principal, pool: asyncpg.Pool) -> list[Claim]:
    """Staff in the post's scope see every claim; a member sees their own."""
    async with pool.acquire() as conn:
        post = await queries.post(conn, post_id)
        if post is None:
            raise NotFound("未找到该服务岗位", en="no such post")
        rows = await queries.claims(conn, post_id)
        if who.is_staff and scope.within(post.org_path, await scope.scope_path(conn, who)):
            return rows
        return [c for c in rows if c.person_id == who.person_id]


async def _staff_post(conn: asyncpg.Connection, who: Principal, post_id: UUID) -> Post:
    """Lock a post that `who` (community or street office) keeps, in their scope."""
    who.require(*steps.REVIEWERS)
    post = await store.lock_post(conn, post_id)
    if post is None or not scope.within(post.org_path, await scope.scope_path(conn, who)):
        raise NotFound("未找到该服务岗位", en="no such post")
    if post.status != "open":
        raise Conflict("该服务岗位已关闭", en="this post is closed")
    return post


async def _check_edit(conn: asyncpg.Connection, post: Post, cmd: PostUpdate) -> None:
    if cmd.ends_on is not None:
        last = await queries.latest_claim(conn, post.id)
        if cmd.ends_on < post.starts_on or (last is not None and cmd.ends_on < last):
            raise Invalid(f"结束日期不能早于开始日期 {post.starts_on}，也不能早于已认领的 {last}",
                          en=f"ends_on is on or after {post.starts_on} and every claim's end "
                             f"({last})")
    if cmd.seats is not None and cmd.seats < (most := await queries.most_claimed(conn, post.id)):
        raise Conflict(f"已有 {most} 人同时认领，名额不能少于 {most}",
                       en=f"{most} members hold the post at once; seats are at least that")


async def edit_post(post_id: UUID, cmd: PostUpdate, who: Principal, pool: asyncpg.Pool,
                    now: datetime) -> PostPublic:
    """Staff edit what a post says, its seats (never below those taken) and its end date
    (never before a claim's)."""
    async with db.transaction(pool) as conn:
        post = await _staff_post(conn, who, post_id)
        await _check_edit(conn, post, cmd)
        changes = cmd.model_dump(exclude_none=True)
        if changes:
            post = await store.update_post(conn, post_id, **changes)
            await _emit(conn, events.POST_UPDATED, post, now)
        org = await order_queries.org(conn, post.community_id)
        return PostPublic.of(post, org["name"] if org else None)


async def close_post(post_id: UUID, cmd: PostClose, who: Principal, pool: asyncpg.Pool,
                     now: datetime) -> PostPublic:
    """Staff close a post: no more claims; the members holding it are released."""
    async with db.transaction(pool) as conn:
        post = await _staff_post(conn, who, post_id)
        released = await store.release_claims(conn, post_id, now)
        post = await store.update_post(conn, post_id, status="closed",
                                       description=_closed_note(post.description, cmd.reason,
                                                                released))
        await _emit(conn, events.POST_CLOSED, post, now)
        org = await order_queries.org(conn, post.community_id)
        return PostPublic.of(post, org["name"] if org else None)


def _closed_note(description: str, reason: str, released: int) -> str:
    note = f"【已关闭】{reason}" + (f"（释放认领 {released} 人）" if released else "")
    return f"{description}\n{note}".strip()[:2000]


async def list_rosters(who: Principal, pool: asyncpg.Pool, *, community_id: UUID | None,
                       after: UUID | None, limit: int) -> list[Roster]:
    """Staff see their scope's rosters; members the rosters they are on."""
    async with pool.acquire() as conn:
        path = await scope.scope_path(conn, who) if who.is_staff else None
        person_id = None if who.is_staff else who.person_id
        return await queries.rosters(conn, path=path, person_id=person_id,
                                     community_id=community_id, after=after, limit=limit)


async def my_duties(who: Principal, pool: asyncpg.Pool, since: datetime | None,
                    until: datetime | None, now: datetime) -> list[MyDuty]:
    """My duties: every roster turn of mine from `since` (default: now), soonest first."""
    if who.person_id is None:
        return []  # a system token is nobody on a rota
    async with pool.acquire() as conn:
        rows = await queries.duties_of(conn, who.person_id, since or now, until)
    return [d.model_copy(update={"starts_at_local": local_iso(d.starts_at),
                                 "ends_at_local": local_iso(d.ends_at)}) for d in rows]


async def create_roster(cmd: RosterCreate, who: Principal, pool: asyncpg.Pool,
                        now: datetime) -> dict:
    """Every turn of the rota becomes a booking; a turn that collides with someone's booked
    time refuses the whole roster (409), naming the person and the day."""
    who.require(*steps.REVIEWERS)
    if cmd.ends_on < cmd.starts_on or cmd.ends_on - cmd.starts_on > MAX_ROSTER:
        raise Invalid("排班的结束日期须晚于开始日期，且最长一年",
                      en="a roster runs forwards, for at most a year")
    if minutes(cmd.end_time) <= minutes(cmd.start_time):
        raise Invalid("值班须在同一天内结束，且结束时间晚于开始时间",
                      en="a duty ends after it starts, on the same day")
    days = duty_dates(cmd.frequency, cmd.weekday, cmd.week_of_month, cmd.starts_on, cmd.ends_on)
    if not days:
        raise Invalid("所选日期范围内没有值班日", en="no duty falls between starts_on and ends_on")
    async with db.transaction(pool) as conn:
        path, name = await _community(conn, who, cmd.community_id)
        names = {person_id: (await _eligible(conn, person_id))["name"]
                 for person_id in dict.fromkeys(cmd.rota)}
        for person_id in sorted(set(cmd.rota)):
            await bookings.lock_assignee(conn, person_id)
        roster = await store.insert_roster(
            conn, id=uuid7(), **cmd.model_dump(mode="python"), org_path=path, created_at=now)
        for i, day in enumerate(days):
            person_id = cmd.rota[i % len(cmd.rota)]
            start, end = at_local(day, cmd.start_time), at_local(day, cmd.end_time)
            if await bookings.overlapping(conn, person_id, None, start, end):
                raise Conflict(f"{names[person_id]} 在 {day} 这一时段已有安排",
                               en=f"{person_id} is booked on {day} at that time",
                               person_id=str(person_id), day=day.isoformat())
            await bookings.book(conn, person_id, None, start, end, roster_id=roster.id)
        return {"roster": roster.model_copy(update={"community_name": name}),
                "rota_names": [names[p] for p in cmd.rota], "duties": len(days)}


async def roster_duties(roster_id: UUID, who: Principal, pool: asyncpg.Pool,
                        since: datetime | None, until: datetime | None) -> list[Duty]:
    async with pool.acquire() as conn:
        roster: Roster | None = await queries.roster(conn, roster_id)
        if roster is None or not (who.person_id in roster.rota or (
                who.is_staff and scope.within(roster.org_path,
                                              await scope.scope_path(conn, who)))):
            raise NotFound("未找到该排班", en="no such roster")
        return await queries.duties(conn, roster_id, since, until)

