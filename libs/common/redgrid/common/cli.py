"""The `redgrid` command: run a service, migrate, issue a development token, start `make dev`,
write the OpenAPI documents (for the web app's generated clients), list, show, replay and
discard dead letters (each action but list written down: `redgrid dlq audit`).

Services are found by name (redgrid.<name>.main), so this module imports none of them.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from uuid import UUID

from redgrid.common.service import available_services, load_spec
from redgrid.common.settings import SERVICES, Settings


def cmd_run(args: argparse.Namespace) -> None:
    from redgrid.common.service import build_app, serve

    spec = load_spec(args.service)
    settings = spec.settings()
    serve(build_app(spec, settings), settings)


async def _migrate(names: list[str]) -> None:
    import asyncpg

    from redgrid.common import migrate

    for name in names:
        spec = load_spec(name)
        settings = spec.settings()
        if settings.db_admin_url:
            admin = await asyncpg.connect(settings.db_admin_url)
            try:
                await migrate.bootstrap(admin, name, settings.db_password)
            finally:
                await admin.close()
        conn = await asyncpg.connect(settings.database_url())
        try:
            applied = await migrate.migrate(conn, settings.db_schema, spec.migration_plan())
        finally:
            await conn.close()
        print(f"{name}: {len(applied)} migration(s) applied")


def cmd_migrate(args: argparse.Namespace) -> None:
    names = available_services() if args.service == "all" else [args.service]
    asyncio.run(_migrate(names))


def cmd_token(args: argparse.Namespace) -> None:
    from redgrid.common.auth import issue_token
    from redgrid.common.ids import uuid7

    settings = Settings()
    token = issue_token(
        settings,
        person_id=UUID(args.person) if args.person else uuid7(),
        roles=args.role,
        org_id=UUID(args.org) if args.org else None,
        unit_id=UUID(args.unit) if args.unit else None,
        name=args.name,
        ttl=args.ttl,
    )
    print(token)


def openapi_document(name: str) -> dict:
    """The service's OpenAPI document as it serves it, from the app built but not started."""
    from redgrid.common.service import build_app

    spec = load_spec(name)
    return build_app(spec, spec.settings()).openapi()


def cmd_openapi(args: argparse.Namespace) -> None:
    import json
    from pathlib import Path

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name in available_services() if args.service == "all" else [args.service]:
        doc = json.dumps(openapi_document(name), ensure_ascii=False, indent=2)
        (out / f"{name}.json").write_text(doc + "\n", encoding="utf-8")


def cmd_dev(args: argparse.Namespace) -> None:
    from redgrid.common import launcher

    launcher.main(fresh=args.fresh)


async def _dlq(args: argparse.Namespace) -> int:
    from redgrid.common import deadletter_audit, deadletters, streams

    settings = Settings()
    nc = await streams.connect(settings, "dlq")
    try:
        js = nc.jetstream()
        if args.action == "audit":
            entries = await deadletter_audit.read(js)
            print(deadletter_audit.table(entries) if entries else "nothing done with dead "
                                                                   "letters yet")
            return 0
        letters = await deadletters.dead_letters(js, args.service)
        if args.action == "list":
            print(deadletters.table(letters) if letters else "no dead letters")
            return 0
        chosen = letters if getattr(args, "all", False) \
            else deadletters.matching(letters, args.id or "")
        if not chosen:
            print(f"no dead letter {args.id or ''}".rstrip(), file=sys.stderr)
            return 1
        return await _DLQ_ACTIONS[args.action](js, settings, chosen, args)
    finally:
        await nc.close()


async def _dlq_show(js, settings: Settings, chosen: list, args: argparse.Namespace) -> int:
    from redgrid.common import deadletter_audit, deadletters

    await deadletter_audit.write(js, settings, [
        deadletter_audit.entry("show", d, by=args.by, outcome="shown") for d in chosen])
    print("\n\n".join(deadletters.details(d) for d in chosen))
    return 0


async def _dlq_replay(js, settings: Settings, chosen: list, args: argparse.Namespace) -> int:
    from redgrid.common import deadletter_audit, deadletters

    outcomes = await deadletters.replay(js, chosen, wait=args.wait)
    await deadletter_audit.write(js, settings, [
        deadletter_audit.entry("replay", o.letter, by=args.by, outcome=o.state, note=o.detail)
        for o in outcomes])
    for o in outcomes:
        print(f"#{o.letter.seq} {o.letter.event_id or '-'} → {o.letter.consumer}: {o.state}"
              + (f" ({o.detail})" if o.detail else ""))
    return 0 if all(o.state == "applied" for o in outcomes) else 2


async def _dlq_discard(js, settings: Settings, chosen: list, args: argparse.Namespace) -> int:
    from redgrid.common import deadletter_audit, deadletters

    gone = await deadletters.discard(js, chosen)
    await deadletter_audit.write(js, settings, [
        deadletter_audit.entry("discard", d, by=args.by, outcome="discarded", note=args.reason)
        for d in gone])
    for d in gone:
        print(f"#{d.seq} {d.event_id or '-'} of {d.consumer}: discarded")
    return 0


_DLQ_ACTIONS = {"show": _dlq_show, "replay": _dlq_replay, "discard": _dlq_discard}


def cmd_dlq(args: argparse.Namespace) -> None:
    if args.action not in ("list", "audit") and not (args.id or getattr(args, "all", False)):
        raise SystemExit(f"redgrid dlq {args.action}: give an event id (or a dead letter's "
                         "number)" + (", or --all" if args.action != "show" else ""))
    raise SystemExit(asyncio.run(_dlq(args)))


def cmd_dlq_serve(args: argparse.Namespace) -> None:
    import uvicorn

    from redgrid.common import deadletter_api

    settings = Settings()
    uvicorn.run(deadletter_api.build(settings), host=args.host, port=args.port, log_config=None)


def _operator(parser: argparse.ArgumentParser) -> None:
    import getpass

    parser.add_argument("--by", default=getpass.getuser(),
                        help="who does it, for the audit (default: your login)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="redgrid", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("run", help="run one service (HTTP, relay, consumers)")
    p.add_argument("service", choices=SERVICES)
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("migrate", help="create role and schema (with an admin URL) and migrate")
    p.add_argument("service", choices=[*SERVICES, "all"])
    p.set_defaults(func=cmd_migrate)

    p = sub.add_parser("token", help="a development token")
    p.add_argument("--role", action="append", required=True, help="repeat for several roles")
    p.add_argument("--org", help="org scope (uuid)")
    p.add_argument("--person", help="person id (uuid); a new one if absent")
    p.add_argument("--unit", help="co-building unit id, for role unit")
    p.add_argument("--name")
    p.add_argument("--ttl", type=int, default=8 * 3600)
    p.set_defaults(func=cmd_token)

    p = sub.add_parser("openapi", help="write services' OpenAPI documents as <service>.json")
    p.add_argument("service", choices=[*SERVICES, "all"])
    p.add_argument("--out", required=True, help="the directory to write into")
    p.set_defaults(func=cmd_openapi)

    p = sub.add_parser("dev", help="the whole system on this machine (embedded PostgreSQL, NATS)")
    p.add_argument("--fresh", action="store_true", help="wipe ./.redgrid first")
    p.set_defaults(func=cmd_dev)

    p = sub.add_parser("dlq", help="dead letters: list, show, replay, discard, and what was "
                                   "done with them (REDGRID_NATS_* settings; the admin user in "
                                   "production)")
    actions = p.add_subparsers(dest="action", required=True)
    a = actions.add_parser("list", help="event id, type, subject, consumer, tries, time, reason")
    a.add_argument("--service", choices=SERVICES, help="only this service's consumers")
    a.set_defaults(func=cmd_dlq, id=None)
    a = actions.add_parser("show", help="one event's dead letters: the event and its failure")
    a.add_argument("id", help="event id, or a dead letter's number (SEQ)")
    _operator(a)
    a.set_defaults(func=cmd_dlq, service=None)
    a = actions.add_parser("replay", help="send back to the consumer that gave up (applied once)")
    a.add_argument("id", nargs="?", help="event id, or a dead letter's number (SEQ)")
    a.add_argument("--all", action="store_true", help="every dead letter (of --service)")
    a.add_argument("--service", choices=SERVICES, help="only this service's consumers")
    a.add_argument("--wait", type=float, default=30.0,
                   help="seconds to wait for the consumer to take them (default 30)")
    _operator(a)
    a.set_defaults(func=cmd_dlq)
    a = actions.add_parser("discard", help="give them up for good: deleted, the reason audited")
    a.add_argument("id", nargs="?", help="event id, or a dead letter's number (SEQ)")
    a.add_argument("--all", action="store_true", help="every dead letter (of --service)")
    a.add_argument("--service", choices=SERVICES, help="only this service's consumers")
    a.add_argument("--reason", required=True, help="why, for the audit (e.g. the ticket was "
                                                   "withdrawn; applied by hand)")
    _operator(a)
    a.set_defaults(func=cmd_dlq)
    a = actions.add_parser("audit", help="who showed, replayed or discarded what, and when")
    a.set_defaults(func=cmd_dlq, service=None, id=None)
    a = actions.add_parser("serve", help="the operators' HTTP API for the same (role operator)")
    a.add_argument("--host", default="127.0.0.1")
    a.add_argument("--port", type=int, default=8010)
    a.set_defaults(func=cmd_dlq_serve)

    args = parser.parse_args(argv)
    args.func(args)


if __name__ == "__main__":
    main(sys.argv[1:])
