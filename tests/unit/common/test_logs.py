"""Logs are JSON lines with the service and the request's ids, and never carry local
variables of a traceback (tokens, bodies and residents' data live there)."""

from __future__ import annotations

import json

from redgrid.common import logs


def test_an_error_log_has_the_traceback_but_no_locals(capsys):
    logs.configure("probe", "INFO", json=True)
    log = logs.get("test")
    secret_phone = "13912345678"
    token = "Bearer eyJhbGciOiJIUzI1NiJ9.secret"
    with logs.bound_contextvars(request_id="req-1", correlation_id="req-1"):
        try:
            raise ValueError("boom")
        except ValueError:
            log.exception("http.unhandled", phone_hint="none")
    line = capsys.readouterr().err.strip().splitlines()[-1]
    record = json.loads(line)
    assert record["service"] == "probe" and record["request_id"] == "req-1"
    assert record["exception"][0]["exc_type"] == "ValueError"
    assert secret_phone not in line and "secret" not in line and token not in line
    assert all("locals" not in frame for frame in record["exception"][0]["frames"])
