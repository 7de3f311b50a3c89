"""What an event may carry when it leaves the platform (webhooks to other city systems): the
minimum, unless the city granted a subscription a data class (数据类别) that needs more.

By default: points cut to three decimals (about 100 m), no person ids of residents, no names of
people, nothing of party membership (membership, four-colour cards, 双报到 of a person), no
skills or availability of people. The public log keeps the event as it travelled (its text
masked); each delivery is cut for its subscription, so a grant changes what comes next, not
what the log holds."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Any

import orjson


class DataClass(StrEnum):
    NAMES = "names"  # 姓名: people's names
    PARTY = "party"  # 党员身份: party membership, four-colour cards, a person's 双报到
    SKILLS = "skills"  # 技能与服务时间: people's skills and availability
    RESIDENTS = "residents"  # 居民标识: the person ids of residents (reporters, order residents)
    PRECISE_LOCATION = "precise_location"  # 精确位置: points as given


NAMES = {DataClass.NAMES: "姓名", DataClass.PARTY: "党员身份", DataClass.SKILLS: "技能与服务时间",
         DataClass.RESIDENTS: "居民标识", DataClass.PRECISE_LOCATION: "精确位置"}
POINT_KEYS = frozenset({"lat", "lng", "center_lat", "center_lng"})
RESIDENT_KEYS = frozenset({"reporter_person_id", "resident_person_id"})
PERSON_EVENTS = "redgrid.registry.person."
# Keys that hold a person's data in every event that carries them, by the class that frees them.
WITHHELD: dict[DataClass, frozenset[str]] = {
    DataClass.NAMES: frozenset({"person_name", "reporter_name", "resident_name"}),
    DataClass.PARTY: frozenset({"membership"}),
    DataClass.SKILLS: frozenset(),
}
# Keys withheld only in some events: a person's name, skills and availability in person events;
# who a four-colour card or a 双报到 is about.
BY_TYPE: dict[str, dict[DataClass, frozenset[str]]] = {
    PERSON_EVENTS: {DataClass.NAMES: frozenset({"name"}),
                    DataClass.SKILLS: frozenset({"skills", "availability"})},
    "redgrid.registry.member.": {DataClass.PARTY: frozenset({"person_id", "title"})},
    "redgrid.registry.dual_report.": {DataClass.PARTY: frozenset({"person_id"})},
}
PRECISION = 3  # decimals of a degree: about 111 m of latitude


def _withheld(event_type: str, granted: frozenset[DataClass]) -> frozenset[str]:
    keys: set[str] = set()
    if DataClass.RESIDENTS not in granted:
        keys |= RESIDENT_KEYS
    for cls, names in WITHHELD.items():
        if cls not in granted:
            keys |= names
    for prefix, by_class in BY_TYPE.items():
        if event_type.startswith(prefix):
            for cls, names in by_class.items():
                if cls not in granted:
                    keys |= names
    return frozenset(keys)


def _cut(value: Any, withheld: frozenset[str], coarse: bool) -> Any:
    if isinstance(value, dict):
        return {k: None if k in withheld else
                round(v, PRECISION) if coarse and k in POINT_KEYS and isinstance(v, float)
                else _cut(v, withheld, coarse) for k, v in value.items()}
    if isinstance(value, list):
        return [_cut(v, withheld, coarse) for v in value]
    return value


def minimise(event_type: str, data: Any, granted: Iterable[str] = ()) -> Any:
    """The event's data as a subscription granted `granted` may receive it: withheld keys
    are null (the shape stays), points rounded."""
    classes = frozenset(DataClass(c) for c in granted)
    return _cut(data, _withheld(event_type, classes),
                DataClass.PRECISE_LOCATION not in classes)


def outbound(body: bytes, granted: Iterable[str] = ()) -> bytes:
    """A structured CloudEvent (the public log's body) cut for one subscription."""
    event = orjson.loads(body)
    data = event.get("data")
    cut = minimise(str(event.get("type", "")), data, granted)
    if cut == data:
        return body
    return orjson.dumps({**event, "data": cut})
