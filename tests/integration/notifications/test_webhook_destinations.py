"""Webhooks go to other city systems, never inside: internal addresses are refused when a
subscription is made (a 422 in Chinese) and again when the worker connects (a name that
answered public, then 127.0.0.1); a failed delivery says 无法送达 whatever failed; redirects
are not followed; https receivers are reached by name, their certificate checked."""

from __future__ import annotations

import pytest

from redgrid.common.devstack import free_port
from redgrid.common.testing import eventually

from .fakes import Receiver

pytestmark = pytest.mark.asyncio(loop_scope="session")
PUBLIC = "93.184.216.34"


async def _subscribe(city, url: str, patterns=("redgrid.lists.*",)):
    return await city.notifications.client.post(
        "/v1/webhooks", headers=city.auth("system"),
        json={"name": "12345热线平台", "url": url, "patterns": list(patterns)})


async def _need(city, title: str) -> None:
    await city.publish("lists", "need", "published", {
        "id": str(__import__("uuid").uuid4()), "title": title,
        "community_id": str(city.community), "org_path": [str(city.street)], "quantity": 1,
        "claimed": 0, "status": "published", "version": 1})


@pytest.mark.parametrize("url, said", [
    # what a street admin registered on make dev, and every other way to write the inside
    ("http://127.0.0.1:8001/v1/people", "127.0.0.1 是本机回环地址"),
    ("http://169.254.169.254/latest/meta-data/", "169.254.169.254 是链路本地地址"),
    ("http://localhost:5432/", "localhost 无法解析，或解析到内部网络"),
    ("http://2130706433/", "2130706433 是本机回环地址"),
    ("http://0x7f.1:8002/", "0x7f.1 是本机回环地址"),
    ("http://[::1]:8001/", "::1 是本机回环地址"),
    ("http://[::ffff:169.254.169.254]/", "是链路本地地址"),
    ("http://[fd00:ec2::254]/", "是IPv6 内网地址"),
    ("http://10.0.0.1/", "10.0.0.1 是内网地址"),
    ("http://192.168.1.1/", "192.168.1.1 是内网地址"),
    ("http://100.64.0.1/", "是运营商共享地址"),
    ("http://224.0.0.1/", "是组播地址"),
    ("http://0.0.0.0:8001/", "是未指定地址"),
    ("http://db.redgrid.internal/", "db.redgrid.internal 无法解析，或解析到内部网络"),
])
async def test_internal_destinations_are_refused_in_chinese_and_change_nothing(city, url, said):
    city.names.answer("db.redgrid.internal", ["10.96.0.12"])
    before = await city.count("SELECT count(*) FROM subscriptions")
    r = await _subscribe(city, url)
    assert r.status_code == 422 and r.headers["content-type"] == "application/problem+json"
    problem = r.json()
    assert said in problem["detail"], problem
    assert problem["errors"] == [{"loc": ["body", "url"], "msg": problem["detail"],
                                  "type": "url_not_allowed"}]
    assert await city.count("SELECT count(*) FROM subscriptions") == before


async def test_a_name_that_turns_internal_after_subscribing_is_never_connected_to(city):
    inside = Receiver(port=free_port())  # an internal service on 127.0.0.1 (not allowed)
    await inside.start()
    try:
        city.names.answer("rebind.city.test", [PUBLIC], ["127.0.0.1"])
        r = await _subscribe(city, f"http://rebind.city.test:{inside.port}/steal")
        assert r.status_code == 201, r.text  # its first answer was public
        sub = r.json()
        await _need(city, "重绑定测试")
        path, system = f"/v1/webhooks/{sub['id']}", city.auth("system")

        async def tried():
            body = (await city.notifications.client.get(path, headers=system)).json()
            return body if body["head_attempts"] >= 1 else None

        body = await eventually(tried)
        assert body["last_error"] == "无法送达"
        assert inside.tries == 0  # nothing ever reached the inside
        # and a PATCH to an internal address is refused as a creation would be
        r = await city.notifications.client.patch(path, headers=system,
                                                  json={"url": "http://127.0.0.1:8001/"})
        assert r.status_code == 422 and "本机回环地址" in r.json()["detail"]
    finally:
        await inside.stop()


async def test_an_https_receiver_is_reached_by_its_name_and_certificate(city):
    hotline = city.receiver(https_name="hotline.city.test")
    await hotline.start()
    try:
        r = await _subscribe(city, hotline.url("/events"))
        assert r.status_code == 201, r.text
        await _need(city, "为独居老人上门理发")
        (headers, body), = await eventually(lambda: hotline.on("/events"))
        assert headers["host"] == f"hotline.city.test:{hotline.port}"
        assert "为独居老人上门理发".encode() in body
    finally:
        await hotline.stop()


async def test_a_certificate_for_another_name_fails_as_unreachable(city):
    impostor = city.receiver(https_name="impostor.city.test")
    impostor.tls = city.ca.issue_cert("someone-else.city.test")
    await impostor.start()
    try:
        sub = (await _subscribe(city, impostor.url("/"))).json()
        await _need(city, "证书不符")
        path, system = f"/v1/webhooks/{sub['id']}", city.auth("system")

        async def tried():
            body = (await city.notifications.client.get(path, headers=system)).json()
            return body if body["head_attempts"] >= 1 else None

        assert (await eventually(tried))["last_error"] == "无法送达"
        assert impostor.tries == 0
    finally:
        await impostor.stop()


async def test_redirects_are_not_followed(city):
    target = city.receiver()
    await target.start()
    mover = city.receiver(status=307,
                          headers=[(b"location", target.url("/moved").encode())])
    await mover.start()
    try:
        sub = (await _subscribe(city, mover.url("/"))).json()
        await _need(city, "重定向测试")
        path, system = f"/v1/webhooks/{sub['id']}", city.auth("system")

        async def tried():
            body = (await city.notifications.client.get(path, headers=system)).json()
            return body if body["head_attempts"] >= 1 else None

        assert (await eventually(tried))["last_error"] == "answered 307"
        assert mover.tries >= 1 and target.tries == 0
    finally:
        await mover.stop()
        await target.stop()
