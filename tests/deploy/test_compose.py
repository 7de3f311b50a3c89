"""docker-compose.yml: valid against the Compose specification (the schema check-jsonschema
vendors), and the stack it describes is the one `make dev` runs: NATS with JetStream on disk and a
volume, PostgreSQL with a volume, a one-shot migration, the five services on their ports with
health checks on /readyz, started in order, with settings that start."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from redgrid.common import devstack
from redgrid.common.settings import SERVICE_PORTS, SERVICES, Settings

from .support import DEPLOY, ROOT

COMPOSE = ROOT / "docker-compose.yml"
CHECK_JSONSCHEMA = [str(Path(sys.executable).parent / "check-jsonschema"),
                    "--builtin-schema", "vendor.compose-spec"]
DEFAULT = re.compile(r"\$\{(\w+):-([^}]*)\}")


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text())


def interpolate(value: str) -> str:
    """What docker compose substitutes when the variable is not set: its default."""
    return DEFAULT.sub(lambda m: m.group(2), value)


def test_valid_against_the_compose_specification(tmp_path):
    ok = subprocess.run([*CHECK_JSONSCHEMA, str(COMPOSE)], capture_output=True, text=True)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    # and the same check refuses a broken file
    broken = tmp_path / "docker-compose.yml"
    broken.write_text(COMPOSE.read_text().replace("interval: 5s", "intervals: 5s", 1))
    bad = subprocess.run([*CHECK_JSONSCHEMA, str(broken)], capture_output=True, text=True)
    assert bad.returncode != 0


def test_the_five_services_run_on_the_ports_of_make_dev_with_health_checks(compose):
    services = compose["services"]
    assert set(services) == {"nats", "postgres", "migrate", *SERVICES}
    for name in SERVICES:
        s = services[name]
        port = SERVICE_PORTS[name]
        assert s["command"] == ["run", name]
        assert s["ports"] == [f"{port}:{port}"]
        assert s["environment"]["REDGRID_HTTP_PORT"] == str(port)
        check = " ".join(s["healthcheck"]["test"])
        assert f"http://127.0.0.1:{port}/readyz" in check
        assert s["image"] == services["migrate"]["image"] and s["build"] == "."
        # hardened as on Kubernetes
        assert s["read_only"] is True and s["tmpfs"] == ["/tmp"]
        assert s["user"].split(":")[0] != "0" and s["cap_drop"] == ["ALL"]
    assert services["nats"]["ports"] == ["4222:4222", "8222:8222"]
    assert services["postgres"]["ports"] == ["5432:5432"]


def test_start_is_ordered_migrations_first_then_the_registry_then_the_rest(compose):
    services = compose["services"]
    assert services["migrate"]["command"] == ["migrate", "all"]
    assert services["migrate"]["restart"] == "no"
    assert services["migrate"]["depends_on"] == {"postgres": {"condition": "service_healthy"}}
    assert "REDGRID_DB_ADMIN_URL" in services["migrate"]["environment"]
    for i, name in enumerate(SERVICES):
        needs = services[name]["depends_on"]
        assert needs["migrate"] == {"condition": "service_completed_successfully"}
        assert needs["nats"] == {"condition": "service_healthy"}
        for earlier in SERVICES[:i]:
            assert needs[earlier] == {"condition": "service_healthy"}
        assert not set(needs) & set(SERVICES[i:])


def test_streams_and_residents_data_live_on_named_volumes(compose):
    services = compose["services"]
    assert set(compose["volumes"]) == {"nats-data", "pg-data", "photos"}
    assert "photos:/var/lib/redgrid/objects" in services["tickets"]["volumes"]
    assert "nats-data:/data" in services["nats"]["volumes"]
    assert "pg-data:/var/lib/postgresql/data" in services["postgres"]["volumes"]
    conf = (DEPLOY / "nats" / "compose.conf").read_text()
    assert re.search(r"store_dir:\s*/data", conf)
    assert re.search(r"sync_interval:\s*always", conf)
    assert "include ./accounts.conf" in conf
    assert "./deploy/nats:/etc/redgrid-nats:ro" in services["nats"]["volumes"]
    assert services["nats"]["command"][-1] == "/etc/redgrid-nats/compose.conf"


def test_nats_config_is_accepted_by_nats_server_with_the_compose_passwords(compose):
    nats_env = {k: interpolate(v) for k, v in compose["services"]["nats"]["environment"].items()}
    server = str(devstack._nats_bin())
    ok = subprocess.run([server, "-t", "-c", "compose.conf"], cwd=DEPLOY / "nats",
                        env={**os.environ, **nats_env}, capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    # every service signs in as itself, with the password the server expects of it
    for name in SERVICES:
        env = compose["services"][name]["environment"]
        assert env["REDGRID_NATS_USER"] == name
        assert interpolate(env["REDGRID_NATS_PASSWORD"]) == \
            nats_env[f"NATS_{name.upper()}_PASSWORD"]
    missing = subprocess.run([server, "-t", "-c", "compose.conf"], cwd=DEPLOY / "nats",
                             env={k: v for k, v in os.environ.items()
                                  if not k.startswith("NATS_")}, capture_output=True, text=True)
    assert missing.returncode != 0  # no password, no server


@pytest.mark.parametrize("name", SERVICES)
def test_each_service_gets_settings_that_start(compose, name, monkeypatch):
    for key in [k for k in os.environ if k.startswith("REDGRID_")]:
        monkeypatch.delenv(key)
    for key, value in compose["services"][name]["environment"].items():
        monkeypatch.setenv(key, interpolate(value))
    settings = Settings(service=name)
    assert settings.environment == "development"
    assert settings.port == SERVICE_PORTS[name] and settings.http_host == "0.0.0.0"
    assert settings.db_host == "postgres" and settings.nats_url == "nats://nats:4222"
    pg_password = interpolate(compose["services"]["postgres"]["environment"]["POSTGRES_PASSWORD"])
    admin_url = interpolate(compose["services"]["migrate"]["environment"]["REDGRID_DB_ADMIN_URL"])
    assert admin_url == f"postgresql://postgres:{pg_password}@postgres:5432/redgrid"
