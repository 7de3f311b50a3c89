"""The system under test for one fault module: its own PostgreSQL and nats-server as child
processes (so that killing them disturbs no other test; NATS one node, or a JetStream cluster
of three nodes of the same pip-shipped binary, as production runs it), the registry, tickets and
notifications as `redgrid run` processes (tests/faults/child.py), and probes in the database.

The probes are the checker's eyes in the consumer's own tables: a trigger on notifications'
public log (every event it takes goes there, in the handler's transaction) counts each
committed application of an event, even one that ON CONFLICT would have hidden; and it can make
a chosen work order's event fail, or every event slow, as a fault plan says.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from uuid import UUID

import asyncpg
import httpx

from redgrid.common import devstack
from redgrid.common.testing import (
    Stack,
    eventually,
    nats_connect,
    prepare_database,
    service_settings,
)
from redgrid.notifications.main import spec as notifications_spec
from redgrid.registry.main import spec as registry_spec
from redgrid.tickets.main import spec as tickets_spec

from ..deploy.support import ServiceProcess, service_env, system_headers
from .child import CRASHED
from .knobs import KNOBS
from .proxy import Proxy

ROOT = Path(__file__).resolve().parents[2]
SPECS = {s.name: s for s in (registry_spec, tickets_spec, notifications_spec)}
DATABASE = "redgrid"

PROBES = """
CREATE SCHEMA faults;
CREATE TABLE faults.applications (event_id uuid NOT NULL,
                                  at timestamptz NOT NULL DEFAULT clock_timestamp());
CREATE INDEX ON faults.applications (event_id);
-- A work order whose events fail: fail_times handler runs, with this SQLSTATE (XX000: the
-- handler's own failure; 57P03: "cannot connect now", what a database going away raises).
-- The counter is a sequence: a failed run's increment survives its rollback.
CREATE TABLE faults.plans (external_ref text PRIMARY KEY, fail_times int NOT NULL,
                           errcode text NOT NULL, counter text NOT NULL);
CREATE TABLE faults.knobs (slow_ms int NOT NULL);
INSERT INTO faults.knobs VALUES (0);
CREATE FUNCTION faults.on_public_log() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = faults, pg_catalog AS $$
DECLARE
  plan faults.plans;
  ms int;
BEGIN
  SELECT slow_ms INTO ms FROM faults.knobs;
  IF ms > 0 THEN PERFORM pg_sleep(ms / 1000.0); END IF;
  IF NEW.type LIKE 'redgrid.tickets.%' THEN
    SELECT * INTO plan FROM faults.plans
     WHERE external_ref = convert_from(NEW.body, 'UTF8')::jsonb -> 'data' ->> 'external_ref';
    IF FOUND AND nextval(plan.counter::regclass) <= plan.fail_times THEN
      RAISE EXCEPTION 'injected failure' USING ERRCODE = plan.errcode;
    END IF;
  END IF;
  INSERT INTO faults.applications (event_id) VALUES (NEW.event_id);
  RETURN NEW;
END $$;
CREATE TRIGGER faults_count BEFORE INSERT ON notifications.public_log
  FOR EACH ROW EXECUTE FUNCTION faults.on_public_log();
"""


@dataclass
class City:
    """What the registry holds for the load: a street, a community, a grid and its workers."""

    street: UUID
    community: UUID
    branch: UUID
    grid: UUID
    workers: list[UUID]


def jetstream_cluster(root: Path, size: int = 3) -> list[devstack.Nats]:
    """`size` nats-servers routed to each other (one JetStream cluster), the same users and
    passwords on each; every node has its monitoring port, for its health."""
    client, monitor, route = ([devstack.free_port() for _ in range(size)] for _ in range(3))
    passwords = devstack.new_passwords()

    def routes(i: int) -> str:
        return ", ".join(f"nats-route://127.0.0.1:{p}" for j, p in enumerate(route) if j != i)

    return [devstack.Nats(root / f"js-n{i}", client[i], monitor[i], passwords=passwords,
                          extra_config=f'server_name: "n{i}"\ncluster {{\n'
                                       f'  name: "redgrid-faults"\n'
                                       f'  listen: "127.0.0.1:{route[i]}"\n'
                                       f"  routes: [{routes(i)}]\n}}\n")
            for i in range(size)]


def wait_healthy(node: devstack.Nats, timeout: float) -> None:
    """The node's JetStream is current (its /healthz: meta leader known, its streams and
    consumers caught up)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{node.monitor_port}/healthz", timeout=2) \
                    .status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise TimeoutError(f"nats node on {node.port} not healthy after {timeout}s")


@dataclass
class Cluster:
    root: Path
    pg: devstack.Postgres
    nats: devstack.Nats  # the first node of a JetStream cluster: the checker connects there
    processes: dict[str, ServiceProcess] = field(default_factory=dict)
    ports: dict[str, int] = field(default_factory=dict)
    proxies: dict[str, Proxy] = field(default_factory=dict)
    # Settings every process of a service gets (REDGRID_<NAME>), e.g. consumer_max_tries.
    settings: dict[str, dict] = field(default_factory=dict)
    city: City | None = None
    nodes: list[devstack.Nats] = field(default_factory=list)  # every NATS node

    @classmethod
    def start(cls, name: str, nodes: int = 1) -> Cluster:
        root = Path(tempfile.mkdtemp(prefix=f"redgrid-faults-{name}-"))
        pg = devstack.Postgres(root / "pg", devstack.free_port())
        members = jetstream_cluster(root, nodes) if nodes > 1 else [
            devstack.Nats(root / "js", devstack.free_port(), devstack.free_port())]
        pg.start()
        for node in members:
            node.start()
        for node in members:
            wait_healthy(node, KNOBS.patience)
        pg.ensure_database(DATABASE)
        return cls(root, pg, members[0], ports={s: devstack.free_port() for s in SPECS},
                   nodes=members)

    @property
    def stack(self) -> Stack:
        """The services are given every node (they start on any, and move on when it dies)."""
        url = ",".join(n.url for n in self.nodes) if self.nodes else self.nats.url
        return Stack(self.pg.url("postgres"), url, pg=self.pg, nats=self.nats)

    async def prepare(self) -> None:
        stack = self.stack
        for spec in SPECS.values():
            await prepare_database(spec, stack, DATABASE,
                                   service_settings(spec, stack, DATABASE))
        conn = await self.connect()
        try:
            await conn.execute(PROBES)
        finally:
            await conn.close()

    async def connect(self) -> asyncpg.Connection:
        """The superuser: the checker reads every service's schema."""
        return await asyncpg.connect(self.pg.url(DATABASE))

    # -- service processes ------------------------------------------------------------------

    def url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.ports[name]}"

    def through_proxy(self, name: str) -> Proxy:
        """From the next start on, `name` reaches NATS through a proxy that can pause."""
        if name not in self.proxies:
            self.proxies[name] = Proxy(self.nats.port).start()
        return self.proxies[name]

    def spawn(self, name: str, crash: str | None = None, **faults: str) -> ServiceProcess:
        settings = dict(self.settings.get(name, {}))
        if name in self.proxies:
            settings["nats_url"] = self.proxies[name].url
        env = service_env(self.stack, DATABASE, name, http_port=self.ports[name], **settings)
        env["PYTHONPATH"] = str(ROOT)
        env.update({f"FAULTS_{k.upper()}": str(v) for k, v in faults.items()})
        if crash:
            env["FAULTS_CRASH"] = crash
        log = self.root / f"{name}.log"
        proc = subprocess.Popen([sys.executable, "-m", "tests.faults.child", name], env=env,
                                cwd=ROOT, stdout=log.open("ab"), stderr=subprocess.STDOUT)
        process = ServiceProcess(name, self.ports[name], proc, log)
        self.processes[name] = process
        return process

    async def run(self, name: str, crash: str | None = None, **faults: str) -> ServiceProcess:
        process = self.spawn(name, crash, **faults)
        try:
            await asyncio.to_thread(process.wait_ready, KNOBS.patience)
        except RuntimeError:
            # A planted crash may come before the process answers ready: with a backlog its
            # first batches are in hand at once. The test waits for that exit; it is no failure.
            if not (crash and process.proc.poll() == CRASHED):
                raise
        return process

    async def terminate(self, name: str) -> int:
        """SIGTERM and wait: the graceful stop of a rollout."""
        return await asyncio.to_thread(self.processes[name].terminate, 60)

    async def exited(self, name: str) -> int:
        """Wait for a process that is to die by itself (a planted crash)."""
        try:
            return await asyncio.to_thread(self.processes[name].proc.wait, KNOBS.patience)
        except subprocess.TimeoutExpired:
            raise AssertionError(f"{name} did not crash as planted within {KNOBS.patience}s\n"
                                 + await self.describe()) from None

    async def wait_for(self, what: str, check, interval: float = 0.2, extra: float = 0.0):
        """`eventually(check)` within the patience knob (plus `extra` seconds the fault itself
        takes); if the state never comes, the failure says what the system was doing."""
        timeout = KNOBS.patience + extra
        try:
            return await eventually(check, timeout=timeout, interval=interval)
        except AssertionError:
            raise AssertionError(f"{what}: not within {timeout:g}s\n"
                                 + await self.describe()) from None

    async def describe(self) -> str:
        """What the system is doing: its processes, the outboxes' backlog, the consumers'."""
        lines = [f"{n}: " + ("running" if p.proc.poll() is None else f"exited {p.proc.returncode}")
                 for n, p in self.processes.items()]
        try:
            conn = await self.connect()
            try:
                for name in self.processes:
                    unsent = await conn.fetchval(
                        f"SELECT count(*) FROM {name}.outbox WHERE sent_at IS NULL")
                    lines.append(f"{name} outbox: {unsent} unsent")
            finally:
                await conn.close()
        except Exception as exc:
            lines.append(f"postgres: {exc!r}")
        try:
            nc = await nats_connect(self.nats.url_as("reader"), connect_timeout=2,
                                    allow_reconnect=False)
            try:
                js = nc.jetstream()
                for stream in await js.streams_info():
                    for c in await js.consumers_info(stream.config.name):
                        lines.append(f"{c.name}: {c.num_pending} pending, "
                                     f"{c.num_ack_pending} unacknowledged, "
                                     f"{c.num_redelivered} redelivered")
            finally:
                await nc.close()
        except Exception as exc:
            lines.append(f"nats: {exc!r}")
        return "\n".join(lines) + "\n" + "".join(
            f"--- {n} log ---\n{self.logs(n, 1500)}\n" for n in self.processes)

    async def ensure_running(self) -> list[str]:
        """Start again whatever a test left stopped (a failure in the middle of a fault: NATS
        killed, PostgreSQL down, a crashed service never restarted): the next test and the
        module's audit need every producer running to drain its outbox, or its committed
        events would be counted lost. Returns what was started."""
        started = []
        if self.pg.proc is None or self.pg.proc.poll() is not None:
            await asyncio.to_thread(self.pg.start)
            started.append("postgres")
        for i, node in enumerate(self.nodes or [self.nats]):
            if node.proc is None or node.proc.poll() is not None:
                await self.start_node(i)
                started.append(f"nats n{i}")
            else:
                node.proc.send_signal(signal.SIGCONT)  # a node left paused
        for proxy in self.proxies.values():
            proxy.resume()
        for name, process in list(self.processes.items()):
            if process.proc.poll() is not None:
                await self.run(name)
                started.append(name)
        return started

    def down(self) -> list[str]:
        """The services whose process is not running (for a failure's message)."""
        return [n for n, p in self.processes.items() if p.proc.poll() is not None]

    async def counter(self, name: str, metric: str, **labels: str) -> float:
        """The sum of a Prometheus counter's samples with these labels on a service."""
        async with httpx.AsyncClient(timeout=5) as client:
            text = (await client.get(f"{self.url(name)}/metrics")).text
        wanted = [f'{k}="{v}"' for k, v in labels.items()]
        total = 0.0
        for line in text.splitlines():
            if line.startswith(metric + "{") and all(w in line for w in wanted):
                total += float(line.rsplit(" ", 1)[1])
        return total

    # -- servers ----------------------------------------------------------------------------

    async def kill_nats(self) -> None:
        await asyncio.to_thread(self.nats.stop, signal.SIGKILL)

    async def start_nats(self) -> None:
        await asyncio.to_thread(self.nats.start)  # same port, same store

    async def kill_node(self, i: int) -> None:
        """kill -9 one node of the JetStream cluster."""
        await asyncio.to_thread(self.nodes[i].stop, signal.SIGKILL)

    async def pause_node(self, i: int) -> None:
        """Freeze one node (SIGSTOP): its sockets stay open but nothing answers, as when its
        network stops; clients and the other nodes find out only by their pings."""
        self.nodes[i].proc.send_signal(signal.SIGSTOP)

    async def resume_node(self, i: int) -> None:
        """Let it run again, and wait until it has caught up."""
        self.nodes[i].proc.send_signal(signal.SIGCONT)
        await asyncio.to_thread(wait_healthy, self.nodes[i], KNOBS.patience)

    async def start_node(self, i: int) -> None:
        """Start it again (same port, same store) and wait until it has caught up."""
        node = (self.nodes or [self.nats])[i]
        await asyncio.to_thread(node.start)
        if len(self.nodes) > 1:
            await asyncio.to_thread(wait_healthy, node, KNOBS.patience)

    async def step_down(self, stream: str) -> None:
        """Ask the stream's leader to step down, and wait for another to be elected."""
        before = await self.leader_of(stream)
        nc = await nats_connect(self.nats.url_as("admin"))
        try:
            await nc.request(f"$JS.API.STREAM.LEADER.STEPDOWN.{stream}", b"", timeout=10)
        finally:
            await nc.close()

        async def moved() -> bool:
            try:
                return await self.leader_of(stream) != before
            except Exception:  # no leader during the election
                return False

        await self.wait_for(f"a new leader of {stream}", moved)

    async def streams_led(self) -> bool:
        """Every stream has a leader that answers (after a node's death: elected again)."""
        try:
            nc = await nats_connect(self.nats.url_as("admin"), connect_timeout=2,
                                    allow_reconnect=False)
        except Exception:  # the node itself still starting
            return False
        try:
            js = nc.jetstream(timeout=2)
            names = [i.config.name for i in await js.streams_info()]
            for name in names:
                if not (await js.stream_info(name)).cluster.leader:
                    return False
            return bool(names)
        except Exception:  # no leader yet: the request times out
            return False
        finally:
            await nc.close()

    async def leader_of(self, stream: str) -> int:
        """The index of the node that leads `stream` now."""
        nc = await nats_connect(self.nats.url_as("admin"))
        try:
            info = await nc.jetstream().stream_info(stream)
        finally:
            await nc.close()
        return [f"n{i}" for i in range(len(self.nodes))].index(info.cluster.leader)

    async def restart_postgres(self) -> None:
        """Immediate shutdown (SIGQUIT: no checkpoint, crash recovery on start), then start."""
        await asyncio.to_thread(self.pg.stop, signal.SIGQUIT)
        await asyncio.to_thread(self.pg.start)

    def close(self) -> None:
        for process in self.processes.values():
            process.kill()
        for proxy in self.proxies.values():
            proxy.close()
        for node in self.nodes or [self.nats]:
            node.stop(signal.SIGKILL)
        self.pg.stop(signal.SIGQUIT)
        if os.environ.get("FAULTS_KEEP") != "1":
            shutil.rmtree(self.root, ignore_errors=True)

    def log_events(self, name: str, event: str) -> list[dict]:
        """The service's JSON log lines of one event (every process of it in this module)."""
        out = []
        path = self.root / f"{name}.log"
        for line in path.read_text(errors="replace").splitlines() if path.exists() else []:
            if f'"{event}"' in line:
                try:
                    out.append(json.loads(line))
                except ValueError:
                    pass
        return [e for e in out if e.get("event") == event]

    def logs(self, name: str, tail: int = 4000) -> str:
        path = self.root / f"{name}.log"
        return path.read_text(errors="replace")[-tail:] if path.exists() else ""

    # -- the city ---------------------------------------------------------------------------

    async def seed(self) -> City:
        """A street, a community, a grid branch, a grid and two grid workers, through the
        registry's API; returns once tickets and notifications know them from its events."""
        headers = system_headers()
        async with httpx.AsyncClient(base_url=self.url("registry"), headers=headers,
                                     timeout=30) as client:
            async def post(path: str, body: dict) -> dict:
                r = await client.post(path, json=body)
                assert r.status_code == 201, r.text
                return r.json()

            street = await post("/v1/orgs", {"kind": "street", "name": "大中街道党工委",
                                             "code": "DZ"})
            community = await post("/v1/orgs", {"kind": "community", "name": "育红社区党委",
                                                "parent_id": street["id"]})
            branch = await post("/v1/orgs", {"kind": "grid_branch", "name": "育红第一网格党支部",
                                             "parent_id": community["id"]})
            grid = await post("/v1/grids", {"code": "DZ-01-01", "name": "育红社区第1网格",
                                            "community_id": community["id"],
                                            "branch_id": branch["id"]})
            workers = []
            for name in ("曹龙池", "王芳"):
                person = await post("/v1/people", {"name": name, "home_org_id": community["id"],
                                                    "grid_id": grid["id"]})
                await post(f"/v1/people/{person['id']}/roles", {
                    "role": "grid_worker", "org_id": branch["id"], "grid_id": grid["id"],
                    "employment": "full_time"})
                workers.append(UUID(person["id"]))
        self.city = City(UUID(street["id"]), UUID(community["id"]), UUID(branch["id"]),
                         UUID(grid["id"]), workers)

        async def known() -> bool:
            conn = await self.connect()
            try:
                return (await conn.fetchval("SELECT count(*) FROM tickets.grids") == 1
                        and await conn.fetchval(
                            "SELECT count(*) FROM notifications.person_roles") == 2)
            finally:
                await conn.close()

        await self.wait_for("the city known to tickets and notifications", known)
        return self.city


@asynccontextmanager
async def running_system(name: str, settings: dict | None = None, proxied: tuple = (),
                         nodes: int = 1):
    """A cluster with the registry, tickets and notifications running and the city seeded
    (NATS: `nodes` nodes)."""
    cluster = await asyncio.to_thread(Cluster.start, name, nodes)
    try:
        cluster.settings = settings or {}
        await cluster.prepare()
        for service in proxied:
            cluster.through_proxy(service)
        for service in SPECS:
            cluster.spawn(service)
        for service in SPECS:
            await asyncio.to_thread(cluster.processes[service].wait_ready, KNOBS.patience)
        await cluster.seed()
        yield cluster
        await cluster.ensure_running()
        await audit(cluster)
    finally:
        await asyncio.to_thread(cluster.close)


async def audit(cluster: Cluster) -> None:
    """After the module's faults: every event of the whole run, not only the tests' windows
    (restarts between tests commit events too), reached every consumer once."""
    from .checker import PRODUCERS, Window
    from .knobs import KNOBS

    window = Window(cluster)
    window.marks = {p: 0 for p in PRODUCERS}
    t = await window.settle(KNOBS.settle)
    assert not t.lost, (t.summary(), t.lost[:5], f"unsent in the outbox: {t.unsent[:5]}")
    assert not t.duplicates, t.duplicates
