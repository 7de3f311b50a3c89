"""A webhook receiver to watch the platform's events in `make dev`: it verifies each delivery's
Standard Webhooks signature and prints one line per event.

    python -m redgrid.notifications.receiver --port 9999 --secret whsec_…
    python -m redgrid.notifications.receiver --port 9999 --secret-file .redgrid/webhook-secret
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import orjson
import uvicorn

from redgrid.notifications.domain.webhooks import verify


class Receiver:
    def __init__(self, secret: str, out=sys.stdout):
        self.secret, self.out, self.seen = secret, out, set()

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return
        body, more = b"", True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = message.get("more_body", False)
        h = {k.decode().lower(): v.decode() for k, v in scope["headers"]}
        ok = verify(self.secret, h.get("webhook-id", ""), h.get("webhook-timestamp", ""),
                    h.get("webhook-signature", ""), body, int(time.time()))
        await send({"type": "http.response.start", "status": 204 if ok else 401,
                    "headers": []})
        await send({"type": "http.response.body", "body": b""})
        self.out.write(self.line(ok, h.get("webhook-id", "?"), body) + "\n")
        self.out.flush()

    def line(self, ok: bool, msg_id: str, body: bytes) -> str:
        if not ok:
            return f"✗ signature NOT valid  webhook-id={msg_id} ({len(body)} bytes) - refused"
        again = " (again)" if msg_id in self.seen else ""
        self.seen.add(msg_id)
        try:
            event = orjson.loads(body)
        except orjson.JSONDecodeError:
            return f"✓ {msg_id} (not JSON)"
        data = event.get("data") or {}
        what = data.get("number") or data.get("code") or ""
        title = data.get("title") or data.get("name") or ""
        status = data.get("status") or ""
        return (f"✓ {event.get('time', '')[:19]} {event.get('type')}{again}  "
                f"{what} {title} {status}".rstrip())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m redgrid.notifications.receiver",
                                     description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=9999)
    parser.add_argument("--host", default="127.0.0.1")
    secret = parser.add_mutually_exclusive_group(required=True)
    secret.add_argument("--secret", help="the subscription's whsec_… secret")
    secret.add_argument("--secret-file", help="a file holding it")
    args = parser.parse_args(argv)
    key = args.secret or Path(args.secret_file).read_text().strip()
    print(f"listening on http://{args.host}:{args.port}/ for signed CloudEvents", flush=True)
    uvicorn.run(Receiver(key), host=args.host, port=args.port, log_level="warning",
                lifespan="off")


if __name__ == "__main__":
    main()
