"""A spec as PicWish Advanced ID Photo body parameters (names exactly as in the API doc).

Size is always sent as pixels plus dpi: PicWish's ``mm_width``/``mm_height`` are integers, so
2×2 in (50.8 mm) or a portal's own pixel size could not be expressed exactly in millimetres.
Head height becomes a crown window (``min/max_head_top``) and a chin window (``min/max_chin_top``)
chosen so that *every* crown/chin pair PicWish may pick gives a head height inside the band; the
eye band becomes ``min/max_eyes_top``. File-size bounds are mapped conservatively (the minimum in
KiB, the maximum in kB), so the file satisfies either reading of "KB".
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .model import Spec

#: Crown-to-eye distance as a share of chin-to-crown height (adult anthropometry, ~0.45–0.5).
CROWN_TO_EYES = 0.47
DPI_LIMITS = (10, 1000)


@dataclass(frozen=True)
class Window:
    lo: int
    hi: int


@dataclass(frozen=True)
class FaceGeometry:
    """Pixel windows, all measured down from the top edge of the image."""

    head_top: Window
    chin_top: Window
    eyes_top: Window
    face_width: Window | None = None


def _inward(lo_mm: float, hi_mm: float, scale: float) -> Window:
    """A mm band as whole pixels, rounded inwards (collapsing to the middle if it vanishes)."""
    lo, hi = math.ceil(lo_mm * scale - 1e-9), math.floor(hi_mm * scale + 1e-9)
    if lo > hi:
        lo = hi = round((lo_mm + hi_mm) / 2 * scale)
    return Window(lo, hi)


def face_geometry(spec: Spec) -> FaceGeometry:
    """Crown, chin and eye windows in pixels that keep the head and eyes inside the spec's bands."""
    if spec.head_height_mm is None or spec.eye_line_mm is None:
        raise ValueError(f"{spec.id}: no head/eye bands")
    scale, height = spec.px_per_mm, spec.px_height
    head = _inward(*spec.head_height_mm, scale)
    eye_lo, eye_hi = spec.eye_line_mm
    eyes = _inward(spec.frame_mm[1] - eye_hi, spec.frame_mm[1] - eye_lo, scale)
    slack = (head.hi - head.lo) // 4
    crown = round((eyes.lo + eyes.hi) / 2 - CROWN_TO_EYES * (head.lo + head.hi) / 2)
    low, high = 0, height - head.hi
    if spec.head_top_mm is not None:
        allowed = _inward(*spec.head_top_mm, scale)
        low, high = max(low, allowed.lo), min(high, allowed.hi)
    first = min(max(crown - slack, low), max(low, high - 2 * slack))
    last = min(first + 2 * slack, max(high, first))
    head_top = Window(first, last)
    chin_top = Window(last + head.lo, first + head.hi)
    width = None
    if spec.head_width_mm is not None:
        width = _inward(*spec.head_width_mm, scale)
    return FaceGeometry(head_top, chin_top, eyes, width)


def file_size_bytes(spec: Spec) -> tuple[int | None, int | None]:
    """(min, max) bytes: the minimum read as KiB and the maximum as kB, the safe side of both."""
    low = spec.min_file_kb * 1024 if spec.min_file_kb else None
    high = spec.max_file_kb * 1000 if spec.max_file_kb else None
    if low is not None and high is not None and low >= high:
        low = None
    return low, high


def picwish_params(spec: Spec) -> dict[str, object]:
    """Body parameters for ``POST /api/tasks/visual/external/idphoto`` (to splat into a request)."""
    geometry = face_geometry(spec)
    params: dict[str, object] = {
        "px_width": spec.px_width,
        "px_height": spec.px_height,
        "dpi": spec.dpi,
        "bg_color": spec.background,
        "min_head_top": geometry.head_top.lo,
        "max_head_top": geometry.head_top.hi,
        "min_chin_top": geometry.chin_top.lo,
        "max_chin_top": geometry.chin_top.hi,
        "min_eyes_top": geometry.eyes_top.lo,
        "max_eyes_top": geometry.eyes_top.hi,
        "format": spec.file_format,
    }
    if geometry.face_width is not None:
        params["min_face_width"] = geometry.face_width.lo
        params["max_face_width"] = geometry.face_width.hi
    low, high = file_size_bytes(spec)
    if low is not None:
        params["min_file_size"] = low
    if high is not None:
        params["max_file_size"] = high
    return params
