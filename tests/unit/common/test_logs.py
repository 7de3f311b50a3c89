"""Log lines: JSON, with the context ids, and never the local variables of a crashed frame
(request bodies and contact data live there)."""

from __future__ import annotations

import io
import sys

import orjson

from redgrid.common import logs


def test_a_logged_crash_shows_its_frames_but_not_their_variables(monkeypatch):
    out = io.StringIO()
    monkeypatch.setattr(sys, "stderr", out)  # the sink follows sys.stderr as it is
    logs.configure("registry", "INFO", json=True)
    log = logs.get("test")

    def register(phone: str) -> None:
        address = "双井巷12号3栋2单元401室"  # noqa: F841 - a local the traceback must not show
        raise ValueError("cannot register")

    try:
        register("13800000001")
    except ValueError:
        log.exception("registry.crashed")
    line = orjson.loads(out.getvalue().splitlines()[-1])
    assert line["event"] == "registry.crashed" and line["service"] == "registry"
    frames = line["exception"][0]["frames"]
    assert [f["name"] for f in frames][-1] == "register"
    assert "13800000001" not in out.getvalue() and "双井巷" not in out.getvalue()
