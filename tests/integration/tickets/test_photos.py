"""Photos on a real stack (PostgreSQL, NATS, the local object store): a resident's photo
uploaded before the report and committed with it, read back through its signed URL (the bytes
kept, EXIF GPS gone), the URL refused once expired or tampered with; photos with a resolve and
a visit; bad uploads refused in Chinese with nothing stored; the public notice shows only
photos staff marked public; uploads never named are swept away."""

from __future__ import annotations

import hashlib
from pathlib import Path
from urllib.parse import parse_qs, urlparse
from uuid import UUID

import pytest

from redgrid.tickets.usecases import photos

from ...photo_files import GPS, gif, gps_of, phone_jpeg, size_of
from .conftest import count

pytestmark = pytest.mark.asyncio(loop_scope="session")
RESIDENT = UUID(int=0x9070)


def resident(world, person: UUID = RESIDENT) -> dict:
    return world.as_("resident", person=person)


async def upload(world, headers: dict, data: bytes, *, path: str = "/v1/photos",
                 name: str = "IMG_0001.jpg", status: int = 201, **form) -> dict:
    r = await world.tickets.client.post(path, headers=headers, files={
        "file": (name, data, "image/jpeg")}, data={k: str(v).lower() for k, v in form.items()})
    assert r.status_code == status, r.text
    return r.json()


def stored_files(world) -> int:
    return sum(1 for p in Path(world.tickets.settings.objects_dir).rglob("*") if p.is_file())


async def stored(world) -> tuple[int, int]:
    return (await count(world.tickets, "SELECT count(*) FROM attachments"), stored_files(world))


def report(**fields) -> dict:
    return {"appeal_kind": "complaint", "category": "road_repair", "title": "人行道方砖松动",
            "location": {"lat": 33.2001, "lng": 120.4601}, **fields}


async def test_a_residents_report_with_photos_commits_together_and_reads_back_clean(world):
    original = phone_jpeg()
    assert gps_of(original) and b"GPSLatitude" in original
    me = resident(world)
    up = await upload(world, me, original)
    assert up["content_type"] == "image/jpeg" and up["name"] == "IMG_0001.jpg"
    assert (up["width"], up["height"]) == (480, 640)  # turned upright by its orientation tag
    assert up["url"] and up["thumb_url"] and up["url_expires_at"]
    second = await upload(world, me, phone_jpeg(colour=(20, 120, 40)), name="近景.jpg")
    t = await world.file(report(photo_ids=[up["id"], second["id"]]), me)

    r = await world.tickets.client.get(f"/v1/tickets/{t['id']}", headers=me)
    assert r.status_code == 200, r.text
    photos_ = r.json()["attachments"]
    assert [p["id"] for p in photos_] == [up["id"], second["id"]]
    assert {p["action"] for p in photos_} == {"receive"}
    first = photos_[0]
    got = await world.tickets.client.get(first["url"])  # no token: the signature is the right
    assert got.status_code == 200 and got.headers["content-type"] == "image/jpeg"
    assert got.headers["x-content-type-options"] == "nosniff"
    assert hashlib.sha256(got.content).hexdigest() == first["sha256"]
    assert len(got.content) == first["size"]
    assert gps_of(got.content) == {} and b"GPSLatitude" not in got.content  # EXIF and XMP
    assert size_of(got.content) == (480, 640)
    thumb = await world.tickets.client.get(first["thumb_url"])
    assert thumb.status_code == 200 and max(size_of(thumb.content)) == 320

    # tampered: another key under the same signature, a signature changed, an expiry moved
    query = parse_qs(urlparse(first["url"]).query)
    other = urlparse(photos_[1]["url"]).path
    for bad in (f"{other}?expires={query['expires'][0]}&sig={query['sig'][0]}",
                first["url"].replace("sig=", "sig=A"),
                first["url"].replace(f"expires={query['expires'][0]}",
                                     f"expires={int(query['expires'][0]) + 3600}")):
        r = await world.tickets.client.get(bad)
        assert r.status_code == 403 and r.json()["detail"] == "链接签名无效", bad
    # expired: ten minutes on, the same URL is refused; a new read gives a new one
    world.clock.advance(seconds=601)
    try:
        r = await world.tickets.client.get(first["url"])
        assert r.status_code == 403 and "过期" in r.json()["detail"]
        again = (await world.tickets.client.get(f"/v1/tickets/{t['id']}", headers=me)).json()
        assert (await world.tickets.client.get(again["attachments"][0]["url"])).status_code == 200
    finally:
        world.clock.advance(seconds=-601)

    # staff of the ticket's scope read it too; staff of another community do not
    r = await world.tickets.client.get(f"/v1/tickets/{t['id']}",
                                       headers=world.admin(world.jianxi))
    assert r.status_code == 404
    r = await world.tickets.client.get(f"/v1/tickets/{t['id']}", headers=world.admin(world.yuhong))
    assert len(r.json()["attachments"]) == 2
    # an upload named once is used up
    r = await world.tickets.client.post("/v1/tickets", headers=me,
                                        json=report(photo_ids=[up["id"]]))
    assert r.status_code == 422 and "照片" in r.json()["detail"]


async def test_bad_uploads_are_refused_in_chinese_and_store_nothing(world):
    me = resident(world, UUID(int=0x9071))
    t = await world.file(report(), me)
    limit = world.tickets.settings.photo_max_bytes
    before = await stored(world)
    cases = [
        (b"\xff\xd8\xff" + b"\0" * (limit - 2), 413, "照片太大"),  # past the limit by a byte
        (b"\0" * (limit + 200_000), 413, "不能超过"),  # past it by more: the door refuses
        (gif(), 422, "不支持的图片格式"),
        (b"%PDF-1.7 not a photo at all", 422, "不是可以识别的图片"),
        (phone_jpeg()[:300], 422, "损坏"),
        (b"", 422, "为空"),
    ]
    for data, status, said in cases:
        for path in ("/v1/photos", f"/v1/tickets/{t['id']}/photos"):
            r = await world.tickets.client.post(path, headers=me,
                                                files={"file": ("x.jpg", data, "image/jpeg")})
            assert r.status_code == status, (path, said, r.text)
            assert r.headers["content-type"] == "application/problem+json"
            assert said in r.json()["detail"], r.json()
    # a ticket not yours: as if there were none
    stranger = resident(world, UUID(int=0x9072))
    await upload(world, stranger, phone_jpeg(), path=f"/v1/tickets/{t['id']}/photos",
                 status=404)
    # the location kept on purpose is for staff only; so is showing a photo to the public
    await upload(world, me, phone_jpeg(), keep_location=True, status=403)
    await upload(world, me, phone_jpeg(), path=f"/v1/tickets/{t['id']}/photos", public=True,
                 status=403)
    # an intake naming another's upload, or none at all, is refused and files nothing
    theirs = await upload(world, stranger, phone_jpeg())
    tickets_before = await count(world.tickets, "SELECT count(*) FROM tickets")
    for ids in ([theirs["id"]], [str(UUID(int=1))]):
        r = await world.tickets.client.post("/v1/tickets", headers=me, json=report(photo_ids=ids))
        assert r.status_code == 422 and "不是你上传的" in r.json()["detail"], r.text
    assert await count(world.tickets, "SELECT count(*) FROM tickets") == tickets_before
    rows, files = await stored(world)
    assert (rows, files) == (before[0] + 1, before[1] + 2)  # only the stranger's upload


async def test_staff_keep_a_location_on_purpose_and_such_a_photo_is_never_public(world):
    office = world.admin(world.yuhong)
    t = await world.file(report(), office)
    kept = await upload(world, office, phone_jpeg(), path=f"/v1/tickets/{t['id']}/photos",
                        keep_location=True)
    assert kept["location_kept"] and kept["action"] == "attach"
    got = await world.tickets.client.get(kept["url"])
    assert gps_of(got.content) == GPS
    r = await world.tickets.client.patch(f"/v1/tickets/{t['id']}/photos/{kept['id']}",
                                         headers=office, json={"public": True})
    assert r.status_code == 422 and "位置" in r.json()["detail"]
    r = await world.tickets.client.get(f"/v1/tickets/{t['id']}", headers=office)
    assert r.json()["timeline"][-1]["action"] == "attach"


async def test_a_handler_resolves_with_photos_and_the_public_sees_only_marked_ones(world):
    yh = world.yuhong
    office, worker = world.admin(yh), world.worker(yh)
    t = await world.file(report(title="井盖破损", category="environment", photo_ids=[
        (await upload(world, office, phone_jpeg()))["id"]]), office)
    for action, body in (("accept", {}), ("dispatch", {}), ("sign", {}), ("start", {})):
        await world.step(t["id"], action, body, worker if action in ("sign", "start") else office)
    after_ = await upload(world, worker, phone_jpeg(colour=(10, 10, 200)), name="修复后.jpg")
    # a resolve naming another's upload is refused and changes nothing
    foreign = await upload(world, office, phone_jpeg())
    await world.step(t["id"], "resolve", {"resolution": "已更换井盖",
                                          "photo_ids": [foreign["id"]]}, worker, status=422)
    done = await world.step(t["id"], "resolve", {"resolution": "已更换井盖",
                                                 "photo_ids": [after_["id"]]}, worker)
    assert done["status"] == "resolved"
    file_ = (await world.tickets.client.get(f"/v1/tickets/{t['id']}", headers=office)).json()
    assert [p["action"] for p in file_["attachments"]] == ["receive", "resolve"]
    assert file_["timeline"][-1]["data"]["photo_ids"] == [after_["id"]]
    await world.step(t["id"], "publish", {"response": "井盖已更换"}, office)
    await world.step(t["id"], "notice/approve", {"title": "井盖缺失", "response": "井盖已更换"},
                     office)

    notice = (await world.tickets.client.get(f"/public/v1/notices/{t['number']}")).json()
    assert notice["photos"] == []  # published, but no photo marked public yet
    # a grid worker may not mark it; the office may
    path = f"/v1/tickets/{t['id']}/photos/{after_['id']}"
    r = await world.tickets.client.patch(path, headers=worker, json={"public": True})
    assert r.status_code == 403
    r = await world.tickets.client.patch(path, headers=office, json={"public": True})
    assert r.status_code == 200 and r.json()["public"]
    notice = (await world.tickets.client.get(f"/public/v1/notices/{t['number']}")).json()
    (shown,) = notice["photos"]
    got = await world.tickets.client.get(shown["url"])
    assert got.status_code == 200 and gps_of(got.content) == {}
    listed = (await world.tickets.client.get("/public/v1/notices")).json()["items"]
    assert [len(n["photos"]) for n in listed if n["number"] == t["number"]] == [1]


async def test_a_visit_with_photos_and_a_finding_with_its_own(world):
    yh = world.yuhong
    worker = world.worker(yh)
    at_door = await upload(world, worker, phone_jpeg())
    found = await upload(world, worker, phone_jpeg(colour=(90, 90, 90)))
    r = await world.tickets.client.post("/v1/visits", headers=worker, json={
        "kind": "problem", "grid_id": str(yh.grid), "visited_at": "2026-09-28T10:00:00+08:00",
        "household": "育红路8号", "photo_ids": [at_door["id"]],
        "findings": [{"category": "environment", "title": "楼道堆物",
                      "photo_ids": [found["id"]]}]})
    assert r.status_code == 201, r.text
    visit = r.json()
    assert [p["id"] for p in visit["photos"]] == [at_door["id"]]
    assert (await world.tickets.client.get(visit["photos"][0]["url"])).status_code == 200
    (ticket_id,) = visit["ticket_ids"]
    file_ = (await world.tickets.client.get(f"/v1/tickets/{ticket_id}", headers=worker)).json()
    assert [p["id"] for p in file_["attachments"]] == [found["id"]]
    listed = (await world.tickets.client.get("/v1/visits", headers=worker)).json()["items"]
    assert [len(v["photos"]) for v in listed if v["id"] == visit["id"]] == [1]


async def test_uploads_never_named_are_swept_away(world):
    me = resident(world, UUID(int=0x9073))
    lost = await upload(world, me, phone_jpeg())
    kept = photos.of(world.tickets.runtime)
    before = await stored(world)
    swept = await photos.sweep_once(world.tickets.runtime.pool, world.clock, kept)
    assert swept == 0  # not yet: they wait photo_pending_hours for their intake
    world.clock.advance(hours=kept.pending_hours + 1)
    try:
        assert await photos.sweep_once(world.tickets.runtime.pool, world.clock, kept) >= 1
    finally:
        world.clock.advance(hours=-(kept.pending_hours + 1))
    rows, files = await stored(world)
    assert rows < before[0] and files < before[1]
    assert await count(world.tickets, "SELECT count(*) FROM attachments WHERE id = $1",
                       UUID(lost["id"])) == 0
    r = await world.tickets.client.post("/v1/tickets", headers=me,
                                        json=report(photo_ids=[lost["id"]]))
    assert r.status_code == 422
