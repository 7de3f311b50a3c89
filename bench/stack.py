"""The stack as `make dev` runs it, for the benchmark: embedded PostgreSQL (with commit
timestamps, to time each consumer's commit) and nats-server (sync_interval: always, each
service as its own user), each service its own process."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from redgrid.common import devstack

DATABASE = "redgrid"
PORTS = {"registry": 8001, "tickets": 8002, "matching": 8003, "lists": 8004,
         "notifications": 8005}


@dataclass
class BenchStack:
    root: Path
    pg: devstack.Postgres
    nats: devstack.Nats
    ports: dict[str, int] = field(default_factory=dict)
    procs: dict[str, subprocess.Popen] = field(default_factory=dict)

    @property
    def admin_url(self) -> str:
        return self.pg.url(DATABASE)

    def env(self, service: str, **extra: str) -> dict[str, str]:
        env = dict(os.environ)
        env.update(
            REDGRID_SERVICE=service, REDGRID_ENVIRONMENT="development",
            REDGRID_DB_HOST="127.0.0.1", REDGRID_DB_PORT=str(self.pg.port),
            REDGRID_DB_NAME=DATABASE, REDGRID_NATS_URL=self.nats.url,
            REDGRID_NATS_USER=service, REDGRID_NATS_PASSWORD=self.nats.passwords[service],
            REDGRID_HTTP_PORT=str(self.ports[service]), REDGRID_LOG_LEVEL="WARNING",
            REDGRID_LOG_REQUESTS="false", REDGRID_DB_POOL_MAX="20",
        )
        env.update(extra)
        return env

    def migrate(self, service: str) -> None:
        subprocess.run([sys.executable, "-m", "redgrid.common.cli", "migrate", service],
                       env=self.env(service, REDGRID_DB_ADMIN_URL=self.admin_url),
                       check=True, capture_output=True)

    def start(self, service: str, **extra: str) -> None:
        log = open(self.root / f"{service}.log", "ab")
        self.procs[service] = subprocess.Popen(
            [sys.executable, "-m", "redgrid.common.cli", "run", service],
            env=self.env(service, **extra), stdout=log, stderr=subprocess.STDOUT)
        url = self.url(service)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.procs[service].poll() is not None:
                raise RuntimeError(f"{service} died; see {self.root}/{service}.log")
            try:
                if httpx.get(f"{url}/readyz", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise TimeoutError(f"{service} not ready")

    def url(self, service: str) -> str:
        return f"http://127.0.0.1:{self.ports[service]}"

    def pid(self, service: str) -> int:
        return self.procs[service].pid

    def stop(self) -> None:
        for proc in self.procs.values():
            if proc.poll() is None:
                proc.terminate()
        for proc in self.procs.values():
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
        self.nats.stop()
        self.pg.stop()


def start_stack(services: list[str], root: Path | None = None) -> BenchStack:
    """The stack in a new temporary directory, or in `root` (kept between runs: the servers
    start again on its data, and any new migration is applied)."""
    if root is None:
        root = Path(tempfile.mkdtemp(prefix="redgrid-bench-"))
    root.mkdir(parents=True, exist_ok=True)
    pg = devstack.Postgres(root / "pg", devstack.free_port(),
                           extra_conf="track_commit_timestamp = on\nmax_wal_size = 4GB")
    pg.start()
    pg.ensure_database(DATABASE)
    nats = devstack.Nats(root / "js", devstack.free_port())
    nats.start()
    stack = BenchStack(root, pg, nats, ports={s: devstack.free_port() for s in PORTS})
    try:
        for service in services:
            stack.migrate(service)
        for service in services:
            stack.start(service)
    except BaseException:
        stack.stop()
        raise
    return stack


def rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0
