"""Rows read from a service's own tables, as typed models."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Row(BaseModel):
    """A model read from a database record (asyncpg's Record, or any mapping)."""

    model_config = ConfigDict(from_attributes=True)

    @classmethod
    def of(cls, record):
        return None if record is None else cls.model_validate(dict(record))
