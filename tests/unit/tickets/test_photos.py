"""Photos as kept: read by their content, turned upright, re-encoded without EXIF or XMP (the
GPS position above all) unless the location is kept on purpose; what is not a photo we take is
refused in Chinese."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from redgrid.common.errors import Invalid
from redgrid.tickets.domain import photos

from ...photo_files import GPS, gif, gps_of, phone_jpeg


def as_format(data: bytes, fmt: str) -> bytes:
    image = Image.open(io.BytesIO(data))
    out = io.BytesIO()
    image.save(out, fmt, exif=image.getexif().tobytes())
    return out.getvalue()


@pytest.mark.parametrize("fmt,kept_as", [("JPEG", "image/jpeg"), ("PNG", "image/png"),
                                         ("WEBP", "image/webp"), ("HEIF", "image/jpeg")])
def test_each_format_loses_its_location_and_stands_upright(fmt, kept_as):
    original = phone_jpeg() if fmt == "JPEG" else as_format(phone_jpeg(), fmt)
    assert gps_of(original) == GPS
    photo = photos.process(original)
    assert photo.content_type == kept_as and not photo.location_kept
    assert gps_of(photo.data) == {} and b"GPSLatitude" not in photo.data
    assert (photo.width, photo.height) == (480, 640)
    assert Image.open(io.BytesIO(photo.data)).getexif().get(0x0112) is None
    assert max(Image.open(io.BytesIO(photo.thumb)).size) == photos.THUMB_EDGE


def test_staff_keep_the_location_on_purpose():
    photo = photos.process(phone_jpeg(), keep_location=True)
    assert photo.location_kept and gps_of(photo.data) == GPS
    assert (photo.width, photo.height) == (480, 640)  # upright, its orientation tag gone


@pytest.mark.parametrize("data,said", [
    (b"", "为空"), (b"hello", "不是可以识别的图片"), (gif(), "不支持的图片格式（GIF）"),
    (phone_jpeg()[:400], "损坏"),
])
def test_what_is_not_a_photo_we_take_is_refused(data, said):
    with pytest.raises(Invalid) as refused:
        photos.process(data)
    assert said in refused.value.detail


def test_a_small_file_of_a_huge_picture_is_refused():
    out = io.BytesIO()
    Image.new("L", (8000, 6000)).save(out, "PNG")  # 48 MP in a few hundred kB
    with pytest.raises(Invalid, match="像素过多"):
        photos.process(out.getvalue(), max_pixels=40_000_000)
