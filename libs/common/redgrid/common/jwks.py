"""An identity provider's signing keys (JWKS, RFC 7517), fetched asynchronously and cached.

The keys are read once and again every `refresh` seconds; a token signed with a key not yet
known (the provider rotated its keys) makes one early read, at most every `UNKNOWN_KID_PAUSE`
seconds, so that forged key ids cannot make us hammer the provider. Reads never block the event
loop (PyJWT's PyJWKClient does: urllib in the request's coroutine).
"""

from __future__ import annotations

import asyncio
import time

import httpx
import jwt

from redgrid.common import logs
from redgrid.common.errors import Unauthorized

log = logs.get(__name__)
UNKNOWN_KID_PAUSE = 10.0


async def discover_jwks_uri(issuer: str, client: httpx.AsyncClient | None = None) -> str:
    """The provider's JWKS address from its discovery document (OpenID Connect Discovery)."""
    url = issuer.rstrip("/") + "/.well-known/openid-configuration"
    async with _client(client) as http:
        r = await http.get(url)
        r.raise_for_status()
        config = r.json()
    if config.get("issuer") != issuer:
        raise ValueError(f"discovery at {url} names issuer {config.get('issuer')!r}")
    return config["jwks_uri"]


class KeySet:
    """The keys at `url` (or at the JWKS an `issuer`'s discovery names), by key id."""

    def __init__(self, url: str | None = None, issuer: str | None = None,
                 refresh: float = 300.0):
        if not (url or issuer):
            raise ValueError("a JWKS url or an issuer is needed")
        self.url, self.issuer, self.refresh = url, issuer, refresh
        self._keys: dict[str | None, jwt.PyJWK] = {}
        self._loaded_at = 0.0
        self._lock = asyncio.Lock()

    def known(self, token: str) -> jwt.PyJWK | None:
        """The key for a token without any I/O, if it is loaded and fresh."""
        if time.monotonic() - self._loaded_at > self.refresh:
            return None
        return self._keys.get(_kid(token))

    async def key_for(self, token: str) -> jwt.PyJWK:
        key = self.known(token)
        if key is not None:
            return key
        async with self._lock:
            kid = _kid(token)
            stale = time.monotonic() - self._loaded_at > self.refresh
            may_retry = time.monotonic() - self._loaded_at > UNKNOWN_KID_PAUSE
            if stale or (kid not in self._keys and may_retry):
                await self._load()
            key = self._keys.get(kid)
        if key is None:
            raise Unauthorized("登录凭证的签名密钥未知，请重新登录", en="unknown signing key")
        return key

    async def _load(self) -> None:
        try:
            async with _client(None) as http:
                if self.url is None:
                    self.url = await discover_jwks_uri(self.issuer, http)
                r = await http.get(self.url)
                r.raise_for_status()
                keys = jwt.PyJWKSet.from_dict(r.json()).keys
        except (httpx.HTTPError, ValueError, KeyError, jwt.PyJWTError) as exc:
            log.warning("jwks.fetch_failed", url=self.url or self.issuer, error=repr(exc))
            self._loaded_at = time.monotonic() - self.refresh + UNKNOWN_KID_PAUSE  # retry soon
            return
        self._keys = {k.key_id: k for k in keys}
        if len(keys) == 1:
            self._keys.setdefault(None, keys[0])  # a token without kid, a set of one key
        self._loaded_at = time.monotonic()


def _kid(token: str) -> str | None:
    try:
        return jwt.get_unverified_header(token).get("kid")
    except jwt.PyJWTError as exc:
        raise Unauthorized("登录凭证无效，请重新登录", en=f"invalid token: {exc}") from exc


class _client:
    """The caller's client, or a short-lived one."""

    def __init__(self, client: httpx.AsyncClient | None):
        self.given, self.own = client, None

    async def __aenter__(self) -> httpx.AsyncClient:
        if self.given is not None:
            return self.given
        self.own = httpx.AsyncClient(timeout=10)
        return self.own

    async def __aexit__(self, *exc) -> None:
        if self.own is not None:
            await self.own.aclose()
