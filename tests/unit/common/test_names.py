"""Names beside ids: which fields pair up, which ids an answer holds (nested too), and the
names filled in (None where none was found; a frozen answer copied)."""

from __future__ import annotations

from uuid import UUID, uuid4

from pydantic import BaseModel, ConfigDict

from redgrid.common import names


class Role(BaseModel):
    org_id: UUID
    org_name: str | None = None


class Answer(BaseModel):
    id: UUID
    name: str  # its own name: no id beside it
    grid_id: UUID | None
    grid_name: str | None = None
    by_person: UUID | None
    by_person_name: str | None = None
    member_ids: list[UUID]
    member_names: list[str | None] = []
    roles: list[Role] = []
    lonely_name: str | None = None  # nothing to name


def test_the_pairs_a_model_declares():
    assert names.pairs(Answer) == (("grid_id", "grid_name", False),
                                   ("by_person", "by_person_name", False),
                                   ("member_ids", "member_names", True))


def test_ids_are_collected_and_names_filled_nested_too():
    grid, person, a, b, org = (uuid4() for _ in range(5))
    answer = Answer(id=uuid4(), name="x", grid_id=grid, by_person=person, member_ids=[a, b],
                    roles=[Role(org_id=org)])
    assert names.ids(answer, None) == {grid, person, a, b, org}
    found = {grid: "育红第一网格", person: "王建国", a: "李四", org: "育红社区党委"}
    named = names.fill(answer, found)
    assert named is answer
    assert (named.grid_name, named.by_person_name) == ("育红第一网格", "王建国")
    assert named.member_names == ["李四", None]
    assert named.roles[0].org_name == "育红社区党委"
    assert named.lonely_name is None
    assert named.model_dump()["grid_name"] == "育红第一网格"


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)
    org_id: UUID
    org_name: str | None = None


def test_a_frozen_answer_is_copied():
    org = uuid4()
    frozen = Frozen(org_id=org)
    assert names.fill(frozen, {org: "育红社区党委"}).org_name == "育红社区党委"
    assert frozen.org_name is None


def test_no_id_no_name():
    answer = Answer(id=uuid4(), name="x", grid_id=None, by_person=None, member_ids=[])
    assert names.ids(answer) == set()
    assert names.fill(answer, {}).member_names == []
