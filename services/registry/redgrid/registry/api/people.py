"""/v1/people: people, roles, party membership, four-colour cards, contact data."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter, Query, status

from redgrid.common.http import Auth, Pool
from redgrid.common.pagination import Cursor, Limit, Page, cursor_key, text_part, uuid_part
from redgrid.registry.commands import (
    CardRecord,
    MembershipSet,
    PersonCreate,
    PersonUpdate,
    RoleAssign,
)
from redgrid.registry.domain.people import MemberCategory, RoleKind
from redgrid.registry.models import Card, Contact, Membership, PersonPublic, Role
from redgrid.registry.usecases import people as usecases

router = APIRouter(prefix="/v1/people", tags=["people"])


@router.post("", status_code=status.HTTP_201_CREATED, response_model=PersonPublic)
async def register_person(body: PersonCreate, who: Auth, pool: Pool):
    return await usecases.register_person(body, who, pool)


@router.get("", response_model=Page[PersonPublic],
            summary="Your scope's people, in tree order (by their home organisation, then id)")
async def list_people(who: Auth, pool: Pool, limit: Limit = 50, cursor: Cursor = None,
                      grid_id: UUID | None = None, role: RoleKind | None = None,
                      skill: str | None = Query(None, max_length=40),
                      category: MemberCategory | None = None):
    return await usecases.list_people(who, pool, grid_id, role, skill, category,
                                      cursor_key(cursor, text_part, uuid_part), limit)


@router.get("/{person_id:uuid}", response_model=PersonPublic)
async def get_person(person_id: UUID, who: Auth, pool: Pool):
    return await usecases.get_person(person_id, who, pool)


@router.patch("/{person_id:uuid}", response_model=PersonPublic)
async def update_person(person_id: UUID, body: PersonUpdate, who: Auth, pool: Pool):
    return await usecases.update_person(person_id, body, who, pool)


@router.get("/{person_id:uuid}/contact", response_model=Contact,
            summary="Full contact data; every staff read is logged")
async def get_contact(person_id: UUID, who: Auth, pool: Pool,
                      purpose: str | None = Query(None, max_length=200)):
    return await usecases.get_contact(person_id, purpose, who, pool)


@router.get("/{person_id:uuid}/contact-log", summary="Who read this person's contact data")
async def contact_log(person_id: UUID, who: Auth, pool: Pool) -> list[dict]:
    return await usecases.contact_log(person_id, who, pool)


@router.post("/{person_id:uuid}/roles", status_code=status.HTTP_201_CREATED, response_model=Role)
async def assign_role(person_id: UUID, body: RoleAssign, who: Auth, pool: Pool):
    return await usecases.assign_role(person_id, body, who, pool)


@router.delete("/{person_id:uuid}/roles/{role_id:uuid}", status_code=status.HTTP_204_NO_CONTENT)
async def end_role(person_id: UUID, role_id: UUID, who: Auth, pool: Pool) -> None:
    await usecases.end_role(person_id, role_id, who, pool)


@router.put("/{person_id:uuid}/membership", response_model=Membership)
async def set_membership(person_id: UUID, body: MembershipSet, who: Auth, pool: Pool):
    return await usecases.set_membership(person_id, body, who, pool)


@router.post("/{person_id:uuid}/cards", status_code=status.HTTP_201_CREATED, response_model=Card)
async def record_card(person_id: UUID, body: CardRecord, who: Auth, pool: Pool):
    return await usecases.record_card(person_id, body, who, pool)


@router.get("/{person_id:uuid}/cards", response_model=list[Card])
async def list_cards(person_id: UUID, who: Auth, pool: Pool):
    return await usecases.list_cards(person_id, who, pool)
