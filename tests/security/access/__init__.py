"""Who may do what, declared per service (one module each): for every operation of its OpenAPI,
the roles that get through inside their org subtree, those that act on their own things, and
how to name a thing inside (street A) and outside (street B) the caller's subtree.

A principal of street A acting on a thing of street A is "inside" when its scope covers the
thing (DEPTH: a street scope covers the street, a community scope the community, a branch scope
only what lies in its grid); a thing of street B is "outside" for every principal but the
city-wide system. What is allowed must get through (no 401, 403 or 404); everything else must
get 401 (no token), 403 or 404, and change nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

STAFF = frozenset({"grid_worker", "branch_secretary", "community_admin", "street_admin",
                   "system"})
OFFICE = frozenset({"branch_secretary", "community_admin", "street_admin", "system"})
ADMINS = frozenset({"community_admin", "street_admin", "system"})
EVERYONE = frozenset({"resident", "volunteer", "party_member", "grid_worker",
                      "branch_secretary", "community_admin", "street_admin", "unit", "system"})
CITY = "system*"  # the platform's own system token: no org, the whole city
PRINCIPALS = (None, "resident", "volunteer", "party_member", "grid_worker", "branch_secretary",
              "community_admin", "street_admin", "unit", "system", CITY)
# How far down the tree each token's scope starts: 0 street, 1 community, 2 grid branch.
DEPTH = {"system": 0, "street_admin": 0, "community_admin": 1, "unit": 1, "volunteer": 1,
         "party_member": 1, "grid_worker": 2, "branch_secretary": 2, "resident": 2}
STREET, COMMUNITY, GRID = 0, 1, 2

Value = Any  # a literal, a side key ("community", "thing:need", "person:member"), or a callable


@dataclass(frozen=True)
class Rule:
    """Who may call one operation, and with what."""

    staff: frozenset[str] = frozenset()  # staff roles, inside their subtree
    at: int = GRID  # how deep the named thing lies: STREET, COMMUNITY or GRID
    own: frozenset[str] = frozenset()  # roles allowed on their own thing (street A's)
    anywhere: frozenset[str] = frozenset()  # roles allowed on either street (a resident's report)
    anyone: bool = False  # every token, each on its own things (an inbox)
    public: bool = False  # no token needed
    path: dict[str, Value] = field(default_factory=dict)
    query: dict[str, Value] = field(default_factory=dict)
    body: dict[str, Value] | None = None  # merged over the minimal valid body
    fresh: Callable | None = None  # async (city, side) -> {path param: id}: a new thing per try
    files: Callable | None = None  # () -> httpx's files: a multipart body (an upload) per try
    counts: bool = False  # figures: a filter naming another street counts nothing (200, zeros)
    # What every caller gets, whoever they are: an operation decided by its body alone (a
    # login, whose proof is the ID token in it, here a made-up one).
    answers: frozenset[int] = frozenset()
    city_only: bool = False  # only the city-wide system token (a grant of data classes)
    note: str = ""

    def allows(self, who: str | None, inside: bool) -> bool:
        if self.public:
            return True
        if who is None:
            return False
        if self.anyone:
            return True
        if self.city_only:
            return who == CITY
        if who == CITY:
            return "system" in self.staff
        if who in self.anywhere:
            return True
        if not inside:
            return False
        if who in self.own:
            return True
        return who in self.staff and DEPTH[who] <= self.at


def public(**kw) -> Rule:
    return Rule(public=True, **kw)
