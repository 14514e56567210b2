"""Compliance measurement of a finished photo, and the check of a measurement against a spec.

``measure`` finds the face in a finished ID photo (the engine's own or PicWish's) and reports,
in pixels and in millimetres: chin-to-crown head height, eye line up from the bottom edge, crown
margin, head-centre offset from the vertical midline, face width, roll, and how uniform the
background is. ``compliance`` turns a measurement into the list of problems against a spec's
bands (empty = compliant), each a ``bot.i18n.Text`` for the user and readable in logs.
"""

from __future__ import annotations

import io
import logging
import math
from dataclasses import dataclass, field, replace

import cv2
import numpy as np
from PIL import Image

from bot.engine import runtime
from bot.engine.errors import FaceProblem
from bot.engine.faces import find_face
from bot.engine.geometry import head_geometry
from bot.engine.images import Decoded, decode, shrink
from bot.engine.segmentation import person_mask
from bot.i18n import Text, t
from bot.specs.model import MM_PER_INCH, Spec

logger = logging.getLogger(__name__)

#: Background pixels within this many levels (any channel) of the median colour are "uniform".
UNIFORM_LEVELS = 16
#: Share of uniform background pixels below which the background counts as uneven.
MIN_UNIFORMITY = 0.95
#: Largest distance (any channel) between the measured and the wanted background colour.
COLOUR_LEVELS = 24
MAX_CENTRE_OFFSET_MM = 2.0
MAX_ROLL_DEGREES = 5.0
_MEASURE_SIDE = 1200


@dataclass(frozen=True)
class Measurement:
    """A finished photo's geometry; positions in pixels down from the top / from the left."""

    width_px: int
    height_px: int
    px_per_mm: float
    crown_y_px: float
    eye_y_px: float
    chin_y_px: float
    centre_x_px: float
    face_width_px: float
    roll_degrees: float
    yaw_degrees: float
    eye_openness: float
    crown_from_mask: bool
    background_uniformity: float | None
    background_colour: str | None
    #: The offline engine's cut-out leftovers (``cutout.leftover_share``; None: not measured).
    leftovers: float | None = None

    @property
    def head_height_px(self) -> float:
        return self.chin_y_px - self.crown_y_px

    @property
    def head_height_mm(self) -> float:
        return self.head_height_px / self.px_per_mm

    @property
    def eye_line_mm(self) -> float:
        """Eye line up from the bottom edge."""
        return (self.height_px - self.eye_y_px) / self.px_per_mm

    @property
    def head_top_mm(self) -> float:
        """Margin from the top edge to the crown."""
        return self.crown_y_px / self.px_per_mm

    @property
    def head_centre_offset_mm(self) -> float:
        """Signed offset of the face centre from the vertical midline (positive: to the right)."""
        return (self.centre_x_px - self.width_px / 2) / self.px_per_mm

    @property
    def face_width_mm(self) -> float:
        return self.face_width_px / self.px_per_mm

    def at_scale(self, px_per_mm: float) -> Measurement:
        """The same measurement read at another pixels-per-millimetre."""
        return replace(self, px_per_mm=px_per_mm)

    def summary(self) -> str:
        """One line for logs and the task ledger."""
        uniform = (
            "n/a" if self.background_uniformity is None else f"{self.background_uniformity:.3f}"
        )
        return (
            f"head {self.head_height_mm:.1f} mm, eyes {self.eye_line_mm:.1f} mm up, "
            f"top {self.head_top_mm:.1f} mm, offset {self.head_centre_offset_mm:+.1f} mm, "
            f"roll {self.roll_degrees:+.1f}°, background {self.background_colour} "
            f"uniformity {uniform}"
        )


def _background(rgb: np.ndarray, mask: np.ndarray) -> tuple[float | None, str | None]:
    """Share of background pixels near the median background colour, and that colour.

    Read on every other pixel of every other row: plenty for a share and a median.
    """
    rgb, mask = rgb[::2, ::2], mask[::2, ::2]
    margin = max(2, round(max(rgb.shape[:2]) / 100))
    kernel = np.ones((2 * margin + 1, 2 * margin + 1), np.uint8)
    background = cv2.erode((mask < 0.05).astype(np.uint8), kernel) > 0
    if background.sum() < 0.01 * background.size:
        return None, None
    pixels = rgb[background].astype(np.int16)
    median = np.median(pixels[:: max(1, len(pixels) // 20000)], axis=0)
    near = np.abs(pixels - median).max(axis=1) <= UNIFORM_LEVELS
    colour = "".join(f"{int(round(v)):02X}" for v in median)
    return float(near.mean()), colour


def measure_rgb(
    rgb: np.ndarray, px_per_mm: float, *, mask: np.ndarray | None = None
) -> Measurement:
    """Measure an RGB array of a finished photo (``mask``: its alpha, if known). Engine thread."""
    height, width = rgb.shape[:2]
    small = shrink(Decoded(rgb, (width, height)), _MEASURE_SIDE)
    face = find_face(small, min_face_px=0, far=False)
    if mask is None or mask.shape[:2] != small.rgb.shape[:2]:
        mask = person_mask(small.rgb)
    geometry = head_geometry(face.landmarks, mask, level=False, finished=small.rgb)
    fx, fy = small.to_full
    uniformity, colour = _background(small.rgb, mask)
    return Measurement(
        width_px=width,
        height_px=height,
        px_per_mm=px_per_mm,
        crown_y_px=geometry.crown_y * fy,
        eye_y_px=geometry.eye_y * fy,
        chin_y_px=geometry.chin_y * fy,
        centre_x_px=geometry.centre_x * fx,
        face_width_px=geometry.face_width * fx,
        roll_degrees=face.landmarks.roll_degrees,
        yaw_degrees=face.landmarks.yaw_degrees,
        eye_openness=face.landmarks.eye_openness,
        crown_from_mask=geometry.crown_from_mask,
        background_uniformity=uniformity,
        background_colour=colour,
    )


def _dpi_of(photo: bytes) -> float | None:
    try:
        with Image.open(io.BytesIO(photo)) as im:
            dpi = im.info.get("dpi")
    except Exception:
        return None
    if not dpi or not dpi[1] or float(dpi[1]) <= 1:
        return None
    return float(dpi[1])


def measure_bytes(
    photo: bytes, *, dpi: float | None = None, px_per_mm: float | None = None
) -> Measurement:
    """``measure`` on the engine thread."""
    if px_per_mm is None:
        dpi = dpi or _dpi_of(photo) or 300.0
        px_per_mm = dpi / MM_PER_INCH
    return measure_rgb(decode(photo).rgb, px_per_mm)


def measure(
    photo: bytes, *, dpi: float | None = None, px_per_mm: float | None = None
) -> Measurement:
    """Measure a finished photo (blocks until the engine thread has done it).

    The scale is ``px_per_mm`` if given, else ``dpi``, else the file's own DPI, else 300 dpi;
    ``compliance`` re-reads the measurement at the spec's own scale anyway. Raises
    ``NoFaceError`` / ``SeveralFacesError`` when the photo has no single face.
    """
    return runtime.run_sync(measure_bytes, photo, dpi=dpi, px_per_mm=px_per_mm)


async def measure_async(
    photo: bytes, *, dpi: float | None = None, px_per_mm: float | None = None
) -> Measurement:
    """``measure`` from async code: the event loop is not blocked."""
    return await runtime.run(measure_bytes, photo, dpi=dpi, px_per_mm=px_per_mm)


def _mm(value: float, band: tuple[float, float] | None = None) -> float:
    """``value`` to 0.1 mm, or 0.01 mm where 0.1 would make an outside value look inside."""
    rounded = round(value, 1)
    if band is not None and band[0] <= rounded <= band[1] and not band[0] <= value <= band[1]:
        return round(value, 2)
    return rounded


def _band_problem(
    message_id: str, value: float, band: tuple[float, float] | None, tolerance: float
) -> Text | None:
    if band is None or band[0] - tolerance <= value <= band[1] + tolerance:
        return None
    return Text(
        message_id, {"measured": _mm(value, band), "min": _mm(band[0]), "max": _mm(band[1])}
    )


def _colour_distance(a: str, b: str) -> int:
    return max(abs(int(a[i : i + 2], 16) - int(b[i : i + 2], 16)) for i in (0, 2, 4))


def _background_problems(
    measurement: Measurement, spec: Spec, bg_color: str | None, gradient: bool
) -> list[Text]:
    if gradient or measurement.background_uniformity is None:
        return []
    problems = []
    if measurement.background_uniformity < MIN_UNIFORMITY:
        share = math.floor(measurement.background_uniformity * 100)
        problems.append(Text("engine-check-background-uneven", {"percent": share}))
    wanted = [bg_color.upper()] if bg_color else [spec.background, *spec.backgrounds]
    found = measurement.background_colour or ""
    if found and min(_colour_distance(found, w) for w in wanted) > COLOUR_LEVELS:
        problems.append(
            Text("engine-check-background-colour", {"found": found, "expected": wanted[0]})
        )
    return problems


def compliance(
    measurement: Measurement,
    spec: Spec,
    *,
    bg_color: str | None = None,
    gradient: bool = False,
    tolerance_mm: float = 0.0,
) -> list[Text]:
    """What in ``measurement`` breaks ``spec`` (empty: compliant), read at the spec's scale.

    ``bg_color`` is the background the user chose (default: any of the spec's); with
    ``gradient`` the background colour and uniformity are not checked. ``tolerance_mm`` widens
    every band (measurement noise is about ±0.3 mm at 300 dpi).
    """
    m = measurement.at_scale(spec.px_per_mm)
    problems = [
        _band_problem(
            "engine-check-head-height", m.head_height_mm, spec.head_height_mm, tolerance_mm
        ),
        _band_problem("engine-check-eye-line", m.eye_line_mm, spec.eye_line_mm, tolerance_mm),
        _band_problem("engine-check-head-top", m.head_top_mm, spec.head_top_mm, tolerance_mm),
        _band_problem("engine-check-face-width", m.face_width_mm, spec.head_width_mm, tolerance_mm),
    ]
    found = [p for p in problems if p is not None]
    if abs(m.head_centre_offset_mm) > MAX_CENTRE_OFFSET_MM + tolerance_mm:
        found.append(Text("engine-check-off-centre", {"offset": _mm(abs(m.head_centre_offset_mm))}))
    if abs(m.roll_degrees) > MAX_ROLL_DEGREES:
        found.append(Text("engine-check-tilted", {"degrees": round(abs(m.roll_degrees))}))
    found.extend(_background_problems(m, spec, bg_color, gradient))
    return found


def render_problems(problems: list[Text], lang: str | None) -> str:
    """The user-facing warning for a non-compliant photo: an intro line and one line each."""
    lines = [t(lang, "engine-check-intro")]
    lines.extend(f"• {problem.render(lang)}" for problem in problems)
    return "\n".join(lines)


@dataclass(frozen=True)
class ComplianceReport:
    """A finished photo checked against its spec (``measurement`` None: no face was found)."""

    measurement: Measurement | None
    problems: list[Text] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def summary(self) -> str:
        """One line for logs and the ledger: the numbers and the problem ids."""
        numbers = self.measurement.summary() if self.measurement else "no face measured"
        found = ", ".join(p.message_id for p in self.problems) or "compliant"
        return f"{numbers}; {found}"


async def check_result(
    photo: bytes,
    spec: Spec,
    *,
    bg_color: str | None = None,
    bg_color2: str | None = None,
    label: str = "",
) -> ComplianceReport:
    """Measure a finished photo (e.g. PicWish's) against ``spec``; log it; never raise.

    A result outside the bands is logged at WARNING with the numbers; ``render_problems``
    gives the user's warning. ``bg_color``/``bg_color2`` are the background the user chose.
    """
    try:
        measured = await measure_async(photo, px_per_mm=spec.px_per_mm)
    except FaceProblem as exc:
        report = ComplianceReport(None, [Text("engine-check-no-face")])
        logger.warning("compliance %s %s: %s (%s)", spec.id, label, report.summary, exc)
        return report
    problems = compliance(
        measured, spec, bg_color=bg_color, gradient=bg_color2 is not None and bg_color2 != bg_color
    )
    report = ComplianceReport(measured, problems)
    log = logger.info if report.ok else logger.warning
    log("compliance %s %s: %s", spec.id, label, report.summary)
    return report
