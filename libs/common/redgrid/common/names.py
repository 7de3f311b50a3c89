"""Names beside ids in an answer, filled from one lookup of every id it holds.

An answer model declares `<thing>_name` beside `<thing>_id` (or beside `<thing>` itself, as
`by_person_name` beside `by_person`), and `<thing>_names` beside `<thing>_ids`; `ids()` collects
the ids those fields hold, in nested models too, and `filled()` copies the answer with the
names a service's lookup found (None where it found none). Whose name a reader may see is the
service's to decide before it fills them (masking.mask_name).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
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


def _nested(answer: BaseModel) -> Iterable[tuple[str, BaseModel | list]]:
    for field in type(answer).model_fields:
        value = getattr(answer, field)
        if isinstance(value, BaseModel) or (
                isinstance(value, list) and value and isinstance(value[0], BaseModel)):
            yield field, value


def ids(*answers: BaseModel | None) -> set[UUID]:
    """Every id the answers (and the models nested in them) want a name for."""
    out: set[UUID] = set()
    for answer in answers:
        if answer is None:
            continue
        for source, _, many in pairs(type(answer)):
            value = getattr(answer, source)
            if many:
                out.update(value or ())
            elif value:
                out.add(value)
        for _, value in _nested(answer):
            out |= ids(*(value if isinstance(value, list) else [value]))
    return out


def filled(answer: M, names: Names) -> M:
    """A copy of the answer with every name field set from `names`."""
    update: dict = {}
    for source, target, many in pairs(type(answer)):
        value = getattr(answer, source)
        update[target] = [names.get(v) for v in value or ()] if many else (
            names.get(value) if value else None)
    for field, value in _nested(answer):
        update[field] = ([filled(v, names) for v in value] if isinstance(value, list)
                         else filled(value, names))
    return answer.model_copy(update=update)
