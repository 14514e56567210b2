"""The typed photo specification every other part of the catalog produces or consumes.

Geometry convention: the *frame* is the printed photo (``mm_width`` × ``mm_height``); a spec with
no print size (digital upload only) has a frame derived from its pixels and dpi. Bands are in frame
millimetres: ``head_height_mm`` is chin to crown, ``eye_line_mm`` is measured up from the bottom
edge, ``head_top_mm`` is the margin from the top edge to the crown. The image PicWish produces is
``px_width`` × ``px_height``; where its aspect differs from the print size (a portal's own upload
size), bands scale with the image height.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MM_PER_INCH = 25.4

#: Document kinds, in the order a country's documents are listed when the query names none.
DOCUMENT_KINDS: tuple[str, ...] = (
    "passport",
    "visa",
    "schengen-visa",
    "evisa",
    "visa-on-arrival",
    "id-card",
    "internal-passport",
    "residence-permit",
    "green-card",
    "dv-lottery",
    "pr-card",
    "oci-card",
    "citizenship",
    "driving-licence",
    "police-certificate",
    "pan-card",
    "voter-id",
    "custom",
)

#: Warning codes a spec may carry; each renders ``specs-warning-<code>`` from specs.ftl.
WARNING_CODES: tuple[str, ...] = (
    "office-capture",
    "de-e-photo",
    "no-edit",
    "photographer",
    "hijab",
)

#: Canonical background colours (hex RRGGBB) and the colour word each renders as.
PALETTE: dict[str, str] = {
    "FFFFFF": "white",
    "F5F5F0": "off-white",
    "EEEEEE": "light-grey",
    "D0D0D0": "grey",
    "F0EDE8": "cream",
    "F0E6D2": "beige",
    "309EFF": "light-blue",
    "438EDB": "blue",
    "CC0000": "red",
}
COLOUR_HEX: dict[str, str] = {name: hexa for hexa, name in PALETTE.items()}

SPEC_ID_RE = re.compile(r"^[a-z0-9][a-z0-9.-]{0,39}$")
HEX_RE = re.compile(r"^[0-9A-F]{6}$")

Band = tuple[float, float]


def flag_emoji(country: str) -> str:
    """``"US"`` → 🇺🇸 (regional indicator pair); ``""`` → ``""``."""
    if len(country) != 2 or not country.isalpha():
        return ""
    return "".join(chr(0x1F1E6 + ord(letter) - ord("A")) for letter in country.upper())


def flag_country(text: str) -> str | None:
    """The two-letter code of a flag emoji (🇺🇸 → ``"US"``), or ``None``."""
    letters = [ord(ch) - 0x1F1E6 for ch in text if 0x1F1E6 <= ord(ch) <= 0x1F1FF]
    if len(letters) != 2:
        return None
    return "".join(chr(ord("A") + n) for n in letters)


@dataclass(frozen=True, kw_only=True)
class Spec:
    """One document's photo requirements, normalised from the datasets and the curated layer.

    ``px_width``/``px_height`` are the image to produce (a portal's own upload size where the
    authority has one) and ``dpi`` makes it print at ``mm_width``×``mm_height``. ``backgrounds``
    lists every accepted colour, the one to use first. ``px_exact``: a portal checks these exact
    pixels; ``px_max``: the largest accepted upload. ``warnings`` are codes rendered from
    specs.ftl; ``alt_size_mm`` is another source's size when the datasets disagree; ``notes`` are
    the datasets' own remarks and requirement lists, English only, kept for reference.
    """

    id: str
    country: str
    flag: str
    document: str
    title: str
    px_width: int
    px_height: int
    dpi: int
    background: str
    mm_width: float | None = None
    mm_height: float | None = None
    variant: str = ""
    backgrounds: tuple[str, ...] = ()
    head_height_mm: Band | None = None
    eye_line_mm: Band | None = None
    head_top_mm: Band | None = None
    head_width_mm: Band | None = None
    min_file_kb: int | None = None
    max_file_kb: int | None = None
    file_format: str = "jpg"
    px_exact: bool = False
    px_max: tuple[int, int] | None = None
    glasses_allowed: bool = False
    smile_allowed: bool = False
    recency_months: int | None = 6
    warnings: tuple[str, ...] = ()
    alt_size_mm: tuple[float, float] | None = None
    notes: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    source: str = ""
    verified: str = ""
    origin: str = ""

    @property
    def slug(self) -> str:
        """File-name stem, e.g. ``us-passport`` (ids are already ASCII and path-safe)."""
        return self.id

    @property
    def frame_mm(self) -> tuple[float, float]:
        """The print frame in mm; derived from pixels and dpi for digital-only specs."""
        if self.mm_width is not None and self.mm_height is not None:
            return self.mm_width, self.mm_height
        return self.px_width * MM_PER_INCH / self.dpi, self.px_height * MM_PER_INCH / self.dpi

    @property
    def px_per_mm(self) -> float:
        """Image pixels per frame millimetre, vertically (the axis every band lives on)."""
        return self.px_height / self.frame_mm[1]

    @property
    def is_custom(self) -> bool:
        return self.document == "custom"


def fit_dpi(spec: Spec, tolerance_mm: float = 0.5) -> int:
    """The dpi at which the image prints at the spec's height (kept if already within tolerance).

    A portal's own pixel size (Singapore's 400×514) stamped at 300 dpi would print at 43.5 mm
    instead of 45 mm; pixels + the fitted dpi describe the print size exactly.
    """
    if spec.mm_height is None:
        return spec.dpi
    printed = spec.px_height * MM_PER_INCH / spec.dpi
    if abs(printed - spec.mm_height) <= tolerance_mm:
        return spec.dpi
    return min(1000, max(10, round(spec.px_height * MM_PER_INCH / spec.mm_height)))


def icao_bands(frame_height_mm: float) -> tuple[Band, Band]:
    """ICAO defaults: head 70–80 % of the height, eye line 50–60 % up from the bottom."""
    h = frame_height_mm
    return (round(0.70 * h, 2), round(0.80 * h, 2)), (round(0.50 * h, 2), round(0.60 * h, 2))


def validate(spec: Spec) -> list[str]:
    """Everything structurally wrong with ``spec`` (empty when it is usable)."""
    problems: list[str] = []
    if not SPEC_ID_RE.match(spec.id):
        problems.append(f"id {spec.id!r} is not a short ASCII slug")
    if spec.document not in DOCUMENT_KINDS:
        problems.append(f"unknown document kind {spec.document!r}")
    for colour in (spec.background, *spec.backgrounds):
        if not HEX_RE.match(colour):
            problems.append(f"colour {colour!r} is not RRGGBB")
    if spec.backgrounds and spec.backgrounds[0] != spec.background:
        problems.append("backgrounds must start with the required background")
    if min(spec.px_width, spec.px_height) < 50 or not 10 <= spec.dpi <= 1000:
        problems.append("pixel size or dpi out of range")
    frame_h = spec.frame_mm[1]
    for name in ("head_height_mm", "eye_line_mm", "head_top_mm"):
        band = getattr(spec, name)
        if band is not None and not 0 <= band[0] <= band[1] <= frame_h:
            problems.append(f"{name} {band} is not inside the {frame_h:.1f} mm frame")
    if spec.head_height_mm is None or spec.eye_line_mm is None:
        problems.append("head and eye bands are required")
    lo, hi = spec.min_file_kb, spec.max_file_kb
    if lo is not None and hi is not None and lo >= hi:
        problems.append(f"file size bounds {lo}–{hi} KB are empty")
    if spec.file_format not in ("jpg", "png"):
        problems.append(f"file format {spec.file_format!r}")
    problems.extend(f"unknown warning {w!r}" for w in spec.warnings if w not in WARNING_CODES)
    return problems
