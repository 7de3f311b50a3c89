"""Photos as phones make them, for the photo tests: a JPEG with its GPS position and camera in
EXIF (and in XMP), turned by an orientation tag; and what is not a photo we take."""

from __future__ import annotations

import io

from PIL import Image
from PIL.ExifTags import IFD

GPS = {1: "N", 2: (33.0, 12.0, 1.5), 3: "E", 4: (120.0, 27.0, 36.0)}  # 育红社区, roughly
XMP = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/'
       b'22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" '
       b'exif:GPSLatitude="33,12.025N"/></rdf:RDF></x:xmpmeta>')


def phone_jpeg(size: tuple[int, int] = (640, 480), colour=(180, 40, 40)) -> bytes:
    image = Image.new("RGB", size, colour)
    exif = Image.Exif()
    exif[0x0112] = 6  # taken turned: shown rotated 90°
    exif[0x010F] = "HUAWEI"
    exif.get_ifd(IFD.GPSInfo).update(GPS)
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes(), xmp=XMP, quality=90)
    return out.getvalue()


def gps_of(data: bytes) -> dict:
    return dict(Image.open(io.BytesIO(data)).getexif().get_ifd(IFD.GPSInfo))


def size_of(data: bytes) -> tuple[int, int]:
    return Image.open(io.BytesIO(data)).size


def gif() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (20, 20)).save(out, "GIF")
    return out.getvalue()
