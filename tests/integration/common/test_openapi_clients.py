"""Each service's OpenAPI is one a frontend can generate from: valid OpenAPI 3.1, operationIds
`<service>_<function>` unique in the document, bearer and OIDC security schemes with each
operation's own security, an example for every request body (and each example valid against its
schema), the problem types listed; /docs and /redoc name no other origin. Then the TypeScript
clients generated from the documents (web/scripts/clients.mjs) are the committed ones, and they
compile under strict tsc. Needs node and web/node_modules (`cd web && npm ci`): missing, it fails."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import httpx
import jsonschema
import pytest
from openapi_spec_validator import validate

from redgrid.common.cli import openapi_document
from redgrid.common.service import build_app, load_spec
from redgrid.common.settings import SERVICES

WEB = Path(__file__).resolve().parents[3] / "web"
METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}


async def served(name: str, path: str) -> httpx.Response:
    """What the app answers, built but not started (these paths need no database)."""
    spec = load_spec(name)
    app = build_app(spec, spec.settings(environment="test"))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                 base_url="http://test") as client:
        return await client.get(path)


def operations(doc: dict):
    for path, item in doc["paths"].items():
        for method, op in item.items():
            if method in METHODS:
                yield f"{method.upper()} {path}", op


def against(doc: dict, schema: dict) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator({**schema, "components": doc["components"]})


@pytest.mark.parametrize("name", SERVICES)
async def test_the_document_is_valid_and_generable(name):
    doc = (await served(name, "/openapi.json")).json()
    assert doc == openapi_document(name), "the served document is the one the CLI writes"
    validate(doc)
    ids = [op["operationId"] for _, op in operations(doc)]
    assert len(ids) == len(set(ids)), f"repeated operationIds: {sorted(ids)}"
    assert all(re.fullmatch(rf"{name}_[a-z0-9_]+", i) for i in ids), ids
    schemes = doc["components"]["securitySchemes"]
    assert schemes["bearer"] == {**schemes["bearer"], "type": "http", "scheme": "bearer"}
    assert schemes["oidc"]["type"] == "openIdConnect"
    assert schemes["oidc"]["openIdConnectUrl"].endswith("/.well-known/openid-configuration")
    for where, op in operations(doc):
        assert "security" in op, where
        if 401 in map(int, (s for s in op["responses"] if s.isdigit())) and op["security"] == []:
            pytest.fail(f"{where} answers 401 but asks for no token")
        for media_type, media in op.get("requestBody", {}).get("content", {}).items():
            assert "example" in media, f"{where}: no example for its {media_type} body"
        for status, answer in [("body", op.get("requestBody", {})), *op["responses"].items()]:
            for media in answer.get("content", {}).values():
                assert "itemSchema" not in media, f"{where}: itemSchema is OAS 3.2"
                if "example" in media:
                    errors = [e.message for e in against(doc, media["schema"])
                              .iter_errors(media["example"])]
                    assert not errors, f"{where} {status}: the example is invalid: {errors}"
    types = doc["components"]["schemas"]["Problem"]["properties"]["type"]["examples"]
    assert {"https://redgrid.dev/problems/invalid-transition",
            "https://redgrid.dev/problems/unavailable"} <= set(types)


@pytest.mark.parametrize("name", SERVICES)
async def test_protected_and_public_operations_say_so(name):
    doc = openapi_document(name)
    public = {"/healthz", "/readyz", "/metrics", "/asyncapi.json"}
    for where, op in operations(doc):
        if where.split(" ", 1)[1] in public:
            assert op["security"] == [], where
    protected = [op for _, op in operations(doc) if {"bearer": []} in op["security"]]
    assert protected, "every service has operations that need a token"


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
async def test_the_docs_load_nothing_from_another_origin(page):
    html = (await served("tickets", page)).text
    assert not re.findall(r"https?://", html), re.findall(r"https?://[^\s\"']+", html)
    assets = re.findall(r"[\"'](/docs-assets/[^\"']+)[\"']", html)
    assert assets, html
    for asset in assets:
        assert (await served("tickets", asset)).status_code == 200, asset


def test_the_generated_clients_are_committed_and_compile(tmp_path):
    node, tsc = shutil.which("node"), WEB / "node_modules" / ".bin" / "vue-tsc"
    assert node, "node is needed to generate the web clients"
    assert tsc.exists(), "run `cd web && npm ci` (make test does) before the tests"
    documents, generated = tmp_path / "openapi", tmp_path / "generated"
    documents.mkdir()
    for name in SERVICES:
        (documents / f"{name}.json").write_text(json.dumps(openapi_document(name)))
    subprocess.run([node, "scripts/clients.mjs", "--in", str(documents), "--out", str(generated)],
                   cwd=WEB, check=True, capture_output=True, timeout=300)
    committed = WEB / "src" / "api" / "generated"
    for name in SERVICES:
        assert (generated / f"{name}.ts").read_text() == (committed / f"{name}.ts").read_text(), (
            f"web/src/api/generated/{name}.ts is stale: .venv/bin/redgrid openapi all --out "
            f"../.redgrid/openapi && cd web && npm run clients")
    # the whole app, as `npm run build` checks it: the clients and every page that calls them
    compiled = subprocess.run([str(tsc), "--noEmit", "-p", "tsconfig.app.json"], cwd=WEB,
                              capture_output=True, text=True, timeout=600)
    assert compiled.returncode == 0, compiled.stdout + compiled.stderr
