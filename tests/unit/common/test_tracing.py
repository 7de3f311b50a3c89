"""Traces are off unless the standard OTEL_* variables ask for an exporter; off, nothing is
instrumented and no event carries a trace context; on, an event made in a span keeps it."""

from __future__ import annotations

import pytest
from opentelemetry.sdk.trace import TracerProvider

from redgrid.common import tracing
from redgrid.common.events import EventKind
from redgrid.common.settings import Settings

OTEL = ("OTEL_TRACES_EXPORTER", "OTEL_EXPORTER_OTLP_ENDPOINT",
        "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "OTEL_SDK_DISABLED")
PING = EventKind("probe", "thing", "pinged")


@pytest.fixture
def no_otel(monkeypatch):
    for name in OTEL:
        monkeypatch.delenv(name, raising=False)
    yield monkeypatch
    tracing.uninstall()


@pytest.mark.parametrize(("env", "on"), [
    ({}, False),
    ({"OTEL_EXPORTER_OTLP_ENDPOINT": "http://collector:4318"}, True),
    ({"OTEL_EXPORTER_OTLP_TRACES_ENDPOINT": "http://collector:4318/v1/traces"}, True),
    ({"OTEL_TRACES_EXPORTER": "otlp"}, True),
    ({"OTEL_TRACES_EXPORTER": "none", "OTEL_EXPORTER_OTLP_ENDPOINT": "http://c:4318"}, False),
    ({"OTEL_SDK_DISABLED": "true", "OTEL_EXPORTER_OTLP_ENDPOINT": "http://c:4318"}, False),
])
def test_tracing_is_on_only_when_the_environment_asks(no_otel, env, on):
    for name, value in env.items():
        no_otel.setenv(name, value)
    assert Settings().tracing is on


def test_off_nothing_is_traced(no_otel):
    tracing.configure(Settings())
    assert not tracing.enabled()
    assert tracing.current() is None
    assert PING.make("t-1", {}).traceparent is None
    with tracing.continuing("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"):
        assert PING.make("t-1", {}).traceparent is None


def test_on_an_event_keeps_the_context_it_was_made_in_outside_its_envelope(no_otel):
    no_otel.setenv("OTEL_TRACES_EXPORTER", "console")
    tracing.configure(Settings(service="tickets"))
    assert tracing.enabled()
    parent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"
    with tracing.continuing(parent):
        event = PING.make("t-1", {})
    assert event.traceparent == parent
    assert b"traceparent" not in event.to_bytes()  # the header carries it, not the envelope


def test_install_takes_a_given_provider(no_otel):
    provider = TracerProvider()
    tracing.install(provider)
    tracing.configure(Settings())  # a provider is there: left alone
    assert tracing._state["provider"] is provider
