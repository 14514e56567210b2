"""What goes out: check every PicWish result and normalise it into the file the user gets.

A result must decode and have the spec's pixel size (a 1 px rounding difference is corrected,
anything more is refused). The deliverable is in the requested format (JPEG, or PNG only when
transparency was asked), sRGB, free of metadata, with the spec's DPI written in its header.
"""

from __future__ import annotations

import asyncio
import io
import re
import struct
import zlib
from dataclasses import dataclass
from typing import Literal

from PIL import Image, UnidentifiedImageError

from . import jpeg_markers
from .common import encode_jpeg, flatten, hex_to_rgb, is_srgb_profile, to_srgb
from .errors import ResultInvalid

ResultFormat = Literal["jpg", "png"]

SIZE_TOLERANCE_PX = 1
DELIVERY_QUALITY = 95  # fit_file_size adjusts this when the spec bounds the file size
_RESULT_FORMATS = ("JPEG", "PNG", "WEBP")
_PILLOW_FORMAT = {"jpg": "JPEG", "png": "PNG"}
_DECODE_ERRORS = (OSError, SyntaxError, ValueError, EOFError, struct.error, zlib.error)


@dataclass(frozen=True)
class ResultCheck:
    """What a PicWish result is, next to what the spec asked for."""

    width: int
    height: int
    expected_width: int
    expected_height: int
    actual_format: str  # Pillow's name: JPEG, PNG, ...
    requested_format: ResultFormat
    mode: str
    dpi: tuple[float, float] | None
    expected_dpi: int
    srgb: bool
    baseline_ycbcr: bool  # a plain JPEG whose header can be rewritten losslessly

    @property
    def size_exact(self) -> bool:
        return (self.width, self.height) == (self.expected_width, self.expected_height)

    @property
    def format_ok(self) -> bool:
        return self.actual_format == _PILLOW_FORMAT[self.requested_format]

    @property
    def dpi_ok(self) -> bool:
        return self.dpi is not None and all(round(d) == self.expected_dpi for d in self.dpi)

    @property
    def problems(self) -> tuple[str, ...]:
        """Human-readable list of what normalisation fixes (for logs)."""
        found = []
        if not self.size_exact:
            found.append(
                f"size {self.width}x{self.height} != {self.expected_width}x{self.expected_height}"
            )
        if not self.format_ok:
            found.append(f"format {self.actual_format} != {self.requested_format}")
        if not self.dpi_ok:
            found.append(f"dpi {self.dpi} != {self.expected_dpi}")
        if not self.srgb:
            found.append("not sRGB")
        return tuple(found)


def check_result(
    data: bytes, *, px_width: int, px_height: int, dpi: int, file_format: ResultFormat
) -> ResultCheck:
    """Inspect a result; raise ResultInvalid if it does not decode or is the wrong size."""
    return _inspect(data, px_width=px_width, px_height=px_height, dpi=dpi, file_format=file_format)[
        0
    ]


def verify_result(
    data: bytes,
    *,
    px_width: int,
    px_height: int,
    dpi: int,
    file_format: ResultFormat,
    bg_color: str = "FFFFFF",
) -> bytes:
    """Check a result and return the deliverable bytes (see the module docstring).

    ``bg_color`` is what a transparent PNG is flattened onto when a JPEG is required (the
    spec's background colour). A JPEG already right in every way but its header is fixed
    losslessly, so its pixels and (within a few bytes) its size are unchanged.
    """
    check, im = _inspect(
        data, px_width=px_width, px_height=px_height, dpi=dpi, file_format=file_format
    )
    if file_format == "jpg" and check.baseline_ycbcr and check.size_exact and check.srgb:
        return jpeg_markers.clean(data, dpi=dpi)
    rgb = to_srgb(im, keep_alpha=True)
    if not check.size_exact:
        rgb = rgb.resize((px_width, px_height), Image.Resampling.LANCZOS)
    if file_format == "png":
        return _encode_png(rgb, dpi)
    if rgb.mode == "RGBA":
        rgb = flatten(rgb, hex_to_rgb(bg_color))
    return encode_jpeg(rgb, quality=DELIVERY_QUALITY, subsampling="4:4:4", dpi=dpi)


async def verify_result_async(
    data: bytes,
    *,
    px_width: int,
    px_height: int,
    dpi: int,
    file_format: ResultFormat,
    bg_color: str = "FFFFFF",
) -> bytes:
    """``verify_result`` in a worker thread."""
    return await asyncio.to_thread(
        verify_result,
        data,
        px_width=px_width,
        px_height=px_height,
        dpi=dpi,
        file_format=file_format,
        bg_color=bg_color,
    )


def deliverable_file_name(
    slug: str, mm: tuple[float, float] | None, px: tuple[int, int], ext: str
) -> str:
    """``us-passport_51x51mm_600x600px.jpg``; px-only (custom) specs omit the mm part."""
    parts = [_safe_slug(slug)]
    if mm is not None:
        parts.append(f"{_format_mm(mm[0])}x{_format_mm(mm[1])}mm")
    parts.append(f"{px[0]}x{px[1]}px")
    return "_".join(parts) + "." + ext.lower().lstrip(".")


def sheet_file_name(slug: str, mm: tuple[float, float], paper: str) -> str:
    """``us-passport_51x51mm_sheet-6inch.jpg``: the printable sheet of the same photo."""
    size = f"{_format_mm(mm[0])}x{_format_mm(mm[1])}mm"
    return f"{_safe_slug(slug)}_{size}_sheet-{_safe_slug(paper)}.jpg"


def _format_mm(value: float) -> str:
    return f"{round(value, 2):g}"


def _safe_slug(slug: str) -> str:
    cleaned = re.sub(r"[^a-z0-9.-]+", "-", slug.lower()).strip("-.")
    return cleaned or "photo"


def _inspect(
    data: bytes, *, px_width: int, px_height: int, dpi: int, file_format: ResultFormat
) -> tuple[ResultCheck, Image.Image]:
    try:
        im = Image.open(io.BytesIO(data), formats=_RESULT_FORMATS)
        im.load()
    except (UnidentifiedImageError, Image.DecompressionBombError, *_DECODE_ERRORS) as exc:
        raise ResultInvalid("imaging-result-corrupt", detail=repr(exc)) from exc
    if (
        abs(im.width - px_width) > SIZE_TOLERANCE_PX
        or abs(im.height - px_height) > SIZE_TOLERANCE_PX
    ):
        raise ResultInvalid(
            "imaging-result-wrong-size",
            {
                "width": im.width,
                "height": im.height,
                "expected_width": px_width,
                "expected_height": px_height,
            },
        )
    check = ResultCheck(
        width=im.width,
        height=im.height,
        expected_width=px_width,
        expected_height=px_height,
        actual_format="JPEG" if im.format == "MPO" else str(im.format),
        requested_format=file_format,
        mode=im.mode,
        dpi=_dpi_of(im),
        expected_dpi=dpi,
        srgb=is_srgb_profile(im.info.get("icc_profile")),
        baseline_ycbcr=_is_plain_jpeg(data, im),
    )
    return check, im


def _dpi_of(im: Image.Image) -> tuple[float, float] | None:
    dpi = im.info.get("dpi")
    if isinstance(dpi, tuple) and len(dpi) == 2:
        return (float(dpi[0]), float(dpi[1]))
    return None


def _is_plain_jpeg(data: bytes, im: Image.Image) -> bool:
    return (
        im.format in ("JPEG", "MPO")
        and im.mode == "RGB"
        and im.info.get("adobe_transform", 1) == 1
        and jpeg_markers.is_baseline(data)
    )


def _encode_png(im: Image.Image, dpi: int) -> bytes:
    buffer = io.BytesIO()
    im.save(buffer, "PNG", dpi=(dpi, dpi), optimize=True)
    return buffer.getvalue()
