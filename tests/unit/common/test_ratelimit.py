"""Token buckets and who a client is (redgrid.common.ratelimit), without a server."""

from __future__ import annotations

import ipaddress

import pytest

from redgrid.common.auth import Principal, Role
from redgrid.common.ids import uuid7
from redgrid.common.ratelimit import Buckets, Limiter, client_address
from redgrid.common.settings import Settings


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_bucket_gives_its_capacity_at_once_then_refills_at_its_rate():
    clock = Clock()
    buckets = Buckets(clock)
    assert [buckets.take("a", 1.0, 3) for _ in range(3)] == [0, 0, 0]
    assert buckets.take("a", 1.0, 3) == pytest.approx(1.0)
    clock.now += 0.5
    assert buckets.take("a", 1.0, 3) == pytest.approx(0.5)  # a refused try takes nothing
    clock.now += 0.5
    assert buckets.take("a", 1.0, 3) == 0
    assert buckets.take("b", 1.0, 3) == 0  # each key its own
    clock.now += 3600
    assert [buckets.take("a", 1.0, 3) for _ in range(4)][-1] > 0  # never more than capacity


def test_buckets_are_bounded_the_least_recently_seen_forgotten_first():
    buckets = Buckets(Clock(), max_keys=3)
    for key in "abcd":
        buckets.take(key, 1.0, 1)
    assert len(buckets) == 3
    assert buckets.take("a", 1.0, 1) == 0  # forgotten: a full bucket again
    assert buckets.take("d", 1.0, 1) > 0


TRUSTED = [ipaddress.ip_network("10.0.0.0/8"), ipaddress.ip_network("127.0.0.1/32")]


def scope(peer: str, forwarded: str | None = None) -> dict:
    headers = [(b"x-forwarded-for", forwarded.encode())] if forwarded else []
    return {"client": (peer, 5555), "headers": headers}


@pytest.mark.parametrize("peer, forwarded, client", [
    ("198.51.100.7", None, "198.51.100.7"),
    ("198.51.100.7", "1.2.3.4", "198.51.100.7"),  # from an untrusted hop: ignored
    ("10.1.2.3", "1.2.3.4", "1.2.3.4"),  # the Ingress says who
    ("10.1.2.3", "6.6.6.6, 1.2.3.4", "1.2.3.4"),  # the client's own claim before it is not
    ("10.1.2.3", "1.2.3.4, 10.9.9.9", "1.2.3.4"),  # a chain of trusted proxies
    ("127.0.0.1", "10.0.0.5, 10.9.9.9", "10.0.0.5"),  # every hop trusted: the farthest
    ("10.1.2.3", "not-an-address", "not-an-address"),
    ("10.1.2.3", "2001:db8:1:2:aaaa::1", "2001:db8:1:2::/64"),  # one host has a /64
    ("::ffff:198.51.100.7", None, "198.51.100.7"),
])
def test_the_client_is_the_nearest_untrusted_hop(peer, forwarded, client):
    assert client_address(scope(peer, forwarded), TRUSTED) == client


def test_staff_are_never_limited_and_token_holders_by_their_subject():
    limiter = Limiter(Settings(rate_limit_reads_per_minute=1), clock=Clock())
    get = {"client": ("198.51.100.7", 1), "headers": [], "method": "GET"}
    staff = Principal(uuid7(), frozenset({Role.GRID_WORKER}), uuid7())
    resident = Principal(uuid7(), frozenset({Role.RESIDENT}), None)
    assert [limiter.wait(get, staff) for _ in range(5)] == [0] * 5
    assert limiter.wait(get, None) == 0 and limiter.wait(get, None) > 0
    assert limiter.wait(get, resident) == 0 and limiter.wait(get, resident) > 0
    post = dict(get, method="POST")  # writes have their own bucket
    assert limiter.wait(post, None) == 0
    assert Limiter(Settings(rate_limit_enabled=False)).wait(get, None) == 0


def test_trusted_proxies_are_networks():
    with pytest.raises(ValueError):
        Settings(trusted_proxies=["the ingress"])
