"""NATS users and what each may publish and subscribe: one table, two renderings.

`python deploy/nats/permissions.py` writes
  deploy/nats/accounts.conf  nats-server configuration (docker compose, the tests, any server)
  deploy/nats/values.yaml    the official NATS Helm chart's values: 3-node JetStream cluster,
                             file storage, the same accounts and users
A test checks both are what this file renders, and runs a real nats-server with accounts.conf.

Users (account REDGRID, JetStream enabled):
- one per service, named after it: publishes its own events (redgrid.<svc>.>), manages its own
  stream and the shared dead-letter stream, and reads only through the durable consumers it owns
  (<svc>-from-<source>), dead-lettering on redgrid.dlq.<svc>-from-<source> and reading back
  its replays (redgrid.replay.<svc>-from-<source>, `redgrid dlq replay`). Replies come to
  _INBOX.<svc>.> (the services connect with that inbox prefix), so no user reads another's replies.
- `city`: the read-only user for other city systems (12345 hotline, big-data bureau, ...). It
  publishes no event; it reads streams only through the named consumers below, and on the
  registry's stream only with a filter naming an entity other than `contact` (phones and e-mails
  are internal). It cannot read the dead-letter stream, which may hold copies of contact events.
- `admin`: operators' `nats` CLI (stream reports, backups, purging the DLQ) and `redgrid dlq`.
Passwords are never here: each is an environment variable of the nats-server process
(NATS_<USER>_PASSWORD), filled from a Kubernetes Secret or docker compose's environment.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).parent
SERVICES = ("registry", "tickets", "matching", "lists", "notifications")

# Whose stream each service reads (docs/events.md). A consumer a service declares in its
# ServiceSpec must appear here, or the server refuses it (tests/deploy checks every spec).
CONSUMES: dict[str, tuple[str, ...]] = {
    "registry": (),
    "tickets": ("registry", "matching"),
    "matching": ("registry", "tickets"),
    "lists": ("registry", "tickets", "matching"),
    "notifications": ("registry", "tickets", "matching", "lists"),
}

# What the city's other systems may read of the registry's stream: every entity but `contact`.
# A new registry entity stays invisible to them until it is added here.
CITY_REGISTRY_ENTITIES = ("org", "grid", "person", "team", "unit", "dual_report", "member",
                          "place")
# The durable consumers the city's systems may create and read (one name per system).
CITY_CONSUMERS = ("city-hotline", "city-bigdata", "city-security", "city-civil")
DLQ_STREAM = "REDGRID_DLQ"


def stream(service: str) -> str:
    return f"REDGRID_{service.upper()}"


def durable(service: str, source: str) -> str:
    return f"{service}-from-{source}"


def inbox(user: str) -> str:
    return f"_INBOX.{user}"


def password_variable(user: str) -> str:
    return f"NATS_{user.upper()}_PASSWORD"


def service_permissions(service: str) -> dict:
    own = stream(service)
    publish = [f"redgrid.{service}.>", "$JS.API.INFO"]
    for name in (own, DLQ_STREAM):
        publish += [f"$JS.API.STREAM.{verb}.{name}" for verb in ("INFO", "CREATE", "UPDATE")]
    for source in CONSUMES[service]:
        d, s = durable(service, source), stream(source)
        publish += [
            f"redgrid.dlq.{d}",
            f"$JS.API.STREAM.INFO.{s}",
            f"$JS.API.CONSUMER.DURABLE.CREATE.{s}.{d}",
            f"$JS.API.CONSUMER.CREATE.{s}.{d}",
            f"$JS.API.CONSUMER.CREATE.{s}.{d}.>",
            f"$JS.API.CONSUMER.INFO.{s}.{d}",
            f"$JS.API.CONSUMER.MSG.NEXT.{s}.{d}",
            f"$JS.ACK.{s}.{d}.>",
        ]
        # What `redgrid dlq replay` sends back to this consumer: read through a consumer of the
        # dead-letter stream whose filter (named in the subject) is its own replays only.
        r = f"{d}-replay"
        publish += [
            f"$JS.API.CONSUMER.CREATE.{DLQ_STREAM}.{r}.redgrid.replay.{d}",
            f"$JS.API.CONSUMER.INFO.{DLQ_STREAM}.{r}",
            f"$JS.API.CONSUMER.MSG.NEXT.{DLQ_STREAM}.{r}",
            f"$JS.ACK.{DLQ_STREAM}.{r}.>",
        ]
    return {"publish": {"allow": publish}, "subscribe": {"allow": [f"{inbox(service)}.>"]}}


def city_permissions() -> dict:
    publish = ["$JS.API.INFO", "$JS.API.STREAM.NAMES"]
    publish += [f"$JS.API.STREAM.INFO.{stream(s)}" for s in SERVICES]
    for name in CITY_CONSUMERS:
        for service in SERVICES:
            s = stream(service)
            if service == "registry":
                # The filter is part of the subject, and the server refuses a request whose
                # config filters otherwise: so no consumer of theirs can see `contact`.
                publish += [f"$JS.API.CONSUMER.CREATE.{s}.{name}.redgrid.registry.{entity}.>"
                            for entity in CITY_REGISTRY_ENTITIES]
            else:
                publish += [f"$JS.API.CONSUMER.CREATE.{s}.{name}",
                            f"$JS.API.CONSUMER.CREATE.{s}.{name}.>"]
            publish += [f"$JS.API.CONSUMER.INFO.{s}.{name}",
                        f"$JS.API.CONSUMER.DELETE.{s}.{name}",
                        f"$JS.API.CONSUMER.MSG.NEXT.{s}.{name}",
                        f"$JS.ACK.{s}.{name}.>"]
    return {
        "publish": {"allow": publish},
        # Live (core NATS) events too, but never contact data or dead letters.
        "subscribe": {"allow": [f"{inbox('city')}.>", "redgrid.>"],
                      "deny": ["redgrid.registry.contact.>", "redgrid.dlq.>"]},
    }


def user(name: str, permissions: dict | None) -> dict:
    entry = {"user": name, "password": f"${password_variable(name)}"}
    if permissions is not None:
        entry["permissions"] = permissions
    return entry


def accounts() -> dict:
    """The `accounts` block and the system account, as nats-server reads them."""
    users = [user(s, service_permissions(s)) for s in SERVICES]
    users += [user("city", city_permissions()), user("admin", None)]
    return {
        "accounts": {
            "REDGRID": {"jetstream": "enabled", "users": users},
            "SYS": {"users": [user("sys", None)]},
        },
        "system_account": "SYS",
    }


def _conf(value, indent: int = 0) -> str:
    """JSON, except that `$VARIABLE` strings stay bare: nats-server reads them from the env."""
    pad = "  " * indent
    if isinstance(value, dict):
        items = [f"{pad}  {json.dumps(k)}: {_conf(v, indent + 1).lstrip()}"
                 for k, v in value.items()]
        return "{\n" + ",\n".join(items) + f"\n{pad}}}"
    if isinstance(value, list):
        items = [f"{pad}  {_conf(v, indent + 1).lstrip()}" for v in value]
        return "[\n" + ",\n".join(items) + f"\n{pad}]"
    if isinstance(value, str) and value.startswith("$") and value[1:].isidentifier():
        return value
    return json.dumps(value)


def render_conf() -> str:
    body = "\n".join(f"{json.dumps(k)}: {_conf(v)}" for k, v in accounts().items())
    return ("# Generated by deploy/nats/permissions.py: edit that file, then run it.\n"
            "# Users of the REDGRID account and what they may publish and subscribe;\n"
            "# passwords come from the environment of nats-server (NATS_<USER>_PASSWORD).\n"
            + body + "\n")


def _helm(value):
    """The chart writes `<< $X >>` unquoted; every other string is quoted."""
    if isinstance(value, dict):
        return {k: _helm(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_helm(v) for v in value]
    if isinstance(value, str) and value.startswith("$") and value[1:].isidentifier():
        return f"<< {value} >>"
    return value


def helm_values() -> dict:
    users = [u["user"] for a in accounts()["accounts"].values() for u in a["users"]]
    return {
        "config": {
            "cluster": {"enabled": True, "replicas": 3},
            "jetstream": {
                "enabled": True,
                "fileStore": {"enabled": True, "dir": "/data",
                              "pvc": {"enabled": True, "size": "50Gi"}},
                "memoryStore": {"enabled": False},
                # An acknowledged message is on disk, not only in the page cache of two nodes.
                "merge": {"sync_interval": "always"},
            },
            "monitor": {"enabled": True},
            "merge": {**_helm(accounts()), "max_payload": "<< 1MB >>"},
        },
        "container": {
            "env": {
                "GOMEMLIMIT": "1536MiB",
                **{password_variable(u): {"valueFrom": {"secretKeyRef": {
                    "name": "redgrid-nats-users", "key": f"{u}-password"}}} for u in users},
            },
            "merge": {"resources": {"requests": {"cpu": "500m", "memory": "2Gi"},
                                    "limits": {"memory": "2Gi"}}},
        },
        "podTemplate": {
            "topologySpreadConstraints": {
                "kubernetes.io/hostname": {"maxSkew": 1,
                                           "whenUnsatisfiable": "DoNotSchedule"},
            },
        },
        "promExporter": {"enabled": True, "podMonitor": {"enabled": True}},
        "natsBox": {"enabled": False},
    }


def render_values() -> str:
    head = ("# Generated by deploy/nats/permissions.py: edit that file, then run it.\n"
            "# Values for the official NATS Helm chart (nats/nats, the layout of its 2.14 release):\n"
            "#   helm repo add nats https://nats-io.github.io/k8s/helm/charts/\n"
            "#   helm install nats nats/nats -n redgrid -f deploy/nats/values.yaml\n"
            "# Passwords: the Secret redgrid-nats-users (deploy/k8s/secrets.sh makes it).\n")
    return head + yaml.safe_dump(helm_values(), sort_keys=False, allow_unicode=True, width=100)


OUTPUTS = {"accounts.conf": render_conf, "values.yaml": render_values}


def main(argv: list[str]) -> None:
    for name, render in OUTPUTS.items():
        (HERE / name).write_text(render())
        print(f"wrote {HERE / name}")


if __name__ == "__main__":
    main(sys.argv[1:])
