"""The `redgrid` command: run a service, migrate, issue a development token, start `make dev`,
write the OpenAPI documents (for the web app's generated clients).

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

    args = parser.parse_args(argv)
    args.func(args)


if __name__ == "__main__":
    main(sys.argv[1:])
