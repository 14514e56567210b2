"""File-size targets: bring a JPEG inside a spec's byte bounds without resizing it.

Order of moves: keep the file if it already fits (metadata dropped and DPI written losslessly);
otherwise search the JPEG quality at full chroma (4:4:4), then with chroma subsampling
(4:2:2, 4:2:0) when full chroma would need a poor quality; if the best encoding is still
under a minimum, pad it with a JPEG comment (the pixels stay as they are). Pixels are never
resized, so the spec's pixel size holds.
"""

from __future__ import annotations

import asyncio
import io
import math
from dataclasses import dataclass

from PIL import Image

from . import jpeg_markers
from .common import encode_jpeg, to_srgb
from .errors import FileSizeUnreachable, ResultInvalid

SUBSAMPLING_LADDER = ("4:4:4", "4:2:2", "4:2:0")
QUALITY_FLOOR = 10  # below this a face is blocks; say the target is unreachable instead
QUALITY_CEILING = 95  # higher costs bytes for no visible gain (used only to reach a minimum)
GOOD_QUALITY = 75  # full chroma is kept only if it allows at least this quality


@dataclass(frozen=True)
class _Encoding:
    data: bytes
    quality: int
    subsampling: str


def fit_file_size(jpeg: bytes, *, min_bytes: int | None, max_bytes: int | None, dpi: int) -> bytes:
    """Return a JPEG of the same pixels whose size is inside ``[min_bytes, max_bytes]``.

    Raises FileSizeUnreachable when even quality 10 with 4:2:0 subsampling is over
    ``max_bytes``, ResultInvalid when ``jpeg`` does not decode, ValueError for bad bounds.
    """
    _check_bounds(min_bytes, max_bytes)
    cleaned = _lossless_clean(jpeg, dpi)
    if cleaned is not None and _inside(len(cleaned), min_bytes, max_bytes):
        return cleaned
    im = _decode(jpeg)
    best = _best_under(im, max_bytes, dpi)
    if best is None:
        smallest = encode_jpeg(im, quality=QUALITY_FLOOR, subsampling="4:2:0", dpi=dpi)
        raise FileSizeUnreachable(
            "imaging-file-size-unreachable",
            {"max_kb": _kb(max_bytes or 0, up=False), "best_kb": _kb(len(smallest))},
            f"{im.width}x{im.height}: {len(smallest)} bytes at q{QUALITY_FLOOR} > {max_bytes}",
        )
    data = best.data
    if min_bytes is not None and len(data) < min_bytes:
        data = _reach_minimum(im, best, min_bytes, max_bytes, dpi)
    if not _inside(len(data), min_bytes, max_bytes):  # only a window narrower than 4 bytes
        raise FileSizeUnreachable(
            "imaging-file-size-unreachable",
            {"max_kb": _kb(max_bytes or 0, up=False), "best_kb": _kb(len(data))},
            f"{len(data)} bytes outside [{min_bytes}, {max_bytes}]",
        )
    return data


async def fit_file_size_async(
    jpeg: bytes, *, min_bytes: int | None, max_bytes: int | None, dpi: int
) -> bytes:
    """``fit_file_size`` in a worker thread."""
    return await asyncio.to_thread(
        fit_file_size, jpeg, min_bytes=min_bytes, max_bytes=max_bytes, dpi=dpi
    )


def _check_bounds(min_bytes: int | None, max_bytes: int | None) -> None:
    if min_bytes is not None and min_bytes < 0:
        raise ValueError(f"min_bytes must be >= 0, got {min_bytes}")
    if max_bytes is not None and max_bytes <= 0:
        raise ValueError(f"max_bytes must be > 0, got {max_bytes}")
    if min_bytes is not None and max_bytes is not None and min_bytes > max_bytes:
        raise ValueError(f"min_bytes {min_bytes} > max_bytes {max_bytes}")


def _inside(size: int, min_bytes: int | None, max_bytes: int | None) -> bool:
    return (min_bytes is None or size >= min_bytes) and (max_bytes is None or size <= max_bytes)


def _kb(size: int, *, up: bool = True) -> int:
    """Kilobytes for messages (1000 bytes, as upload portals and spec sheets count them)."""
    return math.ceil(size / 1000) if up else size // 1000


def _lossless_clean(jpeg: bytes, dpi: int) -> bytes | None:
    """The same JPEG without metadata and with ``dpi`` set, or None if it needs re-encoding."""
    try:
        with Image.open(io.BytesIO(jpeg), formats=("JPEG",)) as im:
            plain = im.mode == "RGB" and im.info.get("adobe_transform", 1) == 1
            if not plain or im.info.get("icc_profile") or not jpeg_markers.is_baseline(jpeg):
                return None
        return jpeg_markers.clean(jpeg, dpi=dpi)
    except (OSError, ValueError, SyntaxError):
        return None


def _decode(jpeg: bytes) -> Image.Image:
    try:
        im = Image.open(io.BytesIO(jpeg), formats=("JPEG", "PNG", "WEBP"))
        im.load()
    except (OSError, ValueError, SyntaxError) as exc:
        raise ResultInvalid("imaging-result-corrupt", detail=repr(exc)) from exc
    return to_srgb(im)


def _best_under(im: Image.Image, max_bytes: int | None, dpi: int) -> _Encoding | None:
    """The best-looking encoding no larger than ``max_bytes`` (None: none fits)."""
    if max_bytes is None:
        return _encode(im, QUALITY_CEILING, "4:4:4", dpi)
    best: _Encoding | None = None
    for subsampling in SUBSAMPLING_LADDER:
        found = _highest_quality_under(im, subsampling, max_bytes, dpi)
        if found is None:
            continue
        if found.quality >= GOOD_QUALITY:
            return found
        if best is None or found.quality > best.quality:
            best = found
    return best


def _highest_quality_under(
    im: Image.Image, subsampling: str, max_bytes: int, dpi: int
) -> _Encoding | None:
    """Binary search over quality; JPEG size grows with quality (near enough)."""
    top = _encode(im, QUALITY_CEILING, subsampling, dpi)
    if len(top.data) <= max_bytes:
        return top
    fitting: _Encoding | None = None
    low, high = QUALITY_FLOOR, QUALITY_CEILING - 1
    while low <= high:
        candidate = _encode(im, (low + high) // 2, subsampling, dpi)
        if len(candidate.data) <= max_bytes:
            fitting, low = candidate, candidate.quality + 1
        else:
            high = candidate.quality - 1
    return fitting


def _reach_minimum(
    im: Image.Image, best: _Encoding, min_bytes: int, max_bytes: int | None, dpi: int
) -> bytes:
    """Grow ``best`` to ``min_bytes``: quality above 95 if that stays under the maximum,
    else (a flat image has too little detail to fill the bytes) pad with a comment."""
    if (best.quality, best.subsampling) == (QUALITY_CEILING, "4:4:4"):
        for quality in range(QUALITY_CEILING + 1, 101):
            candidate = _encode(im, quality, "4:4:4", dpi)
            if max_bytes is not None and len(candidate.data) > max_bytes:
                break
            best = candidate
            if len(best.data) >= min_bytes:
                return best.data
    return jpeg_markers.pad(best.data, min_bytes)


def _encode(im: Image.Image, quality: int, subsampling: str, dpi: int) -> _Encoding:
    return _Encoding(
        encode_jpeg(im, quality=quality, subsampling=subsampling, dpi=dpi), quality, subsampling
    )
