"""What a photo job asks of the local engine: size, dpi, head windows, looks, file.

The job's document (``PhotoJob.spec``) gives the pixels and dpi, the crown/chin/eye windows (the
same ``bot.specs.face_geometry`` PicWish is sent; ICAO defaults when a spec has no bands: head
70–80 % of the height, eye line 50–60 % up) and the file's format and size bounds; the job gives
the background colour or top-to-bottom gradient, the touch-ups and whether it is a preview.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.engine.errors import OutfitsNeedPicWish
from bot.engine.placement import Windows
from bot.imaging.common import hex_to_rgb
from bot.photo_job import PhotoJob
from bot.specs.model import MM_PER_INCH, Spec, icao_bands
from bot.specs.picwish_params import face_geometry, file_size_bytes

DEFAULT_QUALITY = 95
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


def spec_windows(spec: Spec) -> Windows:
    """The crown, chin, eye (and face width) windows of ``spec``, in its pixels."""
    if spec.head_height_mm is None or spec.eye_line_mm is None:
        return default_windows(spec.px_width, spec.px_height, spec.dpi)
    geometry = face_geometry(spec)
    face_width = geometry.face_width
    return Windows(
        crown=(geometry.head_top.lo, geometry.head_top.hi),
        chin=(geometry.chin_top.lo, geometry.chin_top.hi),
        eyes=(geometry.eyes_top.lo, geometry.eyes_top.hi),
        face_width=(face_width.lo, face_width.hi) if face_width is not None else None,
    )


def target_from_job(job: PhotoJob) -> Target:
    """The render target; raises ``OutfitsNeedPicWish`` (outfits are PicWish's)."""
    if job.outfit:
        raise OutfitsNeedPicWish(f"outfit {job.outfit!r} needs PicWish")
    spec = job.spec
    min_bytes, max_bytes = file_size_bytes(spec)
    touchups = job.touchups
    return Target(
        width=spec.px_width,
        height=spec.px_height,
        dpi=spec.dpi,
        windows=spec_windows(spec),
        background=hex_to_rgb(job.background),
        background2=hex_to_rgb(job.background2) if job.background2 else None,
        touchups=Touchups(bright=touchups.bright, smooth=touchups.smooth, sharp=touchups.sharp),
        preview=job.preview,
        file_format=spec.file_format,
        quality=DEFAULT_QUALITY,
        min_bytes=min_bytes,
        max_bytes=max_bytes,
    )
