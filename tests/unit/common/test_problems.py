"""Errors the database raises become problem+json answers: unavailable and timed out are 503s
a client may retry, anything else a 500 that says nothing of the inside."""

from __future__ import annotations

import asyncpg
from fastapi import FastAPI
from fastapi.testclient import TestClient

from redgrid.common.http import PROBLEM, install_problem_handlers


def app_raising(exc: Exception) -> TestClient:
    app = FastAPI()
    install_problem_handlers(app)

    @app.get("/boom")
    async def boom():
        raise exc

    return TestClient(app, raise_server_exceptions=False)


def test_a_query_past_the_command_timeout_is_a_503_to_retry():
    r = app_raising(asyncpg.QueryCanceledError("canceling statement due to user request")
                    ).get("/boom")
    assert r.status_code == 503 and r.headers["content-type"] == PROBLEM
    assert r.json()["type"].endswith("/timed-out") and r.headers["Retry-After"]


def test_a_lost_database_is_a_503_and_a_bug_a_500_that_tells_nothing():
    r = app_raising(asyncpg.ConnectionDoesNotExistError("gone")).get("/boom")
    assert r.status_code == 503 and r.json()["type"].endswith("/unavailable")
    r = app_raising(asyncpg.UndefinedColumnError('column "secret" does not exist')).get("/boom")
    assert r.status_code == 500 and "secret" not in r.text
