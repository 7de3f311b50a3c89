"""What a refusal says: Chinese by default, English with Accept-Language: en, the field and the
mistake named without regexes or reprs; a query parameter the operation does not take refused,
not ignored."""

from __future__ import annotations

import pytest

from redgrid.common.testing import run_service
from redgrid.registry.main import spec

pytestmark = pytest.mark.asyncio(loop_scope="session")


@pytest.fixture(scope="module")
async def registry(stack, clean_nats):
    database = await stack.new_database()
    async with run_service(spec, stack, database) as h:
        yield h


async def test_a_bad_body_is_explained_in_chinese_then_in_english(registry):
    body = {"name": "", "home_org_id": "not-an-id", "phone": "abc", "extra": 1}
    r = await registry.client.post("/v1/people", json=body, headers=registry.auth("system"))
    assert r.status_code == 422 and r.headers["content-type"].startswith("application/problem")
    p = r.json()
    assert p["title"] == "请求内容有误"
    msgs = {e["loc"][-1]: e["msg"] for e in p["errors"]}
    assert msgs["name"] == "至少 1 个字符" and msgs["phone"] == "格式不正确"
    assert msgs["home_org_id"] == "应为有效的编号（UUID）" and msgs["extra"] == "不接受此字段"
    assert "name：至少 1 个字符" in p["detail"]
    assert "^" not in r.text and "<" not in r.text  # no regex, no repr
    r = await registry.client.post("/v1/people", json=body,
                                   headers=registry.auth("system") | {"Accept-Language": "en"})
    assert r.json()["title"] == "The request is not valid"
    assert {e["loc"][-1]: e["msg"] for e in r.json()["errors"]}["phone"] == \
        "is not in the expected format"


async def test_problem_titles_follow_the_language(registry):
    r = await registry.client.get("/v1/orgs")
    assert (r.status_code, r.json()["title"]) == (401, "需要登录")
    r = await registry.client.get("/v1/orgs", headers={"Accept-Language": "en-US,en;q=0.9"})
    assert r.json()["title"] == "A valid bearer token is required"
    r = await registry.client.get("/v1/nowhere")
    assert (r.status_code, r.json()["title"]) == (404, "未找到，或不在您的管辖范围内")


async def test_an_unknown_query_parameter_is_refused_not_ignored(registry):
    r = await registry.client.get("/v1/people", params={"phone": "13800001111"},
                                  headers=registry.auth("system"))
    assert r.status_code == 422, r.text
    assert r.json()["detail"] == "不接受的查询参数：phone"
    assert r.json()["errors"] == [{"loc": ["query", "phone"], "msg": "不接受此查询参数",
                                   "type": "extra_forbidden"}]
    ok = await registry.client.get("/v1/people", params={"limit": 5},
                                   headers=registry.auth("system"))
    assert ok.status_code == 200
