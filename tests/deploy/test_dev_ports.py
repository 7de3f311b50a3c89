"""make dev trusts none of its ports: a port held by something else stops the start with the port
and the setting that moves it; servers an earlier run left are found by their data directory and
stopped; the servers it starts die with it, even killed hard."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap
import time

from redgrid.common import devguard, devstack
from redgrid.common.settings import DevSettings

from .support import redgrid_command


def dev_env(root, **ports: int) -> dict[str, str]:
    """make dev's environment with every port free (other make devs may run on this machine),
    then `ports` on top."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("REDGRID_")}
    free = {p.setting: devstack.free_port() for p in devguard.ports_needed(DevSettings())}
    env.update({k: str(v) for k, v in {**free, **ports}.items()})
    env["REDGRID_DEV_DIR"] = str(root)
    return env


def gone(pid: int, timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not devguard._alive(pid):
            return True
        time.sleep(0.1)
    return False


def test_dev_refuses_to_start_when_its_postgres_port_is_taken(tmp_path):
    with socket.socket() as squatter:  # a system PostgreSQL, say
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        port = squatter.getsockname()[1]
        started = time.monotonic()
        done = subprocess.run([*redgrid_command(), "dev"], env=dev_env(
            tmp_path / "dev", REDGRID_DB_PORT=port), capture_output=True, text=True, timeout=60)
    assert done.returncode == 2, done.stderr
    assert f"{port}" in done.stderr and "PostgreSQL" in done.stderr
    assert "REDGRID_DB_PORT=" in done.stderr
    assert "NATS" not in done.stderr  # only what is taken is named
    assert not (tmp_path / "dev" / "postgres").exists()  # nothing was started
    assert time.monotonic() - started < 30


def test_every_port_is_named_with_the_setting_that_moves_it():
    dev = DevSettings()
    settings = {p.setting for p in devguard.ports_needed(dev)}
    assert {"REDGRID_DB_PORT", "REDGRID_NATS_PORT", "REDGRID_WEB_PORT", "REDGRID_OIDC_PORT",
            "REDGRID_TICKETS_PORT", "REDGRID_NOTIFICATIONS_PORT"} <= settings
    for p in devguard.ports_needed(dev):  # each setting really moves its port
        name = p.setting.removeprefix("REDGRID_").lower()
        assert p.port == getattr(dev, name)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        assert devguard.port_taken(s.getsockname()[1])
    assert not devguard.port_taken(devstack.free_port())


def test_leftovers_of_an_earlier_run_are_found_by_their_data_directory(tmp_path, monkeypatch):
    root, elsewhere = tmp_path / "dev", tmp_path / "another"
    monkeypatch.setenv(devguard.MARK, str(root))  # as the launcher marks its children
    nats = devstack.Nats(root / "jetstream", devstack.free_port(), passwords=None)
    nats.start()
    pg = devstack.Postgres(root / "postgres", devstack.free_port())
    pg.start()
    try:
        found = devguard.leftovers(root)
        assert found == {nats.proc.pid: signal.SIGTERM, pg.proc.pid: signal.SIGINT}
        assert devguard.leftovers(elsewhere) == {}  # another checkout's servers are not ours
        assert devguard.stop_leftovers(root) == sorted(found)
        assert nats.proc.wait(15) is not None and pg.proc.wait(15) is not None
        assert not devguard.port_taken(nats.port) and not devguard.port_taken(pg.port)
    finally:
        nats.stop()
        pg.stop()


def test_the_servers_die_with_their_launcher_killed_hard(tmp_path):
    port = devstack.free_port()
    launcher = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        from redgrid.common import devstack
        nats = devstack.Nats(Path({str(tmp_path)!r}) / "js", {port}, passwords=None, tied=True)
        nats.start()
        print(nats.proc.pid, flush=True)
        time.sleep(120)
    """)], stdout=subprocess.PIPE, text=True)
    try:
        pid = int(launcher.stdout.readline())
        assert devguard.port_taken(port)
        launcher.send_signal(signal.SIGKILL)
        launcher.wait(10)
        assert gone(pid), "nats-server outlived its launcher"
        assert not devguard.port_taken(port)
    finally:
        launcher.kill()
        launcher.wait()
