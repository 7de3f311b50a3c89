"""Log lines: JSON, with the context ids, and never the local variables of a crashed frame
(request bodies and contact data live there)."""

from __future__ import annotations

import io
import logging
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


def test_a_logged_phone_or_id_number_never_reaches_the_output(monkeypatch):
    out = io.StringIO()
    monkeypatch.setattr(sys, "stderr", out)
    logs.configure("tickets", "INFO", json=True)
    log = logs.get("test")
    log.info("居民来电13812345678反映漏水", phone="138 1234 5678", ticket_id="0190a5b3-1381-2345",
             body={"note": "身份证320102199001011232", "numbers": ["+8613912345678"]},
             number="DZ-20261207-0001")
    try:
        raise ValueError('duplicate key: (phone)=(13700001234) 张三丰')
    except ValueError:
        log.exception("intake.failed")
    logging.getLogger("uvicorn.error").warning("bad request from 13612345678")
    text = out.getvalue()
    for secret in ("13812345678", "1234 5678", "320102199001011232", "13912345678",
                   "13700001234", "13612345678"):
        assert secret not in text
    first = orjson.loads(text.splitlines()[0])
    assert first["event"] == "居民来电138****5678反映漏水" and first["phone"] == "138****5678"
    assert first["number"] == "DZ-20261207-0001" and first["ticket_id"] == "0190a5b3-1381-2345"
    assert "137****1234" in text and "136****5678" in text
