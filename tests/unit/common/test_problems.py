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


def test_a_constraint_the_use_case_missed_is_a_409_or_422_that_names_no_table():
    cases = [
        (asyncpg.ForeignKeyViolationError(
            'insert or update on table "teams" violates foreign key constraint '
            '"teams_leader_id_fkey"'), 422, "/invalid"),
        (asyncpg.UniqueViolationError(
            'duplicate key value violates unique constraint "orgs_code_key"'), 409, "/conflict"),
        (asyncpg.ExclusionViolationError('conflicting key value violates exclusion constraint '
                                         '"bookings_no_overlap"'), 409, "/conflict"),
        (asyncpg.CheckViolationError('new row for relation "posts" violates check constraint '
                                     '"posts_seats_check"'), 422, "/invalid"),
        (asyncpg.NotNullViolationError('null value in column "name" of relation "units"'),
         422, "/invalid"),
        (asyncpg.DatetimeFieldOverflowError('date/time field value out of range: '
                                            '"10000-01-01"'), 422, "/invalid"),
        (asyncpg.NumericValueOutOfRangeError("value out of range for type integer"),
         422, "/invalid"),
    ]
    for exc, status, slug in cases:
        r = app_raising(exc).get("/boom")
        assert r.status_code == status and r.headers["content-type"] == PROBLEM, r.text
        body = r.json()
        assert body["type"].endswith(slug) and body["status"] == status
        assert any("\u4e00" <= ch <= "\u9fff" for ch in body["detail"])  # said in Chinese
        for inside in ("teams", "fkey", "constraint", "relation", "column", "10000", "integer"):
            assert inside not in r.text, (inside, r.text)


def test_a_domain_error_says_its_detail_in_chinese_and_in_english_on_request():
    from redgrid.common.errors import Conflict, Forbidden

    client = app_raising(Conflict("该时段无空闲的合适人选，请指定人员或婉拒",
                                  en="nobody suitable is free at that time", booked_from="x"))
    body = client.get("/boom").json()
    assert body["title"] == "与当前状态冲突"
    assert body["detail"] == "该时段无空闲的合适人选，请指定人员或婉拒"
    assert body["booked_from"] == "x"  # its own members, whatever the language
    body = client.get("/boom", headers={"Accept-Language": "en-GB,en;q=0.9"}).json()
    assert body["detail"] == "nobody suitable is free at that time" and body["booked_from"] == "x"
    body = app_raising(Forbidden()).get("/boom").json()  # no words of its own: the title only
    assert body["title"] == "无权进行此操作" and "detail" not in body


def test_a_database_refusal_is_said_in_english_on_request():
    r = app_raising(asyncpg.UniqueViolationError('duplicate key value violates unique constraint '
                                                 '"orgs_code_key"')
                    ).get("/boom", headers={"Accept-Language": "en"})
    assert r.status_code == 409 and r.json()["detail"] == "the same record exists already"
