"""deploy/k8s at its edges, rendered offline: what leaves the cluster (notifications alone reaches
this deployment's SMTP host, SMS provider and webhook receivers, nothing more; every other service
nothing) and what comes in (an Ingress with TLS serving the web app at / and each service at
/api/<service>/… with the prefix stripped, as `vite preview` does for make dev)."""

from __future__ import annotations

import ipaddress
import json
import re

import pytest

from redgrid.common.settings import SERVICES

from .support import ROOT, kustomize_command
from .test_kubernetes import OVERLAYS, matches, objects, one

pytestmark = pytest.mark.skipif(kustomize_command() is None,
                                reason="needs kubectl (kustomize built in) or kustomize")

EVERYONE = {"redgrid-egress-identity-provider"}  # production: every service fetches its keys


def pod_labels(overlay: str, name: str) -> dict:
    return one(overlay, "Deployment", name)["spec"]["template"]["metadata"]["labels"]


def policies_of(overlay: str, name: str) -> set[str]:
    labels = pod_labels(overlay, name)
    return {n for n, p in objects(overlay, "NetworkPolicy").items()
            if matches(p["spec"]["podSelector"].get("matchLabels", {}), labels)}


def config(overlay: str) -> dict[str, str]:
    return next(iter(objects(overlay, "ConfigMap").values()))["data"]


@pytest.mark.parametrize("overlay", OVERLAYS)
@pytest.mark.parametrize("service", [s for s in SERVICES if s != "notifications"])
def test_other_services_get_no_way_out_besides_what_they_had(overlay, service):
    extra = {"tickets": {"redgrid-egress-object-store-tickets"}}.get(service, set())
    expected = {f"redgrid-{service}"} | extra | (EVERYONE if overlay == "production" else set())
    assert policies_of(overlay, f"redgrid-{service}") == expected


def test_notifications_reaches_exactly_its_configured_destinations():
    settings = config("production")
    assert policies_of("production", "redgrid-notifications") == \
        {"redgrid-notifications", "redgrid-egress-notifications"} | EVERYONE
    policy = one("production", "NetworkPolicy", "redgrid-egress-notifications")
    assert policy["spec"]["policyTypes"] == ["Egress"] and "ingress" not in policy["spec"]
    smtp, sms, webhooks = policy["spec"]["egress"]  # in this order, as the file documents
    assert smtp["ports"] == [{"port": int(settings["REDGRID_SMTP_PORT"]), "protocol": "TCP"}]
    assert settings["REDGRID_SMS_URL"].startswith("https://")
    assert sms["ports"] == webhooks["ports"] == [{"port": 443, "protocol": "TCP"}]
    assert len(smtp["to"]) == 1 and len(sms["to"]) == 1
    assert len(webhooks["to"]) == len(json.loads(settings["REDGRID_WEBHOOK_ALLOWED_HOSTS"]))
    for rule in (smtp, sms, webhooks):
        for peer in rule["to"]:
            assert list(peer) == ["ipBlock"] and set(peer["ipBlock"]) == {"cidr"}
            network = ipaddress.ip_network(peer["ipBlock"]["cidr"])
            assert network.prefixlen >= 24  # one destination's addresses, never 0.0.0.0/0
    # the others' pods are not selected
    for service in SERVICES:
        if service != "notifications":
            assert not matches(policy["spec"]["podSelector"]["matchLabels"],
                               pod_labels("production", f"redgrid-{service}"))


def test_notifications_settings_name_the_places_the_policy_opens(monkeypatch):
    from redgrid.notifications.settings import NotificationSettings

    for key, value in config("production").items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("REDGRID_DB_PASSWORD", "a-secret-from-kubernetes-0123456789abcd")
    settings = NotificationSettings()
    assert settings.smtp_host and settings.smtp_starttls and settings.sms_url
    assert settings.webhook_allowed_hosts and not settings.webhook_allow_http


def test_dev_opens_nothing_for_notifications():
    assert policies_of("dev", "redgrid-notifications") == {"redgrid-notifications"}


def rewrite(ingress: dict, path: str) -> tuple[str, str] | None:
    """(backend Service, path it receives) as ingress-nginx routes `path`: the longest regex
    that matches its start, then rewrite-target's capture groups."""
    target = ingress["metadata"]["annotations"]["nginx.ingress.kubernetes.io/rewrite-target"]
    (rule,) = ingress["spec"]["rules"]
    for entry in sorted(rule["http"]["paths"], key=lambda p: -len(p["path"])):
        m = re.match(entry["path"], path)
        if m:
            return entry["backend"]["service"]["name"], m.expand(target.replace("$", "\\"))
    return None


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_the_ingress_serves_the_web_app_and_each_service_under_api_over_tls(overlay):
    (ingress,) = objects(overlay, "Ingress").values()
    assert ingress["apiVersion"] == "networking.k8s.io/v1"
    (rule,) = ingress["spec"]["rules"]
    (tls,) = ingress["spec"]["tls"]
    assert tls["hosts"] == [rule["host"]] and tls["secretName"]
    assert ingress["metadata"]["annotations"]["nginx.ingress.kubernetes.io/ssl-redirect"] == "true"
    services = objects(overlay, "Service")
    for entry in rule["http"]["paths"]:
        backend = entry["backend"]["service"]
        assert backend["port"] == {"name": "http"}
        assert {"name": "http", "port": 80, "targetPort": "http", "protocol": "TCP"} in \
            services[backend["name"]]["spec"]["ports"]
    for service in SERVICES:
        assert rewrite(ingress, f"/api/{service}/v1/things?x=1") == \
            (f"redgrid-{service}", "/v1/things?x=1")
        assert rewrite(ingress, f"/api/{service}") == (f"redgrid-{service}", "/")
        env = {e["name"]: e.get("value") for e in one(overlay, "Deployment", f"redgrid-{service}")
               ["spec"]["template"]["spec"]["containers"][0]["env"]}
        assert env["REDGRID_ROOT_PATH"] == f"/api/{service}"  # its docs and links say so
    assert rewrite(ingress, "/api/ticketsx/v1") == ("redgrid-web", "/api/ticketsx/v1")
    for page in ("/", "/m/report", "/desk/", "/assets/index-abc.js"):
        assert rewrite(ingress, page) == ("redgrid-web", page)
    if overlay == "production":
        assert rule["host"].endswith(".example") and "cert-manager.io/cluster-issuer" in \
            ingress["metadata"]["annotations"]


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_the_web_app_runs_locked_down_and_reaches_nothing(overlay):
    deployment = one(overlay, "Deployment", "redgrid-web")
    pod = deployment["spec"]["template"]
    labels = pod["metadata"]["labels"]
    assert labels["app.kubernetes.io/component"] == "web"
    (container,) = pod["spec"]["containers"]
    assert container["image"].split(":")[0].endswith("redgrid-web")
    security = container["securityContext"]
    assert security["readOnlyRootFilesystem"] and security["runAsNonRoot"]
    assert security["capabilities"] == {"drop": ["ALL"]}
    assert pod["spec"]["automountServiceAccountToken"] is False
    assert {"name": "tmp", "mountPath": "/tmp"} in container["volumeMounts"]
    (port,) = container["ports"]
    assert f"listen {port['containerPort']};" in (ROOT / "web" / "nginx.conf").read_text()
    assert policies_of(overlay, "redgrid-web") == {"redgrid-web"}
    policy = one(overlay, "NetworkPolicy", "redgrid-web")
    assert policy["spec"]["egress"] == [] and policy["spec"]["policyTypes"] == ["Ingress", "Egress"]
    assert matches(one(overlay, "Service", "redgrid-web")["spec"]["selector"], labels)
    assert matches(one(overlay, "PodDisruptionBudget", "redgrid-web")["spec"]["selector"][
        "matchLabels"], labels)
    dockerfile = (ROOT / "web" / "Dockerfile").read_text()
    assert "npm run build" in dockerfile and "/web/dist /usr/share/nginx/html" in dockerfile
