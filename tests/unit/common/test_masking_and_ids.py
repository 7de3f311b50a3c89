"""Pure rules of libs/common: masking, ids, cursors, event envelopes."""

from __future__ import annotations

import uuid

import pytest

from redgrid.common.errors import Invalid
from redgrid.common.events import CloudEvent, EventKind, subject_of
from redgrid.common.ids import uuid7
from redgrid.common.masking import mask_address, mask_name, mask_phone, mask_text
from redgrid.common.pagination import decode_cursor, encode_cursor


@pytest.mark.parametrize("raw,masked", [
    ("张三", "张*"), ("欧阳娜娜", "欧***"), ("李", "*"), (None, None), ("", ""),
])
def test_names_keep_only_the_surname_character(raw, masked):
    assert mask_name(raw) == masked


@pytest.mark.parametrize("raw,masked", [
    ("13812345678", "138****5678"), ("+86 138-1234-5678", "138****5678"),
    ("0515-83812345", "********2345"), ("123", "****"),
])
def test_phones(raw, masked):
    assert mask_phone(raw) == masked


@pytest.mark.parametrize("raw,masked", [
    ("六尺巷社区双井巷12号3栋2单元401室", "六尺巷社区双井巷12号3栋"),
    ("百合豪庭小区5幢301", "百合豪庭小区5幢"),
    ("翠澜新村A座1203", "翠澜新村A座"),
    ("建西社区人民路88号", "建西社区"),
    ("育红路12号3栋", "育红路12号3栋"),  # already cut at the building: masking again keeps it
])
def test_addresses_are_cut_to_the_building(raw, masked):
    assert mask_address(raw) == masked


def test_mobile_numbers_in_free_text_are_masked():
    assert mask_text("联系电话13812345678，谢谢") == "联系电话138****5678，谢谢"
    assert mask_text("工单号 2023123456789012") == "工单号 2023123456789012"


def test_uuid7_is_time_ordered_and_version_7():
    ids = [uuid7() for _ in range(1000)]
    assert all(i.version == 7 and i.variant == uuid.RFC_4122 for i in ids)
    assert [i.int >> 80 for i in ids] == sorted(i.int >> 80 for i in ids)
    assert len(set(ids)) == 1000


def test_cursor_round_trip_and_forgery():
    assert decode_cursor(encode_cursor(["/a/b/", 3])) == ["/a/b/", 3]
    assert decode_cursor(None) is None
    with pytest.raises(Invalid):
        decode_cursor("%%%not-base64")
    with pytest.raises(Invalid):
        decode_cursor(encode_cursor({"not": "a list"}))  # type: ignore[arg-type]


def test_event_kind_makes_cloudevents_with_subject_and_type():
    kind = EventKind("registry", "grid", "created")
    event = kind.make("g-1", {"code": "DZ-01"}, correlation_id="req-1")
    assert event.type == "redgrid.registry.grid.created.v1"
    assert event.nats_subject == "redgrid.registry.grid.created" == subject_of(event.type)
    again = CloudEvent.from_bytes(event.to_bytes())
    assert again == event and again.correlationid == "req-1"
    assert event.id != kind.make("g-1", {}).id
