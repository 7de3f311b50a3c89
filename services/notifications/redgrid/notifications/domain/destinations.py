"""Where a webhook may go: https to public addresses only (no I/O here; senders.webhook resolves
and connects). An address is refused when it lies in a network other city systems have no
business reaching through us: loopback, private (RFC 1918), shared (CGNAT), link-local (the
cloud metadata service at 169.254.169.254 among it), multicast, unspecified, reserved and
documentation ranges, IPv6 unique-local and link-local, and IPv4 addresses wrapped in IPv6
(mapped, 6to4, NAT64). Python's `is_global` is not used: it calls multicast, IPv4-compatible
and NAT64 addresses global."""

from __future__ import annotations

import ipaddress
import re
import socket
from dataclasses import dataclass, field
from ipaddress import IPv4Address, IPv4Network, IPv6Address, IPv6Network

Address = IPv4Address | IPv6Address
Network = IPv4Network | IPv6Network

# (network, kind): the first that holds an address says why it is refused.
_V4 = [(IPv4Network(n), kind) for n, kind in (
    ("0.0.0.0/8", "unspecified"), ("10.0.0.0/8", "private"), ("100.64.0.0/10", "shared"),
    ("127.0.0.0/8", "loopback"), ("169.254.0.0/16", "link-local"),
    ("172.16.0.0/12", "private"), ("192.0.0.0/24", "reserved"),
    ("192.0.2.0/24", "documentation"), ("192.88.99.0/24", "reserved"),
    ("192.168.0.0/16", "private"), ("198.18.0.0/15", "reserved"),
    ("198.51.100.0/24", "documentation"), ("203.0.113.0/24", "documentation"),
    ("224.0.0.0/4", "multicast"), ("240.0.0.0/4", "reserved"),
)]
_V6 = [(IPv6Network(n), kind) for n, kind in (
    ("::/128", "unspecified"), ("::1/128", "loopback"), ("::/96", "reserved"),
    ("64:ff9b:1::/48", "private"), ("100::/64", "reserved"), ("2001::/32", "reserved"),
    ("2001:db8::/32", "documentation"), ("2001:10::/28", "reserved"),
    ("fc00::/7", "unique-local"), ("fe80::/10", "link-local"), ("fec0::/10", "site-local"),
    ("ff00::/8", "multicast"),
)]
_NAT64 = IPv6Network("64:ff9b::/96")

# What a refusal says (Chinese for the admin who typed the address; the kind goes to logs)
KINDS_ZH = {
    "unspecified": "未指定地址", "private": "内网地址", "shared": "运营商共享地址",
    "loopback": "本机回环地址", "link-local": "链路本地地址（含云元数据服务）",
    "reserved": "保留地址", "documentation": "文档示例地址", "multicast": "组播地址",
    "unique-local": "IPv6 内网地址", "site-local": "IPv6 站点本地地址",
    "denied": "平台所在集群的内部网络",
}


@dataclass(frozen=True)
class Endpoint:
    """An internal address (or network) a webhook may still reach, on one port or any."""

    network: Network
    port: int | None = None

    def holds(self, ip: Address, port: int) -> bool:
        return ip in self.network and self.port in (None, port)


@dataclass(frozen=True)
class Rules:
    allow_http: bool = False
    allowed_hosts: tuple[str, ...] = ()  # empty: any host; "*.gov.cn": its subdomains
    denied: tuple[Network, ...] = ()  # the cluster's pod and service ranges, and the like
    internal_allowed: tuple[Endpoint, ...] = field(default=())


def endpoint(text: str) -> Endpoint:
    """`10.20.0.0/16`, `10.20.0.5:443`, `127.0.0.1:9999`, `fd00::/8`, `[fd00::5]:443`."""
    text = text.strip()
    bracketed = re.fullmatch(r"\[([^\]]+)\](?::(\d+))?", text)
    if bracketed:
        where, port = bracketed.group(1), bracketed.group(2)
    elif text.count(":") == 1:
        where, port = text.split(":")
    else:
        where, port = text, None
    return Endpoint(ipaddress.ip_network(where, strict=False), int(port) if port else None)


def literal(host: str) -> Address | None:
    """The address a URL's host means when it is written as one, or None for a name.

    IPv4 in every form the C library and browsers take (WHATWG: a host whose last label is a
    number is an address): 2130706433, 0x7f.1, 127.1, 017700000001. IPv6 without its zone.
    ValueError: a number that is no address."""
    host = host.strip("[]").rstrip(".")
    if ":" in host:
        return IPv6Address(host.split("%")[0])
    last = host.rsplit(".", 1)[-1].lower()
    if not re.fullmatch(r"[0-9]+|0x[0-9a-f]*", last):
        return None
    try:
        return IPv4Address(socket.inet_aton(host))
    except OSError:
        raise ValueError(f"{host} is a number but no IPv4 address") from None


def _wrapped(ip: IPv6Address) -> IPv4Address | None:
    """The IPv4 address an IPv6 one carries to the IPv4 network (mapped, 6to4, NAT64)."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip in _NAT64:
        return IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def kind(ip: Address) -> str | None:
    """Why an address is not public ("loopback", "private", …), or None when it is."""
    if isinstance(ip, IPv6Address):
        inner = _wrapped(ip)
        if inner is not None:
            return kind(inner)
        table: list = _V6
        if ip not in IPv6Network("2000::/3"):  # global unicast: everything else is reserved
            return next((k for net, k in table if ip in net), "reserved")
    else:
        table = _V4
    return next((k for net, k in table if ip in net), None)


def refusal(ip: Address, port: int, rules: Rules) -> str | None:
    """Why a webhook may not connect to ip:port, or None when it may. The cluster's ranges are
    refused even where an internal endpoint would allow them."""
    if isinstance(ip, IPv6Address) and _wrapped(ip) is not None:
        ip = _wrapped(ip)
    if any(ip in net for net in rules.denied if net.version == ip.version):
        return "denied"
    if any(e.holds(ip, port) for e in rules.internal_allowed if e.network.version == ip.version):
        return None
    return kind(ip)


def host_allowed(host: str, rules: Rules) -> bool:
    """The URL's host (lower case, ASCII) is on the allow-list, or there is none."""
    if not rules.allowed_hosts:
        return True
    host = host.rstrip(".")
    return any(host == entry or (entry.startswith("*.") and host.endswith(entry[1:]))
               for entry in rules.allowed_hosts)


def named_local(host: str) -> bool:
    """localhost and its subdomains (RFC 6761): refused without asking DNS."""
    host = host.rstrip(".").lower()
    return host == "localhost" or host.endswith(".localhost")


def said(kind: str, host: str, from_url: bool) -> str:
    """The refusal as the admin who typed the URL reads it. What a name resolves to is not
    said (registering would otherwise tell which internal names exist): one sentence for all."""
    if kind == "scheme":
        return "推送地址须以 https:// 开头"
    if kind == "not-listed":
        return f"{host} 不在本平台允许推送的主机名单中，请联系平台运维人员"
    if kind == "not-an-address":
        return f"{host} 不是有效的主机名或 IP 地址"
    if from_url:
        return (f"{host} 是{KINDS_ZH.get(kind, '内部网络地址')}，不能作为推送地址；"
                "请填写其他城市系统可从外部访问的 https 地址")
    return (f"{host} 无法解析，或解析到内部网络（本机、内网、链路本地、组播等）的地址，"
            "不能作为推送地址")


def said_en(kind: str, host: str, from_url: bool) -> str:
    """The same refusal in English (Accept-Language: en)."""
    if kind == "scheme":
        return "webhook URLs are https:// here"
    if kind == "not-listed":
        return f"{host} is not on this platform's list of webhook hosts; ask its operators"
    if kind == "not-an-address":
        return f"{host} is not a valid host name or IP address"
    if from_url:
        return (f"{host} is a {kind} address, not a webhook destination; give an https address "
                "the city's other systems reach from outside")
    return (f"{host} does not resolve, or resolves to an internal address (loopback, private, "
            "link-local, multicast...): not a webhook destination")
