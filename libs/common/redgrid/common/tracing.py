"""OpenTelemetry traces across the bus: one resident's report followed from its HTTP request
through the outbox, JetStream and every consumer.

Off unless the standard OTEL_* variables ask for an exporter (settings.Settings.tracing): then
nothing is instrumented, no span is made, and the helpers here return at their first line.
On: FastAPI, asyncpg and httpx are instrumented; an event made while a span is current keeps
its W3C `traceparent` (CloudEvent.traceparent, stored in its outbox row: a group commit's
batch runs in another task than the request); the relay publishes each row in a producer
span, child of that context, whose own context goes in the message's `traceparent` header;
a consumer applies each event in a span continuing it (and linked to it), and its batch's
transaction (claims, handlers, commit) in a span continuing the first event's.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager, nullcontext
from typing import Any

from opentelemetry import context as otel_context
from opentelemetry import trace
from opentelemetry.trace import Link, SpanKind, Status, StatusCode
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

_PROPAGATOR = TraceContextTextMapPropagator()
_state: dict[str, Any] = {"provider": None, "instrumented": False}
HEALTH_URLS = "healthz,readyz,metrics"
_NOTHING = nullcontext()  # reusable: what the helpers give when tracing is off


def enabled() -> bool:
    return _state["provider"] is not None


def _tracer() -> trace.Tracer:
    return _state["provider"].get_tracer("redgrid")


def configure(settings) -> None:
    """Install the exporter the environment asks for, once per process (the first service
    built names the resource); nothing when tracing is off or a provider is installed."""
    if enabled() or not settings.tracing:
        return
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor

    provider = TracerProvider(resource=Resource.create({
        "service.name": settings.otel_service_name or f"redgrid-{settings.service}",
        "service.version": settings.version,
        "deployment.environment.name": settings.environment}))
    provider.add_span_processor(BatchSpanProcessor(_exporter(settings)))
    install(provider)


def _exporter(settings):
    """OTLP over HTTP/protobuf (the specification's default) or gRPC, or spans printed
    (OTEL_TRACES_EXPORTER=console); endpoint, headers and timeouts from the OTEL_EXPORTER_OTLP_*
    variables, read by the exporter itself."""
    if settings.otel_traces_exporter == "console":
        from opentelemetry.sdk.trace.export import ConsoleSpanExporter

        return ConsoleSpanExporter()
    if settings.otel_exporter_otlp_protocol == "grpc":
        from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter
    else:
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
    return OTLPSpanExporter()


def install(provider) -> None:
    """Trace with this provider from now on (the tests give one with an in-memory exporter):
    asyncpg and httpx instrumented for the whole process, apps built from now on too."""
    from opentelemetry.instrumentation.asyncpg import AsyncPGInstrumentor
    from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor

    _state["provider"] = provider
    if not _state["instrumented"]:
        AsyncPGInstrumentor().instrument(tracer_provider=provider)
        HTTPXClientInstrumentor().instrument(tracer_provider=provider)
        _state["instrumented"] = True


def uninstall() -> None:
    """Back to no tracing (after a test that installed a provider)."""
    from opentelemetry.instrumentation.asyncpg import AsyncPGInstrumentor
    from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor

    if _state["instrumented"]:
        AsyncPGInstrumentor().uninstrument()
        HTTPXClientInstrumentor().uninstrument()
        _state["instrumented"] = False
    _state["provider"] = None


def instrument_app(app) -> None:
    """The app's requests in server spans (health and metrics left out); nothing when off."""
    if not enabled():
        return
    from opentelemetry.instrumentation.fastapi import FastAPIInstrumentor

    FastAPIInstrumentor.instrument_app(app, tracer_provider=_state["provider"],
                                       excluded_urls=HEALTH_URLS)


def shutdown() -> None:
    """Send the spans still buffered (a stopping process)."""
    provider = _state["provider"]
    if provider is not None and hasattr(provider, "force_flush"):
        provider.force_flush(timeout_millis=5000)


# --- the trace context as a W3C traceparent --------------------------------------------------

def current() -> str | None:
    """The current span's traceparent, None when off or outside any span."""
    if _state["provider"] is None:
        return None
    carrier: dict[str, str] = {}
    _PROPAGATOR.inject(carrier)
    return carrier.get("traceparent")


def tag_request(request_id: str) -> None:
    """The request's id (its correlation id, in every log line) on its server span: from a
    log line to its trace and back."""
    if _state["provider"] is not None:
        trace.get_current_span().set_attribute("redgrid.correlation_id", request_id)


def _context_of(traceparent: str | None) -> otel_context.Context | None:
    if not traceparent:
        return None
    return _PROPAGATOR.extract({"traceparent": traceparent})


@contextmanager
def _attached(ctx: otel_context.Context | None) -> Iterator[None]:
    token = otel_context.attach(ctx) if ctx is not None else None
    try:
        yield
    finally:
        if token is not None:
            otel_context.detach(token)


def continuing(traceparent: str | None):
    """Work done for a request in another task (a group commit's batch): the events it makes
    carry the request's trace context."""
    if _state["provider"] is None or not traceparent:
        return _NOTHING
    return _attached(_context_of(traceparent))


# --- the relay ---------------------------------------------------------------------------------

def publish_headers(rows: list[Mapping], headers: list[dict[str, str]]) -> list[trace.Span]:
    """A producer span per outbox row, child of the context it was recorded in; its context
    goes in the row's headers. The caller ends the spans (`end`) once the acks came."""
    tracer = _tracer()
    spans = []
    for row, h in zip(rows, headers, strict=True):
        span = tracer.start_span(
            f"{row['subject']} publish", context=_context_of(row.get("traceparent")),
            kind=SpanKind.PRODUCER,
            attributes={"messaging.system": "nats", "messaging.operation.type": "send",
                        "messaging.destination.name": row["subject"],
                        "messaging.message.id": str(row["id"])})
        _PROPAGATOR.inject(h, context=trace.set_span_in_context(span))
        spans.append(span)
    return spans


def end(spans: Iterable[trace.Span], error: BaseException | None = None) -> None:
    for span in spans:
        if error is not None:
            span.set_status(Status(StatusCode.ERROR, repr(error)[:200]))
        span.end()


# --- consumers ----------------------------------------------------------------------------------

def _producer(headers: Mapping[str, str] | None) -> otel_context.Context | None:
    if not headers or "traceparent" not in headers:
        return None
    return _PROPAGATOR.extract(headers)


def _link(ctx: otel_context.Context | None) -> list[Link]:
    span_context = trace.get_current_span(ctx).get_span_context() if ctx is not None else None
    return [Link(span_context)] if span_context is not None and span_context.is_valid else []


def batch(consumer: str, headers: list[Mapping[str, str] | None]):
    """A consumer's batch transaction (claims, handlers, commit), in the trace of its first
    event, linked to every event's producer."""
    if _state["provider"] is None:
        return _NOTHING
    contexts = [_producer(h) for h in headers]
    links = [link for ctx in contexts for link in _link(ctx)]
    return _tracer().start_as_current_span(
        f"{consumer} process", context=next((c for c in contexts if c is not None), None),
        kind=SpanKind.CONSUMER, links=links,
        attributes={"messaging.system": "nats", "messaging.operation.type": "process",
                    "messaging.consumer.group.name": consumer,
                    "messaging.batch.message_count": len(headers)})


@contextmanager
def _event_span(consumer: str, headers: Mapping[str, str] | None, event: Any) -> Iterator[None]:
    ctx = _producer(headers)
    with _tracer().start_as_current_span(
            f"{event.type} process", context=ctx or otel_context.get_current(),
            kind=SpanKind.CONSUMER, links=_link(ctx),
            attributes={"messaging.system": "nats", "messaging.operation.type": "process",
                        "messaging.consumer.group.name": consumer,
                        "messaging.message.id": str(event.id),
                        "cloudevents.event_type": event.type,
                        "redgrid.correlation_id": event.correlationid or ""}):
        yield


def event(consumer: str, headers: Mapping[str, str] | None, event: Any):
    """One event (a CloudEvent) applied by a consumer: a span continuing its producer's trace,
    linked to it."""
    if _state["provider"] is None:
        return _NOTHING
    return _event_span(consumer, headers, event)
