"""Records that cannot be wrong: an activity a project held and a joint meeting are checked
before they count (dates within the project or near today, counts a community can have), and
corrected or withdrawn with a reason, never silently changed."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from redgrid.common.errors import Invalid, InvalidTransition

# The most people one activity of a community can have taken part in or served, when the
# project names no number of beneficiaries (a street's largest gatherings are a few thousand).
MAX_PEOPLE = 5_000
# How far back a record may be entered late, and how far ahead a day may be (time zones:
# Beijing's day starts eight hours before UTC's).
LATE = timedelta(days=366)
AHEAD = timedelta(days=1)


def check_activity_day(held_on: date, *, today: date, starts_on: date | None,
                       ends_on: date | None) -> None:
    """Held within the project's dates, and not ahead of today nor over a year ago."""
    if held_on > today + AHEAD:
        raise Invalid(f"活动日期 {held_on} 还没到，只能登记已经举行的活动",
                      en=f"{held_on} is in the future: record activities once held")
    if starts_on is not None and held_on < starts_on:
        raise Invalid(f"活动日期 {held_on} 早于项目开始日期 {starts_on}",
                      en=f"{held_on} is before the project starts ({starts_on})")
    if ends_on is not None and held_on > ends_on:
        raise Invalid(f"活动日期 {held_on} 晚于项目结束日期 {ends_on}",
                      en=f"{held_on} is after the project ends ({ends_on})")
    if starts_on is None and held_on < today - LATE:
        raise Invalid(f"活动日期 {held_on} 已超过一年，请核实",
                      en=f"{held_on} is over a year ago: check the date")


def check_activity_counts(participants: int, served: int, *,
                          beneficiaries: int | None) -> None:
    """Participants within a sane maximum; people served within the project's beneficiaries."""
    if participants > MAX_PEOPLE:
        raise Invalid(f"参加人数 {participants} 超过一次活动的合理上限 {MAX_PEOPLE}，请核实",
                      en=f"{participants} participants is over the limit of {MAX_PEOPLE} for "
                         "one activity")
    limit = beneficiaries if beneficiaries else MAX_PEOPLE
    if served > limit:
        whom = f"项目受益对象总数 {limit}" if beneficiaries else f"合理上限 {limit}"
        raise Invalid(f"服务人数 {served} 超过{whom}，请核实",
                      en=f"{served} served is over "
                         + (f"the project's {limit} beneficiaries" if beneficiaries
                            else f"the limit of {limit}"))


def check_meeting_time(held_at: datetime, *, now: datetime) -> None:
    """A meeting is recorded once held, within the last year."""
    if held_at > now + AHEAD:
        raise Invalid(f"会议时间 {held_at:%Y-%m-%d %H:%M} 还没到，只能登记已经召开的会议",
                      en=f"{held_at.isoformat()} is in the future: record meetings once held")
    if held_at < now - LATE:
        raise Invalid(f"会议时间 {held_at:%Y-%m-%d} 已超过一年，请核实",
                      en=f"{held_at.isoformat()} is over a year ago: check the date")


def check_not_withdrawn(withdrawn_at: datetime | None, what: str, en: str) -> None:
    if withdrawn_at is not None:
        raise InvalidTransition(f"该{what}已撤销，不能再修改", en=f"this {en} was withdrawn")


# What a meeting's resolutions may be when it is withdrawn: none followed yet.
UNFOLLOWED = frozenset({"open", "dropped"})


def check_meeting_withdrawable(resolution_statuses: list[str]) -> None:
    if any(s not in UNFOLLOWED for s in resolution_statuses):
        raise InvalidTransition("该会议的决议事项已在落实或已办结，请先中止这些事项再撤销会议",
                                en="some of this meeting's resolutions are followed or done: "
                                   "drop them before withdrawing the meeting")
