"""SQL migrations per service, safe when several replicas start at once.

`bootstrap` (with an administrator connection) creates the service's role and schema, and makes
sure no other role can read it. `migrate` (as the service's role) applies the files not yet
applied, in order, under an advisory lock, each in its own transaction with its checksum kept.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import asyncpg

from redgrid.common import logs

log = logs.get(__name__)
COMMON_SQL = Path(__file__).parent / "sql"
COMMON_BASE = sorted(COMMON_SQL.glob("0*.sql"))
ORG_READ_MODEL = COMMON_SQL / "org_read_model.sql"
GRID_READ_MODEL = (COMMON_SQL / "grid_read_model.sql",
                   COMMON_SQL / "grid_read_model_bbox.sql")
PEOPLE_READ_MODEL = COMMON_SQL / "people_read_model.sql"
CATALOGUE = COMMON_SQL / "catalogue.sql"  # the registry's catalogue, and the others' copies


@dataclass(frozen=True)
class Migration:
    name: str
    sql: str

    @property
    def checksum(self) -> str:
        return hashlib.sha256(self.sql.encode()).hexdigest()


def plan(service: str, service_dir: Path,
         modules: tuple[Path | tuple[Path, ...], ...] = ()) -> list[Migration]:
    """Common tables first, then the shared read models the service uses, then its own files."""
    flat = [p for m in modules for p in (m if isinstance(m, tuple) else (m,))]
    files = [("common", p) for p in [*COMMON_BASE, *flat]]
    files += [(service, p) for p in sorted(service_dir.glob("*.sql"))]
    return [Migration(f"{ns}/{p.stem}", p.read_text()) for ns, p in files]


async def bootstrap(admin: asyncpg.Connection, service: str, password: str) -> None:
    """Create the role redgrid_<service> and the schema <service> it alone owns."""
    role = f"redgrid_{service}"
    await admin.execute("SELECT pg_advisory_lock(hashtext('redgrid.bootstrap'))")
    try:
        exists = await admin.fetchval("SELECT 1 FROM pg_roles WHERE rolname = $1", role)
        quoted_password = await admin.fetchval("SELECT quote_literal($1)", password)
        verb = "ALTER" if exists else "CREATE"
        await admin.execute(f'{verb} ROLE "{role}" LOGIN PASSWORD {quoted_password}')
        await admin.execute(f'CREATE SCHEMA IF NOT EXISTS "{service}" AUTHORIZATION "{role}"')
        await admin.execute(f'REVOKE ALL ON SCHEMA "{service}" FROM PUBLIC')
        await admin.execute(f'ALTER ROLE "{role}" SET search_path = "{service}"')
        # Trigram indexes (tickets' search): the roles may use an extension, not create one.
        await admin.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public")
        await admin.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
        database = await admin.fetchval("SELECT current_database()")
        await admin.execute(f'REVOKE ALL ON DATABASE "{database}" FROM PUBLIC')
        await admin.execute(f'GRANT CONNECT, TEMPORARY ON DATABASE "{database}" TO "{role}"')
    finally:
        await admin.execute("SELECT pg_advisory_unlock(hashtext('redgrid.bootstrap'))")


async def migrate(conn: asyncpg.Connection, schema: str, migrations: list[Migration]) -> list[str]:
    """Apply what is missing; returns the names applied. Refuses an edited applied file."""
    applied_now: list[str] = []
    async with conn.transaction():
        await conn.execute("SELECT pg_advisory_xact_lock(hashtext($1))", f"redgrid.migrate.{schema}")
        await conn.execute(f'SET LOCAL search_path = "{schema}"')
        await conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " name text PRIMARY KEY, checksum text NOT NULL,"
            " applied_at timestamptz NOT NULL DEFAULT now())"
        )
        done = {r["name"]: r["checksum"] for r in
                await conn.fetch("SELECT name, checksum FROM schema_migrations")}
        for m in migrations:
            if m.name in done:
                if done[m.name] != m.checksum:
                    raise RuntimeError(f"migration {m.name} was edited after it was applied")
                continue
            async with conn.transaction():
                await conn.execute(m.sql)
                await conn.execute(
                    "INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2)",
                    m.name, m.checksum,
                )
            applied_now.append(m.name)
            log.info("migration.applied", schema=schema, migration=m.name)
    return applied_now
