"""Open311 GeoReport v2 under /open311/v2, so that 311 clients and city systems can file and read
matters: discovery, services (= categories) and their definitions, requests POST and GET, in
JSON or XML by the path's extension, errors in GeoReport's own format. Redgrid extensions:
`extended_attributes` with channel, grid and the 一号一档 number; attribute[channel] and
attribute[photo_ids] (uploads of POST /v1/photos) on POST; GET's page/page_size (GeoReport's
paging extension) and updated_after/updated_before.

api_key is a Redgrid bearer token (or send it as `Authorization: Bearer`). GET without one shows
what the public notice (公示) shows: published matters of public categories only, the description
cut to the ticket's title with phones masked, the place cut to the building and the point
rounded to about 100 m, media_url only for a photo staff marked public. With one, the reporter
sees their own requests in full and staff their subtree's with phones and the address masked.

media_url out: a URL of the first photo, signed for a few minutes when asked. In: a posted
media_url is kept as a link, never fetched (SSRF), and shown back to the reporter and staff only.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Annotated
from urllib.parse import parse_qsl, urljoin

import asyncpg
from fastapi import Depends, FastAPI, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from pydantic import ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from redgrid.common import db, logs, ratelimit, scope, wording
from redgrid.common.auth import Principal
from redgrid.common.commands import UtcMoment
from redgrid.common.errors import DomainError, Forbidden, Invalid, NotFound
from redgrid.common.http import (
    REFUSALS,
    allowed_methods,
    correlation_id,
    refused_by_database,
    wants_english,
)
from redgrid.tickets import commands
from redgrid.tickets.api import open311_docs as docs
from redgrid.tickets.api.open311_views import (
    FORMATS,
    definition,
    error,
    render,
    request_view,
    service_view,
)
from redgrid.tickets.domain.intake import AppealKind, Channel
from redgrid.tickets.queries import catalogue as catalogue_queries
from redgrid.tickets.queries import open311 as queries
from redgrid.tickets.usecases import intake, photos

log = logs.get(__name__)
SPEC = "http://wiki.open311.org/GeoReport_v2"
Fmt = Annotated[str, Path(json_schema_extra=docs.FORMAT)]
# comma-separated lists, as GeoReport writes them
Numbers = Annotated[str | None, Query(max_length=4000)]
Statuses = Annotated[str | None, Query(pattern=r"^(open|closed)(,(open|closed))*$")]
PAGE_MAX = 1000


def _fmt(fmt: str) -> str:
    if fmt not in FORMATS:
        raise NotFound(f"不支持的格式 {fmt}，请用 .json 或 .xml",
                       en=f"format {fmt!r}: use .json or .xml")
    return fmt



# --- who is asking ------------------------------------------------------------------------

def _key(request: Request, form: dict | None = None) -> str | None:
    key = (form or {}).get("api_key") or request.query_params.get("api_key")
    header = request.headers.get("authorization", "")
    if not key and header.lower().startswith("bearer "):
        key = header[7:].strip()
    return key or None


def _principal(request: Request, form: dict | None = None) -> Principal | None:
    key = _key(request, form)
    return request.app.state.verifier.verify(key) if key else None


def _form(raw: bytes) -> dict[str, str]:
    return dict(parse_qsl(raw[:100_000].decode("utf-8", "replace"), keep_blank_values=False))


async def _limited(request: Request) -> None:
    """Every operation here is open to callers without a token: limited per api_key (its
    subject), or per IP without one; staff keys are not (redgrid.common.ratelimit)."""
    form = _form(await request.body()) if request.method == "POST" else None
    ratelimit.check(request, await ratelimit.principal_of(request, _key(request, form)))


# --- errors in GeoReport's format ------------------------------------------------------------

async def _domain(request: Request, exc: DomainError) -> Response:
    status = {401: 403, 409: 400, 422: 400}.get(exc.status, exc.status)
    en = wants_english(request)
    answer = error(request, status, exc.said(en) or wording.title(exc.slug, en))
    answer.headers.update(exc.headers)  # Retry-After on a 429
    return answer


async def _invalid(request: Request, exc: RequestValidationError) -> Response:
    first = exc.errors()[0] if exc.errors() else {}
    en = wants_english(request)
    return error(request, 400, f"{'.'.join(map(str, first.get('loc', ())))}"
                               f"{': ' if en else '：'}{wording.message(first, en)}")


async def _http(request: Request, exc: StarletteHTTPException) -> Response:
    slug = {404: "not-found", 405: "method-not-allowed", 413: "too-large"}.get(
        exc.status_code, "http-error")
    answer = error(request, exc.status_code, wording.title(slug, wants_english(request)))
    if exc.status_code == 405:  # every method the path has (RFC 9110)
        path = request.scope["path"].removeprefix(request.scope.get("root_path", ""))
        answer.headers["Allow"] = ", ".join(sorted(allowed_methods(request.app, path)))
    return answer


async def _crash(request: Request, exc: Exception) -> Response:
    if isinstance(exc, tuple(REFUSALS)):
        return await _domain(request, refused_by_database(exc))
    if isinstance(exc, (*db.UNAVAILABLE, asyncpg.PostgresConnectionError)):
        log.warning("open311.database_unavailable", error=repr(exc))
        return error(request, 503, wording.title("unavailable", wants_english(request)))
    log.exception("open311.unhandled", error=repr(exc))
    return error(request, 500, wording.title("internal", wants_english(request)))


HANDLERS = {DomainError: _domain, RequestValidationError: _invalid,
            StarletteHTTPException: _http, Exception: _crash}


# --- the app ------------------------------------------------------------------------------

def build(parent: FastAPI) -> FastAPI:
    api = FastAPI(title="Redgrid tickets: Open311 GeoReport v2", docs_url="/docs",
                  openapi_url="/openapi.json", dependencies=[Depends(_limited)])
    api.state.runtime = parent.state.runtime
    api.state.verifier = parent.state.verifier
    api.state.limiter = parent.state.limiter

    for kind, handler in HANDLERS.items():
        api.add_exception_handler(kind, handler)

    def pool():
        return api.state.runtime.pool

    @api.get("/discovery.{fmt}", responses=docs.responses(docs.OBJECT))
    async def discovery(request: Request, fmt: Fmt) -> Response:
        base = str(request.base_url).rstrip("/") + request.scope.get("root_path", "")
        body = {"changeset": "2026-01-01T00:00:00Z", "contact": "the street office",
                "key_service": "api_key: a Redgrid token",
                "endpoints": [{"specification": SPEC, "url": base, "changeset":
                               "2026-01-01T00:00:00Z", "type": "production",
                               "formats": list(FORMATS.values())}]}
        return render(_fmt(fmt), "discovery", body)

    @api.get("/services.{fmt}", responses=docs.responses(docs.LIST))
    async def services(fmt: Fmt) -> Response:
        async with pool().acquire() as conn:
            rows = await catalogue_queries.categories(conn)
        return render(_fmt(fmt), "services", [service_view(c) for c in rows])

    @api.get("/services/{code}.{fmt}", responses=docs.responses(docs.OBJECT))
    async def service_definition(code: str, fmt: Fmt) -> Response:
        _fmt(fmt)
        async with pool().acquire() as conn:
            if await catalogue_queries.category(conn, code[:40]) is None:
                raise NotFound(f"没有服务类别 {code}", en=f"no service {code!r}")
        return render(fmt, "service_definition", definition(code))

    @api.post("/requests.{fmt}", openapi_extra=docs.FORM,
              responses={**docs.responses(docs.LIST, status=201),
                         200: {"description": "Filed before (the same external_ref)"}})
    async def post_request(request: Request, fmt: Fmt) -> Response:
        _fmt(fmt)
        form = _form(await request.body())
        who = _principal(request, form)
        if who is None:
            raise Forbidden("提交诉求须提供 api_key（登录令牌）",
                            en="an api_key is required to file a request")
        cmd = _command(form)
        runtime = api.state.runtime
        filed = await intake.file_ticket(
            intake.Intake(cmd, who, runtime.clock.now(), correlation_id(request)), runtime.pool,
            intake.batches_of(runtime))
        t = filed.ticket
        return render(fmt, "service_requests", [{
            "service_request_id": t.number, "service_notice": None,
            "account_id": str(t.reporter_person_id) if t.reporter_person_id else None}],
            201 if filed.created else 200)

    @api.get("/requests.{fmt}", responses=docs.responses(docs.LIST))
    async def get_requests(request: Request, fmt: Fmt, service_request_id: Numbers = None,
                           service_code: Numbers = None, start_date: UtcMoment | None = None,
                           end_date: UtcMoment | None = None,
                           status: Statuses = None,
                           updated_after: UtcMoment | None = None,
                           updated_before: UtcMoment | None = None,
                           page: Annotated[int, Query(ge=1, le=100_000)] = 1,
                           page_size: Annotated[int, Query(ge=1, le=PAGE_MAX)] = PAGE_MAX
                           ) -> Response:
        """start_date and end_date: W3C datetimes between 1900 and 2200 (UTC when no offset
        is given), at most 90 days apart (90 days up to now when neither is given, unless
        updated_after or updated_before is); updated_after, updated_before: changed after,
        before (the extension city systems sync with); status: open, closed or both; page
        (from 1) and page_size (at most 1000, the default): GeoReport's paging extension,
        newest first."""
        _fmt(fmt)
        numbers = _split(service_request_id)
        since, until = _window(api.state.runtime.clock.now(), start_date, end_date,
                               numbered=bool(numbers),
                               by_update=updated_after is not None or updated_before is not None)
        statuses = _split(status)
        return render(fmt, "service_requests", await _find(
            request, numbers=numbers, codes=_split(service_code), since=since, until=until,
            statuses=statuses, updated_after=updated_after, updated_before=updated_before,
            limit=page_size, offset=(page - 1) * page_size))

    @api.get("/requests/{number}.{fmt}", responses=docs.responses(docs.LIST))
    async def get_request(request: Request, number: str, fmt: Fmt) -> Response:
        _fmt(fmt)
        found = await _find(request, numbers=[number[:40]], codes=None, since=None, until=None,
                            statuses=None, limit=1)
        if not found:
            raise NotFound(f"未找到诉求 {number}", en=f"no service request {number!r}")
        return render(fmt, "service_requests", found)

    docs.install(api)
    return api


async def _find(request: Request, **filters) -> list[dict]:
    who = _principal(request)
    async with request.app.state.runtime.pool.acquire() as conn:
        if who is None:
            rows = await queries.requests(conn, **filters, scope=None, reporter_id=None,
                                          public_only=True)
            views = ["public"] * len(rows)
        else:
            path = await scope.scope_path(conn, who) if who.is_staff else None
            rows = await queries.requests(conn, **filters, scope=path,
                                          reporter_id=who.person_id, public_only=False)
            views = ["owner" if r["reporter_person_id"] == who.person_id else "staff"
                     for r in rows]
    return [request_view(r, view, await _media_url(request, r))
            for r, view in zip(rows, views, strict=True)]


async def _media_url(request: Request, r) -> str | None:
    """The first photo, through a URL signed now (absolute: a 311 client fetches it as
    is); else, for the reporter and staff, the first link a client gave (never fetched)."""
    if r["media_key"]:
        runtime = request.app.state.runtime
        kept = photos.of(runtime)
        url = await kept.objects.signed_url(r["media_key"], runtime.clock.now(), kept.ttl)
        return urljoin(str(request.url), url)
    return r["media_link"]


def _window(now: datetime, start_date: datetime | None, end_date: datetime | None, *,
            numbered: bool, by_update: bool) -> tuple[datetime | None, datetime | None]:
    """The received-at window asked for: as given; open when numbers are named or only the
    update times are; else the 90 days up to end_date (or now). At most 90 days."""
    open_ended = numbered or (by_update and start_date is None and end_date is None)
    until = end_date or (None if open_ended else now)
    since = start_date or (None if open_ended else (until or now) - timedelta(days=90))
    if since and until and until - since > timedelta(days=90):
        raise Invalid("起止日期相隔不能超过 90 天",
                      en="start_date and end_date may not span more than 90 days")
    return since, until


def _split(value: str | None) -> list[str] | None:
    items = [v.strip() for v in (value or "").split(",") if v.strip()]
    return items[:100] or None


def _command(form: dict) -> commands.TicketCreate:
    """A GeoReport POST as an intake order; bad values are Open311's 400."""
    code = form.get("service_code")
    if not code:
        raise Invalid("请填写服务类别（service_code）", en="service_code is required")
    if not (form.get("lat") and form.get("long")) and not form.get("address_string") \
            and not form.get("address_id"):
        raise Invalid("请提供位置：经纬度或地址",
                      en="a location is required: lat and long, or address_string")
    description = (form.get("description") or "").strip()
    name = " ".join(p for p in (form.get("last_name"), form.get("first_name")) if p) or None
    try:
        location = commands.Location(lat=float(form["lat"]), lng=float(form["long"])) \
            if form.get("lat") and form.get("long") else None
        media = form.get("media_url")
        return commands.TicketCreate(
            channel=form.get("attribute[channel]", Channel.ONLINE),
            appeal_kind=form.get("attribute[appeal_kind]", AppealKind.HELP),
            category=code, title=(description.splitlines() or [code])[0][:120] or code,
            description=description[:4000], location=location,
            address=form.get("address_string") or None,
            external_ref=form.get("attribute[external_ref]") or None,
            reporter=commands.ReporterIn(name=name[:50] if name else None,
                                         phone=form.get("phone") or None)
            if (name or form.get("phone")) else None,
            # a link only: never fetched (a URL chosen by the caller, fetched by the server,
            # would reach what only the server can: SSRF). Photos are uploaded (/v1/photos)
            # and named in attribute[photo_ids].
            attachments=[commands.AttachmentIn(name=media.rsplit("/", 1)[-1][:200] or "media",
                                               content_type="application/octet-stream",
                                               size=0, url=media)] if media else [],
            photo_ids=_split(form.get("attribute[photo_ids]")) or [],
        )
    except (ValueError, ValidationError) as exc:
        first = exc.errors()[0] if isinstance(exc, ValidationError) else None
        detail = first["msg"] if first else str(exc)
        said = f"{'.'.join(map(str, first['loc']))}：{wording.message(first, False)}" \
            if first else "经纬度应为数字"
        raise Invalid(f"请求有误：{said}", en=f"invalid request: {detail}") from exc


def install(app: FastAPI) -> None:
    """ServiceSpec.configure_app: mount the facade with the service's runtime and verifier."""
    app.mount("/open311/v2", build(app))
