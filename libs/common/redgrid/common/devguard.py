"""`make dev` trusts none of its ports: leftovers of an earlier run are found and stopped by their
data directory, any other listener on a port it needs stops the start, and every server it starts
dies with it.

Without this a system PostgreSQL on 5432, or servers left by a launcher killed hard (they run in
sessions of their own), were taken for ours: "0 migrations applied", then a demo load failing on
another installation's data.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import signal
import socket
import time
from dataclasses import dataclass
from pathlib import Path

from redgrid.common.settings import SERVICE_PORTS, DevSettings

# Every process make dev starts carries this in its environment: how the next start knows its
# own leftovers from anybody else's servers.
MARK = "REDGRID_DEV_DIR"
_PR_SET_PDEATHSIG = 1


@dataclass(frozen=True)
class Port:
    port: int
    what: str  # who needs it, in the message
    setting: str  # the environment variable that moves it
    host: str = "127.0.0.1"


def ports_needed(dev: DevSettings) -> list[Port]:
    """Every port make dev listens on, with the setting that moves it."""
    public = "0.0.0.0" if dev.lan_host else "127.0.0.1"
    return [
        Port(dev.db_port, "PostgreSQL", "REDGRID_DB_PORT"),
        Port(dev.nats_port, "NATS", "REDGRID_NATS_PORT"),
        Port(dev.nats_monitor_port, "NATS monitoring", "REDGRID_NATS_MONITOR_PORT"),
        *(Port(dev.service_port(n), f"the {n} service", f"REDGRID_{n.upper()}_PORT")
          for n in SERVICE_PORTS),
        Port(dev.oidc_port, "the development identity provider", "REDGRID_OIDC_PORT", public),
        Port(dev.web_port, "the web app", "REDGRID_WEB_PORT", public),
    ]


def port_taken(port: int, host: str = "127.0.0.1") -> bool:
    """Something listens there already (or the address cannot be had at all)."""
    with socket.socket() as s:
        s.settimeout(0.3)
        if s.connect_ex(("127.0.0.1", port)) == 0:
            return True
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the servers bind
        try:
            s.bind((host, port))
        except OSError as exc:
            return exc.errno in (errno.EADDRINUSE, errno.EACCES)
    return False


def taken_ports(dev: DevSettings) -> list[Port]:
    return [p for p in ports_needed(dev) if port_taken(p.port, p.host)]


def refusal(taken: list[Port]) -> str:
    """What make dev says instead of starting."""
    lines = ["make dev cannot start: ports it needs are taken by something that is not its own"
             " (a system server, or another make dev):"]
    lines += [f"  {p.port:<5}  {p.what}: move it with {p.setting}=<port>" for p in taken]
    example = " ".join(f"{p.setting}={p.port + 10000}" for p in taken[:2])
    lines.append(f"e.g. `{example} make dev`, or stop what listens there (`ss -ltnp`).")
    return "\n".join(lines)


# --- the servers die with their launcher -----------------------------------------------------

def die_with_parent(sig: int = signal.SIGTERM):
    """A preexec_fn: the child gets `sig` when the process that started it dies, however it
    died (Linux's PR_SET_PDEATHSIG; set after the child dropped root, which would clear it)."""
    def arm() -> None:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, sig, 0, 0, 0)
        if os.getppid() == 1:  # the parent died before the signal was armed
            os.kill(os.getpid(), sig)
    return arm


# --- leftovers of an earlier run, by their data directory -----------------------------------

def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:  # gone meanwhile, or not ours to read
        return b""


def _marked(pid: int, root: Path) -> bool:
    entries = _read(Path(f"/proc/{pid}/environ")).split(b"\0")
    return f"{MARK}={root}".encode() in entries


def _postmaster(root: Path) -> int | None:
    """PostgreSQL rewrites its processes' environment for `ps`: its data directory's
    postmaster.pid names it instead (checked against the process's own data directory)."""
    pid_file = root / "postgres" / "postmaster.pid"
    lines = _read(pid_file).decode(errors="replace").splitlines()
    if len(lines) < 2 or not lines[0].strip().isdigit():
        return None
    pid = int(lines[0])
    cmdline = _read(Path(f"/proc/{pid}/cmdline")).split(b"\0")
    return pid if str(root / "postgres").encode() in cmdline else None


def leftovers(root: Path) -> dict[int, int]:
    """{pid: signal to stop it} of every process an earlier make dev on `root` left running
    (this process and its parents excepted)."""
    mine = {os.getpid(), os.getppid()}
    found = {pid: signal.SIGTERM for pid in _pids() if pid not in mine and _marked(pid, root)}
    postmaster = _postmaster(root)
    if postmaster is not None:
        found[postmaster] = signal.SIGINT  # PostgreSQL's fast shutdown
    return found


def _pids() -> list[int]:
    return [int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit()]


def stop_leftovers(root: Path, timeout: float = 30.0) -> list[int]:
    """Stop them, then kill those still there after `timeout`; the pids stopped."""
    found = leftovers(root)
    for pid, sig in found.items():
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, sig)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and any(_alive(pid) for pid in found):
        time.sleep(0.1)
    for pid in found:
        if _alive(pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
    return sorted(found)


def _alive(pid: int) -> bool:
    """Running, not a zombie waiting for a parent that is gone."""
    stat = _read(Path(f"/proc/{pid}/stat")).decode(errors="replace")
    return bool(stat) and stat.rsplit(")", 1)[-1].split()[0] != "Z"


def another_launcher(root: Path) -> int | None:
    """The pid of a make dev still running on `root` (its launcher.pid), if any."""
    text = _read(root / "launcher.pid").decode().strip()
    if not text.isdigit() or int(text) == os.getpid() or not _alive(int(text)):
        return None
    cmdline = _read(Path(f"/proc/{text}/cmdline")).split(b"\0")
    return int(text) if b"dev" in cmdline and any(b"redgrid" in a for a in cmdline) else None
