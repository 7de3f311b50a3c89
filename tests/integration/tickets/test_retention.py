"""Retention of closed tickets on a real stack: anonymisation takes the photos out of the object
store (their rows keep only that there was one, their links stop working), and two replicas
anonymising at once share the tickets out, each done once."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from pathlib import Path
from uuid import UUID, uuid4

import pytest

from redgrid.tickets.usecases import photos
from redgrid.tickets.usecases.retention import anonymise_once

from ...photo_files import phone_jpeg
from .conftest import count

pytestmark = pytest.mark.asyncio(loop_scope="session")
DAYS = 365


class Later:
    """The tickets' clock, a retention period and a day on."""

    def __init__(self, world):
        self.at = world.clock.now() + timedelta(days=DAYS + 1)

    def now(self) -> datetime:
        return self.at


async def closed_with_photo(world) -> tuple[dict, dict]:
    """A hotline matter filed with a photo by an office clerk, handled and closed."""
    c = world.yuhong
    clerk = world.as_("community_admin", c.id, person=uuid4())
    r = await world.tickets.client.post("/v1/photos", headers=clerk, files={
        "file": ("张三丰家门口.jpg", phone_jpeg(), "image/jpeg")})
    assert r.status_code == 201, r.text
    photo = r.json()
    t = await world.file({"channel": "hotline", "appeal_kind": "complaint",
                          "category": "environment", "title": "张三丰反映楼下烧烤油烟",
                          "grid_id": str(c.grid), "accept": True,
                          "reporter": {"name": "张三丰", "phone": "13812345678"},
                          "photo_ids": [photo["id"]]}, clerk)
    office, worker = world.admin(c), world.worker(c)
    for action, body, who in (("dispatch", {}, office), ("sign", {}, worker),
                              ("resolve", {"resolution": "已劝导"}, worker),
                              ("publish", {"response": "已处理"}, office),
                              ("follow-up", {"rating": 5}, office), ("close", {}, office)):
        await world.step(t["id"], action, body, who)
    return t, photo


def object_files(world) -> set[str]:
    root = Path(world.tickets.settings.objects_dir)
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}


async def test_anonymisation_deletes_the_photos_from_the_object_store(world):
    t, photo = await closed_with_photo(world)
    office = world.admin(world.yuhong)
    async with world.tickets.runtime.pool.acquire() as conn:
        keys = await conn.fetchrow("SELECT object_key, thumb_key FROM attachments WHERE id = $1",
                                   UUID(photo["id"]))
    assert {keys["object_key"], keys["thumb_key"]} <= object_files(world)
    link = (await world.tickets.client.get(f"/v1/tickets/{t['id']}", headers=office)
            ).json()["attachments"][0]["url"]
    assert (await world.tickets.client.get(link)).status_code == 200

    objects = photos.of(world.tickets.runtime).objects
    assert await anonymise_once(world.tickets.runtime.pool, world.clock, DAYS,
                                objects=objects) == 0  # not yet
    assert await anonymise_once(world.tickets.runtime.pool, Later(world), DAYS,
                                objects=objects) >= 1

    left = object_files(world)
    assert keys["object_key"] not in left and keys["thumb_key"] not in left
    assert (await world.tickets.client.get(link)).status_code == 404  # the bytes are gone
    (shown,) = (await world.tickets.client.get(f"/v1/tickets/{t['id']}", headers=office)
                ).json()["attachments"]
    assert shown["id"] == photo["id"] and shown["url"] is None and shown["thumb_url"] is None
    assert "张三丰" not in shown["name"]
    assert await count(world.tickets, "SELECT count(*) FROM attachments WHERE ticket_id = $1 "
                       "AND (object_key IS NOT NULL OR thumb_key IS NOT NULL)",
                       UUID(t["id"])) == 0


async def test_two_replicas_anonymising_at_once_do_each_ticket_once(world):
    pool, objects = world.tickets.runtime.pool, photos.of(world.tickets.runtime).objects
    tickets = [await closed_with_photo(world) for _ in range(4)]
    ids = [UUID(t["id"]) for t, _ in tickets]
    later = Later(world)
    held = await pool.acquire()
    try:
        tx = held.transaction()
        await tx.start()
        # one replica is in the middle of the first ticket: the other skips it, without waiting
        await held.execute("SELECT 1 FROM tickets WHERE id = $1 FOR UPDATE", ids[0])
        other = await asyncio.wait_for(anonymise_once(pool, later, DAYS, objects=objects), 10)
        assert other == 3
        await tx.rollback()
    finally:
        await pool.release(held)
    both = await asyncio.gather(*(anonymise_once(pool, later, DAYS, objects=objects, batch=1)
                                  for _ in range(2)))
    assert sum(both) == 1  # the one left, done by one of them
    assert await count(world.tickets, "SELECT count(*) FROM tickets WHERE id = ANY($1::uuid[]) "
                       "AND anonymised_at IS NOT NULL", ids) == 4
    assert await count(world.tickets, "SELECT count(*) FROM attachments WHERE "
                       "ticket_id = ANY($1::uuid[]) AND object_key IS NOT NULL", ids) == 0
