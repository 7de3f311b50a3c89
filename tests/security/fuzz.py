"""Schemathesis against one running service: its own OpenAPI, every check, seeded and
deterministic, with known ids mixed into the generated paths and queries so that the fuzzer
reaches past 404 into the use cases.

The engine runs in a worker thread and calls the service over HTTP on its free port while the
test's event loop serves it (and runs its consumers and workers): the service is in this
process, on the real database and NATS.
"""

from __future__ import annotations

import asyncio
import os
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Any

import schemathesis
from hypothesis import strategies as st
from schemathesis.engine import events, from_schema

# How long the hunt is: make test's run is short (6 examples per operation; the coverage phase,
# most of the cases, does not depend on it; roles other than system get the fuzzing phase
# only); make soak (FAULTS_SOAK=1) runs 40 and every phase for every role.
# REDGRID_FUZZ_EXAMPLES sets the examples per operation outright.
SOAKING = os.environ.get("FAULTS_SOAK") == "1"
EXAMPLES = int(os.environ.get("REDGRID_FUZZ_EXAMPLES", "40" if SOAKING else "6"))
ROLE_EXAMPLES = EXAMPLES if SOAKING else 3
SEED = int(os.environ.get("REDGRID_FUZZ_SEED", "20261001"))
SERVER_ERROR, UNPARSEABLE = "not_a_server_error", "xml_parses"


@schemathesis.check
def xml_parses(ctx, response, case) -> bool | None:
    """Every answer that says it is XML is well-formed XML (xml.etree parses it)."""
    kind = response.headers.get("content-type") or response.headers.get("Content-Type") or [""]
    media = (kind[0] if isinstance(kind, list) else kind).split(";")[0].strip().lower()
    # XML by its media type (RFC 7303: …/xml or …+xml), not by the letters: an xlsx is
    # application/vnd.openxmlformats-…, a zip
    if not (media.endswith("/xml") or media.endswith("+xml")):
        return None
    try:
        ET.fromstring(response.content)
    except ET.ParseError as exc:
        raise AssertionError(f"the XML answer does not parse: {exc}") from exc
    return True


@dataclass
class Finding:
    operation: str
    check: str
    title: str
    message: str
    reproduce: str

    def __str__(self) -> str:
        return f"{self.operation} [{self.check}] {self.title}: {self.message}\n  {self.reproduce}"


@dataclass
class Report:
    service: str
    operations: int = 0
    cases: int = 0
    findings: list[Finding] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    server_errors: int = 0  # answers that failed not_a_server_error (every one, not per kind)
    unparseable: int = 0  # XML answers no parser takes

    def summary(self, limit: int | None = 40) -> str:
        lines = [f"{self.service}: {self.operations} operations, {self.cases} cases, "
                 f"{len(self.findings)} findings, {len(self.errors)} errors, "
                 f"{self.server_errors} server errors, {self.unparseable} unparseable answers"]
        lines += [str(f) for f in self.findings[:limit]]
        lines += self.errors[:limit]
        return "\n".join(lines)


def _mixed(known: dict[str, list[str]]):
    """A before_generate hook: each known parameter is sometimes one of the seeded ids."""

    def mix(strategy):
        def swap(values: dict[str, Any]):
            if not isinstance(values, dict):
                return st.just(values)
            return st.fixed_dictionaries({
                k: (st.sampled_from(known[k]) | st.just(v)) if k in known else st.just(v)
                for k, v in values.items()})

        return strategy.flatmap(swap)

    return mix


def load(doc: dict, base_url: str, headers: dict[str, str], known: dict[str, list[str]],
         examples: int = EXAMPLES, exclude: tuple[str, ...] = (),
         only: tuple[str, ...] = (), coverage: bool = True) -> schemathesis.BaseSchema:
    """`only`: the checks to run (all when empty; xml_parses always); `coverage`: run the
    coverage phase (every boundary of every parameter), most of the cases."""
    config = schemathesis.Config.from_dict({
        "seed": SEED,
        "headers": headers,
        "base-url": base_url,
        "workers": 1,
        "request-timeout": 20,
        "max-stream-events": 1,
        "generation": {"max-examples": examples, "deterministic": True,
                       "database": "none", "mode": "all", "allow-x00": True},
        "checks": {"enabled": True} if not only else {
            "enabled": False, **{name: {"enabled": True} for name in (*only, UNPARSEABLE)}},
        "phases": {"examples": {"enabled": True}, "coverage": {"enabled": coverage},
                   "fuzzing": {"enabled": True}, "stateful": {"enabled": False}},
        "suppress-health-check": ["all"],
    })
    schema = schemathesis.openapi.from_dict(doc, config=config)
    if exclude:
        schema = schema.exclude(path=list(exclude))
    mix = _mixed(known)

    @schema.hook
    def before_generate_path_parameters(context, strategy):
        return mix(strategy)

    @schema.hook
    def before_generate_query(context, strategy):
        return mix(strategy)

    @schema.hook
    def filter_failure(context, failure, case, response) -> bool:
        return not _domain_refusal(failure, response)

    return schema


# Refusals of schema-valid input for rules JSON Schema cannot state: text PostgreSQL cannot
# hold, dates outside the years the services count with, a webhook URL whose host is no name
# an HTTP client can reach (an IDNA rule) or no public address (what DNS answers).
UNSTATABLE = {"unreadable_text", "out_of_range", "url_host", "url_not_allowed"}


def _domain_refusal(failure, response) -> bool:
    """A schema-valid request refused for a rule its schema cannot state: by the use case (a
    window that ends before it starts, a cursor this service never gave out, a retired grid: a
    422 problem without `errors`), by a rule across fields (an error on the body as a whole),
    or for text PostgreSQL cannot hold and dates outside the years the services count with.
    A refusal on one field for anything else means the OpenAPI is wrong, and stays a finding."""
    if getattr(failure, "title", "") != "Schema-valid request rejected" \
            or response.status_code != 422:
        return False
    try:
        body = response.json()
    except ValueError:
        return False
    if not isinstance(body, dict) or not body.get("type", "").endswith("/invalid"):
        return False
    return all(e.get("loc") == ["body"] or e.get("type") in UNSTATABLE
               for e in body.get("errors", []))


def run(schema: schemathesis.BaseSchema, service: str) -> Report:
    """Every phase over every operation; failures collected, not raised."""
    report = Report(service)
    seen: set[tuple[str, str, str]] = set()
    for event in from_schema(schema).execute():
        if isinstance(event, events.ScenarioFinished | events.FuzzScenarioFinished):
            recorder = event.recorder
            report.cases += len(recorder.cases)
            for checks in recorder.checks.values():
                for check in checks:
                    info = check.failure_info
                    if info is None:
                        continue
                    report.server_errors += check.name == SERVER_ERROR
                    report.unparseable += check.name == UNPARSEABLE
                    failure = info.failure
                    key = (recorder.label, check.name, getattr(failure, "title", ""))
                    if key in seen:
                        continue
                    seen.add(key)
                    report.findings.append(Finding(
                        recorder.label, check.name, getattr(failure, "title", ""),
                        (getattr(failure, "message", "") or "")[:600],
                        getattr(info, "code_sample", "")[:800]))
        elif isinstance(event, events.NonFatalError):
            report.errors.append(f"{event.label}: {event.info.format()[:800]}")
        elif isinstance(event, events.FatalError):
            report.errors.append(f"fatal: {event.exception!r}")
        elif isinstance(event, events.PhaseFinished):
            pass
    report.operations = sum(1 for _ in schema.get_all_operations())
    return report


async def fuzz(schema: schemathesis.BaseSchema, service: str) -> Report:
    return await asyncio.to_thread(run, schema, service)
