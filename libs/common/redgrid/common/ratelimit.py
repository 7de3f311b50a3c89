"""Rate limits on the operations that take no token (公示, the public board, places nearby, the
login, Open311): a token bucket per client, in each process.

A client is the token it sends when it sends a valid one (Open311's api_key, a resident's app:
its subject), else its IP address (an IPv6 one by its /64: one host has them all), read from
X-Forwarded-For only when the connection comes from a trusted proxy (REDGRID_TRUSTED_PROXIES).
Staff tokens are never limited. Reads and writes have a bucket each: N a minute, at most N at
once. Each replica keeps its own buckets: the limit a client meets is the setting times the
replicas its requests are spread over (a shared one in PostgreSQL would write on every public
read, the very load the limit is there to bound; the Ingress can hold a global one).
"""

from __future__ import annotations

import ipaddress
import math
import time
from collections import OrderedDict
from collections.abc import Callable

from fastapi import Request
from starlette.types import Scope

from redgrid.common import metrics
from redgrid.common.auth import Principal
from redgrid.common.errors import DomainError, TooManyRequests
from redgrid.common.settings import Settings

WRITES = {"POST", "PUT", "PATCH", "DELETE"}
MAX_CLIENTS = 100_000  # buckets kept; the least recently seen go first


class Buckets:
    """Token buckets by key: `rate` tokens a second up to `capacity`; a full bucket is
    forgotten (it is what a new one would be)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic,
                 max_keys: int = MAX_CLIENTS):
        self.clock, self.max_keys = clock, max_keys
        self._buckets: OrderedDict[object, tuple[float, float]] = OrderedDict()

    def take(self, key: object, rate: float, capacity: float) -> float:
        """Take a token: 0 when there was one, else the seconds until there is."""
        now = self.clock()
        tokens, then = self._buckets.pop(key, (capacity, now))
        tokens = min(capacity, tokens + (now - then) * rate)
        wait = 0.0
        if tokens >= 1:
            tokens -= 1
        else:
            wait = (1 - tokens) / rate
        self._buckets[key] = (tokens, now)
        while len(self._buckets) > self.max_keys:
            self._buckets.popitem(last=False)
        return wait

    def __len__(self) -> int:
        return len(self._buckets)


def client_address(scope: Scope, trusted: list) -> str:
    """The client's address: the connection's peer, or, when the peer is a trusted proxy, the
    nearest address in X-Forwarded-For that is not one (each proxy appends the one it saw)."""
    peer = (scope.get("client") or ("unknown", 0))[0]
    hops = [peer]
    if _trusted(peer, trusted):
        for name, value in scope.get("headers") or ():
            if name == b"x-forwarded-for":
                hops = [peer, *reversed([h.strip() for h in value.decode("latin-1").split(",")])]
    for hop in hops:
        if not _trusted(hop, trusted):
            return _bucket_of(hop)
    return _bucket_of(hops[-1])


def _trusted(address: str, trusted: list) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in net for net in trusted if net.version == ip.version)


def _bucket_of(address: str) -> str:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address[:64]
    if ip.version == 6:
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


class Limiter:
    def __init__(self, settings: Settings, clock: Callable[[], float] = time.monotonic):
        self.settings = settings
        self.trusted = [ipaddress.ip_network(n, strict=False) for n in settings.trusted_proxies]
        self.buckets = Buckets(clock)

    def wait(self, scope: Scope, who: Principal | None) -> float:
        """0 when the request may go on, else the seconds until the client may try again."""
        s = self.settings
        if not s.rate_limit_enabled or (who is not None and who.is_staff):
            return 0.0
        client = f"key:{who.person_id}" if who is not None else client_address(scope,
                                                                                self.trusted)
        write = scope.get("method") in WRITES
        per_minute = s.rate_limit_writes_per_minute if write else s.rate_limit_reads_per_minute
        return self.buckets.take((client, write), per_minute / 60, per_minute)


async def bearer_principal(request: Request) -> Principal | None:
    """Whoever the request's bearer token names, if it names anyone: an operation that takes no
    token does not refuse a bad one, and its caller is then anonymous."""
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    return await principal_of(request, token.strip()) if scheme.lower() == "bearer" else None


async def principal_of(request: Request, token: str | None) -> Principal | None:
    if not token:
        return None
    verifier = request.app.state.verifier
    try:
        await verifier.prepare(token)
        return verifier.verify(token)
    except DomainError:
        return None


def check(request: Request, who: Principal | None) -> None:
    """Raise TooManyRequests (429, Retry-After) when the client has used up its bucket."""
    limiter: Limiter | None = getattr(request.app.state, "limiter", None)
    if limiter is None:
        return
    wait = limiter.wait(request.scope, who)
    if wait > 0:
        seconds = max(1, math.ceil(wait))
        route = getattr(request.scope.get("route"), "path", "unmatched")
        metrics.RATE_LIMITED.labels(limiter.settings.service, route).inc()
        raise TooManyRequests(seconds, f"请求过于频繁，请 {seconds} 秒后再试",
                              en=f"try again in {seconds} s")


def _open(route) -> bool:
    """An operation that takes no token (worked out once per route); the service's own
    operations routes (health, metrics, documents) are not limited."""
    if route is None:
        return False
    found = getattr(route, "_redgrid_open", None)
    if found is None:
        from redgrid.common.http import authenticate

        dependant = getattr(route, "dependant", None)
        calls, todo = set(), [dependant] if dependant is not None else []
        while todo:
            d = todo.pop()
            calls.add(d.call)
            todo += d.dependencies
        found = route._redgrid_open = (dependant is not None and authenticate not in calls
                                       and "operations" not in (getattr(route, "tags", None)
                                                                or ()))
    return found


async def limit_anonymous(request: Request) -> None:
    """App-wide dependency: an operation that takes no token is limited per client."""
    if _open(request.scope.get("route")):
        check(request, await bearer_principal(request))
