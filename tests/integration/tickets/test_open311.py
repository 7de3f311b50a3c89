"""The Open311 GeoReport v2 facade, read by a published client library (georeport, PyPI) over
real HTTP, in JSON and XML; requests filed in the spec's own POST format (georeport reads but
cannot file: it has no POST); errors in GeoReport's format."""

from __future__ import annotations

import asyncio
import socket
from uuid import UUID

import httpx
import pytest
import uvicorn
import xmltodict
from georeport import GeoReport

pytestmark = pytest.mark.asyncio(loop_scope="session")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
async def served(world):
    """The running tickets app behind a real HTTP port (its lifespan already runs)."""
    app = world.tickets.client._transport.app
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, lifespan="off",
                                           log_config=None, access_log=False))
    task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.02)
    yield f"http://127.0.0.1:{port}/open311/v2"
    server.should_exit = True
    await task


async def test_a_request_round_trips_through_a_published_open311_client(world, served):
    resident = UUID(int=0x311)
    key = world.tickets.token("resident", person=resident)
    client = GeoReport(served, api_key=key)
    services = await asyncio.to_thread(client.get_service_list)
    codes = {s["service_code"] for s in services}
    assert {"environment", "road_repair", "neighbour_dispute"} <= codes
    definition = await asyncio.to_thread(client.get_service_definition, "road_repair")
    assert {a["code"] for a in definition["attributes"]} == {"appeal_kind", "channel",
                                                            "external_ref"}
    # filed the way the spec says: a form-encoded POST (georeport has no POST)
    async with httpx.AsyncClient() as http:
        r = await http.post(f"{served}/requests.json", data={
            "api_key": key, "service_code": "road_repair", "lat": "33.2001", "long": "120.4601",
            "address_string": "育红路12号3栋2单元401室", "description": "人行道方砖松动\n靠近3栋门口",
            "first_name": "芳", "last_name": "王", "phone": "13812345678",
            "attribute[appeal_kind]": "complaint"})
    assert r.status_code == 201, r.text
    (created,) = r.json()
    number = created["service_request_id"]
    assert created["account_id"] == str(resident)
    assert number.split("-")[1] == "2026"

    # the public sees nothing of it until its response is published (公示)
    async with httpx.AsyncClient() as http:
        assert (await http.get(f"{served}/requests/{number}.json")).status_code == 404
        listed = (await http.get(f"{served}/requests.json")).json()
        assert number not in {x["service_request_id"] for x in listed}
    await published(world, number)

    # read back by the published client, as the public (it sends no api_key on GET)
    got = await asyncio.to_thread(client.get_service_request, number)
    assert (got["service_request_id"], got["service_code"], got["status"]) == \
        (number, "road_repair", "closed")
    assert got["description"] == "人行道方砖松动"  # the title: the public sees no more
    assert got["address"] == "育红路12号3栋"
    assert abs(got["lat"] - 33.2001) < 0.001 and abs(got["long"] - 120.4601) < 0.001
    ext = got["extended_attributes"]
    assert (ext["channel"], ext["grid_id"], ext["number"]) == \
        ("online", str(world.yuhong.grid), number)
    listed = await asyncio.to_thread(client.get_service_requests, None, "road_repair")
    assert number in {x["service_request_id"] for x in listed}
    assert "13812345678" not in str(listed) and "王芳" not in str(listed)

    xml_client = GeoReport(served, output_format="xml")
    as_xml = await asyncio.to_thread(xml_client.get_service_requests, number)
    assert as_xml["service_request_id"] == number and as_xml["service_code"] == "road_repair"
    assert as_xml["extended_attributes"]["channel"] == "online"
    xml_services = await asyncio.to_thread(xml_client.get_service_list)
    assert "environment" in {s["service_code"] for s in xml_services}
    xml_definition = await asyncio.to_thread(xml_client.get_service_definition, "environment")
    assert xml_definition["service_code"] == "environment"

    # the reporter, with their key, sees their request in full; so does the office
    async with httpx.AsyncClient() as http:
        mine = await http.get(f"{served}/requests/{number}.json", params={"api_key": key})
        assert mine.json()[0]["description"] == "人行道方砖松动\n靠近3栋门口"
        staff = await http.get(f"{served}/requests.json", params={
            "service_request_id": number,
            "api_key": world.tickets.token("community_admin", world.yuhong.id)})
        assert staff.json()[0]["service_request_id"] == number
        assert staff.json()[0]["address"] == "育红路12号3栋"  # staff: masked
        other = await http.get(f"{served}/requests.json", params={
            "service_request_id": number,
            "api_key": world.tickets.token("community_admin", world.jianxi.id)})
        assert other.json() == []
    r = await world.tickets.client.get(f"/v1/tickets/by-number/{number}",
                                       headers=world.admin(world.yuhong))
    assert (r.json()["channel"], r.json()["appeal_kind"]) == ("online", "complaint")


async def published(world, number: str, public: bool = True) -> dict:
    """受理 → 派单 (to its grid) → 签收 → 办理 → 办结 → 公示回应, by the office and the grid
    worker of 育红社区."""
    office, worker = world.admin(world.yuhong), world.worker(world.yuhong)
    t = (await world.tickets.client.get(f"/v1/tickets/by-number/{number}",
                                        headers=office)).json()
    for action, body, who in (("accept", {}, office),
                              ("dispatch", {"grid_id": str(world.yuhong.grid)}, office),
                              ("sign", {}, worker), ("start", {}, worker),
                              ("resolve", {"resolution": "已修复"}, worker),
                              ("publish", {"response": "已修复", "public": public}, office)):
        t = await world.step(t["id"], action, body, who)
    if public:  # 公示稿: the office approves the detector's proposal
        draft = (await world.tickets.client.get(f"/v1/tickets/{t['id']}/notice",
                                                headers=office)).json()
        await world.step(t["id"], "notice/approve", {"title": draft["proposed_title"],
                                                     "response": draft["proposed_response"]},
                         office)
    return t


async def test_discovery_and_private_categories(world, served):
    async with httpx.AsyncClient() as http:
        d = await http.get(f"{served}/discovery.json")
        assert d.json()["endpoints"][0]["specification"] == "http://wiki.open311.org/GeoReport_v2"
        x = await http.get(f"{served}/discovery.xml")
        assert xmltodict.parse(x.content)["discovery"]["endpoints"]["endpoint"]["formats"]
        key = world.tickets.token("resident", person=UUID(int=0x312))
        r = await http.post(f"{served}/requests.json", data={
            "api_key": key, "service_code": "neighbour_dispute", "lat": "33.2001",
            "long": "120.4601", "description": "邻居装修噪音"})
        number = r.json()[0]["service_request_id"]
        public = await http.get(f"{served}/requests/{number}.json")
        assert public.status_code == 404  # disputes are nobody else's business
        mine = await http.get(f"{served}/requests/{number}.json", params={"api_key": key})
        assert mine.status_code == 200


@pytest.mark.parametrize("form,status", [
    ({"service_code": "road_repair", "lat": "33.2", "long": "120.4"}, 403),  # no api_key
    ({"key": True, "service_code": "no_such", "lat": "33.2", "long": "120.4"}, 400),
    ({"key": True, "service_code": "road_repair"}, 400),  # no location
    ({"key": True, "service_code": "road_repair", "lat": "north", "long": "120.4"}, 400),
    ({"key": True, "service_code": "road_repair", "lat": "95", "long": "120.4"}, 400),
    ({"key": True, "lat": "33.2", "long": "120.4"}, 400),  # no service_code
])
async def test_bad_requests_get_open311_errors_and_change_nothing(world, served, form, status):
    from .conftest import count

    if form.pop("key", None):
        form["api_key"] = world.tickets.token("resident")
    before = await count(world.tickets, "SELECT count(*) FROM tickets")
    async with httpx.AsyncClient() as http:
        for fmt in ("json", "xml"):
            r = await http.post(f"{served}/requests.{fmt}", data=form)
            assert r.status_code == status, r.text
            if fmt == "json":
                (err,) = r.json()
            else:
                err = xmltodict.parse(r.content)["errors"]["error"]
            assert int(err["code"]) == status and err["description"]
    assert await count(world.tickets, "SELECT count(*) FROM tickets") == before


async def test_unknown_things_are_open311_404s(served):
    async with httpx.AsyncClient() as http:
        r = await http.get(f"{served}/requests/NOPE-2026-000001.json")
        assert r.status_code == 404 and r.json()[0]["code"] == 404
        assert r.json()[0]["description"] == "未找到诉求 NOPE-2026-000001"
        r = await http.get(f"{served}/requests/NOPE-2026-000001.json",
                           headers={"Accept-Language": "en"})
        assert r.json()[0]["description"] == "no service request 'NOPE-2026-000001'"
        r = await http.get(f"{served}/services/no_such.xml")
        assert r.status_code == 404
        assert xmltodict.parse(r.content)["errors"]["error"]["code"] == "404"
        r = await http.get(f"{served}/services.yaml")
        assert r.status_code == 404
        r = await http.get(f"{served}/requests.json", params={"start_date": "yesterday"})
        assert r.status_code == 400


# --- photos, paging, what the public sees (issue 20) ---------------------------------------

async def _post(served: str, key: str, **form) -> str:
    async with httpx.AsyncClient() as http:
        r = await http.post(f"{served}/requests.json", data={
            "api_key": key, "service_code": "environment", "lat": "33.2002", "long": "120.4602",
            "description": "楼道堆放杂物", **form})
    assert r.status_code == 201, r.text
    return r.json()[0]["service_request_id"]


async def test_media_url_is_a_signed_photo_and_the_public_sees_only_published_marked_ones(
        world, served):
    from ...photo_files import gps_of, phone_jpeg

    resident = UUID(int=0x3113)
    key = world.tickets.token("resident", person=resident)
    up = await world.tickets.client.post(
        "/v1/photos", headers={"Authorization": f"Bearer {key}"},
        files={"file": ("堆物.jpg", phone_jpeg(), "image/jpeg")})
    assert up.status_code == 201, up.text
    number = await _post(served, key, **{"attribute[photo_ids]": up.json()["id"]})
    async with httpx.AsyncClient() as http:
        (mine,) = (await http.get(f"{served}/requests/{number}.json",
                                  params={"api_key": key})).json()
        assert mine["media_url"].startswith("http://127.0.0.1:") and "sig=" in mine["media_url"]
        photo = await http.get(mine["media_url"])  # as a 311 client would: the URL as given
        assert photo.status_code == 200 and photo.headers["content-type"] == "image/jpeg"
        assert gps_of(photo.content) == {}
        xml = await http.get(f"{served}/requests/{number}.xml", params={"api_key": key})
        assert xmltodict.parse(xml.content)["service_requests"]["request"]["media_url"]

        async def public() -> list[dict]:
            r = await http.get(f"{served}/requests.json", params={"service_request_id": number})
            return r.json()

        assert await public() == []  # received, not published: the public sees nothing
        t = await published(world, number)
        (shown,) = await public()
        assert shown["status"] == "closed" and shown["media_url"] is None  # none marked public
        r = await world.tickets.client.patch(
            f"/v1/tickets/{t['id']}/photos/{up.json()['id']}",
            headers=world.admin(world.yuhong), json={"public": True})
        assert r.status_code == 200, r.text
        (shown,) = await public()
        assert (await http.get(shown["media_url"])).status_code == 200
        # a response published but not shown (public: false) stays out of the public's sight
        hidden = await _post(served, key)
        await published(world, hidden, public=False)
        r = await http.get(f"{served}/requests/{hidden}.json")
        assert r.status_code == 404


async def test_a_posted_media_url_is_kept_as_a_link_and_never_fetched(world, served):
    """SSRF: a media_url naming an address only the server can reach (here one on this
    machine, listening) is stored as a link; the server never connects to it."""
    hits: list[int] = []

    async def listen(reader, writer):
        hits.append(1)
        writer.close()

    server = await asyncio.start_server(listen, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    link = f"http://127.0.0.1:{port}/admin/photo.jpg"
    key = world.tickets.token("resident", person=UUID(int=0x3114))
    try:
        number = await _post(served, key, media_url=link)
        await asyncio.sleep(0.3)
        assert hits == []
        async with httpx.AsyncClient() as http:
            (mine,) = (await http.get(f"{served}/requests/{number}.json",
                                      params={"api_key": key})).json()
            assert mine["media_url"] == link  # shown back to the reporter as they gave it
            staff = world.tickets.token("community_admin", world.yuhong.id)
            (seen,) = (await http.get(f"{served}/requests/{number}.json",
                                      params={"api_key": staff})).json()
            assert seen["media_url"] == link
            await published(world, number)
            (public,) = (await http.get(f"{served}/requests/{number}.json")).json()
            assert public["media_url"] is None  # never a caller's link to the public
        assert hits == []
    finally:
        server.close()
        await server.wait_closed()
    async with httpx.AsyncClient() as http:
        r = await http.post(f"{served}/requests.json", data={
            "api_key": key, "service_code": "environment", "lat": "33.2", "long": "120.46",
            "media_url": "file:///etc/passwd"})
        assert r.status_code == 400


async def test_paging_and_updated_after(world, served):
    staff = world.tickets.token("community_admin", world.yuhong.id)
    key = world.tickets.token("resident", person=UUID(int=0x3115))
    numbers = []
    for _ in range(3):
        world.clock.advance(minutes=1)
        numbers.append(await _post(served, key))
    mark = world.clock.advance(seconds=30)
    world.clock.advance(seconds=30)
    numbers.append(await _post(served, key))
    async with httpx.AsyncClient() as http:
        async def get(**params) -> list[str]:
            r = await http.get(f"{served}/requests.json", params={"api_key": staff, **params})
            assert r.status_code == 200, r.text
            return [x["service_request_id"] for x in r.json()]

        everything = await get()
        pages = [await get(page=p, page_size=2) for p in range(1, 4)]
        assert [n for page in pages for n in page] == everything[:6]
        assert all(len(p) <= 2 for p in pages) and pages[0] == everything[:2]
        assert everything[:4] == numbers[::-1]  # newest first
        assert await get(updated_after=mark.isoformat()) == [numbers[-1]]
        older = await get(updated_before=mark.isoformat())
        assert numbers[-1] not in older and set(numbers[:3]) <= set(older)
        for bad in ({"page": 0}, {"page_size": 1001}, {"updated_after": "soon"}):
            r = await http.get(f"{served}/requests.json", params=bad)
            assert r.status_code == 400 and r.json()[0]["code"] == 400
