"""The e-mail pattern the registry checks is the one its OpenAPI documents, and means the same in
Python and in the ECMA-262 regexes generated clients validate with: no character class whose
meaning differs between the two (\\s did: U+0085 and U+001C-U+001F are white space to Python
only, U+FEFF to ECMA-262 only)."""

from __future__ import annotations

import re

import pytest
from pydantic import TypeAdapter, ValidationError

from redgrid.registry.commands import Email, PersonCreate

EMAIL = TypeAdapter(Email)
PATTERN = EMAIL.json_schema()["pattern"]
# ECMA-262 white space and line terminators (\s there), and Python's extra ones
ECMA_SPACE = "\t\n\x0b\x0c\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007" \
             "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
PYTHON_ONLY = "\x1c\x1d\x1e\x1f\x85"


def server_takes(value: str) -> bool:
    try:
        EMAIL.validate_python(value)
    except ValidationError:
        return False
    return True


def test_the_documented_pattern_is_the_one_person_create_checks():
    doc = PersonCreate.model_json_schema()
    branches = doc["properties"]["email"].get("anyOf", [doc["properties"]["email"]])
    assert PATTERN in [b.get("pattern") for b in branches]
    assert r"\s" not in PATTERN and r"\S" not in PATTERN and r"\w" not in PATTERN


@pytest.mark.parametrize("ch", ECMA_SPACE + PYTHON_ONLY, ids=lambda c: f"U+{ord(c):04X}")
def test_spec_and_server_agree_on_every_kind_of_space(ch):
    value = f"a{ch}b@c.de"
    assert not re.fullmatch(PATTERN, value)  # the documented pattern refuses it…
    assert not server_takes(value)  # …and so does the server


@pytest.mark.parametrize("value", ["a@b.cn", "wang.fang+grid@example.com", "王芳@例子.中国"])
def test_ordinary_addresses_pass_both(value):
    assert re.fullmatch(PATTERN, value) and server_takes(value)
