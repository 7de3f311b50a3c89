"""Where webhooks may connect, checked when a subscription is made and again at every connection
(domain.destinations says which addresses are public).

A name is resolved once per connection, every address it has is checked, and the connection
goes to the first of them: not to a second lookup's answer, which a name with a short TTL could
turn to 127.0.0.1 in between (DNS rebinding). The request keeps the name in its Host header and
as the TLS server name (SNI and the certificate check). Redirects are never followed.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import ssl
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx

from redgrid.notifications.domain import destinations as rules
from redgrid.notifications.settings import NotificationSettings

# host, port -> the addresses the name has (the system's resolver, or a test's)
Resolve = Callable[[str, int], Awaitable[list[str]]]


async def system_resolve(host: str, port: int) -> list[str]:
    found = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(sockaddr[0] for *_, sockaddr in found))


class Refused(Exception):
    """A destination webhooks may not reach. `kind` says why (logs); `from_url` says whether
    that follows from the URL alone (a scheme, an address typed in), so that the admin may be
    told it: what a name resolves to is not told, or registering would probe internal DNS."""

    def __init__(self, kind: str, host: str, from_url: bool = False):
        super().__init__(f"{kind}: {host}")
        self.kind, self.host, self.from_url = kind, host, from_url


def rules_of(settings: NotificationSettings) -> rules.Rules:
    return rules.Rules(
        allow_http=settings.webhook_allow_http,
        allowed_hosts=tuple(_ascii_host(h) for h in settings.webhook_allowed_hosts),
        denied=tuple(ipaddress.ip_network(n, strict=False)
                     for n in settings.webhook_denied_networks),
        internal_allowed=tuple(rules.endpoint(e) for e in settings.webhook_internal_allowed),
    )


def _ascii_host(entry: str) -> str:
    wild = entry.startswith("*.")
    host = httpx.URL(f"https://{entry.removeprefix('*.')}/").raw_host.decode("ascii")
    return ("*." if wild else "") + host.lower()


@dataclass
class Destinations:
    rules: rules.Rules
    resolve: Resolve = system_resolve
    timeout: float = 10.0

    async def address(self, url: httpx.URL | str) -> rules.Address:
        """The address to connect to for `url`; Refused when there is none webhooks may use."""
        url = httpx.URL(url)
        host = url.raw_host.decode("ascii").lower().rstrip(".")
        if url.scheme != "https" and not (url.scheme == "http" and self.rules.allow_http):
            raise Refused("scheme", host, from_url=True)
        if not rules.host_allowed(host, self.rules):
            raise Refused("not-listed", host, from_url=True)
        port = url.port or (443 if url.scheme == "https" else 80)
        try:
            ip = rules.literal(host)
        except ValueError:
            raise Refused("not-an-address", host, from_url=True) from None
        if ip is not None:
            why = rules.refusal(ip, port, self.rules)
            if why:
                raise Refused(why, host, from_url=True)
            return ip
        if rules.named_local(host):
            raise Refused("loopback", host)
        try:
            found = await asyncio.wait_for(self.resolve(host, port), self.timeout)
            addresses = [ipaddress.ip_address(a.split("%")[0]) for a in found]
        except (TimeoutError, OSError, ValueError):
            raise Refused("unresolvable", host) from None
        if not addresses:
            raise Refused("unresolvable", host)
        for ip in addresses:  # all of them: a client may be handed any
            why = rules.refusal(ip, port, self.rules)
            if why:
                raise Refused(why, host)
        return addresses[0]


class PinnedTransport(httpx.AsyncBaseTransport):
    """Sends each request to the address Destinations checked, the name kept for Host and TLS.
    One pool per name: a connection made for one name is never reused for another."""

    def __init__(self, destinations: Destinations, verify: ssl.SSLContext | bool = True):
        self.destinations, self.verify = destinations, verify
        self._pools: dict[str, httpx.AsyncHTTPTransport] = {}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        host = request.url.raw_host.decode("ascii")
        ip = await self.destinations.address(request.url)
        request.url = request.url.copy_with(host=str(ip))
        if request.url.scheme == "https" and rules.literal(host) is None:
            request.extensions = {**request.extensions, "sni_hostname": host}
        pool = self._pools.get(host)
        if pool is None:  # no proxies from the environment: they would connect for us
            pool = self._pools[host] = httpx.AsyncHTTPTransport(verify=self.verify,
                                                                trust_env=False)
        return await pool.handle_async_request(request)

    async def aclose(self) -> None:
        for pool in self._pools.values():
            await pool.aclose()


def client(destinations: Destinations, settings: NotificationSettings) -> httpx.AsyncClient:
    """The webhook worker's HTTP client: pinned connections, no redirects, no proxies."""
    verify: ssl.SSLContext | bool = True
    if settings.webhook_ca_file:  # a city's own CA, besides the public ones
        verify = httpx.create_ssl_context()
        verify.load_verify_locations(settings.webhook_ca_file)
    return httpx.AsyncClient(transport=PinnedTransport(destinations, verify),
                             follow_redirects=False, trust_env=False)


def destinations_of(runtime: Any) -> Destinations:
    """The Destinations of a running service, made once from its settings (a test may give it
    another resolver)."""
    found = runtime.parts.get("webhook_destinations")
    if found is None:
        settings = runtime.settings
        found = runtime.parts["webhook_destinations"] = Destinations(
            rules_of(settings), timeout=settings.webhook_timeout)
    return found
