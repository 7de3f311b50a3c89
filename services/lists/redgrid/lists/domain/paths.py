"""Org paths as the registry draws them: '/<hex id>/…/' from the root, a subtree is a prefix."""

from __future__ import annotations


def within(path: str, scope: str) -> bool:
    return path.startswith(scope)
