"""NATS users and what each may publish and subscribe: one table for every way the system runs.
docker compose and Kubernetes get it rendered by deploy/nats/permissions.py (accounts.conf,
values.yaml); `make dev` and the tests render it for the nats-server they start (devstack).

Users (account REDGRID, JetStream enabled):
- one per service, named after it: publishes its own events (redgrid.<svc>.>), manages its own
  stream and the shared dead-letter stream, and reads only through the durable consumers it owns
  (<svc>-from-<source>), dead-lettering on redgrid.dlq.<svc>-from-<source> and reading back
  its replays (redgrid.replay.<svc>-from-<source>, `redgrid dlq replay`). Replies come to
  _INBOX.<svc>.> (the services connect with that inbox prefix), so no user reads another's
  replies. It may listen to its own events live (the tickets calendar's reload). A service with
  private entities (the registry: contact data) also publishes redgrid.private.<svc>.> to its
  private stream REDGRID_<SVC>_PRIVATE (kept days) and may purge its own stream of them; only
  the consumers of CONSUMES_PRIVATE read it (<svc>-from-<source>-private).
- `city`: kept so that deployments' secrets stay valid, but it may do nothing: the streams hold
  events as the services wrote them (exact points, residents' person ids, names, party data),
  more than a city system may get. Other city systems read through webhooks, which carry the
  minimum unless the city granted a data class (docs/security.md, "What leaves the platform").
- `admin`: operators' `nats` CLI (stream reports, backups, purging the DLQ) and `redgrid dlq`.
- `reader` (make dev and the tests only, never deployed): reads any stream through consumers
  of its own, publishes nothing, acknowledges nothing, and cannot touch a service's or the
  city's durable consumers.
Passwords are never here: each is an environment variable of the nats-server process
(NATS_<USER>_PASSWORD), filled from a Kubernetes Secret, docker compose's environment, or by
devstack from the passwords it was given.
"""

from __future__ import annotations

import json

from redgrid.common.settings import SERVICES

# Whose stream each service reads (docs/events.md). A consumer a service declares in its
# ServiceSpec must appear here, or the server refuses it (tests/deploy checks every spec).
CONSUMES: dict[str, tuple[str, ...]] = {
    "registry": (),
    "tickets": ("registry", "matching"),
    "matching": ("registry", "tickets"),
    "lists": ("registry", "tickets", "matching"),
    "notifications": ("registry", "tickets", "matching", "lists"),
}

# Whose private stream each service reads (REDGRID_<SOURCE>_PRIVATE, redgrid.private.<source>.>:
# the events of events.PRIVATE_ENTITIES, contact data, kept days): durables
# <svc>-from-<source>-private. Only the source publishes there; nobody else reads it.
CONSUMES_PRIVATE: dict[str, tuple[str, ...]] = {
    "matching": ("registry",),  # residents' phones for the assignee of an accepted order
    "notifications": ("registry",),
}
# The services whose private entities have a stream of their own (events.PRIVATE_ENTITIES).
PRIVATE_SOURCES = ("registry",)

# The durable consumers city systems read through until they moved to webhooks: no user may
# make them now, and the reader never touches them (an old one may still exist on a server).
CITY_CONSUMERS = ("city-hotline", "city-bigdata", "city-security", "city-civil")
DLQ_STREAM = "REDGRID_DLQ"
READER = "reader"
DEPLOYED_USERS = (*SERVICES, "city", "admin", "sys")
LOCAL_USERS = (*DEPLOYED_USERS, READER)  # make dev and the tests


def stream(service: str) -> str:
    return f"REDGRID_{service.upper()}"


def private_stream(service: str) -> str:
    return f"REDGRID_{service.upper()}_PRIVATE"


def durable(service: str, source: str) -> str:
    return f"{service}-from-{source}"


def private_durable(service: str, source: str) -> str:
    return f"{durable(service, source)}-private"


def reads(service: str) -> list[tuple[str, str]]:
    """(stream, durable) of every consumer the service owns: the sources' streams and the
    private streams it reads."""
    return ([(stream(source), durable(service, source)) for source in CONSUMES[service]]
            + [(private_stream(source), private_durable(service, source))
               for source in CONSUMES_PRIVATE.get(service, ())])


def replayer(service: str, source: str) -> str:
    """The consumer of the dead-letter stream that reads what is replayed to a durable."""
    return f"{durable(service, source)}-replay"


def inbox(user: str) -> str:
    return f"_INBOX.{user}"


def password_variable(user: str) -> str:
    return f"NATS_{user.upper()}_PASSWORD"


def _own_streams(service: str) -> list[str]:
    """What a service publishes, and the streams it manages (its private one too: it purges
    its own stream of what moved there, streams.ensure_private)."""
    publish = [f"redgrid.{service}.>", "$JS.API.INFO"]
    names = [stream(service), DLQ_STREAM]
    if service in PRIVATE_SOURCES:
        names.append(private_stream(service))
        publish += [f"redgrid.private.{service}.>", f"$JS.API.STREAM.PURGE.{stream(service)}"]
    for name in names:
        publish += [f"$JS.API.STREAM.{verb}.{name}" for verb in ("INFO", "CREATE", "UPDATE")]
    return publish


def service_permissions(service: str) -> dict:
    publish = _own_streams(service)
    for s, d in reads(service):
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
    return {"publish": {"allow": publish},
            "subscribe": {"allow": [f"{inbox(service)}.>", f"redgrid.{service}.>"]}}


def city_permissions() -> dict:
    """Nothing: city systems read through webhooks (minimised per subscription), never the raw
    streams or their live subjects."""
    return {"publish": {"deny": [">"]}, "subscribe": {"deny": [">"]}}


def reader_permissions() -> dict:
    """Consumers of its own on any stream (nats-py names even ephemeral ones), read without
    acknowledging (no $JS.ACK), never a service's or the city's durable consumer: not made,
    changed or pulled from."""
    owned = [pair for service in CONSUMES for pair in reads(service)]
    durables = owned + [(DLQ_STREAM, f"{d}-replay") for _, d in owned]
    durables += [(stream(s), name) for name in CITY_CONSUMERS for s in SERVICES]
    deny = []
    for s, d in durables:
        deny += [f"$JS.API.CONSUMER.CREATE.{s}.{d}", f"$JS.API.CONSUMER.CREATE.{s}.{d}.>",
                 f"$JS.API.CONSUMER.MSG.NEXT.{s}.{d}"]
    return {
        "publish": {
            "allow": ["$JS.API.INFO", "$JS.API.STREAM.NAMES", "$JS.API.STREAM.LIST",
                      "$JS.API.STREAM.INFO.*", "$JS.API.STREAM.MSG.GET.*", "$JS.API.DIRECT.GET.>",
                      "$JS.API.CONSUMER.CREATE.*", "$JS.API.CONSUMER.CREATE.*.*",
                      "$JS.API.CONSUMER.CREATE.*.*.>", "$JS.API.CONSUMER.NAMES.*",
                      "$JS.API.CONSUMER.LIST.*", "$JS.API.CONSUMER.INFO.*.*",
                      "$JS.API.CONSUMER.MSG.NEXT.*.*"],
            "deny": deny,
        },
        "subscribe": {"allow": [f"{inbox(READER)}.>"]},
    }


def user(name: str, permissions: dict | None) -> dict:
    entry = {"user": name, "password": f"${password_variable(name)}"}
    if permissions is not None:
        entry["permissions"] = permissions
    return entry


def accounts(local: bool = False) -> dict:
    """The `accounts` block and the system account, as nats-server reads them; `local` adds the
    reader of make dev and the tests."""
    users = [user(s, service_permissions(s)) for s in SERVICES]
    users += [user("city", city_permissions()), user("admin", None)]
    if local:
        users.append(user(READER, reader_permissions()))
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


def render_conf(local: bool = False) -> str:
    """The users as nats-server configuration (accounts.conf; devstack's with `local`)."""
    body = "\n".join(f"{json.dumps(k)}: {_conf(v)}" for k, v in accounts(local).items())
    return ("# Generated by deploy/nats/permissions.py from redgrid.common.natsauth: edit that,\n"
            "# then run it. Users of the REDGRID account and what they may publish and subscribe;\n"
            "# passwords come from the environment of nats-server (NATS_<USER>_PASSWORD).\n"
            + body + "\n")
