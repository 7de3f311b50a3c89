"""The catalogue of service types and skills (服务类型与技能目录), kept by the registry and
copied by matching and the lists from its events: a tag a request gives is the catalogue's word
(助老) or an alias of one (elderly_care), and is stored as the word; anything else is refused
with the catalogue named."""

from __future__ import annotations

import asyncpg
from pydantic import BaseModel, ConfigDict

from redgrid.common.consumer import Consumer
from redgrid.common.errors import Invalid
from redgrid.common.events import CloudEvent

EVENTS = [f"redgrid.registry.service_type.{v}.v1" for v in ("added", "updated")]
WHERE = "GET /v1/catalogue"
GENERAL = "综合服务"  # the word for what names no service in particular
RESOLVE = ("SELECT t.tag, (SELECT code FROM service_types WHERE active AND (code = t.tag "
           "OR t.tag = ANY(aliases)) ORDER BY code = t.tag DESC LIMIT 1) AS code "
           "FROM unnest($1::text[]) WITH ORDINALITY AS t(tag, i) ORDER BY t.i")


class ServiceType(BaseModel):
    """One entry: the Chinese word people read, its English, the old tags it replaces."""

    model_config = ConfigDict(frozen=True)

    code: str
    name_en: str
    aliases: list[str] = []
    sort: int = 0
    active: bool = True
    version: int


async def resolve(conn: asyncpg.Connection, tags: list[str], field: str = "skills") -> list[str]:
    """The catalogue's words for the tags (duplicates left out, order kept); 422 naming each
    tag the catalogue does not hold."""
    found = await conn.fetch(RESOLVE, tags)
    unknown = [r["tag"] for r in found if r["code"] is None]
    if unknown:
        listed = "、".join(unknown)
        raise Invalid(f"{field} 中的「{listed}」不在服务类型目录中，请从目录（{WHERE}）中选择",
                      en=f"{', '.join(unknown)} in {field} is not in the catalogue of service "
                         f"types ({WHERE})")
    return list(dict.fromkeys(r["code"] for r in found))


async def one(conn: asyncpg.Connection, tag: str, field: str = "service_type") -> str:
    return (await resolve(conn, [tag], field))[0]


async def word_or(conn: asyncpg.Connection, tag: str | None, default: str = GENERAL) -> str:
    """The catalogue's word for a tag another service gave (a ticket's category), else the
    default: what was not a person's choice is not refused."""
    found = await conn.fetch(RESOLVE, [tag]) if tag else []
    return found[0]["code"] or default if found else default


async def apply(conn: asyncpg.Connection, entry: ServiceType) -> None:
    await conn.execute(
        "INSERT INTO service_types (code, name_en, aliases, sort, active, version) "
        "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (code) DO UPDATE SET name_en = $2, "
        "aliases = $3, sort = $4, active = $5, version = $6 WHERE service_types.version < $6",
        entry.code, entry.name_en, entry.aliases, entry.sort, entry.active, entry.version)


def follow(consumer: Consumer) -> None:
    """Keep the catalogue from the registry's events (a newer version wins)."""
    @consumer.on(*EVENTS, data=ServiceType)
    async def on_service_type(conn: asyncpg.Connection, event: CloudEvent,
                              entry: ServiceType) -> None:
        await apply(conn, entry)
