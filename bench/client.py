"""A lean HTTP/1.1 keep-alive client for the load generator: it must cost the 2-core machine
far less CPU than the server it loads (httpx costs about as much as the handler it calls)."""

from __future__ import annotations

import asyncio
from urllib.parse import urlparse


class Connection:
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, host: str):
        self.reader, self.writer, self.host = reader, writer, host

    async def post(self, path: str, body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
        return await self.request("POST", path, headers, body)

    async def get(self, path: str, headers: dict[str, str]) -> tuple[int, bytes]:
        return await self.request("GET", path, headers)

    async def request(self, method: str, path: str, headers: dict[str, str],
                      body: bytes | None = None) -> tuple[int, bytes]:
        head = [f"{method} {path} HTTP/1.1", f"Host: {self.host}", "Connection: keep-alive"]
        if body is not None:
            head += ["Content-Type: application/json", f"Content-Length: {len(body)}"]
        head += [f"{k}: {v}" for k, v in headers.items()]
        self.writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + (body or b""))
        status_line = await self.reader.readline()
        if not status_line:
            raise ConnectionError("server closed the connection")
        status = int(status_line.split(b" ", 2)[1])
        length = 0
        while True:
            line = await self.reader.readline()
            if line in (b"\r\n", b""):
                break
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip())
        return status, await self.reader.readexactly(length) if length else b""

    def close(self) -> None:
        self.writer.close()


async def connect(url: str) -> Connection:
    u = urlparse(url)
    reader, writer = await asyncio.open_connection(u.hostname, u.port)
    return Connection(reader, writer, f"{u.hostname}:{u.port}")


class Pool:
    """A fixed set of keep-alive connections handed out one request at a time."""

    def __init__(self, url: str, size: int):
        self.url, self.size = url, size
        self.free: asyncio.Queue[Connection] = asyncio.Queue()

    async def open(self) -> None:
        for _ in range(self.size):
            self.free.put_nowait(await connect(self.url))

    async def post(self, path: str, body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
        conn = await self.free.get()
        try:
            result = await conn.post(path, body, headers)
        except Exception:
            conn.close()
            conn = await connect(self.url)
            raise
        finally:
            self.free.put_nowait(conn)
        return result

    def close(self) -> None:
        while not self.free.empty():
            self.free.get_nowait().close()
