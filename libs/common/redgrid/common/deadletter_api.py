"""The operators' HTTP API for dead letters (`redgrid dlq serve`): list, show, replay, discard
and the audit, for the `operator` role only; every show, replay and discard is written down
(deadletter_audit) with the caller's name from their token.

It is its own small process beside the five services, connected to NATS as the `admin` user as
`redgrid dlq` is: no service's NATS user may read another service's dead letters.
"""

from __future__ import annotations

from contextlib import asynccontextmanager
from dataclasses import asdict
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import Body, Depends, FastAPI, Request
from pydantic import BaseModel, Field

from redgrid.common import deadletter_audit, deadletters, streams
from redgrid.common.auth import Principal, Role, TokenVerifier
from redgrid.common.errors import NotFound
from redgrid.common.http import authenticate, install_problem_handlers
from redgrid.common.settings import SERVICES, Settings


class DeadLetterPublic(BaseModel):
    seq: int
    event_id: str
    type: str
    consumer: str
    service: str
    deliveries: int
    reason: str
    dead_lettered_at: datetime
    replay_of: int | None

    @classmethod
    def of(cls, d: deadletters.DeadLetter) -> DeadLetterPublic:
        return cls(seq=d.seq, event_id=d.event_id, type=str(d.event.get("type") or d.subject),
                   consumer=d.consumer, service=d.service, deliveries=d.deliveries,
                   reason=d.reason, dead_lettered_at=d.time, replay_of=d.replay_of)


class DeadLetterDetail(DeadLetterPublic):
    stream: str
    stream_seq: int
    subject: str
    truncated: bool
    event: dict[str, Any]


class Discard(BaseModel):
    reason: str = Field(min_length=2, max_length=500, description="为何放弃（写入审计）")


class Outcome(BaseModel):
    seq: int
    state: str  # applied, failed again, waiting, discarded
    detail: str = ""


async def operator(who: Annotated[Principal, Depends(authenticate)]) -> Principal:
    who.require(Role.OPERATOR)
    return who


Operator = Annotated[Principal, Depends(operator)]


def _by(who: Principal) -> str:
    return f"{who.name or '-'} ({who.person_id})"


async def _letter(request: Request, seq: int) -> deadletters.DeadLetter:
    found = deadletters.matching(await deadletters.dead_letters(request.app.state.js), str(seq))
    if not found:
        raise NotFound(f"没有编号为 {seq} 的死信（可能已重放或已放弃）",
                       en=f"no dead letter #{seq} (replayed or discarded already?)")
    return found[0]


def build(settings: Settings, *, replay_wait: float = 30.0) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI):
        nc = await streams.connect(settings, "dlq-api")
        app.state.js = nc.jetstream()
        try:
            yield
        finally:
            await nc.close()

    app = FastAPI(title="Redgrid dead letters (operators)", lifespan=lifespan)
    app.state.verifier = TokenVerifier(settings)
    install_problem_handlers(app)
    problems = {401: {}, 403: {}}

    @app.get("/v1/dead-letters", responses={**problems, 422: {}})
    async def list_dead_letters(request: Request, who: Operator,
                                service: Literal[SERVICES] | None = None,  # type: ignore[valid-type]
                                ) -> list[DeadLetterPublic]:
        return [DeadLetterPublic.of(d)
                for d in await deadletters.dead_letters(request.app.state.js, service)]

    @app.get("/v1/dead-letters/audit", responses=problems)
    async def audit(request: Request, who: Operator) -> list[dict]:
        return [asdict(e) for e in await deadletter_audit.read(request.app.state.js)]

    @app.get("/v1/dead-letters/{seq}", responses={**problems, 404: {}})
    async def show(request: Request, seq: int, who: Operator) -> DeadLetterDetail:
        d = await _letter(request, seq)
        await deadletter_audit.write(request.app.state.js, settings, [
            deadletter_audit.entry("show", d, by=_by(who), outcome="shown")])
        return DeadLetterDetail(**DeadLetterPublic.of(d).model_dump(), stream=d.stream,
                                stream_seq=d.stream_seq, subject=d.subject,
                                truncated=d.truncated, event=d.event)

    @app.post("/v1/dead-letters/{seq}/replay", responses={**problems, 404: {}})
    async def replay(request: Request, seq: int, who: Operator) -> Outcome:
        js = request.app.state.js
        (o,) = await deadletters.replay(js, [await _letter(request, seq)], wait=replay_wait)
        await deadletter_audit.write(js, settings, [
            deadletter_audit.entry("replay", o.letter, by=_by(who), outcome=o.state,
                                   note=o.detail)])
        return Outcome(seq=seq, state=o.state, detail=o.detail)

    @app.post("/v1/dead-letters/{seq}/discard", responses={**problems, 404: {}, 422: {}})
    async def discard(request: Request, seq: int, who: Operator,
                      body: Annotated[Discard, Body()]) -> Outcome:
        js = request.app.state.js
        gone = await deadletters.discard(js, [await _letter(request, seq)])
        await deadletter_audit.write(js, settings, [
            deadletter_audit.entry("discard", d, by=_by(who), outcome="discarded",
                                   note=body.reason) for d in gone])
        return Outcome(seq=seq, state="discarded" if gone else "gone already")

    return app
