"""No text a request gives may hold a control character XML 1.0 cannot carry (one in a ticket
once made the public Open311 XML unparseable): bodies, paths and queries, in every service."""

from __future__ import annotations

from typing import Annotated

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import Field, ValidationError

from redgrid.common.commands import Command
from redgrid.common.http import RequestContext, install_problem_handlers


class Note(Command):
    title: Annotated[str, Field(max_length=100)]
    body: str = ""
    tags: list[str] = []


REFUSED = [chr(c) for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20),
                            *range(0x7F, 0xA0))] + ["\ufffe", "\uffff", "\ud800"]
TAKEN = ["\t", "\n", "\r\n", "\u00a0", "中", "\U0001F600", "\u200b", "\ufffd"]


@pytest.mark.parametrize("ch", REFUSED, ids=lambda c: f"U+{ord(c):04X}")
def test_a_control_character_is_refused_in_any_text_field(ch):
    for body in ({"title": f"a{ch}b"}, {"title": "a", "body": f"x{ch}"},
                 {"title": "a", "tags": [f"{ch}"]}):
        with pytest.raises(ValidationError) as refused:
            Note.model_validate(body)
        assert refused.value.errors()[0]["type"] == "unreadable_text"


@pytest.mark.parametrize("ch", TAKEN, ids=lambda c: f"U+{ord(c[-1]):04X}")
def test_tab_newline_and_printable_text_are_taken(ch):
    assert Note.model_validate({"title": "a", "body": f"x{ch}y"}).body == f"x{ch}y"


def test_the_path_and_the_query_refuse_them_too():
    app = FastAPI()
    install_problem_handlers(app)

    @app.get("/things/{name}")
    async def thing(name: str, q: str = ""):
        return {"name": name, "q": q}

    client = TestClient(RequestContext(app, "test", access_log=False))
    assert client.get("/things/a", params={"q": "a\tb"}).status_code == 200
    for url in ("/things/a?q=a%01b", "/things/a?q=%C2%85", "/things/a%1Fb",
                "/things/a?q=%EF%BF%BF"):
        r = client.get(url)
        assert r.status_code == 422, url
        assert r.json()["errors"][0]["type"] == "unreadable_text"
