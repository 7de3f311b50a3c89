"""Where webhooks may go: https to public addresses; every form of an internal address refused,
whether typed in, reached through a name, or turned to by a name between two lookups."""

from __future__ import annotations

from ipaddress import ip_address

import pytest

from redgrid.notifications.domain import destinations as rules
from redgrid.notifications.senders.destinations import Destinations, Refused, rules_of
from redgrid.notifications.settings import NotificationSettings

from ...integration.notifications.fakes import Names

PUBLIC = "93.184.216.34"


def guard(resolve=None, **settings) -> Destinations:
    s = NotificationSettings(environment="test", **settings)
    return Destinations(rules_of(s), resolve or Names(), timeout=1)


@pytest.mark.parametrize("address, kind", [
    ("127.0.0.1", "loopback"), ("127.8.9.10", "loopback"), ("10.1.2.3", "private"),
    ("172.16.0.1", "private"), ("172.31.255.255", "private"), ("192.168.1.1", "private"),
    ("100.64.0.1", "shared"), ("100.127.255.254", "shared"),
    ("169.254.169.254", "link-local"), ("0.0.0.0", "unspecified"), ("224.0.0.1", "multicast"),
    ("239.255.255.250", "multicast"), ("255.255.255.255", "reserved"),
    ("192.0.2.1", "documentation"), ("198.18.0.1", "reserved"),
    ("::1", "loopback"), ("::", "unspecified"), ("fd00::1", "unique-local"),
    ("fc00::5", "unique-local"), ("fe80::1", "link-local"), ("ff02::1", "multicast"),
    ("fec0::1", "site-local"), ("::ffff:127.0.0.1", "loopback"),
    ("::ffff:169.254.169.254", "link-local"), ("::ffff:10.0.0.1", "private"),
    ("64:ff9b::a9fe:a9fe", "link-local"), ("64:ff9b::7f00:1", "loopback"),
    ("2002:7f00:1::", "loopback"), ("2002:c0a8:101::", "private"), ("::7f00:1", "reserved"),
    ("2001:db8::1", "documentation"), ("2001::1", "reserved"),
])
def test_internal_addresses_are_refused(address, kind):
    assert rules.kind(ip_address(address)) == kind
    assert rules.refusal(ip_address(address), 443, rules.Rules()) == kind


@pytest.mark.parametrize("address", [PUBLIC, "8.8.8.8", "223.5.5.5", "100.63.255.255",
                                     "100.128.0.1", "172.32.0.1", "2400:3200::1",
                                     "2001:4860:4860::8888", "::ffff:114.114.114.114"])
def test_public_addresses_are_not(address):
    assert rules.refusal(ip_address(address), 443, rules.Rules()) is None


@pytest.mark.parametrize("host, address", [
    ("2130706433", "127.0.0.1"), ("017700000001", "127.0.0.1"), ("0x7f000001", "127.0.0.1"),
    ("0x7f.1", "127.0.0.1"), ("127.1", "127.0.0.1"), ("0177.0.0.01", "127.0.0.1"),
    ("0", "0.0.0.0"), ("2852039166", "169.254.169.254"), ("[::1]", "::1"),
    ("fe80::1%25eth0", "fe80::1"), ("10.0.0.1.", "10.0.0.1"),
])
def test_every_written_form_of_an_address_is_read_as_the_address(host, address):
    assert rules.literal(host) == ip_address(address)


@pytest.mark.parametrize("host", ["hotline.city.gov.cn", "1e100.net", "localhost",
                                  "xn--fiqs8s", "127.0.0.1.nip.io"])
def test_names_are_names(host):
    assert rules.literal(host) is None


@pytest.mark.parametrize("url", [
    "https://127.0.0.1/", "https://127.0.0.1:8001/v1/people",
    "https://169.254.169.254/latest/meta-data/", "https://2130706433/",
    "https://0x7f000001/", "https://127.1:5432/", "https://[::1]/", "https://[::ffff:127.0.0.1]/",
    "https://[fd12:3456::1]/", "https://[fe80::1]/", "https://10.0.0.5/", "https://100.64.1.1/",
    "https://0.0.0.0/", "https://224.0.0.251/", "https://localhost:5432/",
    "https://LOCALHOST./", "https://api.localhost/", "https://0xa9fea9fe/",
])
async def test_urls_naming_internal_addresses_are_refused_without_asking_dns(url):
    names = Names()
    with pytest.raises(Refused) as refused:
        await guard(names).address(url)
    assert refused.value.kind not in ("scheme", "unresolvable")
    assert names.asked == []


@pytest.mark.parametrize("answer", [["127.0.0.1"], ["10.0.0.7"], ["169.254.169.254"],
                                    ["::1"], ["fd00::7"], [PUBLIC, "192.168.0.10"],
                                    ["::ffff:127.0.0.1"]])
async def test_a_name_with_any_internal_address_is_refused(answer):
    names = Names(hooks_city_example=answer)
    with pytest.raises(Refused) as refused:
        await guard(names).address("https://hooks.city.example/cb")
    assert not refused.value.from_url  # the admin is not told what the name resolves to


async def test_a_name_that_does_not_resolve_is_refused_alike():
    with pytest.raises(Refused) as refused:
        await guard().address("https://nowhere.city.example/")
    assert refused.value.kind == "unresolvable"
    said = rules.said(refused.value.kind, "nowhere.city.example", refused.value.from_url)
    internal = Names(hooks_city_example=["10.0.0.7"])
    with pytest.raises(Refused) as other:
        await guard(internal).address("https://hooks.city.example/")
    assert rules.said(other.value.kind, "nowhere.city.example", other.value.from_url) == said


async def test_a_public_name_is_taken_and_pinned_to_its_checked_address():
    names = Names(hotline_city_example=[PUBLIC, "2400:3200::1"])
    assert await guard(names).address("https://hotline.city.example/cb") == ip_address(PUBLIC)


async def test_a_rebinding_name_is_refused_at_its_second_lookup():
    names = Names(rebind_city_example=[[PUBLIC], ["127.0.0.1"]])
    destinations = guard(names)
    assert await destinations.address("https://rebind.city.example/") == ip_address(PUBLIC)
    with pytest.raises(Refused) as refused:
        await destinations.address("https://rebind.city.example/")
    assert refused.value.kind == "loopback"


async def test_http_only_with_the_development_setting():
    names = Names(hotline_city_example=[PUBLIC])
    with pytest.raises(Refused) as refused:
        await guard(names).address("http://hotline.city.example/")
    assert refused.value.kind == "scheme"
    assert await guard(names, webhook_allow_http=True).address("http://hotline.city.example/")
    with pytest.raises(Refused):
        await guard(names).address("ftp://hotline.city.example/")
    with pytest.raises(ValueError, match="development"):
        NotificationSettings(environment="production", jwt_secret="x" * 40,
                             db_password="secret", webhook_allow_http=True)


async def test_the_allow_list_of_hosts():
    names = Names(hotline_yancheng_gov_cn=[PUBLIC], a_b_yancheng_gov_cn=[PUBLIC],
                  evil_example=[PUBLIC], yancheng_gov_cn_evil_example=[PUBLIC])
    listed = guard(names, webhook_allowed_hosts=["hotline.yancheng.gov.cn", "*.b.yancheng.gov.cn"])
    for url in ("https://hotline.yancheng.gov.cn/", "https://HOTLINE.yancheng.gov.cn./",
                "https://a.b.yancheng.gov.cn/"):
        assert await listed.address(url)
    for url in ("https://evil.example/", "https://yancheng.gov.cn.evil.example/",
                "https://b.yancheng.gov.cn/"):
        with pytest.raises(Refused) as refused:
            await listed.address(url)
        assert refused.value.kind == "not-listed"


async def test_internal_endpoints_by_setting_and_the_clusters_ranges_always_refused():
    names = Names(hotline_intranet=["10.20.0.5"], pod_intranet=["10.244.1.7"])
    g = guard(names, webhook_internal_allowed=["10.20.0.5:443", "10.244.0.0/16", "[fd00::5]:8443"],
              webhook_denied_networks=["10.244.0.0/16", "203.0.113.0/24"])
    assert await g.address("https://hotline.intranet/") == ip_address("10.20.0.5")
    assert await g.address("https://[fd00::5]:8443/") == ip_address("fd00::5")
    for url in ("https://hotline.intranet:8443/", "https://10.20.0.6/", "https://[fd00::5]/"):
        with pytest.raises(Refused):
            await g.address(url)
    with pytest.raises(Refused) as refused:
        await g.address("https://pod.intranet/")
    assert refused.value.kind == "denied"
    with pytest.raises(ValueError):
        NotificationSettings(webhook_internal_allowed=["not-a-network"])


def test_what_the_admin_is_told():
    assert rules.said("loopback", "127.0.0.1", True) == (
        "127.0.0.1 是本机回环地址，不能作为推送地址；请填写其他城市系统可从外部访问的 https 地址")
    assert "链路本地" in rules.said("link-local", "169.254.169.254", True)
    assert rules.said("scheme", "x", True) == "推送地址须以 https:// 开头"
