"""`make dev` cold and warm start: the launcher as a developer runs it, timed from its start to
its "up in" line (every service ready, demo data loaded), and each service's memory at rest.

Cold: an empty data directory (initdb, every migration, the demo data from the seeds). Warm:
the same directory again (servers started on their data, nothing to migrate or load). Ports
are free ones, so that a running `make dev` is not disturbed. Writes
bench/results/startup-<time>.json.

    python -m bench.startup
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.e2e import machine
from bench.stack import rss_mb
from redgrid.common import devstack
from redgrid.common.service import available_services

RESULTS = Path(__file__).parent / "results"
UP = re.compile(r"\[redgrid\] up in ([0-9.]+)s")


def children_of(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(p) for p in text.split()]


def service_of(pid: int) -> str | None:
    """The service a child of the launcher runs (…cli run <service>), if it is one."""
    try:
        args = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return None
    if b"run" in args:
        return args[args.index(b"run") + 1].decode()
    return None


def start_once(root: Path, timeout: float = 300.0) -> dict:
    env = dict(os.environ, REDGRID_DEV_DIR=str(root), REDGRID_LOG_LEVEL="WARNING",
               REDGRID_NATS_PORT=str(devstack.free_port()),
               REDGRID_NATS_MONITOR_PORT=str(devstack.free_port()),
               REDGRID_DB_PORT=str(devstack.free_port()),
               **{f"REDGRID_{s.upper()}_PORT": str(devstack.free_port())
                  for s in available_services()})
    started = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-m", "redgrid.common.cli", "dev"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    said: list[str] = []
    try:
        for line in proc.stdout:
            said.append(line.rstrip())
            if UP.search(line):
                wall = time.monotonic() - started
                break
            if time.monotonic() - started > timeout:
                raise TimeoutError("make dev did not come up")
        else:
            raise RuntimeError("make dev stopped before it was up:\n" + "\n".join(said[-30:]))
        time.sleep(2.0)  # at rest: the services' first work (relay, consumers) is done
        services = {pid: service_of(pid) for pid in children_of(proc.pid)}
        memory = {name: round(rss_mb(pid), 1) for pid, name in services.items() if name}
        return {"seconds": round(wall, 2), "launcher_said": float(UP.search(line).group(1)),
                "memory_at_rest_mb": memory}
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(60)
        except subprocess.TimeoutExpired:
            proc.kill()


def main() -> int:
    root = Path(tempfile.mkdtemp(prefix="redgrid-startup-"))
    try:
        cold = start_once(root / "dev")
        warm = start_once(root / "dev")
    finally:
        shutil.rmtree(root, ignore_errors=True)
    result = {"when": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "machine": machine(),
              "cold": cold, "warm": warm}
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"startup-{time.strftime('%Y%m%d-%H%M%S')}.json"
    path.write_text(json.dumps(result, indent=2))
    print(f"make dev cold start (initdb, migrations, demo data): {cold['seconds']:.1f} s")
    print(f"make dev warm start (data kept):                     {warm['seconds']:.1f} s")
    print("memory at rest, MB: " + ", ".join(f"{s} {mb}" for s, mb in
                                             sorted(warm["memory_at_rest_mb"].items())))
    print(f"result: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
