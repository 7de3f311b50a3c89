"""deploy/k8s: every overlay renders with kustomize, every object validates against the
Kubernetes schemas (kubernetes-validate, strict), and each service gets what an operator expects:
probes, resources, a locked-down pod, a budget, an autoscaler, a Service, a NetworkPolicy that lets
it reach only NATS, PostgreSQL and DNS, its own ServiceAccount, settings that start, and Secrets
that deploy/k8s/secrets.sh makes. Notifications alone reaches the configured SMTP host, SMS
provider and webhook receivers; an Ingress serves the web app and /api/<service>/… over TLS
(test_kubernetes_edges.py).

CloudNativePG (Cluster, ScheduledBackup), the Barman Cloud plugin (ObjectStore) and the Prometheus
Operator (ServiceMonitor, PodMonitor) are custom resources whose schemas no package here ships:
they are checked field by field below instead.
"""

from __future__ import annotations

import base64
import os
import subprocess

import kubernetes_validate
import pytest

from redgrid.common.settings import SERVICES, Settings

from .support import DEPLOY, kustomize_command, load_yaml_documents, render

pytestmark = pytest.mark.skipif(kustomize_command() is None,
                                reason="needs kubectl (kustomize built in) or kustomize")

OVERLAYS = ("dev", "production")
# The oldest Kubernetes still supported by the major distributions, and the newest schemas.
KUBERNETES = ("1.29.0", kubernetes_validate.latest_version())
CUSTOM = {("postgresql.cnpg.io/v1", "Cluster"), ("postgresql.cnpg.io/v1", "ScheduledBackup"),
          ("barmancloud.cnpg.io/v1", "ObjectStore"), ("monitoring.coreos.com/v1", "ServiceMonitor"),
          ("monitoring.coreos.com/v1", "PodMonitor"),
          ("monitoring.coreos.com/v1", "PrometheusRule")}
MADE_BY_OPERATOR = {"redgrid-pg-superuser"}  # CloudNativePG, enableSuperuserAccess


def objects(overlay: str, kind: str) -> dict[str, dict]:
    return {o["metadata"]["name"]: o for o in render(overlay) if o["kind"] == kind}


def one(overlay: str, kind: str, name: str) -> dict:
    return objects(overlay, kind)[name]


def matches(selector: dict, labels: dict) -> bool:
    return selector and all(labels.get(k) == v for k, v in selector.items())


def pod_containers(pod: dict) -> list[dict]:
    return pod["spec"].get("initContainers", []) + pod["spec"]["containers"]


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_every_object_validates_against_the_kubernetes_schemas(overlay):
    docs = render(overlay)
    assert len(docs) > 30
    unchecked = set()
    for doc in docs:
        for version in KUBERNETES:
            try:
                kubernetes_validate.validate(doc, version, strict=True)
            except kubernetes_validate.SchemaNotFoundError:
                unchecked.add((doc["apiVersion"], doc["kind"]))
            except kubernetes_validate.ValidationError as exc:
                pytest.fail(f"{doc['kind']}/{doc['metadata']['name']} against {version}: "
                            f"{'.'.join(map(str, exc.path))}: {exc.message}")
    assert unchecked <= CUSTOM, f"no schema for {unchecked - CUSTOM}"
    namespace = next(o["metadata"]["name"] for o in docs if o["kind"] == "Namespace")
    assert {o["metadata"].get("namespace") for o in docs if o["kind"] != "Namespace"} == {namespace}


def test_the_validator_has_teeth():
    deployment = one("production", "Deployment", "redgrid-registry")
    broken = {**deployment, "spec": {**deployment["spec"], "replicas": "two"}}
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(broken, KUBERNETES[0], strict=True)
    unknown = {**deployment, "spec": {**deployment["spec"], "replica": 2}}
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(unknown, KUBERNETES[0], strict=True)


@pytest.mark.parametrize("overlay", OVERLAYS)
@pytest.mark.parametrize("service", SERVICES)
def test_each_service_runs_locked_down_with_probes_and_resources(overlay, service):
    name = f"redgrid-{service}"
    deployment = one(overlay, "Deployment", name)
    pod = deployment["spec"]["template"]
    assert "replicas" not in deployment["spec"]  # the autoscaler owns it
    assert matches(deployment["spec"]["selector"]["matchLabels"], pod["metadata"]["labels"])
    assert pod["metadata"]["labels"]["app.kubernetes.io/name"] == service
    spec = pod["spec"]
    main = spec["containers"][0]
    assert main["args"] == ["run", service]
    assert spec["initContainers"][0]["args"] == ["migrate", service]
    assert {p["name"]: p["containerPort"] for p in main["ports"]} == {"http": 8080}
    assert main["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": "http"}
    assert main["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": "http"}
    assert main["lifecycle"]["preStop"]["exec"]["command"][0] == "sleep"
    assert spec["terminationGracePeriodSeconds"] >= 45
    assert spec["serviceAccountName"] == name and spec["automountServiceAccountToken"] is False
    assert spec["enableServiceLinks"] is False
    assert spec["securityContext"]["runAsNonRoot"] is True
    assert spec["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
    tmp = next(v for v in spec["volumes"] if v["name"] == "tmp")
    assert "emptyDir" in tmp
    for container in pod_containers(pod):
        security = container["securityContext"]
        assert security["readOnlyRootFilesystem"] is True
        assert security["runAsNonRoot"] is True and security["runAsUser"] != 0
        assert security["allowPrivilegeEscalation"] is False
        assert security["capabilities"] == {"drop": ["ALL"]}
        assert security["seccompProfile"] == {"type": "RuntimeDefault"}
        assert {"cpu", "memory"} <= set(container["resources"]["requests"])
        assert "memory" in container["resources"]["limits"]
        assert {"name": "tmp", "mountPath": "/tmp"} in container["volumeMounts"]
        assert container["image"].split(":")[0].endswith("redgrid")


@pytest.mark.parametrize("overlay", OVERLAYS)
@pytest.mark.parametrize("service", SERVICES)
def test_each_service_has_its_budget_autoscaler_service_account_and_service(overlay, service):
    name = f"redgrid-{service}"
    labels = one(overlay, "Deployment", name)["spec"]["template"]["metadata"]["labels"]
    budget = one(overlay, "PodDisruptionBudget", name)
    assert matches(budget["spec"]["selector"]["matchLabels"], labels)
    assert budget["spec"]["maxUnavailable"] == 1
    scaler = one(overlay, "HorizontalPodAutoscaler", name)
    assert scaler["spec"]["scaleTargetRef"] == {"apiVersion": "apps/v1", "kind": "Deployment",
                                                "name": name}
    assert 1 <= scaler["spec"]["minReplicas"] < scaler["spec"]["maxReplicas"]
    if overlay == "production":
        assert scaler["spec"]["minReplicas"] >= 2
    assert one(overlay, "ServiceAccount", name)["automountServiceAccountToken"] is False
    service_object = one(overlay, "Service", name)
    assert matches(service_object["spec"]["selector"], labels)
    # only this service's pods
    others = [o for o in objects(overlay, "Deployment").values() if o["metadata"]["name"] != name]
    assert not any(matches(service_object["spec"]["selector"],
                           o["spec"]["template"]["metadata"]["labels"]) for o in others)
    assert service_object["spec"]["ports"] == [{"name": "http", "port": 80, "targetPort": "http",
                                                "protocol": "TCP"}]


@pytest.mark.parametrize("overlay", OVERLAYS)
@pytest.mark.parametrize("service", SERVICES)
def test_each_service_reaches_only_nats_postgres_and_dns(overlay, service):
    name = f"redgrid-{service}"
    labels = one(overlay, "Deployment", name)["spec"]["template"]["metadata"]["labels"]
    policy = one(overlay, "NetworkPolicy", name)
    assert matches(policy["spec"]["podSelector"]["matchLabels"], labels)
    assert policy["spec"]["policyTypes"] == ["Ingress", "Egress"]
    assert policy["spec"]["ingress"] == [{"ports": [{"port": "http", "protocol": "TCP"}]}]
    allowed = {}
    for rule in policy["spec"]["egress"]:
        ports = tuple(sorted((p["port"], p["protocol"]) for p in rule["ports"]))
        for peer in rule["to"]:
            assert set(peer) <= {"podSelector", "namespaceSelector"}  # no ipBlock
            (expression,) = peer["podSelector"]["matchExpressions"]
            allowed[(expression["key"], tuple(expression["values"]))] = ports
    assert allowed == {
        ("app.kubernetes.io/name", ("nats",)): ((4222, "TCP"),),
        ("cnpg.io/cluster", ("redgrid-pg",)): ((5432, "TCP"),),
        ("k8s-app", ("kube-dns",)): ((53, "TCP"), (53, "UDP")),
    }


def test_production_opens_only_the_identity_provider_besides():
    extra = {n: p for n, p in objects("production", "NetworkPolicy").items()
             if not n.startswith("redgrid-") or n.endswith("identity-provider")}
    assert list(extra) == ["redgrid-egress-identity-provider"]
    (rule,) = extra["redgrid-egress-identity-provider"]["spec"]["egress"]
    assert rule["ports"] == [{"port": 443, "protocol": "TCP"}]
    assert "ingress" not in extra["redgrid-egress-identity-provider"]["spec"]


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_the_migration_job_bootstraps_and_migrates_every_service(overlay):
    job = one(overlay, "Job", "redgrid-migrate")
    pod = job["spec"]["template"]
    assert pod["spec"]["restartPolicy"] == "OnFailure"
    containers = pod["spec"]["containers"]
    assert [c["args"] for c in containers] == [["migrate", s] for s in SERVICES]
    for container, service in zip(containers, SERVICES, strict=True):
        env = {e["name"]: e for e in container["env"]}
        assert env["REDGRID_DB_PASSWORD"]["valueFrom"]["secretKeyRef"]["name"] == \
            f"redgrid-{service}-db"
        assert "$(PG_SUPERUSER_PASSWORD)" in env["REDGRID_DB_ADMIN_URL"]["value"]
        assert container["securityContext"]["readOnlyRootFilesystem"] is True
    policy = one(overlay, "NetworkPolicy", "redgrid-migrate")
    assert matches(policy["spec"]["podSelector"]["matchLabels"], pod["metadata"]["labels"])
    assert "ingress" not in policy["spec"]


def _settings_of(overlay: str, service: str, monkeypatch) -> Settings:
    """The settings a service's container gets: its ConfigMap and env, secrets made up."""
    config = next(iter(objects(overlay, "ConfigMap").values()))["data"]
    container = one(overlay, "Deployment", f"redgrid-{service}")["spec"]["template"]["spec"][
        "containers"][0]
    for key in [k for k in os.environ if k.startswith("REDGRID_")]:
        monkeypatch.delenv(key)
    for key, value in config.items():
        monkeypatch.setenv(key, value)
    for e in container["env"]:
        monkeypatch.setenv(e["name"], e.get("value", "a-secret-from-kubernetes-0123456789abcd"))
    return Settings(service=service)


@pytest.mark.parametrize("service", SERVICES)
def test_production_settings_start_and_refuse_development_secrets(service, monkeypatch):
    settings = _settings_of("production", service, monkeypatch)
    assert settings.environment == "production"
    assert settings.port == 8080 and settings.http_host == "0.0.0.0"
    assert settings.stream_replicas == 3
    assert settings.db_host == "redgrid-pg-rw" and settings.db_role == f"redgrid_{service}"
    assert settings.nats_url == "nats://nats:4222" and settings.nats_user == service
    assert settings.jwt_jwks_url.startswith("https://") and settings.jwt_algorithms == ["RS256"]
    monkeypatch.setenv("REDGRID_DB_PASSWORD", "redgrid-dev")
    with pytest.raises(ValueError):
        Settings(service=service)


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_tickets_keeps_photos_in_minio_and_may_reach_it(overlay, monkeypatch):
    from redgrid.tickets.settings import TicketsSettings

    _settings_of(overlay, "tickets", monkeypatch)
    settings = TicketsSettings(service="tickets")  # refuses an s3 store without its keys
    assert settings.objects_backend == "s3" and settings.objects_s3_bucket == "redgrid-photos"
    assert settings.objects_s3_endpoint.startswith("http://minio.")
    if overlay == "production":
        assert settings.objects_s3_public_url.startswith("https://")
    policy = one(overlay, "NetworkPolicy", "redgrid-egress-object-store-tickets")
    labels = one(overlay, "Deployment", "redgrid-tickets")["spec"]["template"]["metadata"][
        "labels"]
    assert matches(policy["spec"]["podSelector"]["matchLabels"], labels)
    assert policy["spec"]["egress"][0]["ports"] == [{"port": 9000, "protocol": "TCP"}]
    others = one(overlay, "Deployment", "redgrid-registry")["spec"]["template"]["metadata"][
        "labels"]
    assert not matches(policy["spec"]["podSelector"]["matchLabels"], others)


def test_dev_settings_are_development_with_single_replica_streams(monkeypatch):
    settings = _settings_of("dev", "tickets", monkeypatch)
    assert settings.environment == "development" and settings.stream_replicas == 1


@pytest.fixture(scope="module")
def secrets_made():
    """What deploy/k8s/secrets.sh makes ({name: {key: value}}), printed without a cluster."""
    env = {**os.environ, "KUBECONFIG": "/nonexistent", "BACKUP_ACCESS_KEY_ID": "id",
           "BACKUP_ACCESS_SECRET_KEY": "secret"}
    out = subprocess.run([str(DEPLOY / "k8s" / "secrets.sh"), "redgrid", "--print"], env=env,
                         check=True, capture_output=True, text=True, timeout=60).stdout
    return {d["metadata"]["name"]: {k: base64.b64decode(v).decode() for k, v in d["data"].items()}
            for d in load_yaml_documents(out)}


def _secret_refs(value, found: set) -> set:
    """(name, key) of every secretKeyRef, and the names of other secret references."""
    if isinstance(value, dict):
        if "secretKeyRef" in value:
            found.add((value["secretKeyRef"]["name"], value["secretKeyRef"]["key"]))
        if "passwordSecret" in value:
            found.add((value["passwordSecret"]["name"], "password"))
        for key in ("accessKeyId", "secretAccessKey"):
            if key in value:
                found.add((value[key]["name"], value[key]["key"]))
        for v in value.values():
            _secret_refs(v, found)
    elif isinstance(value, list):
        for v in value:
            _secret_refs(v, found)
    return found


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_every_secret_referenced_is_made_by_the_script_and_none_is_committed(overlay,
                                                                             secrets_made):
    assert not objects(overlay, "Secret")
    for name, key in _secret_refs(list(render(overlay)), set()):
        if name in MADE_BY_OPERATOR:
            continue
        assert key in secrets_made.get(name, {}), f"secrets.sh makes no {name}/{key}"
    for service in SERVICES:
        made = secrets_made[f"redgrid-{service}-db"]
        assert made["username"] == f"redgrid_{service}" and len(made["password"]) >= 32
    nats_values = load_yaml_documents((DEPLOY / "nats" / "values.yaml").read_text())[0]
    for name, key in _secret_refs(nats_values, set()):
        assert key in secrets_made[name]
    assert len({v for s in secrets_made.values() for k, v in s.items() if "password" in k}) == \
        sum(1 for s in secrets_made.values() for k in s if "password" in k)  # all different


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_postgres_has_one_login_role_per_service_and_nothing_more(overlay):
    cluster = one(overlay, "Cluster", "redgrid-pg")
    assert cluster["apiVersion"] == "postgresql.cnpg.io/v1"
    assert cluster["spec"]["instances"] == (3 if overlay == "production" else 1)
    assert cluster["spec"]["bootstrap"]["initdb"]["database"] == "redgrid"
    assert cluster["spec"]["enableSuperuserAccess"] is True
    roles = {r["name"]: r for r in cluster["spec"]["managed"]["roles"]}
    assert set(roles) == {f"redgrid_{s}" for s in SERVICES}
    for service in SERVICES:
        role = roles[f"redgrid_{service}"]
        assert role["ensure"] == "present" and role["login"] is True
        assert not any(role[k] for k in ("superuser", "createdb", "createrole", "replication",
                                          "bypassrls"))
        assert role["passwordSecret"] == {"name": f"redgrid-{service}-db"}
    config = next(iter(objects(overlay, "ConfigMap").values()))["data"]
    assert config["REDGRID_DB_HOST"] == "redgrid-pg-rw"  # the operator's read-write Service
    connections = len(SERVICES) * 6 * int(config["REDGRID_DB_POOL_MAX"])
    assert int(cluster["spec"]["postgresql"]["parameters"]["max_connections"]) > connections


def test_production_backs_up_continuously_and_replicates_synchronously():
    cluster = one("production", "Cluster", "redgrid-pg")
    (plugin,) = cluster["spec"]["plugins"]
    assert plugin["name"] == "barman-cloud.cloudnative-pg.io" and plugin["isWALArchiver"]
    store = one("production", "ObjectStore", plugin["parameters"]["barmanObjectName"])
    assert store["spec"]["configuration"]["destinationPath"].startswith("s3://")
    assert store["spec"]["retentionPolicy"]
    backup = one("production", "ScheduledBackup", "redgrid-pg-nightly")
    assert backup["spec"]["cluster"] == {"name": "redgrid-pg"}
    assert backup["spec"]["method"] == "plugin"
    assert backup["spec"]["pluginConfiguration"]["name"] == plugin["name"]
    assert len(backup["spec"]["schedule"].split()) == 6  # CloudNativePG's cron has seconds
    assert cluster["spec"]["postgresql"]["synchronous"]["number"] >= 1
    assert "plugins" not in one("dev", "Cluster", "redgrid-pg")["spec"]


def test_prometheus_scrapes_every_service_in_production():
    (monitor,) = objects("production", "ServiceMonitor").values()
    (endpoint,) = monitor["spec"]["endpoints"]
    assert endpoint["port"] == "http" and endpoint["path"] == "/metrics"
    services = objects("production", "Service")
    scraped = {n for n, s in services.items()
               if matches(monitor["spec"]["selector"]["matchLabels"], s["metadata"]["labels"])}
    assert scraped == {f"redgrid-{s}" for s in SERVICES}
    (pg_monitor,) = objects("production", "PodMonitor").values()
    assert pg_monitor["spec"]["selector"]["matchLabels"] == {"cnpg.io/cluster": "redgrid-pg"}
    for overlay in OVERLAYS:  # annotations for a Prometheus without the operator
        for deployment in objects(overlay, "Deployment").values():
            if deployment["metadata"]["name"] == "redgrid-web":
                continue  # static files: nothing to scrape
            annotations = deployment["spec"]["template"]["metadata"]["annotations"]
            assert annotations["prometheus.io/path"] == "/metrics"
            assert annotations["prometheus.io/port"] == "8080"
