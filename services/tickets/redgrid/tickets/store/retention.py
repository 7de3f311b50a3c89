"""Writes of retention: a closed ticket's photos forgotten (the bytes' keys handed back to be
deleted from the object store in the same transaction)."""

from __future__ import annotations

from uuid import UUID

import asyncpg

# What a forgotten photo's row keeps: that there was one, its size and when, not its name (a
# file name may name a person) nor where its bytes were.
FORGOTTEN_NAME = "照片已按保存期限删除"

FORGET_PHOTOS_SQL = """
UPDATE attachments a
   SET object_key = NULL, thumb_key = NULL, url = NULL, public = false, name = $2
  FROM (SELECT id, object_key, thumb_key FROM attachments
         WHERE ticket_id = ANY($1::uuid[]) AND (object_key IS NOT NULL OR url IS NOT NULL)
           FOR UPDATE) old
 WHERE a.id = old.id
RETURNING old.object_key, old.thumb_key
"""


async def forget_photos(conn: asyncpg.Connection, ticket_ids: list[UUID]) -> list[str]:
    """The tickets' attachments lose their bytes' keys and links; returns the object keys
    (photos and thumbnails) the caller deletes before it commits."""
    rows = await conn.fetch(FORGET_PHOTOS_SQL, ticket_ids, FORGOTTEN_NAME)
    return [key for r in rows for key in (r["object_key"], r["thumb_key"]) if key]
