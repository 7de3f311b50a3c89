"""What people are told, in Chinese, from templates: titles and numbers of matters, never a
resident's name, phone or address: titles go through the PII detector with the names of the
people on the record (a title may carry what its reporter wrote)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from redgrid.common.clock import BEIJING  # times are shown and quiet hours kept in Beijing time
from redgrid.common.masking import mask_text
from redgrid.notifications.domain.audience import LEVELS, MessageKind

TITLES = {
    MessageKind.TICKET_RECEIVED: "网格新民情",
    MessageKind.TICKET_DISPATCHED: "新的民情工单",
    MessageKind.TICKET_DUE_SOON: "工单即将到期",
    MessageKind.TICKET_ESCALATED: "工单上报督办",
    MessageKind.TICKET_ACCEPTED: "您反映的事项已受理",
    MessageKind.TICKET_REJECTED: "您反映的事项未予受理",
    MessageKind.TICKET_RESOLVED: "您反映的事项已办结",
    MessageKind.TICKET_PUBLISHED: "办理结果已公示",
    MessageKind.TICKET_FOLLOWED_UP: "事项回访",
    MessageKind.TICKET_COHANDLING: "协办工单",
    MessageKind.TICKET_REHOMED: "网格调整：工单转入",
    MessageKind.ORDER_DISPATCHED: "新的志愿服务订单",
    MessageKind.ORDER_ACCEPTED: "您的服务需求已有人接单",
    MessageKind.ORDER_COMPLETED: "服务已完成",
    MessageKind.ORDER_ESCALATED: "服务订单无人接单",
    MessageKind.CLAIM_CONFIRMED: "需求认领已确认",
    MessageKind.CALLER_ACCEPTED: "您反映的事项已受理",
    MessageKind.CALLER_REPLIED: "您反映的事项已答复",
    MessageKind.ORDER_DECLINED: "您的服务需求未被受理",
    MessageKind.ORDER_CANCELLED: "您的服务订单已取消",
    MessageKind.ORDER_EXPIRED: "您的服务需求已过期",
    MessageKind.ORDER_CALLED_OFF: "服务订单已取消",
    MessageKind.ORDER_TAKEN_AWAY: "服务订单已改派",
    MessageKind.ORDER_REMINDER: "服务即将开始",
    MessageKind.DUTY_REMINDER: "值班提醒",
    MessageKind.CLAIM_MADE: "共建单位认领需求",
    MessageKind.NEED_PUBLISHED: "社区发布新需求",
}

BODIES = {
    MessageKind.TICKET_RECEIVED: "您所在网格收到新的民情：{title}（编号 {number}），请及时受理。",
    MessageKind.TICKET_DUE_SOON: "民情工单即将到期：{title}（编号 {number}），{due_by}办结。",
    MessageKind.TICKET_ESCALATED:
        "民情工单已上报至{level}：{title}（编号 {number}），请及时督办。",
    MessageKind.TICKET_ACCEPTED: "您反映的事项已受理：{title}（编号 {number}），我们会尽快办理。",
    MessageKind.TICKET_REJECTED: "您反映的事项未予受理：{title}（编号 {number}），详情请查看工单。",
    MessageKind.TICKET_RESOLVED: "您反映的事项已办结：{title}（编号 {number}），欢迎对办理结果进行评价。",
    MessageKind.TICKET_PUBLISHED: "您反映的事项办理结果已公示：{title}（编号 {number}）。",
    MessageKind.TICKET_FOLLOWED_UP: "您反映的事项已完成回访：{title}（编号 {number}），感谢您的监督。",
    MessageKind.TICKET_COHANDLING: "请协办民情工单：{title}（编号 {number}），{due_by}办结协办事项。",
    MessageKind.TICKET_REHOMED: "因网格调整，民情工单转入您所在网格：{title}（编号 {number}），"
                                "办理时限不变，{due_by}办结。",
    MessageKind.ORDER_DISPATCHED: "您有新的志愿服务订单：{title}，服务时间 {window}，请及时接单。",
    MessageKind.ORDER_ACCEPTED: "您的服务需求「{title}」已有党员（志愿者）接单，服务时间 {window}。",
    MessageKind.ORDER_COMPLETED: "您的服务需求「{title}」已完成服务，请为本次服务评价。",
    MessageKind.ORDER_ESCALATED: "服务订单「{title}」长时间无人接单，已上报，请协调派单。",
    MessageKind.CLAIM_CONFIRMED: "贵单位对需求「{need}」的认领已确认（数量 {quantity}），感谢共建。",
    # To callers without an account (SMS): the number, and how to ask about it.
    MessageKind.CALLER_ACCEPTED: "您反映的「{title}」已受理，工单编号 {number}。"
                                 "查询办理进度请拨打12345热线并提供工单编号。",
    MessageKind.CALLER_REPLIED: "您反映的「{title}」（工单编号 {number}）已办理并答复，"
                                "工作人员将电话回访；详情请拨打12345热线并提供工单编号。",
    MessageKind.ORDER_DECLINED: "您的服务需求「{title}」社区暂未受理{because}。如有需要可重新下单或联系社区。",
    MessageKind.ORDER_CANCELLED: "您的服务订单「{title}」（服务时间 {window}）已取消{because}。",
    MessageKind.ORDER_EXPIRED:
        "很抱歉，您的服务需求「{title}」在服务时间 {window} 前无人接单，已过期。如仍需要请重新下单。",
    MessageKind.ORDER_CALLED_OFF:
        "服务订单「{title}」（服务时间 {window}）已取消{because}，您无需再前往服务。",
    MessageKind.ORDER_TAKEN_AWAY:
        "服务订单「{title}」（服务时间 {window}）已改派给其他人员，您无需再接单或前往服务。",
    MessageKind.ORDER_REMINDER: "提醒：您接单的服务「{title}」将于 {window} 开始，请准时上门。",
    MessageKind.DUTY_REMINDER: "提醒：您在「{title}」的值班将于 {window} 开始，请准时到岗。",
    MessageKind.CLAIM_MADE: "共建单位认领了社区需求「{need}」（数量 {quantity}），请及时确认。",
    MessageKind.NEED_PUBLISHED: "贵单位共建的社区发布了新需求「{need}」，欢迎认领。",
}
# An escalated order, worded by what happened (the event's step.cause): title and text.
ESCALATIONS = {
    "refused": ("服务订单多次被拒",
                "服务订单「{title}」（服务时间 {window}）派单后多次被拒，已退回社区，请重新协调派单。"),
    "unanswered": ("服务订单超时无人接单",
                   "服务订单「{title}」（服务时间 {window}）派单后超过答复时限无人接单，已退回社区，请协调派单。"),
    "undispatched": ("服务订单未及时派单",
                     "服务订单「{title}」（服务时间 {window}）交单后未在规定时间内派单，已上报社区，请协调派单。"),
}
TO_GRID = "您所在网格有新的民情工单：{title}（编号 {number}），{due_by}签收。"
TO_PERSON = "您有新的民情工单：{title}（编号 {number}），{due_by}签收。"


def local_time(value: str | datetime | None) -> str:
    """An ISO time as people read it: 5月3日 17:00 (Beijing time); '尽快' when there is none."""
    if not value:
        return "尽快"
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    local = moment.astimezone(BEIJING)
    return f"{local.month}月{local.day}日 {local:%H:%M}"


def _window(start: str | None, end: str | None) -> str:
    if not start:
        return "待约定"
    if not end:
        return local_time(start)
    a, b = local_time(start), local_time(end)
    same_day = a.split(" ")[0] == b.split(" ")[0]
    return f"{a}–{b.split(' ')[1]}" if same_day else f"{a}–{b}"


def render(kind: MessageKind, params: dict[str, Any],
           names: Iterable[str] = ()) -> tuple[str, str]:
    """The title and text of a notice; `names`: the people on the record, masked in titles."""
    names = tuple(names)
    values = {
        "title": mask_text(params.get("title") or "", names) or "（无标题）",
        "number": params.get("number") or "—",
        "due_by": f"请于 {local_time(params['due_at'])} 前" if params.get("due_at") else "请尽快",
        "level": params.get("department") if params.get("level") == "department"
        and params.get("department") else LEVELS.get(params.get("level") or "", "上级"),
        "window": _window(params.get("window_start"), params.get("window_end")),
        "need": mask_text(params.get("need_title") or "", names) or "社区需求",
        "quantity": params.get("quantity") if params.get("quantity") is not None else "—",
        "because": _because(params.get("reason"), names),
    }
    title = TITLES[kind]
    if kind == MessageKind.TICKET_DISPATCHED:
        template = TO_GRID if params.get("to_grid") else TO_PERSON
    elif kind == MessageKind.ORDER_ESCALATED and params.get("cause") in ESCALATIONS:
        title, template = ESCALATIONS[params["cause"]]
    else:
        template = BODIES[kind]
    return title, template.format(**values)


def _because(reason: str | None, names: tuple[str, ...]) -> str:
    """'，原因：…' when a person gave a reason in words (the system's own are English codes)."""
    said = mask_text(reason or "", names).strip()
    if not said or said.isascii():
        return ""
    return f"，原因：{said[:60]}"
