"""What people are told, in Chinese, from templates: titles and numbers of matters, never a
resident's name, phone or address: titles go through the PII detector with the names of the
people on the record (a title may carry what its reporter wrote)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from redgrid.common.masking import mask_text
from redgrid.notifications.domain.audience import LEVELS, MessageKind

BEIJING = ZoneInfo("Asia/Shanghai")  # times are shown and quiet hours kept in Beijing time

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
    MessageKind.ORDER_DISPATCHED: "新的志愿服务订单",
    MessageKind.ORDER_ACCEPTED: "您的服务需求已有人接单",
    MessageKind.ORDER_COMPLETED: "服务已完成",
    MessageKind.ORDER_ESCALATED: "服务订单无人接单",
    MessageKind.CLAIM_CONFIRMED: "需求认领已确认",
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
    MessageKind.ORDER_DISPATCHED: "您有新的志愿服务订单：{title}，服务时间 {window}，请及时接单。",
    MessageKind.ORDER_ACCEPTED: "您的服务需求「{title}」已有党员（志愿者）接单，服务时间 {window}。",
    MessageKind.ORDER_COMPLETED: "您的服务需求「{title}」已完成服务，请为本次服务评价。",
    MessageKind.ORDER_ESCALATED: "服务订单「{title}」长时间无人接单，已上报，请协调派单。",
    MessageKind.CLAIM_CONFIRMED: "贵单位对需求「{need}」的认领已确认（数量 {quantity}），感谢共建。",
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
    }
    if kind == MessageKind.TICKET_DISPATCHED:
        template = TO_GRID if params.get("to_grid") else TO_PERSON
    else:
        template = BODIES[kind]
    return TITLES[kind], template.format(**values)
