"""The object store: bytes by key (put, get, delete) and short-lived signed URLs to read them.
Two backends, chosen by settings (objects_backend): the local disk, whose URLs are the
service's own path /v1/media/{key}?expires=…&sig=… (an HMAC of key and expiry), and an
S3-compatible bucket (MinIO in production, through aiobotocore), whose URLs are its presigned
ones. Keys are ours (photos/2026/09/<uuid>.jpg): never a name a client chose."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import hmac
import mimetypes
import os
import re
from datetime import datetime
from pathlib import Path
from typing import Protocol
from urllib.parse import quote

from redgrid.common import logs
from redgrid.common.settings import Settings

log = logs.get(__name__)

KEY = re.compile(r"^[a-z0-9][a-z0-9_\-]*(/[a-z0-9][a-z0-9_\-.]*)*$")
MEDIA_PATH = "/v1/media/"


def content_type_of(key: str) -> str:
    return mimetypes.guess_type(key)[0] or "application/octet-stream"


def valid_key(key: str) -> bool:
    return bool(KEY.fullmatch(key)) and ".." not in key and len(key) <= 200


class ObjectStore(Protocol):
    async def put(self, key: str, data: bytes, content_type: str) -> None: ...

    async def get(self, key: str) -> bytes | None: ...

    async def delete(self, key: str) -> None: ...

    async def signed_url(self, key: str, now: datetime, ttl: int | None = None) -> str: ...

    async def close(self) -> None: ...


# --- the local disk -------------------------------------------------------------------------

class UrlSigner:
    """The local store's URLs: HMAC-SHA256 over the key and the expiry (unix seconds)."""

    def __init__(self, secret: str, prefix: str, ttl: int):
        self._secret, self.prefix, self.ttl = secret.encode(), prefix, ttl

    def signature(self, key: str, expires: int) -> str:
        mac = hmac.new(self._secret, f"{key}\n{expires}".encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(mac).rstrip(b"=").decode()

    def url(self, key: str, now: datetime, ttl: int | None = None) -> str:
        expires = int(now.timestamp()) + (ttl or self.ttl)
        return (f"{self.prefix}{MEDIA_PATH}{quote(key)}?expires={expires}"
                f"&sig={self.signature(key, expires)}")

    def check(self, key: str, expires: int, sig: str, now: datetime) -> str | None:
        """None when the URL is good; else what is wrong with it ("expired", "forged")."""
        if not hmac.compare_digest(self.signature(key, expires).encode(), sig.encode()):
            return "forged"
        if now.timestamp() > expires:
            return "expired"
        return None


class LocalObjects:
    """Files under a directory; written whole or not at all (a temporary file renamed)."""

    def __init__(self, root: Path, signer: UrlSigner):
        self.root, self.signer = root, signer

    def _path(self, key: str) -> Path:
        if not valid_key(key):
            raise ValueError(f"not an object key: {key!r}")
        return self.root / key

    async def put(self, key: str, data: bytes, content_type: str) -> None:
        await asyncio.to_thread(self._write, self._path(key), data)

    @staticmethod
    def _write(path: Path, data: bytes) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.{os.getpid()}.part")
        temporary.write_bytes(data)
        os.replace(temporary, path)

    async def get(self, key: str) -> bytes | None:
        path = self._path(key)
        try:
            return await asyncio.to_thread(path.read_bytes)
        except FileNotFoundError:
            return None

    async def delete(self, key: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            await asyncio.to_thread(self._path(key).unlink)

    async def signed_url(self, key: str, now: datetime, ttl: int | None = None) -> str:
        return self.signer.url(key, now, ttl)

    async def close(self) -> None:
        return None


# --- S3-compatible (MinIO) ------------------------------------------------------------------

class S3Objects:
    """A bucket through aiobotocore; its client made on first use. URLs are presigned with
    the public endpoint when one is set (the bucket as browsers reach it), else the same."""

    def __init__(self, settings: Settings):
        self.settings, self.bucket, self.ttl = (settings, settings.objects_s3_bucket,
                                                settings.objects_url_ttl_seconds)
        self._stack = contextlib.AsyncExitStack()
        self._client = self._signer = None
        self._lock = asyncio.Lock()

    async def _clients(self):
        if self._client is None:
            async with self._lock:
                if self._client is None:
                    self._signer, self._client = await self._open()
        return self._client, self._signer

    async def _open(self):
        from aiobotocore.config import AioConfig
        from aiobotocore.session import get_session

        s = self.settings
        config = AioConfig(signature_version="s3v4", s3={"addressing_style": "path"},
                           connect_timeout=5, read_timeout=30,
                           retries={"max_attempts": 3, "mode": "standard"})
        session = get_session()

        async def client(endpoint: str):
            return await self._stack.enter_async_context(session.create_client(
                "s3", endpoint_url=endpoint, region_name=s.objects_s3_region,
                aws_access_key_id=s.objects_s3_access_key,
                aws_secret_access_key=s.objects_s3_secret_key, config=config))

        inner = await client(s.objects_s3_endpoint)
        outer = await client(s.objects_s3_public_url) if s.objects_s3_public_url else inner
        return outer, inner

    async def ensure_bucket(self) -> bool:
        """Make the bucket if it is missing (a test's server, a first start); production's
        is made by its operators, and a key without that right is only logged here."""
        from botocore.exceptions import ClientError

        client, _ = await self._clients()
        try:
            await client.head_bucket(Bucket=self.bucket)
            return True
        except ClientError:
            pass
        try:
            await client.create_bucket(Bucket=self.bucket)
            return True
        except ClientError as exc:
            log.warning("objects.no_bucket", bucket=self.bucket, error=repr(exc))
            return False

    async def put(self, key: str, data: bytes, content_type: str) -> None:
        client, _ = await self._clients()
        await client.put_object(Bucket=self.bucket, Key=key, Body=data,
                                ContentType=content_type)

    async def get(self, key: str) -> bytes | None:
        client, _ = await self._clients()
        try:
            answer = await client.get_object(Bucket=self.bucket, Key=key)
        except client.exceptions.NoSuchKey:
            return None
        async with answer["Body"] as body:
            return await body.read()

    async def delete(self, key: str) -> None:
        client, _ = await self._clients()
        await client.delete_object(Bucket=self.bucket, Key=key)

    async def signed_url(self, key: str, now: datetime, ttl: int | None = None) -> str:
        _, signer = await self._clients()
        return await signer.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key},
            ExpiresIn=ttl or self.ttl)

    async def close(self) -> None:
        await self._stack.aclose()
        self._client = self._signer = None


def signer(settings: Settings) -> UrlSigner:
    return UrlSigner(settings.objects_url_secret, settings.root_path,
                     settings.objects_url_ttl_seconds)


def open_store(settings: Settings) -> ObjectStore:
    """The store the settings name (nothing is connected before its first use)."""
    if settings.objects_backend == "s3":
        return S3Objects(settings)
    return LocalObjects(Path(settings.objects_dir).resolve(), signer(settings))
