"""Who may take which step: roles first, then the org subtree the ticket is held in (checked by
the use case), and for the holder's own steps, the person it is assigned to."""

from __future__ import annotations

from redgrid.common.auth import ADMINS, STAFF, Principal, Role
from redgrid.common.errors import Forbidden
from redgrid.tickets.domain.workflow import STEP_NAMES, Action

A = Action
OFFICE = ADMINS | {Role.BRANCH_SECRETARY}  # those who dispatch and supervise
ROLES: dict[Action, frozenset[Role]] = {
    A.ACCEPT: STAFF,
    A.REJECT: OFFICE,
    A.DISPATCH: OFFICE,
    A.SIGN: STAFF,
    A.BOUNCE: STAFF,
    A.START: STAFF,
    A.RESOLVE: STAFF,
    A.PUBLISH: OFFICE,
    A.FOLLOW_UP: STAFF,
    A.CLOSE: OFFICE,
    A.MERGE: OFFICE,
    A.ESCALATE: STAFF,
    A.REMIND: frozenset({Role.SYSTEM}),
    A.RESCHEDULE: frozenset({Role.SYSTEM}),  # done by the load of a year's calendar
    A.REOPEN: OFFICE,
    A.RECOLLECT: OFFICE,
    A.REHOME: frozenset({Role.SYSTEM}),  # done by the registry's merge or split of its grid
    A.APPROVE_NOTICE: OFFICE,  # those who may publish approve what the public reads
    A.ASK_EXTENSION: STAFF,
    A.APPROVE_EXTENSION: OFFICE,
    A.REFUSE_EXTENSION: OFFICE,
    A.COHANDLE: OFFICE,
}
# Steps the holder takes: once a ticket is assigned to someone, only they or the office may.
HOLDER_STEPS = frozenset({A.SIGN, A.BOUNCE, A.START, A.RESOLVE, A.ASK_EXTENSION})
# Steps only the holder takes: the office decides on them, it does not ask them for itself.
HOLDER_ONLY = frozenset({A.ASK_EXTENSION})
# Steps the resident who reported the matter may take on their own ticket.
REPORTER_STEPS = frozenset({A.FOLLOW_UP, A.REOPEN})


def may(who: Principal, action: Action, *, is_reporter: bool) -> bool:
    if is_reporter and action in REPORTER_STEPS:
        return True
    return who.has(*ROLES[action])


def check(who: Principal, action: Action, *, is_reporter: bool,
          assignee_id=None) -> None:
    if not may(who, action, is_reporter=is_reporter):
        raise Forbidden(f"您无权对该工单进行「{STEP_NAMES[action]}」",
                        en=f"you may not {action.value.replace('_', ' ')} this ticket")
    if (action in HOLDER_STEPS and assignee_id is not None and who.person_id != assignee_id
            and (action in HOLDER_ONLY or not who.has(*OFFICE))):
        raise Forbidden("该工单已指派给其他人员办理", en="this ticket is assigned to someone else")


def sees_reporter(who: Principal, *, is_reporter: bool, is_assignee: bool,
                  holder_in_scope: bool) -> bool:
    """Full reporter contact data: the reporter, the person holding the ticket, and the
    community or street office holding it. Everyone else sees it masked."""
    if is_reporter or is_assignee:
        return True
    return holder_in_scope and who.has(Role.COMMUNITY_ADMIN, Role.STREET_ADMIN)


def sees_parties(who: Principal, *, is_mediator: bool, holder_in_scope: bool) -> bool:
    """A mediation's parties in full: the mediator (the person holding it, or one who mediated
    a session), and the community or street office holding it. Everyone else sees them masked."""
    return is_mediator or (holder_in_scope and who.has(Role.COMMUNITY_ADMIN, Role.STREET_ADMIN))
