"""/v1/tickets/{id}/<step>: the workflow's steps. A step the ticket's state does not allow is a
409 problem+json that names the steps that are allowed."""

# No `from __future__ import annotations`: the generated endpoints need real annotations.
from uuid import UUID

from fastapi import APIRouter

from redgrid.common.http import Auth, Now, Pool
from redgrid.tickets import commands as c
from redgrid.tickets.models import TicketPublic
from redgrid.tickets.usecases import followups, workflow
from redgrid.tickets.usecases.reading import shown

router = APIRouter(prefix="/v1/tickets/{ticket_id:uuid}", tags=["workflow"])


async def _shown(pool, who, clock, ticket) -> TicketPublic:
    async with pool.acquire() as conn:
        return await shown(conn, who, ticket, clock.now())


def _route(path: str, usecase, body_type, summary: str) -> None:
    async def endpoint(ticket_id: UUID, body: body_type, who: Auth, pool: Pool,  # type: ignore
                       clock: Now) -> TicketPublic:
        return await _shown(pool, who, clock, await usecase(ticket_id, body, who, pool, clock))

    endpoint.__name__ = path.replace("-", "_")
    router.add_api_route(f"/{path}", endpoint, methods=["POST"], response_model=TicketPublic,
                         summary=summary)


_route("accept", workflow.accept, c.Note, "受理: accept; the deadline starts")
_route("reject", workflow.reject, c.ReasonGiven, "不予受理: reject, with a reason")
_route("dispatch", workflow.dispatch, c.Dispatch,
       "派单: to a grid, community, street or department (default: the catalogue's)")
_route("sign", workflow.sign, c.Note, "签收: sign for it")
_route("bounce", workflow.bounce, c.ReasonGiven, "退单: send it back, with a reason")
_route("start", workflow.start, c.Note, "Start handling")
_route("resolve", workflow.resolve, c.Resolve, "办结: resolved, with what was done")
_route("publish", workflow.publish, c.Publish, "公示回应: give (and show) the response")
_route("follow-up", workflow.follow_up, c.FollowUp,
       "回访: 是否解决, 是否满意 (or a 1-5 rating), who called and when")
_route("close", workflow.close, c.Note, "结案: close the file")
_route("merge", workflow.merge, c.Merge, "并案: fold into another ticket")
_route("escalate", workflow.escalate, c.Escalate, "升级: up one level, with a reason")
_route("reopen", followups.reopen, c.Reopen, "Reopen as a linked follow-up ticket (the new one)")
_route("recollect", followups.recollect, c.Recollect,
       "再收集: a new matter raised at follow-up, as a linked ticket (the new one)")
