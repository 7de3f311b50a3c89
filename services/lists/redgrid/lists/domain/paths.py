"""Org paths as the registry draws them: '/<hex id>/…/' from the root, a subtree is a prefix."""

from __future__ import annotations

from uuid import UUID


def path_ids(path: str) -> list[UUID]:
    """The ids from the root down to the organisation itself (what events carry)."""
    return [UUID(part) for part in path.strip("/").split("/") if part]


def within(path: str, scope: str) -> bool:
    return path.startswith(scope)
