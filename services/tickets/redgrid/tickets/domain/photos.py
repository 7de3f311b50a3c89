"""A photo as the service keeps it: read by its content (never its name or declared type), turned
upright, re-encoded without its metadata (EXIF, XMP: the GPS position of the phone that took
it above all) unless staff keep the location on purpose, and a thumbnail made. CPU only: the
use case runs it in a thread."""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError
from pillow_heif import register_heif_opener

from redgrid.common.errors import Invalid

register_heif_opener()  # HEIC/HEIF: what iPhones take

# What we take, by the format Pillow finds in the bytes → what we keep it as.
KEPT_AS = {"JPEG": "JPEG", "MPO": "JPEG", "HEIF": "JPEG", "PNG": "PNG", "WEBP": "WEBP"}
EXTENSIONS = {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp"}
TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}
ACCEPTED = "JPEG、PNG、WebP 或 HEIC"
THUMB_EDGE = 320  # px, the longer side
QUALITY = 85


@dataclass(frozen=True)
class Photo:
    data: bytes
    content_type: str
    extension: str
    width: int
    height: int
    sha256: str
    thumb: bytes  # a JPEG
    location_kept: bool


class TooLarge(Invalid):
    status, slug, title = 413, "too-large", "The request is too large"


def too_large(size: int, limit: int) -> TooLarge:
    return TooLarge(f"照片太大：超过 {size / 1048576:.1f} MB，上限 {limit / 1048576:.0f} MB",
                    en=f"the photo is over {size / 1048576:.1f} MB; at most "
                       f"{limit / 1048576:.0f} MB", limit_bytes=limit)


def _too_many_pixels(max_pixels: int) -> Invalid:
    return Invalid(f"照片像素过多：上限 {max_pixels / 1_000_000:.0f} 百万像素",
                   en=f"too many pixels: at most {max_pixels / 1_000_000:.0f} megapixels")


def process(data: bytes, *, keep_location: bool = False, max_pixels: int = 40_000_000) -> Photo:
    """The photo to keep, or Invalid (in Chinese) for what is not one we take."""
    if not data:
        raise Invalid("没有收到照片内容（文件为空）", en="no photo came (the file is empty)")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            found = image.format
            if found not in KEPT_AS:
                raise Invalid(f"不支持的图片格式（{found}）：请上传 {ACCEPTED} 照片",
                              en=f"{found} images are not taken: send {ACCEPTED}")
            if image.width * image.height > max_pixels:
                raise _too_many_pixels(max_pixels)
            image.load()
    except Invalid:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _too_many_pixels(max_pixels) from None  # past Pillow's own bound (~90 MP)
    except UnidentifiedImageError:
        raise Invalid(f"不是可以识别的图片：请上传 {ACCEPTED} 照片",
                      en=f"not an image we can read: send {ACCEPTED}") from None
    except (OSError, SyntaxError, ValueError, EOFError):
        raise Invalid("图片已损坏或不完整，无法读取", en="the image is damaged or cut short") from None
    exif = image.getexif() if keep_location else None
    upright = ImageOps.exif_transpose(image)  # the camera's turn applied: no tag needed after
    kept_as = KEPT_AS[found]
    upright = _mode_for(upright, kept_as)
    # nothing of the original's metadata goes out by default (EXIF, XMP, comments)
    upright.info = {k: v for k, v in upright.info.items() if k == "transparency"}
    options: dict = {"optimize": True}
    if kept_as == "JPEG":
        options.update(quality=QUALITY)
    elif kept_as == "WEBP":
        options = {"quality": QUALITY, "method": 4}
    if exif is not None and len(exif):
        exif.pop(0x0112, None)  # the orientation is applied already
        options["exif"] = exif.tobytes()
    if icc := image.info.get("icc_profile"):
        options["icc_profile"] = icc  # the colours, not the place
    out = io.BytesIO()
    upright.save(out, kept_as, **options)
    kept = out.getvalue()
    return Photo(data=kept, content_type=TYPES[kept_as], extension=EXTENSIONS[kept_as],
                 width=upright.width, height=upright.height,
                 sha256=hashlib.sha256(kept).hexdigest(), thumb=_thumbnail(upright),
                 location_kept=exif is not None and 0x8825 in exif)


def _mode_for(image: Image.Image, kept_as: str) -> Image.Image:
    if kept_as == "JPEG" and image.mode not in ("RGB", "L"):
        return image.convert("RGB")
    if kept_as in ("PNG", "WEBP") and image.mode not in ("RGB", "RGBA", "L", "LA", "P"):
        return image.convert("RGBA" if "A" in image.mode else "RGB")
    return image


def _thumbnail(image: Image.Image) -> bytes:
    small = image.copy()
    small.thumbnail((THUMB_EDGE, THUMB_EDGE))
    if small.mode not in ("RGB", "L"):
        small = small.convert("RGB")
    out = io.BytesIO()
    small.save(out, "JPEG", quality=75, optimize=True)
    return out.getvalue()
