"""协办: grids, communities or departments handling a part of a matter beside the lead (主办).

A co-handler's own small state machine: assigned → signed → resolved. It lives beside the
ticket's: the ticket's status is the lead's. The lead's resolve (办结) waits for every co-handler
to have resolved its part, unless it says `without_cohandlers` (then the resolve step names the
ones still open): the lead answers for the whole reply, as the 12345 office expects of 主办.
"""

from __future__ import annotations

from enum import StrEnum

from redgrid.common.errors import Conflict, Invalid


class State(StrEnum):
    ASSIGNED = "assigned"  # 已指定
    SIGNED = "signed"  # 已签收
    RESOLVED = "resolved"  # 已办结


class Step(StrEnum):
    SIGN = "sign"
    RESOLVE = "resolve"


STEPS: dict[tuple[State, Step], State] = {
    (State.ASSIGNED, Step.SIGN): State.SIGNED,
    (State.ASSIGNED, Step.RESOLVE): State.RESOLVED,  # settled without signing first
    (State.SIGNED, Step.RESOLVE): State.RESOLVED,
}
STATE_NAMES = {State.ASSIGNED: "已指定", State.SIGNED: "已签收", State.RESOLVED: "已办结"}
STEP_NAMES = {Step.SIGN: "签收", Step.RESOLVE: "办结"}


def after(state: State | str, step: Step) -> State:
    nxt = STEPS.get((State(state), step))
    if nxt is None:
        raise Conflict(f"该协办任务{STATE_NAMES[State(state)]}，不能{STEP_NAMES[step]}",
                       en=f"a co-handler's part that is {state} cannot be {step}ed")
    return nxt


def one_target(grid_id, community_id, department) -> None:
    """A co-handler is one grid, one community, or one department."""
    if sum(x is not None for x in (grid_id, community_id, department)) != 1:
        raise Invalid("每个协办单位须且只须指定网格、社区或职能部门之一",
                      en="name exactly one of grid_id, community_id or department per co-handler")


def still_open(states: list[str]) -> bool:
    return any(State(s) != State.RESOLVED for s in states)
