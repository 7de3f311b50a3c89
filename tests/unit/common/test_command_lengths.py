"""A text's length is checked as sent: the schema's maxLength counts the white space around it,
which the service strips (a fuzzer's finding: one character too many, a leading space, taken)."""

from __future__ import annotations

from typing import Annotated

import pytest
from pydantic import Field, ValidationError

from redgrid.common.commands import Command


class Body(Command):
    title: Annotated[str, Field(min_length=1, max_length=5)]
    note: Annotated[str, Field(max_length=3)] | None = None
    tags: Annotated[list[str], Field(max_length=2)] = []


def test_text_over_its_length_with_white_space_around_is_refused():
    with pytest.raises(ValidationError, match="title 不能超过 5 个字符"):
        Body.model_validate({"title": " abcde"})
    with pytest.raises(ValidationError, match="note 不能超过 3 个字符"):
        Body.model_validate({"title": "a", "note": "abc "})


def test_text_within_its_length_is_taken_stripped():
    body = Body.model_validate({"title": " abc ", "note": None, "tags": ["x", "y"]})
    assert body.title == "abc" and body.note is None and body.tags == ["x", "y"]
