"""The local object store and its signed URLs: what one signs, another refuses when forged,
moved, or past its expiry; keys that could leave the store's directory are refused."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlparse

import pytest

from redgrid.common import objects
from redgrid.common.settings import Settings

NOW = datetime(2026, 9, 28, 1, 0, tzinfo=UTC)


def parts(url: str) -> tuple[str, int, str]:
    u = urlparse(url)
    q = parse_qs(u.query)
    return u.path.split("/v1/media/", 1)[1], int(q["expires"][0]), q["sig"][0]


def test_a_signed_url_is_good_until_it_expires_and_only_for_its_key(tmp_path):
    signer = objects.UrlSigner("s" * 40, "/api/tickets", 600)
    url = signer.url("photos/2026/09/a.jpg", NOW)
    assert url.startswith("/api/tickets/v1/media/photos/2026/09/a.jpg?expires=")
    key, expires, sig = parts(url)
    assert expires == int(NOW.timestamp()) + 600
    assert signer.check(key, expires, sig, NOW + timedelta(seconds=599)) is None
    assert signer.check(key, expires, sig, NOW + timedelta(seconds=601)) == "expired"
    assert signer.check("photos/2026/09/b.jpg", expires, sig, NOW) == "forged"
    assert signer.check(key, expires + 60, sig, NOW) == "forged"  # a later expiry, same sig
    assert signer.check(key, expires, sig[:-1] + ("A" if sig[-1] != "A" else "B"), NOW) == \
        "forged"
    other = objects.UrlSigner("t" * 40, "/api/tickets", 600)  # another secret
    assert other.check(key, expires, sig, NOW) == "forged"


@pytest.mark.parametrize("key", ["../etc/passwd", "photos/../../x", "/abs", "Photos/A.jpg",
                                 "photos//a.jpg", "photos/a.jpg\n", ""])
def test_keys_that_could_leave_the_directory_are_refused(key):
    assert not objects.valid_key(key)


def test_the_local_store_puts_gets_and_deletes(tmp_path):
    store = objects.open_store(Settings(objects_dir=str(tmp_path)))
    assert isinstance(store, objects.LocalObjects)

    async def go():
        await store.put("photos/2026/09/a.jpg", b"bytes", "image/jpeg")
        assert await store.get("photos/2026/09/a.jpg") == b"bytes"
        assert [p.name for p in tmp_path.rglob("*") if p.is_file()] == ["a.jpg"]  # no .part
        await store.delete("photos/2026/09/a.jpg")
        await store.delete("photos/2026/09/a.jpg")  # twice: nothing to do
        assert await store.get("photos/2026/09/a.jpg") is None
        with pytest.raises(ValueError):
            await store.put("../outside.jpg", b"x", "image/jpeg")

    asyncio.run(go())
    assert objects.content_type_of("photos/a.webp") == "image/webp"


def test_production_refuses_the_development_media_secret():
    from redgrid.tickets.settings import TicketsSettings

    strong = dict(environment="production", jwt_secret="s" * 40, db_password="p" * 20)
    with pytest.raises(ValueError, match="OBJECTS_URL_SECRET"):
        TicketsSettings(**strong)
    TicketsSettings(**strong, objects_url_secret="m" * 40)
    with pytest.raises(ValueError, match="OBJECTS_S3"):
        TicketsSettings(**strong, objects_backend="s3")
    Settings(**strong)  # a service that keeps no objects needs none of it
