"""A small in-process cache for read-mostly reference data (categories, rules, the org tree as
a service's read model has it), so that a hot path does not ask the database the same thing on
every request. An entry lives `seconds`: a change made elsewhere (another replica, an event)
is seen within that time; a change made here clears the cache at once."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Hashable
from typing import Any

_MISSING = object()


class Ttl:
    def __init__(self, seconds: float = 10.0, size: int = 10_000):
        self.seconds, self.size = seconds, size
        self._entries: dict[Hashable, tuple[float, Any]] = {}

    async def get(self, key: Hashable, load: Callable[[], Awaitable[Any]]) -> Any:
        now = time.monotonic()
        found = self._entries.get(key, _MISSING)
        if found is not _MISSING and found[0] > now:
            return found[1]
        value = await load()
        if len(self._entries) >= self.size:
            self._entries.clear()  # crude, and rare: reference data is small
        self._entries[key] = (now + self.seconds, value)
        return value

    def clear(self) -> None:
        self._entries.clear()
