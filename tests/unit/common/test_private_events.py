"""Private entities' events (contact data) travel under redgrid.private, on a stream of their
own; their types do not change, and no other subject moves."""

from redgrid.common import natsauth
from redgrid.common.consumer import Consumer
from redgrid.common.events import EventKind, subject_of
from redgrid.common.settings import Settings
from redgrid.common.streams import DAY, private_stream, service_stream


def test_contact_changed_travels_under_redgrid_private_and_keeps_its_type():
    kind = EventKind("registry", "contact", "changed")
    assert kind.type == "redgrid.registry.contact.changed.v1"
    assert kind.subject == "redgrid.private.registry.contact.changed" and kind.private
    assert kind.make("p", {}).nats_subject == kind.subject
    assert subject_of("redgrid.registry.person.updated.v1") == "redgrid.registry.person.updated"
    assert subject_of("redgrid.tickets.contact.changed.v1") == "redgrid.tickets.contact.changed"
    for odd in ("", "x", "redgrid.registry.contact", "redgrid.registry"):
        assert not subject_of(odd).startswith("redgrid.private")


def test_the_private_stream_is_kept_days_and_overlaps_no_other():
    s = Settings(service="registry")
    private, own = private_stream("registry", s), service_stream("registry", s)
    assert private.name == "REDGRID_REGISTRY_PRIVATE" == natsauth.private_stream("registry")
    assert private.max_age == 7 * DAY < own.max_age
    assert private.subjects == ["redgrid.private.registry.>"] and own.subjects == [
        "redgrid.registry.>"]


def test_a_private_consumer_reads_the_private_stream_under_its_own_durable():
    c = Consumer("notifications", "registry", private=True)
    assert (c.stream, c.durable, c.filter_subject) == (
        "REDGRID_REGISTRY_PRIVATE", "notifications-from-registry-private",
        "redgrid.private.registry.>")
    assert ("REDGRID_REGISTRY_PRIVATE", c.durable) in natsauth.reads("notifications")
    assert not any(s == "REDGRID_REGISTRY_PRIVATE" for s, _ in natsauth.reads("tickets"))
