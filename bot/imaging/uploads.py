"""What comes in: turn whatever a phone sent into a JPEG that PicWish accepts, or refuse it.

The real format is read from the bytes (never the file name or MIME type). The output is a
baseline sRGB JPEG, EXIF orientation applied, with no EXIF/GPS/XMP/ICC/comments, at most
4096x4096 and under 15 MB. A clean JPEG (Telegram's own photos) passes through without
re-encoding; everything else is decoded and encoded once.
"""

from __future__ import annotations

import asyncio
import gzip
import io
import logging
import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from PIL import Image, ImageOps, UnidentifiedImageError

from bot.i18n import Text

from . import jpeg_markers
from .common import MAX_INPUT_PIXELS, encode_jpeg, fit_within, is_srgb_profile, to_srgb
from .errors import ImageRejected

logger = logging.getLogger(__name__)

TELEGRAM_DOWNLOAD_LIMIT = 20 * 1024 * 1024
PICWISH_MAX_SIDE = 4096
PICWISH_MAX_BYTES = 15_000_000 - 1  # "< 15MB"; the decimal reading is the safe one
# Below this on the short side there is no usable face, whatever the spec.
MIN_INPUT_SIDE = 200
_QUALITY_LADDER = (95, 90, 85, 80, 70, 60, 50)
_SHRINK_STEP = 0.8

# Formats we decode. Restricting Image.open keeps exotic or dangerous decoders (EPS runs
# Ghostscript) out of reach. JPEGs carrying MPF data (phone cameras) open as format "MPO".
ACCEPTED_FORMATS = ("JPEG", "PNG", "WEBP", "BMP", "TIFF", "GIF", "HEIF", "AVIF")
_MAY_BE_ANIMATED = frozenset({"GIF", "PNG", "WEBP", "AVIF"})
_DECODE_ERRORS = (OSError, SyntaxError, ValueError, EOFError, struct.error, zlib.error)

# ISO-BMFF (ftyp) major brands of videos: MP4, MOV (a Live Photo's motion part), 3GP, M4V.
# HEIC and AVIF share the container with other brands (heic, mif1, avif) and go to Pillow.
_VIDEO_BRAND_PREFIXES = (b"iso", b"mp4", b"avc", b"qt  ", b"3gp", b"3g2", b"M4V", b"mmp4", b"dash")


@dataclass(frozen=True)
class PreparedUpload:
    """The JPEG to send to PicWish and what was done to get it."""

    jpeg: bytes
    width: int
    height: int
    source_format: str  # Pillow's name of what the user sent: JPEG, PNG, HEIF, ...
    was_downscaled: bool  # larger than 4096x4096, scaled to fit
    was_reencoded: bool  # pixels decoded and compressed again (False: lossless clean-up only)


class PhotoSizeLike(Protocol):
    """What we need from ``telegram.PhotoSize``."""

    @property
    def width(self) -> int: ...
    @property
    def height(self) -> int: ...
    @property
    def file_size(self) -> int | None: ...


P = TypeVar("P", bound=PhotoSizeLike)


def largest_photo(sizes: Sequence[P]) -> P:
    """The biggest of a Telegram photo's PhotoSizes (most pixels, then most bytes)."""
    if not sizes:
        raise ValueError("a Telegram photo has at least one PhotoSize")
    return max(sizes, key=lambda s: (s.width * s.height, s.file_size or 0))


def check_download_size(file_size: int | None) -> None:
    """Refuse, before getFile, a file Telegram will not let the bot download (over 20 MB).

    ``None`` (Telegram did not say) passes: getFile will tell.
    """
    if file_size is not None and file_size > TELEGRAM_DOWNLOAD_LIMIT:
        raise ImageRejected(
            "imaging-too-big-download",
            {
                "size_mb": round(file_size / 1024 / 1024, 1),
                "limit_mb": TELEGRAM_DOWNLOAD_LIMIT // 1024 // 1024,
            },
            f"{file_size} bytes > {TELEGRAM_DOWNLOAD_LIMIT}",
        )


def media_kind_rejection(kind: str) -> ImageRejected:
    """The refusal for a Telegram sticker, video, video note or animation (GIF) message."""
    return ImageRejected("imaging-animated", {"kind": kind}, f"telegram {kind}")


def prepare_upload(data: bytes) -> PreparedUpload:
    """Validate and convert an upload for PicWish (CPU-bound: call it off the event loop)."""
    _reject_non_images(data)
    im = _open(data)
    source_format = "JPEG" if im.format == "MPO" else str(im.format)
    _reject_animated(im)
    _reject_bomb(im.size)
    _reject_too_small(im.size)
    target = fit_within(im.size, (PICWISH_MAX_SIDE, PICWISH_MAX_SIDE))
    needs_downscale = target != im.size
    _decode(im, target)  # may reduce im.size (JPEG draft mode)
    shown_size = _oriented_size(im, target)

    if not needs_downscale:
        passthrough = _clean_passthrough(data, im)
        if passthrough is not None:
            return PreparedUpload(passthrough, im.width, im.height, source_format, False, False)

    rgb = _normalise(im, shown_size)
    jpeg, rgb = _encode_under_limit(rgb)
    return PreparedUpload(
        jpeg=jpeg,
        width=rgb.width,
        height=rgb.height,
        source_format=source_format,
        was_downscaled=needs_downscale or rgb.size != shown_size,
        was_reencoded=True,
    )


async def prepare_upload_async(data: bytes) -> PreparedUpload:
    """``prepare_upload`` in a worker thread."""
    return await asyncio.to_thread(prepare_upload, data)


class Sized(Protocol):
    """Anything with pixel dimensions (a prepared upload, the conversation's photo record)."""

    width: int
    height: int


def resolution_warning(upload: Sized, px_width: int, px_height: int) -> Text | None:
    """A warning when the photo has fewer pixels than the spec's result needs, else None.

    The largest crop with the result's aspect ratio that fits in the photo must be at least
    ``px_width`` x ``px_height`` (so a 600x600 result needs 600 px on the short side);
    otherwise PicWish has to upscale and the print looks soft.
    """
    scale = min(upload.width / px_width, upload.height / px_height)
    if scale >= 1:
        return None
    return Text(
        "imaging-low-resolution",
        {
            "width": upload.width,
            "height": upload.height,
            "need_width": px_width,
            "need_height": px_height,
        },
    )


def _reject_non_images(data: bytes) -> None:
    """Refuse empty files and recognisable videos / animated stickers before Pillow sees them."""
    if not data:
        raise ImageRejected("imaging-empty", detail="0 bytes")
    kind = _sniff_motion(data)
    if kind is not None:
        raise ImageRejected("imaging-animated", {"kind": kind}, f"sniffed {kind}")


def _sniff_motion(data: bytes) -> str | None:
    """``"video"`` / ``"sticker"`` for MP4, MOV, WebM and TGS bytes; None otherwise."""
    if data[4:8] == b"ftyp" and data[8:12].startswith(_VIDEO_BRAND_PREFIXES):
        return "video"
    if data[:4] == b"\x1a\x45\xdf\xa3":  # EBML: WebM / Matroska (video stickers too)
        return "video"
    if data[:2] == b"\x1f\x8b":  # gzip: Telegram's animated stickers (.tgs) are gzipped JSON
        try:
            head = gzip.GzipFile(fileobj=io.BytesIO(data)).read(64)
        except (OSError, EOFError):
            return None
        if head.lstrip().startswith(b"{"):
            return "sticker"
    return None


def _open(data: bytes) -> Image.Image:
    try:
        return Image.open(io.BytesIO(data), formats=ACCEPTED_FORMATS)
    except Image.DecompressionBombError as exc:
        raise ImageRejected("imaging-bomb", detail=str(exc)) from exc
    except UnidentifiedImageError as exc:
        raise ImageRejected("imaging-not-an-image", detail=f"{data[:16]!r}") from exc
    except _DECODE_ERRORS as exc:
        raise ImageRejected("imaging-corrupt", detail=f"open: {exc!r}") from exc


def _reject_animated(im: Image.Image) -> None:
    # Multi-image TIFF, MPO and HEIF files are pages / depth maps: their first image is used.
    if im.format in _MAY_BE_ANIMATED and getattr(im, "is_animated", False):
        raise ImageRejected(
            "imaging-animated", {"kind": "animation"}, f"{im.format} with {im.n_frames} frames"
        )


def _reject_bomb(size: tuple[int, int]) -> None:
    if size[0] * size[1] > MAX_INPUT_PIXELS:
        raise ImageRejected(
            "imaging-bomb", detail=f"{size[0]}x{size[1]} > {MAX_INPUT_PIXELS} pixels"
        )


def _reject_too_small(size: tuple[int, int]) -> None:
    if min(size) < MIN_INPUT_SIDE:
        raise ImageRejected(
            "imaging-too-small",
            {"width": size[0], "height": size[1], "min_side": MIN_INPUT_SIDE},
        )


def _oriented_size(im: Image.Image, size: tuple[int, int]) -> tuple[int, int]:
    """``size`` as displayed: width and height swap for EXIF orientations 5-8.

    Read after decoding: a PNG may store its eXIf chunk after the pixel data.
    """
    if _orientation(im) in (5, 6, 7, 8):
        return (size[1], size[0])
    return size


def _orientation(im: Image.Image) -> int:
    try:
        value = im.getexif().get(0x0112, 1)
    except _DECODE_ERRORS:
        return 1
    return value if isinstance(value, int) else 1


def _decode(im: Image.Image, target: tuple[int, int]) -> None:
    """Decode the pixels (JPEGs at a reduced scale when that still covers ``target``)."""
    if im.format in ("JPEG", "MPO") and target != im.size:
        im.draft(None, target)
    try:
        im.load()
    except Image.DecompressionBombError as exc:  # e.g. a GIF frame larger than its header
        raise ImageRejected("imaging-bomb", detail=str(exc)) from exc
    except _DECODE_ERRORS as exc:
        raise ImageRejected("imaging-corrupt", detail=f"decode: {exc!r}") from exc


def _clean_passthrough(data: bytes, im: Image.Image) -> bytes | None:
    """The original JPEG minus its metadata, when nothing else needs to change; else None."""
    eligible = (
        im.format in ("JPEG", "MPO")
        and im.mode == "RGB"
        and im.info.get("adobe_transform", 1) == 1  # YCbCr, so a JFIF header is correct
        and _orientation(im) == 1
        and is_srgb_profile(im.info.get("icc_profile"))
        and max(im.size) <= PICWISH_MAX_SIDE
        and jpeg_markers.is_baseline(data)
    )
    if not eligible:
        return None
    try:
        cleaned = jpeg_markers.clean(data)
    except (ValueError, IndexError):
        return None
    return cleaned if len(cleaned) <= PICWISH_MAX_BYTES else None


def _normalise(im: Image.Image, size: tuple[int, int]) -> Image.Image:
    """Apply EXIF orientation, convert to sRGB RGB (alpha onto white), resize to ``size``."""
    try:
        oriented = ImageOps.exif_transpose(im)
    except _DECODE_ERRORS:
        logger.warning("unreadable EXIF orientation; using the image as stored")
        oriented = im
    rgb = to_srgb(oriented)
    if rgb.size != size:
        rgb = rgb.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
        rgb.info = {}
    return rgb


def _encode_under_limit(im: Image.Image) -> tuple[bytes, Image.Image]:
    """Encode at high quality; step quality down, then size, until under PicWish's 15 MB."""
    while True:
        for quality in _QUALITY_LADDER:
            jpeg = encode_jpeg(im, quality=quality)
            if len(jpeg) <= PICWISH_MAX_BYTES:
                return jpeg, im
        logger.info("%sx%s does not fit 15 MB at quality 50: shrinking", im.width, im.height)
        smaller = (max(1, int(im.width * _SHRINK_STEP)), max(1, int(im.height * _SHRINK_STEP)))
        im = im.resize(smaller, Image.Resampling.LANCZOS)
