"""What a PicWish-style request asks of the local engine: size, dpi, head windows, looks, file.

The request is the same ``IdPhotoRequest`` the bot sends PicWish: pixels (``px_width`` ×
``px_height``), or millimetres at ``dpi``, or ``size``; the crown/chin/eye windows that
``bot.specs.picwish_params`` emits (missing ones default to ICAO: head 70–80 % of the height, eye
line 50–60 % up); background colour or top-to-bottom gradient; touch-ups; preview; output file.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.engine.errors import OutfitsNeedPicWish, UnsupportedRequest
from bot.engine.placement import Interval, Windows
from bot.imaging.common import parse_hex_color
from bot.picwish import IdPhotoRequest
from bot.specs.model import MM_PER_INCH, Spec, icao_bands
from bot.specs.picwish_params import face_geometry

DEFAULT_DPI = 300
DEFAULT_QUALITY = 95
#: Touch-up strength when a flag is on but its factor is not given.
DEFAULT_FACTOR = 0.5
RGB = tuple[int, int, int]


@dataclass(frozen=True)
class Touchups:
    """Strengths 0–1 (0 = off). Thin-face is PicWish-only and not applied here."""

    bright: float = 0.0
    smooth: float = 0.0
    sharp: float = 0.0


@dataclass(frozen=True)
class Target:
    """Everything the render needs, in output pixels."""

    width: int
    height: int
    dpi: int
    windows: Windows
    background: RGB
    background2: RGB | None
    touchups: Touchups
    preview: bool
    file_format: str
    quality: int
    min_bytes: int | None
    max_bytes: int | None

    @property
    def px_per_mm(self) -> float:
        return self.dpi / MM_PER_INCH


def _size(request: IdPhotoRequest, dpi: int) -> tuple[int, int]:
    if request.px_width is not None and request.px_height is not None:
        return request.px_width, request.px_height
    if request.mm_width is not None and request.mm_height is not None:
        return (
            round(request.mm_width * dpi / MM_PER_INCH),
            round(request.mm_height * dpi / MM_PER_INCH),
        )
    if request.size:
        width, height = (int(v) for v in request.size.split("x"))
        return width, height
    if request.spec_id is not None:
        raise UnsupportedRequest("PicWish spec_id sizes are not known to the local engine")
    raise UnsupportedRequest("the request names no output size")


def _window(request: IdPhotoRequest, name: str, default: Interval) -> Interval:
    exact = getattr(request, name)
    low = getattr(request, f"min_{name}")
    high = getattr(request, f"max_{name}")
    if exact is not None:
        return float(exact), float(exact)
    if low is None and high is None:
        return default
    return (
        float(low) if low is not None else default[0],
        float(high) if high is not None else default[1],
    )


def default_windows(width: int, height: int, dpi: int) -> Windows:
    """ICAO windows for a frame of ``width`` × ``height`` pixels at ``dpi``."""
    frame_h = height * MM_PER_INCH / dpi
    head, eyes = icao_bands(frame_h)
    spec = Spec(
        id="custom",
        country="",
        flag="",
        document="custom",
        title="",
        px_width=width,
        px_height=height,
        dpi=dpi,
        background="FFFFFF",
        head_height_mm=head,
        eye_line_mm=eyes,
    )
    geometry = face_geometry(spec)
    return Windows(
        crown=(geometry.head_top.lo, geometry.head_top.hi),
        chin=(geometry.chin_top.lo, geometry.chin_top.hi),
        eyes=(geometry.eyes_top.lo, geometry.eyes_top.hi),
    )


def windows_from_request(request: IdPhotoRequest, width: int, height: int, dpi: int) -> Windows:
    defaults = default_windows(width, height, dpi)
    face_width: Interval | None = None
    if any(
        getattr(request, n) is not None for n in ("face_width", "min_face_width", "max_face_width")
    ):
        face_width = _window(request, "face_width", (0.0, float(width)))
    return Windows(
        crown=_window(request, "head_top", defaults.crown),
        chin=_window(request, "chin_top", defaults.chin),
        eyes=_window(request, "eyes_top", defaults.eyes),
        face_width=face_width,
    )


def _factor(flag: int | None, factor: float | None) -> float:
    if flag != 1:
        return 0.0
    return float(factor) if factor is not None else DEFAULT_FACTOR


def target_from_request(request: IdPhotoRequest) -> Target:
    """The render target; raises ``OutfitsNeedPicWish`` / ``UnsupportedRequest``."""
    if request.clothes_id:
        raise OutfitsNeedPicWish(f"clothes_id {request.clothes_id!r} needs PicWish")
    if request.image_url is not None and request.image_file is None and request.last_id is None:
        raise UnsupportedRequest("the local engine takes image bytes, not image_url")
    dpi = request.dpi or DEFAULT_DPI
    width, height = _size(request, dpi)
    background = parse_hex_color(request.bg_color or "FFFFFF")
    background2 = parse_hex_color(request.bg_color2) if request.bg_color2 else None
    return Target(
        width=width,
        height=height,
        dpi=dpi,
        windows=windows_from_request(request, width, height, dpi),
        background=background,
        background2=background2,
        touchups=Touchups(
            bright=_factor(request.auto_bright, request.bright_factor),
            smooth=_factor(request.auto_smooth, request.smooth_factor),
            sharp=_factor(request.auto_sharp, request.sharp_factor),
        ),
        preview=request.preview == 1,
        file_format=request.format or "jpg",
        quality=request.quality or DEFAULT_QUALITY,
        min_bytes=request.min_file_size,
        max_bytes=request.max_file_size,
    )
