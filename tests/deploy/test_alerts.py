"""The alerts and the dashboard (deploy/k8s/components/prometheus-operator): rendered with the
production overlay, every expression names only metrics the code exports (a renamed metric
would leave an alert that never fires), every alert has a severity, a summary and a runbook
that deploy/README.md has, and every gauge of what waits is on the dashboard."""

from __future__ import annotations

import importlib
import json
import re

import pytest
from prometheus_client import REGISTRY

from redgrid.common.settings import SERVICES

from .support import DEPLOY, kustomize_command, render

pytestmark = pytest.mark.skipif(kustomize_command() is None,
                                reason="needs kubectl (kustomize built in) or kustomize")
METRIC = re.compile(r"\bredgrid_[a-z0-9_]+")
SUFFIXES = {"counter": ("_total",), "histogram": ("_bucket", "_count", "_sum"), "gauge": ("",)}
WAITING = ("redgrid_outbox_backlog", "redgrid_outbox_oldest_age_seconds",
           "redgrid_consumer_pending_messages", "redgrid_dead_letters",
           "redgrid_notifications_undelivered", "redgrid_notifications_webhook_lag_seconds",
           "redgrid_notifications_live_streams_open")


def exported() -> set[str]:
    """Every series name the services can expose on /metrics."""
    for service in SERVICES:
        importlib.import_module(f"redgrid.{service}.main")
    names = set()
    for family in REGISTRY.collect():
        names |= {family.name + s for s in SUFFIXES.get(family.type, ("",))}
    return names


def alerts() -> list[dict]:
    (rule,) = [o for o in render("production") if o["kind"] == "PrometheusRule"]
    return [r for group in rule["spec"]["groups"] for r in group["rules"]]


def runbooks() -> set[str]:
    """The anchors of deploy/README.md's headings, as GitHub makes them."""
    headings = re.findall(r"^#+ (.+)$", (DEPLOY / "README.md").read_text(), re.M)
    return {re.sub(r"[^\w\- ]", "", h).strip().lower().replace(" ", "-") for h in headings}


def test_every_alert_names_metrics_the_code_exports():
    known = exported()
    assert "redgrid_outbox_backlog" in known and "redgrid_outbox_relayed_total" in known
    rules = alerts()
    assert len(rules) >= 10
    for rule in rules:
        named = set(METRIC.findall(rule["expr"]))
        assert named, rule["alert"]
        assert named <= known, f"{rule['alert']}: {named - known} not exported"


def test_every_alert_says_how_bad_what_and_where_its_runbook_is():
    anchors = runbooks()
    names = [r["alert"] for r in alerts()]
    assert len(names) == len(set(names))
    for rule in alerts():
        assert rule["labels"]["severity"] in ("critical", "warning"), rule["alert"]
        assert rule["annotations"]["summary"], rule["alert"]
        page, _, anchor = rule["annotations"]["runbook_url"].partition("#")
        assert page == "deploy/README.md" and anchor == rule["alert"].lower()
        assert anchor in anchors, f"deploy/README.md has no section {rule['alert']}"


def test_the_dashboard_shows_what_waits_with_metrics_the_code_exports():
    known = exported()
    dashboard = json.loads(
        (DEPLOY / "k8s/components/prometheus-operator/dashboards/redgrid.json").read_text())
    exprs = [t["expr"] for p in dashboard["panels"] for t in p.get("targets", [])]
    named = {m for e in exprs for m in METRIC.findall(e)}
    assert named <= known, named - known
    assert set(WAITING) <= named
    (configmap,) = [o for o in render("production") if o["kind"] == "ConfigMap"
                    and o["metadata"]["name"] == "redgrid-dashboard"]
    assert configmap["metadata"]["labels"]["grafana_dashboard"] == "1"
    assert json.loads(configmap["data"]["redgrid.json"]) == dashboard
