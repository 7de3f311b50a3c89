"""What the deployment tests share: the repository's deploy files, and `redgrid` processes run the
way the image runs them (the same commands, as separate processes, stopped with SIGTERM)."""

from __future__ import annotations

import functools
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import yaml

from redgrid.common.auth import issue_token
from redgrid.common.ids import uuid7
from redgrid.common.settings import Settings
from redgrid.common.testing import Stack

ROOT = Path(__file__).resolve().parents[2]
# How a service ends after SIGTERM: uvicorn shuts down gracefully, then re-raises the signal
# (exit status 143 in a shell, what Kubernetes and docker expect of a stopped container).
CLEAN_EXIT = (0, -signal.SIGTERM)
DEPLOY = ROOT / "deploy"


def redgrid_command() -> list[str]:
    """The `redgrid` console script of this environment (the image's entrypoint)."""
    script = Path(sys.executable).parent / "redgrid"
    return [str(script)] if script.exists() else [sys.executable, "-m", "redgrid.common.cli"]


def load_yaml_documents(text: str) -> list[dict]:
    return [d for d in yaml.safe_load_all(text) if d]


def service_env(stack: Stack, database: str, service: str | None = None,
                **settings: str | int) -> dict[str, str]:
    """The environment of a service process: REDGRID_* as the image gets them, with the
    service's own NATS user when it is named."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("REDGRID_")}
    env.update(
        PYTHONDONTWRITEBYTECODE="1",
        REDGRID_ENVIRONMENT="test",
        REDGRID_DB_HOST=stack.db_host,
        REDGRID_DB_PORT=str(stack.db_port),
        REDGRID_DB_NAME=database,
        REDGRID_NATS_URL=stack.nats_url,
        REDGRID_HTTP_HOST="127.0.0.1",
        REDGRID_LOG_LEVEL="WARNING",
        REDGRID_RELAY_POLL_SECONDS="0.2",
    )
    login = stack.nats_login(service) if service else {}
    env.update({f"REDGRID_{k.upper()}": str(v) for k, v in {**login, **settings}.items()})
    return env


def migrate(stack: Stack, database: str, target: str = "all") -> subprocess.CompletedProcess:
    """`redgrid migrate <target>` with an admin URL, as the compose file and the Job run it."""
    env = service_env(stack, database, db_admin_url=stack.url_for(database))
    return subprocess.run([*redgrid_command(), "migrate", target], env=env, cwd="/",
                          capture_output=True, text=True, timeout=60, check=True)


@dataclass
class ServiceProcess:
    """One `redgrid run <service>` process."""

    name: str
    port: int
    proc: subprocess.Popen
    log: Path
    stopped_in: float | None = field(default=None)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def wait_ready(self, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.proc.returncode}:\n"
                                   + self.log.read_text()[-3000:])
            try:
                if httpx.get(f"{self.url}/readyz", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise TimeoutError(f"{self.name} not ready after {timeout}s:\n"
                           + self.log.read_text()[-3000:])

    def terminate(self, timeout: float = 60.0) -> int:
        """SIGTERM, as Kubernetes and docker stop send it; returns the exit code."""
        started = time.monotonic()
        self.proc.send_signal(signal.SIGTERM)
        code = self.proc.wait(timeout)
        self.stopped_in = time.monotonic() - started
        return code

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)

    def metric(self, name: str) -> float:
        """The sum of a Prometheus counter's samples on this process's /metrics."""
        total = 0.0
        for line in httpx.get(f"{self.url}/metrics", timeout=5).text.splitlines():
            if line.startswith(name + "{") or line.startswith(name + " "):
                total += float(line.rsplit(" ", 1)[1])
        return total


def start_service(name: str, stack: Stack, database: str, port: int, log_dir: Path,
                  prefix: list[str] | None = None, **settings: str | int) -> ServiceProcess:
    log = log_dir / f"{name}-{port}.log"
    env = service_env(stack, database, name, http_port=port, **settings)
    proc = subprocess.Popen([*(prefix or []), *redgrid_command(), "run", name], env=env, cwd="/",
                            stdout=log.open("ab"), stderr=subprocess.STDOUT)
    return ServiceProcess(name, port, proc, log)


def system_headers() -> dict[str, str]:
    """A system token, as `redgrid token --role system` makes it in development and tests."""
    token = issue_token(Settings(environment="test"), uuid7(), ["system"])
    return {"Authorization": f"Bearer {token}"}


def have(binary: str) -> bool:
    return shutil.which(binary) is not None


def kustomize_command() -> list[str] | None:
    """kubectl's built-in kustomize (on the machine image), or a standalone kustomize."""
    if have("kustomize"):
        return ["kustomize", "build"]
    if have("kubectl"):
        return ["kubectl", "kustomize"]
    return None


@functools.cache
def render(overlay: str) -> tuple[dict, ...]:
    """Every object of deploy/k8s/overlays/<overlay>, as kustomize renders it."""
    command = kustomize_command()
    if command is None:
        raise RuntimeError("neither kustomize nor kubectl is installed")
    out = subprocess.run([*command, str(DEPLOY / "k8s" / "overlays" / overlay)], check=True,
                         capture_output=True, text=True, timeout=60).stdout
    return tuple(load_yaml_documents(out))
