"""What a problem answer says to a person: Chinese by default, English with `Accept-Language: en`;
never a regular expression or a Python repr. Titles by problem type; validation messages by the
kind of mistake (pydantic's error type), naming the field; our own validators say theirs in
both languages (the English in the error's context, `en`), as domain errors do (errors.py)."""

from __future__ import annotations

from typing import Any

# problem type (slug) -> (Chinese, English)
TITLES: dict[str, tuple[str, str]] = {
    "bad-request": ("请求无法处理", "The request cannot be carried out"),
    "invalid": ("请求内容有误", "The request is not valid"),
    "unauthorized": ("需要登录", "A valid bearer token is required"),
    "forbidden": ("无权进行此操作", "You may not do this"),
    "not-found": ("未找到，或不在您的管辖范围内", "No such thing, or not yours to see"),
    "conflict": ("与当前状态冲突", "The request conflicts with the current state"),
    "invalid-transition": ("当前状态下不能进行这一步",
                           "This step is not allowed from the current state"),
    "too-many-requests": ("请求过于频繁，请稍后再试", "Too many requests; try again later"),
    "unavailable": ("服务暂时不可用，请稍后重试",
                    "A backing service is unavailable; try again shortly"),
    "timed-out": ("查询时间过长，请缩小范围或重试", "The request took too long; narrow it or retry"),
    "method-not-allowed": ("不支持该请求方法", "Method not allowed"),
    "too-large": ("请求内容过大", "The request is too large"),
    "http-error": ("请求无法处理", "The request cannot be carried out"),
    "internal": ("系统内部错误，请稍后重试", "Something went wrong on our side"),
}

# pydantic error type -> (Chinese, English), formatted with the error's ctx
MESSAGES: dict[str, tuple[str, str]] = {
    "missing": ("必填", "required"),
    "extra_forbidden": ("不接受此字段", "not accepted here"),
    "string_type": ("应为文字", "must be a string"),
    "string_too_short": ("至少 {min_length} 个字符", "at least {min_length} characters"),
    "string_too_long": ("不能超过 {max_length} 个字符", "at most {max_length} characters"),
    "string_pattern_mismatch": ("格式不正确", "is not in the expected format"),
    "too_short": ("至少 {min_length} 项", "at least {min_length} items"),
    "too_long": ("最多 {max_length} 项", "at most {max_length} items"),
    "int_type": ("应为整数", "must be an integer"),
    "int_parsing": ("应为整数", "must be an integer"),
    "int_from_float": ("应为整数", "must be an integer"),
    "float_type": ("应为数字", "must be a number"),
    "float_parsing": ("应为数字", "must be a number"),
    "bool_type": ("应为 true 或 false", "must be true or false"),
    "bool_parsing": ("应为 true 或 false", "must be true or false"),
    "greater_than": ("应大于 {gt}", "must be greater than {gt}"),
    "greater_than_equal": ("不能小于 {ge}", "must be at least {ge}"),
    "less_than": ("应小于 {lt}", "must be less than {lt}"),
    "less_than_equal": ("不能大于 {le}", "must be at most {le}"),
    "uuid_type": ("应为有效的编号（UUID）", "must be a UUID"),
    "uuid_parsing": ("应为有效的编号（UUID）", "must be a UUID"),
    "date_type": ("应为日期（如 2026-12-07）", "must be a date (2026-12-07)"),
    "date_parsing": ("应为日期（如 2026-12-07）", "must be a date (2026-12-07)"),
    "date_from_datetime_parsing": ("应为日期（如 2026-12-07）", "must be a date (2026-12-07)"),
    "datetime_type": ("应为时间（如 2026-12-07T09:30:00+08:00）",
                      "must be a date and time (2026-12-07T09:30:00+08:00)"),
    "datetime_parsing": ("应为时间（如 2026-12-07T09:30:00+08:00）",
                         "must be a date and time (2026-12-07T09:30:00+08:00)"),
    "datetime_from_date_parsing": ("应为时间（如 2026-12-07T09:30:00+08:00）",
                                   "must be a date and time (2026-12-07T09:30:00+08:00)"),
    "timezone_aware": ("时间须带时区（如 +08:00）", "must carry a time zone (+08:00)"),
    "enum": ("只能是：{expected}", "must be one of: {expected}"),
    "literal_error": ("只能是：{expected}", "must be one of: {expected}"),
    "list_type": ("应为数组", "must be an array"),
    "dict_type": ("应为对象", "must be an object"),
    "model_type": ("应为对象", "must be an object"),
    "model_attributes_type": ("应为对象", "must be an object"),
    "json_invalid": ("不是有效的 JSON", "is not valid JSON"),
    "json_type": ("不是有效的 JSON", "is not valid JSON"),
    "url_parsing": ("应为网址", "must be a URL"),
    "url_scheme": ("网址的协议不被接受", "this URL scheme is not accepted"),
    "union_tag_invalid": ("类型不正确", "is not of an accepted kind"),
}


# role -> how people call it (in details that name who may do something)
ROLES: dict[str, tuple[str, str]] = {
    "resident": ("居民", "resident"),
    "volunteer": ("志愿者", "volunteer"),
    "party_member": ("党员", "party member"),
    "grid_worker": ("网格员", "grid worker"),
    "branch_secretary": ("支部书记", "branch secretary"),
    "community_admin": ("社区管理员", "community admin"),
    "street_admin": ("街道管理员", "street admin"),
    "unit": ("共建单位", "co-building unit"),
    "system": ("对接系统", "system"),
    "operator": ("运维人员", "operator"),
}


def roles(names: list[str], en: bool) -> str:
    """Roles as people call them: 网格员、社区管理员."""
    return (", " if en else "、").join(ROLES.get(n, (n, n))[en] for n in names)


# where in a request a mistake is, when it is not one field's: the body as a whole, say
PLACES: dict[str, tuple[str, str]] = {
    "body": ("请求内容", "body"), "query": ("查询参数", "query"), "path": ("路径", "path"),
    "header": ("请求头", "header"), "cookie": ("Cookie", "cookie"),
}


def place(where: object, en: bool) -> str:
    return PLACES.get(str(where), (str(where), str(where)))[en]


def english(accept_language: str | None) -> bool:
    """English only when the client's first choice is English; Chinese otherwise."""
    first = (accept_language or "").split(",")[0].split(";")[0].strip().lower()
    return first == "en" or first.startswith("en-")


def title(slug: str, en: bool, fallback: str = "") -> str:
    zh_en = TITLES.get(slug)
    if zh_en is None:
        return fallback or TITLES["bad-request"][en]
    return zh_en[en]


def _expected(ctx: dict[str, Any], en: bool) -> str:
    """An enum's or literal's choices as plain words: no quotes, no reprs."""
    raw = str(ctx.get("expected", ""))
    words = [p.strip(" '\"") for p in raw.replace(" or ", ",").split(",") if p.strip()]
    return (", " if en else "、").join(words)


def message(error: dict[str, Any], en: bool) -> str:
    """What is wrong with one field, said plainly."""
    kind = error.get("type", "")
    ctx = dict(error.get("ctx") or {})
    if isinstance(ctx.get("en"), str):  # our own validator's words, in both languages
        return ctx["en"].format(**ctx) if en else str(error.get("msg", ""))
    if kind in ("value_error", "assertion_error"):
        # our own validators' words (commands.py): already meant for people
        text = str(ctx.get("error") or error.get("msg", ""))
        return text.removeprefix("Value error, ").removeprefix("Assertion failed, ")
    zh_en = MESSAGES.get(kind)
    if zh_en is None:
        return "取值不正确" if not en else "is not valid"
    ctx["expected"] = _expected(ctx, en)
    try:
        return zh_en[en].format(**ctx)
    except (KeyError, IndexError, ValueError):
        return zh_en[en].split("{")[0].strip() or zh_en[en]
