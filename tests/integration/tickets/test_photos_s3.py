"""Photos in an S3-compatible bucket (production's MinIO), against a real S3 server started here
(moto's standalone server, ThreadedMotoServer): the tickets service stores an upload there, its
presigned URL gives the re-encoded bytes (no EXIF GPS), and a sweep of an upload never named
deletes the objects from the bucket."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from uuid import UUID

import httpx
import pytest
from moto.server import ThreadedMotoServer

from redgrid.common import objects
from redgrid.common.clock import ManualClock
from redgrid.common.settings import Settings
from redgrid.common.testing import run_service
from redgrid.tickets.main import spec as tickets_spec
from redgrid.tickets.usecases import photos

from ...photo_files import gps_of, phone_jpeg

pytestmark = pytest.mark.asyncio(loop_scope="session")


@pytest.fixture(scope="module")
def s3():
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield {"objects_backend": "s3", "objects_s3_endpoint": f"http://{host}:{port}",
           "objects_s3_access_key": "redgrid-test", "objects_s3_secret_key": "redgrid-test-key",
           "objects_s3_bucket": "redgrid-photos"}
    server.stop()


async def test_the_store_itself_put_get_delete_and_a_presigned_url(s3):
    store = objects.open_store(Settings(**s3))
    try:
        assert await store.ensure_bucket()
        await store.put("photos/2026/09/a.jpg", b"\xff\xd8bytes", "image/jpeg")
        assert await store.get("photos/2026/09/a.jpg") == b"\xff\xd8bytes"
        assert await store.get("photos/2026/09/none.jpg") is None
        url = await store.signed_url("photos/2026/09/a.jpg", datetime.now(UTC), 120)
        assert url.startswith(s3["objects_s3_endpoint"]) and "X-Amz-Expires=120" in url
        async with httpx.AsyncClient() as http:
            r = await http.get(url)
        assert r.status_code == 200 and r.content == b"\xff\xd8bytes"
        assert r.headers["content-type"] == "image/jpeg"
        await store.delete("photos/2026/09/a.jpg")
        assert await store.get("photos/2026/09/a.jpg") is None
    finally:
        await store.close()


async def test_tickets_keeps_photos_in_the_bucket(stack, clean_nats, s3):
    database = await stack.new_database()
    clock = ManualClock(datetime.now(UTC))
    async with run_service(tickets_spec, stack, database, clock=clock, **s3) as tickets:
        me = tickets.auth("resident", person=UUID(int=0x5353))
        r = await tickets.client.post("/v1/photos", headers=me,
                                      files={"file": ("a.jpg", phone_jpeg(), "image/jpeg")})
        assert r.status_code == 201, r.text
        up = r.json()
        assert up["url"].startswith(s3["objects_s3_endpoint"] + "/redgrid-photos/photos/")
        assert "X-Amz-Expires=600" in up["url"]
        async with httpx.AsyncClient() as http:
            got = await http.get(up["url"])
            thumb = await http.get(up["thumb_url"])
        assert got.status_code == 200 and thumb.status_code == 200
        assert hashlib.sha256(got.content).hexdigest() == up["sha256"]
        assert gps_of(got.content) == {}
        # the service's own media path serves only the local store
        r = await tickets.client.get("/v1/media/photos/x.jpg", params={"expires": 1, "sig": "x"})
        assert r.status_code == 404
        kept = photos.of(tickets.runtime)
        key = urlpath_key(up["url"])
        assert await kept.objects.get(key) is not None
        clock.advance(hours=kept.pending_hours + 1)
        assert await photos.sweep_once(tickets.runtime.pool, clock, kept) == 1
        assert await kept.objects.get(key) is None


def urlpath_key(url: str) -> str:
    from urllib.parse import urlparse

    return urlparse(url).path.split("/redgrid-photos/", 1)[1]
