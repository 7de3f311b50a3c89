"""What every request body and every date or time a request gives must be, checked at the edge:
a body is frozen and refuses unknown fields (no mass assignment); its text is text PostgreSQL
can hold and XML 1.0 can carry (no NUL, no lone surrogate, no control character but tab, line
feed and carriage return); a moment is ISO 8601 with its offset, a day ISO 8601, both
within years the services can count with (1900-2200), never a number of seconds."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from types import UnionType
from typing import Annotated, Any, ClassVar, Union, get_args, get_origin

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    model_validator,
)
from pydantic_core import PydanticCustomError

FIRST_YEAR, LAST_YEAR = 1900, 2200
# The largest whole number JSON carries exactly (a double), well within a bigint column: the
# bound for positions and sequences a request gives.
BIGINT = 2**53 - 1
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
# What no text a request gives may hold: C0 controls but tab, line feed and carriage return
# (NUL: PostgreSQL cannot store it; the others: XML 1.0 cannot carry them, and one of them in a
# ticket once broke the public Open311 XML for everyone), DEL and the C1 controls (invisible,
# and read as line breaks by some), and the two non-characters XML 1.0 excludes.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def unreadable(value: Any) -> bool:
    """Text somewhere in `value` that PostgreSQL cannot store or XML cannot carry."""
    if isinstance(value, str):
        if CONTROL.search(value):
            return True
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return True
        return False
    if isinstance(value, dict):
        return any(unreadable(k) or unreadable(v) for k, v in value.items())
    if isinstance(value, list | tuple):
        return any(unreadable(v) for v in value)
    return False


def _scalar(annotation: Any) -> Any:
    return get_args(annotation)[0] if get_origin(annotation) is Annotated else annotation


def _json_kinds(annotation: Any) -> frozenset[type]:
    """{bool}, {int}, {float}… when the field is a flag or a number, perhaps optional."""
    args = get_args(annotation) if get_origin(annotation) in (Union, UnionType) \
        else (annotation,)
    kinds = frozenset(_scalar(a) for a in args) - {type(None)}
    return kinds if kinds and kinds <= {bool, int, float} else frozenset()


def _json_typed(value: Any, kinds: frozenset[type]) -> bool:
    """Numbers and flags as JSON gives them: no "1" for 1 and no 0 for false; an integer may
    be written 3.0 (JSON Schema counts it an integer)."""
    if value is None or isinstance(value, bool):
        return value is None or bool in kinds
    if isinstance(value, int):
        return bool(kinds & {int, float})
    if isinstance(value, float):
        return float in kinds or (int in kinds and value.is_integer())
    return False


def _not_blank(schema: dict[str, Any]) -> None:
    """Text is stripped of surrounding white space before its length is checked, so a text that
    must not be empty must hold something besides white space: the schema says so too."""

    def mark(node: Any) -> None:
        if not isinstance(node, dict):
            return
        for branch in node.get("anyOf", [node]):
            if branch.get("type") == "string" and branch.get("minLength", 0) >= 1 \
                    and "pattern" not in branch:
                branch["pattern"] = r"\S"
            mark(branch.get("items"))

    for prop in schema.get("properties", {}).values():
        mark(prop)


class Command(BaseModel):
    """Base of every request body. Numbers and flags are taken as JSON types only (no "1" for
    1, no 0 for false): the body means what its schema says."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True,
                              json_schema_extra=_not_blank)
    __json_kinds__: ClassVar[dict[str, frozenset[type]]] = {}
    __max_lengths__: ClassVar[dict[str, int]] = {}

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        cls.__json_kinds__ = {name: kinds for name, f in cls.model_fields.items()
                              if (kinds := _json_kinds(f.annotation))}
        cls.__max_lengths__ = {name: n for name, f in cls.model_fields.items()
                               if (n := _text_max_length(f.metadata, f.annotation))}

    @model_validator(mode="before")
    @classmethod
    def _readable(cls, data: Any) -> Any:
        if unreadable(data):
            raise PydanticCustomError("unreadable_text",
                                      "文本不能含控制字符（制表、换行除外）或孤立代理项",
                                      {"en": "text may not hold control characters (but tab "
                                             "and line breaks) or lone surrogates"})
        if isinstance(data, dict):
            for name, kinds in cls.__json_kinds__.items():
                if name in data and not _json_typed(data[name], kinds):
                    raise PydanticCustomError(
                        "json_type", "{field} 应为 JSON {kinds}",
                        {"field": name, "kinds": "布尔值（true 或 false）" if bool in kinds
                         else "数字" if float in kinds else "整数",
                         "en": "{field} is a JSON {english}",
                         "english": " or ".join(sorted(k.__name__ for k in kinds))})
            for name, most in cls.__max_lengths__.items():
                # as sent: text is stripped before pydantic counts it, and the schema's
                # maxLength counts what the client sent (white space around it included)
                if isinstance(data.get(name), str) and len(data[name]) > most:
                    raise PydanticCustomError(
                        "string_too_long", "{field} 不能超过 {max_length} 个字符",
                        {"field": name, "max_length": most,
                         "en": "{field} has at most {max_length} characters"})
        return data


def _text_max_length(metadata: list, annotation: Any) -> int | None:
    """The maxLength the schema states for a text field (on it or on its non-null type)."""
    for constraint in metadata:
        if (most := getattr(constraint, "max_length", None)) is not None:
            return most
    if get_origin(annotation) is Annotated:
        base, *more = get_args(annotation)
        return _text_max_length(
            [c for m in more for c in (getattr(m, "metadata", None) or [m])], base) \
            if base is str or get_origin(base) is not None else None
    if get_origin(annotation) in (Union, UnionType):
        for branch in get_args(annotation):
            if (most := _text_max_length([], branch)) is not None:
                return most
    return None


def _iso(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value
    if isinstance(value, str) and _ISO_DAY.match(value):
        return value
    raise PydanticCustomError("iso_8601", "日期和时间请按 ISO 8601 书写，"
                                          "如 2026-10-01 或 2026-10-01T09:00:00+08:00",
                              {"en": "write dates and times in ISO 8601, "
                                     "e.g. 2026-10-01 or 2026-10-01T09:00:00+08:00"})


def _within_years(value: date) -> date:
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise PydanticCustomError("out_of_range",
                                  f"日期和时间须在 {FIRST_YEAR} 年至 {LAST_YEAR} 年之间",
                                  {"en": f"dates and times lie between {FIRST_YEAR} and "
                                         f"{LAST_YEAR}"})
    return value


def _aware(value: datetime) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise PydanticCustomError("timezone_aware", "时间须带时区，如 +08:00 或 Z",
                                  {"en": "a moment needs its offset, e.g. +08:00 or Z"})
    return value


Moment = Annotated[datetime, BeforeValidator(_iso), AfterValidator(_aware),
                   AfterValidator(_within_years)]
Day = Annotated[date, BeforeValidator(_iso), AfterValidator(_within_years)]


def _utc_unless_given(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


# A W3C datetime as Open311 clients send it: a Moment whose offset, when left out, is UTC.
UtcMoment = Annotated[datetime, BeforeValidator(_iso), AfterValidator(_utc_unless_given),
                      AfterValidator(_within_years)]


def _no_default(schema: dict[str, Any]) -> None:
    schema.pop("default", None)


def kept() -> Any:
    """A PATCH field that cannot be emptied: leave it out to keep the value; null is refused
    (the column holds no null), and the schema says so."""
    return Field(default=None, json_schema_extra=_no_default)
