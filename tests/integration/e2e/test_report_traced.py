"""One hotline caller's report followed in one trace, across the real services: the HTTP POST
to tickets, the intake's SQL, the relay's publish of each event (its traceparent in the NATS
headers), and the notifications consumer applying it and committing. Spans caught by the
SDK's in-memory exporter; tracing is on for this module only."""

from __future__ import annotations

import pytest
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind

from redgrid.common import tracing
from redgrid.common.clock import ManualClock
from redgrid.common.testing import eventually, run_service, stream_messages
from redgrid.notifications.main import spec as notifications_spec
from redgrid.registry.main import spec as registry_spec
from redgrid.tickets.main import spec as tickets_spec

from ..notifications.conftest import MORNING, SMS_KEY, build_city
from ..notifications.fakes import Receiver

pytestmark = pytest.mark.asyncio(loop_scope="session")
PHONE = "13705559876"


@pytest.fixture(scope="module")
async def traced_city(stack, clean_nats):
    spans = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(spans))
    tracing.install(provider)  # before the apps are built: they are instrumented too
    database = await stack.new_database()
    sms = Receiver()
    await sms.start()
    try:
        async with run_service(registry_spec, stack, database) as registry, \
                run_service(tickets_spec, stack, database) as tickets, \
                run_service(notifications_spec, stack, database, clock=ManualClock(MORNING),
                            sms_url=sms.url("/sms"), sms_key=SMS_KEY,
                            delivery_poll_seconds=0.1) as notifications:
            place = await build_city(registry)

            async def caught_up():
                async with notifications.runtime.pool.acquire() as n:
                    return await n.fetchval("SELECT count(*) FROM person_roles") == 4

            await eventually(caught_up, timeout=20)
            yield tickets, notifications, place, sms, spans
    finally:
        await sms.stop()
        tracing.uninstall()


def _parent_of(span) -> int | None:
    return span.parent.span_id if span.parent is not None else None


async def test_one_report_is_one_trace_from_the_request_to_the_consumers_commit(traced_city):
    tickets, notifications, place, sms, spans = traced_city
    spans.clear()
    clerk = tickets.auth("community_admin", org=place["community"])
    r = await tickets.client.post("/v1/tickets", headers=clerk, json={
        "channel": "hotline", "appeal_kind": "complaint", "category": "environment",
        "title": "楼下路灯坏了一周", "grid_id": str(place["grid"]), "accept": True,
        "reporter": {"name": "钱秀英", "phone": PHONE}})
    assert r.status_code == 201, r.text
    await eventually(lambda: [m for m in sms.json("/sms") if m["to"] == PHONE], timeout=10)

    def finished():
        done = spans.get_finished_spans()
        return [s for s in done if s.kind == SpanKind.SERVER
                and s.attributes.get("http.route") == "/v1/tickets"] and done
    done = await eventually(finished, timeout=5)
    (request,) = [s for s in done if s.kind == SpanKind.SERVER
                  and s.attributes.get("http.route") == "/v1/tickets"]
    trace_id = request.context.trace_id
    ours = [s for s in done if s.context.trace_id == trace_id]
    by_id = {s.context.span_id: s for s in ours}

    # the intake's SQL, in the request's trace (written by the group commit's task)
    assert any(s.attributes.get("db.system") == "postgresql"
               or s.attributes.get("db.system.name") == "postgresql" for s in ours)
    # the relay's publish of the ticket's first event, child of the request
    (published,) = [s for s in ours if s.kind == SpanKind.PRODUCER
                    and s.name == "redgrid.tickets.ticket.received publish"]
    assert _parent_of(published) == request.context.span_id
    # the notifications consumer applying it: child of the publish, and linked to it
    applied = [s for s in ours if s.kind == SpanKind.CONSUMER
               and s.name == "redgrid.tickets.ticket.received.v1 process"
               and s.attributes["messaging.consumer.group.name"] == "notifications-from-tickets"]
    assert applied and all(_parent_of(s) == published.context.span_id for s in applied)
    # the request's id is the events' correlation id, on the server span and the consumer's
    request_id = r.headers["x-request-id"]
    assert request.attributes["redgrid.correlation_id"] == request_id
    assert {s.attributes["redgrid.correlation_id"] for s in applied} == {request_id}
    assert applied[0].links[0].context.span_id == published.context.span_id
    # its batch's transaction, committed, in the same trace
    batches = [s for s in ours if s.name == "notifications-from-tickets process"]
    assert batches
    commits = [s for s in ours if s.name.upper().startswith("COMMIT")
               and _parent_of(s) in {b.context.span_id for b in batches}]
    assert commits, sorted({s.name for s in ours})
    # every span of the trace hangs from the request
    for span in ours:
        top = span
        while _parent_of(top) in by_id:
            top = by_id[_parent_of(top)]
        assert top is request, (span.name, top.name)

    # and the message itself carries the publish span's context
    (message,) = [m for m in await stream_messages(tickets.reader_url, "REDGRID_TICKETS",
                                                   "redgrid.tickets.ticket.received")
                  if m.headers and m.headers.get("Nats-Msg-Id") == published.attributes[
                      "messaging.message.id"]]
    assert message.headers["traceparent"].split("-")[1:3] == [
        f"{trace_id:032x}", f"{published.context.span_id:016x}"]
