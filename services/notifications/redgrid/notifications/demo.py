"""Demo for `make dev`: waits until this service knows 大中街道's grids and their workers (its
read models fill from the registry's events), then subscribes the dev webhook receiver to the
public events of tickets, matching and lists, through the public HTTP API.

Watch it with the receiver (the command is printed and kept in .redgrid/webhook-receiver.sh)
and a grid worker's live inbox: see docs/notifications.md.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx

from redgrid.common.settings import DevSettings

PATTERNS = ["redgrid.tickets.*", "redgrid.matching.*", "redgrid.lists.*"]


async def _grids(registry: httpx.AsyncClient) -> list[dict]:
    grids, cursor = [], None
    while True:
        params = {"limit": 200} | ({"cursor": cursor} if cursor else {})
        page = (await registry.get("/v1/grids", params=params)).raise_for_status().json()
        grids += page["items"]
        cursor = page.get("next_cursor")
        if not cursor:
            return grids


async def _wait_for(notifications: httpx.AsyncClient, grids: list[dict],
                    timeout: float = 180) -> None:
    """Until the last grids registered have their workers here (events arrive in order)."""
    deadline = asyncio.get_running_loop().time() + timeout
    for grid in grids[-3:]:
        while True:
            r = await notifications.get(f"/v1/grids/{grid['id']}/audience")
            if r.status_code == 200 and r.json()["workers"]:
                break
            if asyncio.get_running_loop().time() > deadline:
                raise TimeoutError("notifications did not learn the grids in time")
            await asyncio.sleep(0.5)


async def load(urls: dict[str, str], token: str) -> None:
    port = DevSettings().webhook_receiver_port  # the one internal address make dev allows
    receiver = f"http://127.0.0.1:{port}/"
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(base_url=urls["registry"], headers=headers,
                                 timeout=30) as registry, \
            httpx.AsyncClient(base_url=urls["notifications"], headers=headers,
                              timeout=30) as notifications:
        grids = [g for g in await _grids(registry) if g["status"] == "active"]
        await _wait_for(notifications, grids)
        r = await notifications.post("/v1/webhooks", json={
            "name": "开发用接收端 (dev receiver)", "url": receiver, "patterns": PATTERNS})
        r.raise_for_status()
        secret = r.json()["secret"]
    command = f"python -m redgrid.notifications.receiver --port {port} --secret {secret}"
    script = Path(DevSettings().dev_dir) / "webhook-receiver.sh"
    script.write_text(f"#!/bin/sh\nexec .venv/bin/{command}\n")
    script.chmod(0o700)
    print(f"[notifications] {len(grids)} grids known; webhooks of tickets, matching and lists "
          f"go to {receiver}: watch them with `sh {script}`", flush=True)
