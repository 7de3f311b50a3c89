"""Names beside ids in an answer, filled from one lookup of every id it holds.

An answer model declares `<thing>_name` beside `<thing>_id` (or beside `<thing>` itself, as
`by_person_name` beside `by_person`), and `<thing>_names` beside `<thing>_ids`; `ids()` collects
the ids those fields hold, in nested models too, and `fill()` sets the names a service's lookup
found (None where it found none). Whose name a reader may see is the service's to decide before
it fills them (masking.mask_name).
"""

from __future__ import annotations

import functools
import typing
from collections.abc import Mapping
from typing import TypeVar
from uuid import UUID

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)
Names = Mapping[UUID, str | None]


@functools.cache
def pairs(model: type[BaseModel]) -> tuple[tuple[str, str, bool], ...]:
    """(id field, name field, a list of them) for every name field the model declares."""
    fields = model.model_fields
    found = []
    for name in fields:
        if name.endswith("_names") and f"{name[:-6]}_ids" in fields:
            found.append((f"{name[:-6]}_ids", name, True))
        elif name.endswith("_name"):
            source = next((s for s in (f"{name[:-5]}_id", name[:-5]) if s in fields), None)
            if source is not None:
                found.append((source, name, False))
    return tuple(found)


def _holds_model(annotation) -> bool:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return True
    return any(_holds_model(a) for a in typing.get_args(annotation))


@functools.cache
def _nested(model: type[BaseModel]) -> tuple[str, ...]:
    """The fields that may hold models (or lists of them) with names of their own."""
    return tuple(name for name, field in model.model_fields.items()
                 if _holds_model(field.annotation))


def _inner(value) -> list[BaseModel]:
    if isinstance(value, BaseModel):
        return [value]
    return [v for v in value if isinstance(v, BaseModel)] if isinstance(value, list) else []


def ids(*answers: BaseModel | None) -> set[UUID]:
    """Every id the answers (and the models nested in them) want a name for."""
    out: set[UUID] = set()
    for answer in answers:
        if answer is None:
            continue
        values = answer.__dict__
        for source, _, many in pairs(type(answer)):
            value = values[source]
            if many:
                out.update(value or ())
            elif value:
                out.add(value)
        for field in _nested(type(answer)):
            out |= ids(*_inner(values[field]))
    return out


def fill(answer: M, names: Names) -> M:
    """Sets every name field of the answer (and of the models nested in it) from `names`;
    returns it. A frozen model is copied instead."""
    update: dict = {}
    values = answer.__dict__
    for source, target, many in pairs(type(answer)):
        value = values[source]
        update[target] = [names.get(v) for v in value or ()] if many else (
            names.get(value) if value else None)
    for field in _nested(type(answer)):
        for inner in _inner(values[field]):
            fill(inner, names)  # nested models are not frozen where this is used
    if answer.model_config.get("frozen"):
        return answer.model_copy(update=update)
    values.update(update)
    return answer
