"""12345 practice around a ticket: 延期申请 (asked by the holder, decided by the office), 协办
(co-handlers beside the lead, each signing and resolving its part), the reply templates a
street office keeps per category, and the mediation parties' contacts (each read logged)."""

# No `from __future__ import annotations`: FastAPI reads the annotations.
from uuid import UUID

from fastapi import APIRouter, Query, status

from redgrid.common.http import Auth, Now, Pool
from redgrid.tickets import commands as c
from redgrid.tickets.models import Cohandler, Extension, ReplyTemplate, TicketPublic
from redgrid.tickets.usecases import cohandling, extensions, templates
from redgrid.tickets.usecases.reading import shown

router = APIRouter(tags=["practice"])
TICKET = "/v1/tickets/{ticket_id:uuid}"


async def _shown(pool, who, clock, ticket) -> TicketPublic:
    async with pool.acquire() as conn:
        return await shown(conn, who, ticket, clock.now())


@router.post(f"{TICKET}/extensions", response_model=TicketPublic,
             summary="延期申请: the holder asks for a later deadline, with a reason")
async def ask_extension(ticket_id: UUID, body: c.ExtensionAsk, who: Auth, pool: Pool,
                        clock: Now):
    return await _shown(pool, who, clock, await extensions.ask(ticket_id, body, who, pool, clock))


@router.get(f"{TICKET}/extensions", response_model=list[Extension],
            summary="The ticket's extension requests and their decisions")
async def list_extensions(ticket_id: UUID, who: Auth, pool: Pool):
    return await extensions.list_extensions(ticket_id, who, pool)


@router.post(f"{TICKET}/extensions/{{extension_id:uuid}}/approve", response_model=TicketPublic,
             summary="批准延期: the office grants it; the holder's deadline moves")
async def approve_extension(ticket_id: UUID, extension_id: UUID, body: c.ExtensionDecide,
                            who: Auth, pool: Pool, clock: Now):
    return await _shown(pool, who, clock, await extensions.approve(
        ticket_id, extension_id, body, who, pool, clock))


@router.post(f"{TICKET}/extensions/{{extension_id:uuid}}/refuse", response_model=TicketPublic,
             summary="驳回延期: the office refuses it, with a reason; the deadline stays")
async def refuse_extension(ticket_id: UUID, extension_id: UUID, body: c.ExtensionRefuse,
                           who: Auth, pool: Pool, clock: Now):
    return await _shown(pool, who, clock, await extensions.refuse(
        ticket_id, extension_id, body, who, pool, clock))


@router.post(f"{TICKET}/cohandlers", response_model=list[Cohandler],
             status_code=status.HTTP_201_CREATED,
             summary="协办: name grids, communities or departments co-handling beside the lead")
async def add_cohandlers(ticket_id: UUID, body: c.Cohandle, who: Auth, pool: Pool, clock: Now):
    return await cohandling.add(ticket_id, body, who, pool, clock)


@router.get(f"{TICKET}/cohandlers", response_model=list[Cohandler])
async def list_cohandlers(ticket_id: UUID, who: Auth, pool: Pool):
    return await cohandling.list_cohandlers(ticket_id, who, pool)


@router.post(f"{TICKET}/cohandlers/{{cohandler_id:uuid}}/sign", response_model=Cohandler,
             summary="协办签收: the co-handler signs for its part")
async def sign_cohandler(ticket_id: UUID, cohandler_id: UUID, body: c.Note, who: Auth,
                         pool: Pool, clock: Now):
    return await cohandling.sign(ticket_id, cohandler_id, body, who, pool, clock)


@router.post(f"{TICKET}/cohandlers/{{cohandler_id:uuid}}/resolve", response_model=Cohandler,
             summary="协办办结: the co-handler's part is done, with what was done")
async def resolve_cohandler(ticket_id: UUID, cohandler_id: UUID, body: c.CohandlerResolve,
                            who: Auth, pool: Pool, clock: Now):
    return await cohandling.resolve(ticket_id, cohandler_id, body, who, pool, clock)


@router.get("/v1/reply-templates", response_model=list[ReplyTemplate],
            summary="答复模板: the caller's street's templates (of a category)")
async def list_templates(who: Auth, pool: Pool,
                         category: str | None = Query(None, max_length=40)):
    return await templates.list_templates(category, who, pool)


@router.post("/v1/reply-templates", response_model=ReplyTemplate,
             status_code=status.HTTP_201_CREATED, summary="A template (street admins)")
async def add_template(body: c.TemplateCreate, who: Auth, pool: Pool, clock: Now):
    return await templates.add(body, who, pool, clock)


@router.patch("/v1/reply-templates/{template_id:uuid}", response_model=ReplyTemplate)
async def update_template(template_id: UUID, body: c.TemplateUpdate, who: Auth, pool: Pool,
                          clock: Now):
    return await templates.update(template_id, body, who, pool, clock)


@router.delete("/v1/reply-templates/{template_id:uuid}",
               status_code=status.HTTP_204_NO_CONTENT)
async def delete_template(template_id: UUID, who: Auth, pool: Pool) -> None:
    await templates.delete(template_id, who, pool)
