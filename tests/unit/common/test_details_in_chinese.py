"""Every refusal a person reads is said in Chinese, with its English twin for
`Accept-Language: en`: each domain error raised in services/ and libs/ with words of its own
gives them in Chinese and names an `en=`; each validator of ours (PydanticCustomError) says its
message in Chinese with the English in its context. Read from the source: new code keeps to it."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from redgrid.common import errors

ROOT = Path(__file__).resolve().parents[3]
SOURCES = [p for base in ("services", "libs") for p in sorted((ROOT / base).rglob("*.py"))
           if "tests" not in p.relative_to(ROOT).parts]
CJK = re.compile(r"[\u4e00-\u9fff]")


def _kinds(base: type) -> set[str]:
    return {base.__name__} | {n for sub in base.__subclasses__() for n in _kinds(sub)}


ERRORS = _kinds(errors.DomainError)


def _words(node: ast.AST) -> str | None:
    """The literal text of a detail (its f-string and `+` parts); None when not literal."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        parts = [_words(node.left), _words(node.right)]
        return None if parts == [None, None] else "".join(p or "" for p in parts)
    return None


def _calls(name_in: set[str]):
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                f = node.func
                name = f.id if isinstance(f, ast.Name) else getattr(f, "attr", None)
                if name in name_in:
                    yield f"{path.relative_to(ROOT)}:{node.lineno}", node


def test_the_scan_finds_the_errors_raised():
    assert {"Invalid", "Conflict", "NotFound", "Forbidden", "InvalidTransition"} <= ERRORS
    assert len(SOURCES) > 100 and sum(1 for _ in _calls(ERRORS)) > 250


def test_every_domain_error_is_said_in_chinese_with_an_english_twin():
    wrong = []
    for where, call in _calls(ERRORS):
        if not call.args:
            continue  # no words of its own: the title (wording.TITLES) says it
        words = _words(call.args[0])
        if words is not None and not CJK.search(words):
            wrong.append(f"{where}: not Chinese: {words!r}")
        if not any(k.arg == "en" for k in call.keywords):
            wrong.append(f"{where}: no en= twin")
    assert not wrong, "\n".join(wrong)


def test_our_validators_say_their_message_in_chinese_with_the_english_in_context():
    wrong = []
    for where, call in _calls({"PydanticCustomError"}):
        message = _words(call.args[1]) if len(call.args) > 1 else None
        context = call.args[2] if len(call.args) > 2 else None
        if message is None or not CJK.search(message):
            wrong.append(f"{where}: not Chinese: {message!r}")
        if not (isinstance(context, ast.Dict)
                and any(isinstance(k, ast.Constant) and k.value == "en" for k in context.keys)):
            wrong.append(f"{where}: no 'en' in its context")
    assert not wrong, "\n".join(wrong)
