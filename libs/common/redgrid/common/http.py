"""One FastAPI app per service: problem+json errors, request ids, health, metrics, docs."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from typing import Annotated, Any, Literal
from urllib.parse import unquote

import asyncpg
import orjson
import prometheus_client
from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.routing import iter_route_contexts
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from redgrid.common import db, logs, metrics, tracing, wording
from redgrid.common.auth import Principal, TokenVerifier
from redgrid.common.clock import Clock
from redgrid.common.commands import CONTROL
from redgrid.common.errors import Conflict, DomainError, Invalid, Unauthorized

log = logs.get(__name__)
PROBLEM = "application/problem+json"
PROBLEM_BASE = "https://redgrid.dev/problems/"
# The problem types this module answers with itself (the domain's come from errors.py)
SLUGS = ("bad-request", "not-found", "method-not-allowed", "too-large", "http-error", "invalid",
         "unavailable", "timed-out", "internal")
MAX_BODY = 1_000_000  # bytes; larger request bodies get a 413
UPLOAD_ENVELOPE = 64 * 1024  # a multipart body's boundaries, headers and small fields


def problem(status: int, slug: str, title: str = "", detail: str = "",
            headers: dict[str, str] | None = None, en: bool = False,
            **extra: Any) -> JSONResponse:
    """An RFC 9457 answer; its title in the reader's language (Chinese unless they asked for
    English), `title` only for a problem type without words of its own."""
    body = {"type": PROBLEM_BASE + slug, "title": wording.title(slug, en, title),
            "status": status}
    if detail:
        body["detail"] = detail
    body.update(extra)
    headers = dict(headers or {})
    if status == 401:
        headers["WWW-Authenticate"] = "Bearer"
    if status == 503:
        headers["Retry-After"] = "5"
    return JSONResponse(body, status_code=status, media_type=PROBLEM, headers=headers or None)


def model_response(model: BaseModel, status_code: int = 200) -> Response:
    """A model the service built itself, serialised once: FastAPI would validate it again
    against the route's response_model first (which the route keeps, for the OpenAPI). For
    the hot answers: an intake's, a list's pages."""
    return Response(model.model_dump_json(), status_code=status_code,
                    media_type="application/json")


def _validation_errors(exc: RequestValidationError, en: bool) -> list[dict]:
    return [
        {"loc": list(e.get("loc", ())), "msg": wording.message(e, en), "type": e.get("type", "")}
        for e in exc.errors()
    ]


def _fields_detail(errors: list[dict], en: bool) -> str:
    """The errors in one sentence: `title：必填；phone：格式不正确`."""
    parts = [f"{'.'.join(str(x) for x in e['loc'][1:]) or wording.place(e['loc'][0], en)}"
             f"{': ' if en else '：'}{e['msg']}" for e in errors[:5] if e["loc"]]
    return ("; " if en else "；").join(parts)


def wants_english(request: Request) -> bool:
    return wording.english(request.headers.get("accept-language"))


def install_problem_handlers(app: FastAPI) -> None:
    @app.exception_handler(DomainError)
    async def _domain(request: Request, exc: DomainError) -> JSONResponse:
        en = wants_english(request)
        return problem(exc.status, exc.slug, exc.title, exc.said(en), headers=exc.headers,
                       en=en, **exc.extra)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        en = wants_english(request)
        errors = _validation_errors(exc, en)
        return problem(422, "invalid", detail=_fields_detail(errors, en), en=en, errors=errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        slug = {400: "bad-request", 404: "not-found", 405: "method-not-allowed",
                413: "too-large"}.get(exc.status_code, "http-error")
        headers = dict(exc.headers or {})
        if exc.status_code == 405:  # every method the path has (RFC 9110), not one route's
            headers["Allow"] = ", ".join(sorted(allowed_methods(request.app, request.url.path)))
        return problem(exc.status_code, slug, str(exc.detail), headers=headers,
                       en=wants_english(request))

    async def _unavailable(request: Request, exc: Exception) -> JSONResponse:
        if isinstance(exc, db.UNAVAILABLE) or isinstance(exc, asyncpg.PostgresConnectionError):
            log.warning("http.database_unavailable", error=repr(exc))
            return problem(503, "unavailable", en=wants_english(request))
        if isinstance(exc, asyncpg.QueryCanceledError):  # past the pool's command timeout
            log.warning("http.query_timed_out", error=repr(exc), path=request.url.path)
            return problem(503, "timed-out", en=wants_english(request))
        log.exception("http.unhandled", error=repr(exc))
        return problem(500, "internal", en=wants_english(request))

    for kind in (asyncpg.PostgresError, asyncpg.InterfaceError, OSError, TimeoutError):
        app.add_exception_handler(kind, _unavailable)

    async def _refused_by_database(request: Request, exc: Exception) -> JSONResponse:
        return await _domain(request, refused_by_database(exc))

    for kind in REFUSALS:
        app.add_exception_handler(kind, _refused_by_database)

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> JSONResponse:
        log.exception("http.unhandled", error=repr(exc))
        return problem(500, "internal", en=wants_english(request))


# What the database refused that a use case should have checked first (a reference to nothing,
# a duplicate, a date it cannot hold): the client's mistake, never a 500. The answer names no
# table, constraint or SQL; the log keeps them.
REFUSALS: dict[type[Exception], tuple[type[DomainError], str, str]] = {
    asyncpg.ForeignKeyViolationError: (Invalid, "引用的对象不存在或已被删除",
                                       "it refers to something that does not exist"),
    asyncpg.RestrictViolationError: (Conflict, "仍有其他记录引用它，不能这样改",
                                     "other records still refer to it"),
    asyncpg.UniqueViolationError: (Conflict, "已有相同的记录", "the same record exists already"),
    asyncpg.ExclusionViolationError: (Conflict, "与已有的记录冲突",
                                      "it conflicts with an existing record"),
    asyncpg.CheckViolationError: (Invalid, "取值不在允许的范围内",
                                  "a value is outside its allowed range"),
    asyncpg.NotNullViolationError: (Invalid, "缺少必填的值", "a required value is missing"),
    asyncpg.IntegrityConstraintViolationError: (Conflict, "与已有的记录冲突",
                                                "it conflicts with an existing record"),
    asyncpg.DataError: (Invalid, "取值超出系统能保存的范围",
                        "a value is beyond what can be stored"),
}


def refused_by_database(exc: Exception) -> DomainError:
    """The problem for a constraint or data error, by the nearest kind in REFUSALS."""
    kind = next(k for k in type(exc).__mro__ if k in REFUSALS)
    error, detail, english = REFUSALS[kind]
    log.warning("http.refused_by_database", error=repr(exc),
                constraint=getattr(exc, "constraint_name", None))
    return error(detail, en=english)


def allowed_methods(app: FastAPI, path: str) -> set[str]:
    methods: set[str] = set()
    for route in iter_route_contexts(app.routes):
        regex = getattr(route, "path_regex", None)
        if regex is not None and regex.match(path):
            methods |= set(getattr(route, "methods", None) or ())
    return methods


def _unreadable_text(scope: Scope) -> bool:
    """A control character (NUL: PostgreSQL text cannot hold one; the rest: XML cannot carry
    them) or broken UTF-8 in the path or query: the same rule as for a body's text."""
    try:
        query = unquote(scope.get("query_string", b"").decode("latin-1").replace("+", " "),
                        errors="strict")
    except UnicodeDecodeError:
        return True
    return bool(CONTROL.search(scope.get("path", "")) or CONTROL.search(query))


class RequestContext:
    """Pure ASGI middleware: a request id in and out, bound to logs and kept in the request's
    state as its correlation id (for work handed to another task); timing per route."""

    def __init__(self, app: ASGIApp, service: str, access_log: bool = True,
                 uploads: tuple[str, ...] = (), upload_max: int = MAX_BODY):
        self.app, self.service, self.access_log = app, service, access_log
        # Upload routes (paths ending so, e.g. /v1/photos) take bodies up to upload_max and a
        # multipart envelope; every other route 1 MB.
        self.uploads = re.compile(f"(?:{'|'.join(uploads)})$") if uploads else None
        self.upload_max = upload_max + UPLOAD_ENVELOPE

    def limit(self, path: str) -> int:
        return self.upload_max if self.uploads and self.uploads.search(path) else MAX_BODY

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or ())
        en = wording.english(headers.get(b"accept-language", b"").decode("latin-1"))
        length = headers.get(b"content-length")
        most = self.limit(scope.get("path", ""))
        if length is not None and length.isdigit() and int(length) > most:
            said = "" if most == MAX_BODY else (
                f"uploads are at most {(most - UPLOAD_ENVELOPE) / 1048576:.0f} MB" if en
                else f"上传的文件不能超过 {(most - UPLOAD_ENVELOPE) / 1048576:.0f} MB")
            await problem(413, "too-large", detail=said, en=en)(scope, receive, send)
            return
        if _unreadable_text(scope):
            said = ("the path or query holds control characters, or is not UTF-8" if en
                    else "路径或查询含控制字符，或不是 UTF-8")
            refusal = problem(422, "invalid", detail=said, en=en, errors=[
                {"loc": ["query"], "msg": said, "type": "unreadable_text"}])
            await refusal(scope, receive, send)
            return
        request_id = (headers.get(b"x-request-id") or b"").decode("latin-1")[:64] or _new_id()
        scope.setdefault("state", {})["correlation_id"] = request_id
        tracing.tag_request(request_id)
        status = {"code": 500}
        taken = 0

        async def receive_at_most() -> Message:
            """A body sent without a length (chunked) is counted as it comes: 413 past 1 MB
            (past the upload limit on an upload route)."""
            nonlocal taken
            message = await receive()
            if message["type"] == "http.request":
                taken += len(message.get("body", b""))
                if taken > most:
                    raise StarletteHTTPException(413, "The request body is too large")
            return message

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
                message.setdefault("headers", [])
                message["headers"].append((b"x-request-id", request_id.encode("latin-1")))
            await send(message)

        started = time.perf_counter()
        with logs.bound_contextvars(request_id=request_id, correlation_id=request_id):
            try:
                await self.app(scope, receive_at_most, send_with_id)
            finally:
                route = scope.get("route")
                path = getattr(route, "path", "unmatched")
                elapsed = time.perf_counter() - started
                metrics.HTTP_REQUESTS.labels(
                    self.service, scope["method"], path, str(status["code"])
                ).observe(elapsed)
                if self.access_log:
                    log.info("http.request", method=scope["method"], route=path,
                             status=status["code"], ms=round(elapsed * 1000, 1))


def _new_id() -> str:
    from redgrid.common.ids import uuid7

    return str(uuid7())


def bearer_token(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise Unauthorized("请先登录（请求头 Authorization 中须带 Bearer 令牌）",
                           en="send a bearer token in the Authorization header")
    return token.strip()


# Dependencies are coroutines: FastAPI runs a plain `def` dependency in a worker thread, and
# the hand-off (several per request) cost more CPU than the whole handler.
async def authenticate(request: Request) -> Principal:
    verifier: TokenVerifier = request.app.state.verifier
    token = bearer_token(request)
    await verifier.prepare(token)
    return verifier.verify(token)


async def maybe_authenticate(request: Request) -> Principal | None:
    if "authorization" not in request.headers:
        return None
    return await authenticate(request)


def _query_names(route: Any) -> frozenset[str] | None:
    """The query parameters a route declares (its dependencies' included), worked out once."""
    known = getattr(route, "_redgrid_query", None)
    if known is None and getattr(route, "dependant", None) is not None:
        names: set[str] = set()
        todo = [route.dependant]
        while todo:
            dependant = todo.pop()
            names |= {p.alias for p in dependant.query_params}
            todo += dependant.dependencies
        known = route._redgrid_query = frozenset(names)
    return known


async def known_query_only(request: Request) -> None:
    """A query parameter the operation does not take is refused (422), never ignored: a
    filter mistyped or unsupported (`GET /v1/tickets?phone=…`) must not answer everything."""
    known = _query_names(request.scope.get("route"))
    if known is None:
        return
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        en = wants_english(request)
        said = "not a parameter of this operation" if en else "不接受此查询参数"
        raise Invalid("不接受的查询参数：" + "、".join(unknown),
                      en="unknown query parameters: " + ", ".join(unknown),
                      errors=[{"loc": ["query", k], "msg": said, "type": "extra_forbidden"}
                              for k in unknown])


async def get_pool(request: Request) -> asyncpg.Pool:
    return request.app.state.runtime.pool


async def get_clock(request: Request) -> Clock:
    return request.app.state.runtime.clock


def correlation_id(request: Request) -> str | None:
    """The id that ties together what this request causes (its X-Request-ID, else a new one),
    as a value: for work that leaves the request's task, where its log context does not go."""
    return request.scope.get("state", {}).get("correlation_id")


# Dependency aliases for entrypoints.
Auth = Annotated[Principal, Depends(authenticate)]
MaybeAuth = Annotated[Principal | None, Depends(maybe_authenticate)]
Pool = Annotated[asyncpg.Pool, Depends(get_pool)]
Now = Annotated[Clock, Depends(get_clock)]  # the runtime's clock (a manual one in tests)
CorrelationId = Annotated[str | None, Depends(correlation_id)]


class Readiness(BaseModel):
    status: Literal["ok", "unavailable"]
    checks: dict[str, bool]
    warnings: dict[str, str] = {}  # wrong, but not enough to take the service out of service


def install_ops_routes(app: FastAPI, ready: Callable[[], Any], asyncapi: Callable[[], dict],
                       notes: Callable[[], dict[str, str]] | None = None) -> None:
    @app.get("/healthz", tags=["operations"], summary="The process is alive")
    async def healthz() -> dict:
        return {"status": "ok"}

    @app.get("/readyz", tags=["operations"], summary="Database and NATS are reachable",
             response_model=Readiness, responses={503: {"model": Readiness,
                                                        "description": "Not ready"}})
    async def readyz() -> Response:
        checks = await ready()
        ok = all(checks.values())
        body = {"status": "ok" if ok else "unavailable", "checks": checks}
        warnings = notes() if notes is not None else {}
        if warnings:
            body["warnings"] = warnings
        return Response(orjson.dumps(body),
                        status_code=200 if ok else 503, media_type="application/json")

    @app.get("/metrics", tags=["operations"], summary="Prometheus metrics",
             response_class=Response)
    async def metrics_endpoint() -> Response:
        return Response(prometheus_client.generate_latest(),
                        media_type=prometheus_client.CONTENT_TYPE_LATEST)

    @app.get("/asyncapi.json", tags=["operations"], summary="AsyncAPI 3.0 of the events")
    async def asyncapi_json() -> dict:
        return asyncapi()
