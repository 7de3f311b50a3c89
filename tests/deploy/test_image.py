"""The image, without a Docker engine: the Dockerfile's shape; every command that the Dockerfile,
docker-compose.yml and the Kubernetes manifests give the entrypoint is one that `redgrid` accepts;
and the package the image installs (the wheel) carries every migration, migrates twice safely,
and runs a service that writes nothing outside /tmp."""

from __future__ import annotations

import fnmatch
import json
import os
import re
import signal
import subprocess
import sys
import zipfile
from pathlib import Path

import httpx
import pytest
import yaml

from redgrid.common import devstack
from redgrid.common.service import available_services
from redgrid.common.settings import SERVICES

from .support import (
    CLEAN_EXIT,
    ROOT,
    ServiceProcess,
    kustomize_command,
    redgrid_command,
    render,
    service_env,
    system_headers,
)

DOCKERFILE = (ROOT / "Dockerfile").read_text()


def instructions(name: str) -> list[str]:
    return re.findall(rf"^{name}\s+(.+)$", DOCKERFILE, flags=re.MULTILINE)


def test_a_small_multi_stage_image_that_runs_as_a_user_with_redgrid_as_entrypoint():
    stages = instructions("FROM")
    assert len(stages) == 2 and stages[0].endswith("AS build") and stages[1].endswith("AS runtime")
    assert "ARG PYTHON_IMAGE=python:3.11-slim" in DOCKERFILE
    assert all(s.startswith("${PYTHON_IMAGE}") for s in stages)
    assert "COPY --from=build /opt/redgrid /opt/redgrid" in DOCKERFILE
    (user,) = instructions("USER")
    uid, gid = user.split(":")
    assert int(uid) >= 10000 and int(gid) >= 10000
    assert json.loads(instructions("ENTRYPOINT")[0]) == ["redgrid"]
    for setting in ("PYTHONDONTWRITEBYTECODE=1", "REDGRID_HTTP_HOST=0.0.0.0",
                    "REDGRID_ENVIRONMENT=production", "TMPDIR=/tmp"):
        assert setting in DOCKERFILE
    # the runtime stage has no compiler, no pip cache, no sources
    runtime = DOCKERFILE.split("AS runtime", 1)[1]
    assert "COPY libs" not in runtime and "apt-get" not in runtime


def _ignored(path: str, patterns: list[str]) -> bool:
    """.dockerignore's rule: the last pattern that matches decides."""
    ignored = False
    for pattern in patterns:
        negate = pattern.startswith("!")
        pattern = pattern.lstrip("!").rstrip("/")
        if fnmatch.fnmatch(path, pattern) or path.startswith(pattern + "/") or (
                pattern.startswith("**/") and fnmatch.fnmatch(path.rsplit("/", 1)[-1],
                                                              pattern[3:])):
            ignored = not negate
    return ignored


def test_the_build_context_holds_only_what_the_image_needs():
    patterns = [line.strip() for line in (ROOT / ".dockerignore").read_text().splitlines()
                if line.strip() and not line.startswith("#")]
    copied = [c.split()[0] for c in instructions("COPY") if not c.startswith("--from")]
    for path in [*copied, "libs/common/redgrid/common/cli.py",
                 "services/registry/redgrid/registry/migrations/0001_registry.sql"]:
        assert not _ignored(path, patterns), path
    for path in (".venv/bin/python", ".git/HEAD", "tests/deploy/test_image.py", ".redgrid",
                 "deploy/k8s/secrets.sh", "services/registry/redgrid/registry/__pycache__"):
        assert _ignored(path, patterns), path


def _commands() -> set[tuple[str, ...]]:
    """Every argument list given to the entrypoint, wherever the image is run."""
    found = {tuple(json.loads(instructions("CMD")[0]))}
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    for service in compose["services"].values():
        if service.get("build"):
            found.add(tuple(service["command"]))
    if kustomize_command() is not None:
        for overlay in ("dev", "production"):
            for o in render(overlay):
                pod = o["spec"]["template"]["spec"] if o["kind"] in ("Deployment", "Job") else None
                for c in (pod or {}).get("initContainers", []) + (pod or {}).get("containers", []):
                    if c["image"].split(":")[0].rsplit("/", 1)[-1] == "redgrid":
                        found.add(tuple(c["args"]))  # not the web app's image
    return found


def test_every_command_given_to_the_entrypoint_is_one_redgrid_accepts():
    commands = _commands()
    assert {("run", s) for s in SERVICES} | {("migrate", s) for s in SERVICES} | \
        {("migrate", "all")} <= commands
    for args in sorted(commands | {("run",), ("migrate",)}):
        r = subprocess.run([*redgrid_command(), *args, "--help"], capture_output=True, text=True,
                           cwd="/", timeout=30)
        assert r.returncode == 0, f"redgrid {' '.join(args)}: {r.stderr}"
        if args[0] in ("run", "migrate"):
            assert r.stdout.startswith(f"usage: redgrid {args[0]}")
    refused = subprocess.run([*redgrid_command(), "run", "nobody", "--help"],
                             capture_output=True, text=True, cwd="/", timeout=30)
    assert refused.returncode == 2 and "invalid choice" in refused.stderr


# --- the package the image installs -----------------------------------------------------------

@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """`pip install .` as the Dockerfile runs it, unpacked: the image's /opt/redgrid/…/redgrid."""
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out),
                    str(ROOT)], check=True, capture_output=True, timeout=300)
    (built,) = out.glob("redgrid-*.whl")
    site = out / "site"
    with zipfile.ZipFile(built) as z:
        z.extractall(site)
    return site


def test_the_package_carries_every_service_and_its_migrations(wheel):
    assert sorted(p.name for p in (wheel / "redgrid" / "common" / "sql").glob("*.sql"))
    for name in available_services():
        package = ROOT / "services" / name / "redgrid" / name
        shipped = wheel / "redgrid" / name
        assert (shipped / "main.py").exists()
        ours = sorted(p.name for p in (package / "migrations").glob("*.sql"))
        assert ours and ours == sorted(p.name for p in (shipped / "migrations").glob("*.sql"))


def _from_wheel(wheel: Path, env: dict) -> dict:
    return {**env, "PYTHONPATH": str(wheel)}


async def test_migrate_all_from_the_package_twice_as_the_job_does(wheel, stack):
    database = await stack.new_database()
    env = _from_wheel(wheel, service_env(stack, database, db_admin_url=stack.url_for(database)))
    where = subprocess.run([sys.executable, "-c", "import redgrid.common.cli as c, "
                            "redgrid.registry.main as m; print(c.__file__); print(m.__file__)"],
                           env=env, capture_output=True, text=True, check=True, cwd="/")
    assert all(line.startswith(str(wheel)) for line in where.stdout.split())
    command = [sys.executable, "-m", "redgrid.common.cli", "migrate", "all"]
    first = subprocess.run(command, env=env, capture_output=True, text=True, cwd="/", timeout=60)
    assert first.returncode == 0, first.stderr
    for name in available_services():
        assert re.search(rf"^{name}: [1-9]\d* migration\(s\) applied$", first.stdout, re.M)
    second = subprocess.run(command, env=env, capture_output=True, text=True, cwd="/", timeout=60)
    assert second.returncode == 0, second.stderr
    for name in available_services():
        assert f"{name}: 0 migration(s) applied" in second.stdout


WRITES = re.compile(
    r'^\d+\s+(?:openat\(\w+, |open\(|creat\()"([^"]+)", ([A-Z_|]+)'
    r'|^\d+\s+(?:mkdir|mkdirat|rename|renameat2?|unlink|unlinkat|rmdir)\((?:\w+, )?"([^"]+)"')
ALLOWED = ("/tmp/", "/dev/", "/proc/")


def _strace_works() -> bool:
    try:
        return subprocess.run(["strace", "-f", "-o", "/dev/null", "true"],
                              capture_output=True, timeout=10).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


async def test_a_service_from_the_package_writes_nothing_outside_tmp(wheel, stack, clean_nats,
                                                                     tmp_path):
    """Start, serve a write, relay its event, stop on SIGTERM: under strace, every file it opens
    for writing, creates, renames or removes lies under /tmp (or /dev, /proc)."""
    if not _strace_works():
        pytest.skip("strace is not installed or not permitted here")
    database = await stack.new_database()
    migrate_env = _from_wheel(wheel, service_env(stack, database,
                                                 db_admin_url=stack.url_for(database)))
    subprocess.run([sys.executable, "-m", "redgrid.common.cli", "migrate", "registry"],
                   env=migrate_env, check=True, capture_output=True, cwd="/", timeout=60)
    port = devstack.free_port()
    trace = tmp_path / "strace.log"
    log = tmp_path / "registry.log"
    env = _from_wheel(wheel, service_env(stack, database, "registry", http_port=port))
    proc = subprocess.Popen(
        ["strace", "-f", "-qq", "-o", str(trace), "-e",
         "trace=open,openat,creat,mkdir,mkdirat,rename,renameat,renameat2,unlink,unlinkat,rmdir",
         sys.executable, "-m", "redgrid.common.cli", "run", "registry"],
        env=env, cwd="/", stdout=log.open("wb"), stderr=subprocess.STDOUT)
    service = ServiceProcess("registry", port, proc, log)
    try:
        service.wait_ready(timeout=60)
        r = httpx.post(f"{service.url}/v1/orgs", json={"kind": "street", "name": "大中街道"},
                       headers=system_headers(), timeout=10)
        assert r.status_code == 201, r.text
    finally:
        # SIGTERM to the service itself (strace's child), as the container runtime sends it
        children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()
        os.kill(int(children[0]), signal.SIGTERM)
        # strace exits as the service did: uvicorn re-raises SIGTERM once it has shut down
        assert proc.wait(60) in CLEAN_EXIT, log.read_text()[-2000:]
    writes, seen = [], 0
    for line in trace.read_text().splitlines():
        m = WRITES.match(line)
        if not m:
            continue
        seen += 1
        path = m.group(1) or m.group(3)
        flags = m.group(2) or "WRITE"
        if flags != "WRITE" and not re.search(r"O_WRONLY|O_RDWR|O_CREAT|O_TRUNC", flags):
            continue
        if not path.startswith(ALLOWED):
            writes.append(line)
    assert seen > 100  # the trace saw the service read its modules
    assert writes == [], "\n".join(writes[:20])
