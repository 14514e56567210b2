"""The printable sheet: as many copies of the final photo as fit on photo or office paper.

Rendered locally from the photo the user approved (free, and identical to it), with the same
knobs as PicWish's ``layout_*`` parameters. Printed at 100 % ("actual size"), each copy
measures exactly the spec's millimetres: its pixel size is ``mm x dpi / 25.4``.

Geometry: copies stay at least 4 mm from the edges of photo paper (labs crop about 3 mm per
edge on borderless prints) and 6 mm on A4/Letter (office printers cannot print the outer few
millimetres); 2.5 mm gaps; a thin guide runs along every photo edge, just outside the photo,
so cutting on the line leaves exactly the spec's size. An optional QR code and label go in a
strip at the right or the bottom, whichever keeps the most copies (a label may run up a narrow
side strip); if they fit nowhere they are left out and ``SheetLayout.extras_omitted`` says so.
"""

from __future__ import annotations

import asyncio
import io
import math
from dataclasses import dataclass
from typing import Literal, get_args

from PIL import Image, ImageDraw

from bot.i18n import Text

from . import sheet_extras
from .common import MM_PER_INCH, encode_jpeg, hex_to_rgb, mm_to_px, to_srgb

Paper = Literal["6inch", "5inch", "a4", "letter"]
PAPERS: tuple[Paper, ...] = get_args(Paper)

# Portrait (short side, long side) in millimetres.
PAPER_MM: dict[Paper, tuple[float, float]] = {
    "6inch": (101.6, 152.4),  # 4 x 6 in, sold as 10 x 15 cm
    "5inch": (88.9, 127.0),  # 3.5 x 5 in
    "a4": (210.0, 297.0),
    "letter": (215.9, 279.4),
}
EDGE_MARGIN_MM: dict[Paper, float] = {"6inch": 4.0, "5inch": 4.0, "a4": 6.0, "letter": 6.0}
GAP_MM = 2.5
GUIDE_MM = 0.15
QR_DEFAULT_MM = sheet_extras.QR_DEFAULT_MM
SHEET_QUALITY = 95
MIN_DPI, MAX_DPI = 72, 1200


@dataclass(frozen=True)
class SheetOptions:
    """How to lay out the sheet; fields mirror PicWish's ``layout_*`` parameters."""

    paper: Paper = "6inch"  # layout_size (PicWish has only 5inch and 6inch)
    vertical: bool = False  # layout_vertical: portrait paper when True
    dpi: int = 300
    bg_color: str = "FFFFFF"  # layout_bg_color
    qr_data: str | None = None  # layout_qr_code_data
    label_text: str | None = None  # layout_label_text; a real "\n" breaks lines
    qr_size_px: int | None = None  # layout_qr_code_size; default 20 mm

    def __post_init__(self) -> None:
        if self.paper not in PAPER_MM:
            raise ValueError(f"unknown paper {self.paper!r}; expected one of {PAPERS}")
        if not MIN_DPI <= self.dpi <= MAX_DPI:
            raise ValueError(f"dpi {self.dpi} outside {MIN_DPI}-{MAX_DPI}")
        hex_to_rgb(self.bg_color)
        if self.qr_size_px is not None and self.qr_size_px <= 0:
            raise ValueError("qr_size_px must be positive")

    def to_picwish_params(self) -> dict[str, str]:
        """The same sheet requested from PicWish instead (``layout=1``; 5/6 inch only)."""
        if self.paper not in ("5inch", "6inch"):
            raise ValueError(f"PicWish lays out 5inch and 6inch paper only, not {self.paper}")
        params = {
            "layout": "1",
            "layout_size": self.paper,
            "layout_vertical": "1" if self.vertical else "0",
            "layout_bg_color": self.bg_color.removeprefix("#").upper(),
        }
        if self.qr_data:
            params["layout_qr_code_data"] = self.qr_data
            if self.qr_size_px:
                params["layout_qr_code_size"] = str(self.qr_size_px)
        if self.label_text:
            params["layout_label_text"] = sheet_extras.picwish_label(self.label_text)
        return params


@dataclass(frozen=True)
class Box:
    """A rectangle in sheet pixels."""

    x: int
    y: int
    width: int
    height: int

    @property
    def right(self) -> int:
        return self.x + self.width

    @property
    def bottom(self) -> int:
        return self.y + self.height


@dataclass(frozen=True)
class SheetLayout:
    """Pure geometry of a sheet, in pixels at ``dpi``."""

    paper: Paper
    vertical: bool
    dpi: int
    width_px: int
    height_px: int
    copy_width_px: int
    copy_height_px: int
    columns: int
    rows: int
    positions: tuple[tuple[int, int], ...]  # top-left corner of each copy
    margin_px: int  # minimum distance from a copy to the paper edge
    gap_px: int
    guide_px: int
    qr_box: Box | None = None
    label_box: Box | None = None
    label_font_px: int = 0
    label_rotated: bool = False  # the label runs upwards along a narrow side strip
    extras_omitted: bool = False  # the QR code / label did not fit beside even one copy

    @property
    def copies(self) -> int:
        return len(self.positions)


@dataclass(frozen=True)
class _Placement:
    """Copies plus QR code / label boxes for one way of fitting the extras in."""

    columns: int
    rows: int
    positions: tuple[tuple[int, int], ...]
    qr_box: Box | None
    label_box: Box | None
    label_font_px: int
    label_rotated: bool


def sheet_layout(photo_mm: tuple[float, float], options: SheetOptions) -> SheetLayout:
    """Where the copies (and the QR code / label) go; raises ValueError if no copy fits."""
    dpi = options.dpi
    width, height = _paper_px(options)
    margin = math.ceil(EDGE_MARGIN_MM[options.paper] * dpi / MM_PER_INCH)
    gap = max(2, round(GAP_MM * dpi / MM_PER_INCH))
    copy = (mm_to_px(photo_mm[0], dpi), mm_to_px(photo_mm[1], dpi))
    area = Box(margin, margin, width - 2 * margin, height - 2 * margin)
    if copy[0] > area.width or copy[1] > area.height:
        raise ValueError(f"a {photo_mm[0]}x{photo_mm[1]} mm photo does not fit {options.paper}")

    common = {
        "paper": options.paper,
        "vertical": options.vertical,
        "dpi": dpi,
        "width_px": width,
        "height_px": height,
        "copy_width_px": copy[0],
        "copy_height_px": copy[1],
        "margin_px": margin,
        "gap_px": gap,
        "guide_px": max(1, round(GUIDE_MM * dpi / MM_PER_INCH)),
    }
    wants_extras = bool(options.qr_data or options.label_text)
    placement = _best_placement(area, copy, gap, options) if wants_extras else None
    if placement is None:
        columns, rows, positions = _grid(area, copy, gap)
        return SheetLayout(
            columns=columns,
            rows=rows,
            positions=positions,
            extras_omitted=wants_extras,
            **common,
        )
    return SheetLayout(
        columns=placement.columns,
        rows=placement.rows,
        positions=placement.positions,
        qr_box=placement.qr_box,
        label_box=placement.label_box,
        label_font_px=placement.label_font_px,
        label_rotated=placement.label_rotated,
        **common,
    )


def render_sheet(photo: bytes, photo_mm: tuple[float, float], options: SheetOptions) -> bytes:
    """The sheet as a JPEG with ``options.dpi`` in its header (CPU-bound: use a thread)."""
    layout = sheet_layout(photo_mm, options)
    background = hex_to_rgb(options.bg_color)
    sheet = Image.new("RGB", (layout.width_px, layout.height_px), background)
    _draw_guides(sheet, layout, _guide_color(background))
    copy = _load_photo(photo, (layout.copy_width_px, layout.copy_height_px))
    for position in layout.positions:
        sheet.paste(copy, position)
    if layout.qr_box is not None and options.qr_data:
        qr = sheet_extras.qr_image(options.qr_data, layout.qr_box.width)
        sheet.paste(qr, (layout.qr_box.x, layout.qr_box.y))
    if layout.label_box is not None and options.label_text:
        sheet_extras.draw_label(
            sheet,
            (layout.label_box.x, layout.label_box.y),
            options.label_text,
            font_px=layout.label_font_px,
            rotated=layout.label_rotated,
            ink=(0, 0, 0) if _luminance(background) > 128 else (255, 255, 255),
        )
    # A print file: its size does not matter, its encoding time does (it is made per final).
    return encode_jpeg(
        sheet, quality=SHEET_QUALITY, subsampling="4:4:4", dpi=options.dpi, optimize=False
    )


async def render_sheet_async(
    photo: bytes, photo_mm: tuple[float, float], options: SheetOptions
) -> bytes:
    """``render_sheet`` in a worker thread."""
    return await asyncio.to_thread(render_sheet, photo, photo_mm, options)


def sheet_caption(layout: SheetLayout) -> Text:
    """The caption for the sheet: how many copies, on what paper, and how to print it."""
    return Text(f"imaging-sheet-caption-{layout.paper}", {"copies": layout.copies})


def _paper_px(options: SheetOptions) -> tuple[int, int]:
    short, long = (mm_to_px(mm, options.dpi) for mm in PAPER_MM[options.paper])
    return (short, long) if options.vertical else (long, short)


def _grid(
    area: Box, copy: tuple[int, int], gap: int
) -> tuple[int, int, tuple[tuple[int, int], ...]]:
    """Columns, rows and positions of the largest grid of copies, centred in ``area``."""
    columns = max(0, (area.width + gap) // (copy[0] + gap))
    rows = max(0, (area.height + gap) // (copy[1] + gap))
    block_w = columns * copy[0] + (columns - 1) * gap if columns else 0
    block_h = rows * copy[1] + (rows - 1) * gap if rows else 0
    x0 = area.x + (area.width - block_w) // 2
    y0 = area.y + (area.height - block_h) // 2
    positions = tuple(
        (x0 + c * (copy[0] + gap), y0 + r * (copy[1] + gap))
        for r in range(rows)
        for c in range(columns)
    )
    return columns, rows, positions


def _best_placement(
    area: Box, copy: tuple[int, int], gap: int, options: SheetOptions
) -> _Placement | None:
    """Most copies first; on a tie, the earlier (larger, upright) label style wins."""
    qr_px = options.qr_size_px or mm_to_px(QR_DEFAULT_MM, options.dpi)
    best: tuple[int, _Placement] | None = None
    for font_mm, rotated in sheet_extras.label_styles(bool(options.label_text)):
        extras = sheet_extras.measure(
            qr_data=options.qr_data,
            qr_px=qr_px,
            label_text=options.label_text,
            font_px=mm_to_px(font_mm, options.dpi),
            rotated=rotated,
            gap_px=gap,
        )
        # A turned label belongs in a side strip; an upright one may go either way.
        for side in (True,) if rotated else (True, False):
            placement = _place(area, copy, gap, extras, side)
            if placement is not None and (best is None or len(placement.positions) > best[0]):
                best = (len(placement.positions), placement)
    return best[1] if best else None


def _place(
    area: Box, copy: tuple[int, int], gap: int, extras: sheet_extras.Extras, side: bool
) -> _Placement | None:
    """Extras in a strip at the right (``side``) or the bottom; None if no copy is left."""
    block_w, block_h = extras.block_size(stacked=side)
    if block_w > area.width or block_h > area.height:
        return None
    if side:
        grid_area = Box(area.x, area.y, area.width - block_w - gap, area.height)
        strip = Box(area.right - block_w, area.y + (area.height - block_h) // 2, block_w, block_h)
    else:
        grid_area = Box(area.x, area.y, area.width, area.height - block_h - gap)
        strip = Box(area.x + (area.width - block_w) // 2, area.bottom - block_h, block_w, block_h)
    columns, rows, positions = _grid(grid_area, copy, gap)
    if not positions:
        return None
    qr_box, label_box = _split_strip(strip, extras, stacked=side)
    return _Placement(
        columns, rows, positions, qr_box, label_box, extras.font_px, extras.label_rotated
    )


def _split_strip(
    strip: Box, extras: sheet_extras.Extras, stacked: bool
) -> tuple[Box | None, Box | None]:
    """QR code first (top or left), then the label, each centred across the strip."""
    qr_box = label_box = None
    offset = 0
    if extras.qr_px:
        size = extras.qr_px
        if stacked:
            qr_box = Box(strip.x + (strip.width - size) // 2, strip.y, size, size)
        else:
            qr_box = Box(strip.x, strip.y + (strip.height - size) // 2, size, size)
        offset = size + extras.gap_px
    width, height = extras.label_size
    if width and height:
        if stacked:
            label_box = Box(strip.x + (strip.width - width) // 2, strip.y + offset, width, height)
        else:
            label_box = Box(strip.x + offset, strip.y + (strip.height - height) // 2, width, height)
    return qr_box, label_box


def _draw_guides(sheet: Image.Image, layout: SheetLayout, color: tuple[int, int, int]) -> None:
    """Cut lines along every photo edge, outside the photo, across the whole sheet.

    Lines stop short of the QR / label strip so they do not cross it.
    """
    draw = ImageDraw.Draw(sheet)
    t = layout.guide_px
    stop_x, stop_y = layout.width_px, layout.height_px
    for box in (layout.qr_box, layout.label_box):
        if box is None:
            continue
        if box.x > max(x for x, _ in layout.positions) + layout.copy_width_px:
            stop_x = min(stop_x, box.x - layout.gap_px // 2)
        if box.y > max(y for _, y in layout.positions) + layout.copy_height_px:
            stop_y = min(stop_y, box.y - layout.gap_px // 2)
    for x in sorted({x for x, _ in layout.positions}):
        draw.rectangle((x - t, 0, x - 1, stop_y - 1), fill=color)
        right = x + layout.copy_width_px
        draw.rectangle((right, 0, right + t - 1, stop_y - 1), fill=color)
    for y in sorted({y for _, y in layout.positions}):
        draw.rectangle((0, y - t, stop_x - 1, y - 1), fill=color)
        bottom = y + layout.copy_height_px
        draw.rectangle((0, bottom, stop_x - 1, bottom + t - 1), fill=color)


def _load_photo(photo: bytes, size: tuple[int, int]) -> Image.Image:
    im = Image.open(io.BytesIO(photo), formats=("JPEG", "PNG", "WEBP"))
    im.load()
    rgb = to_srgb(im)
    if rgb.size != size:
        rgb = rgb.resize(size, Image.Resampling.LANCZOS)
    return rgb


def _luminance(rgb: tuple[int, int, int]) -> float:
    return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]


def _guide_color(bg: tuple[int, int, int]) -> tuple[int, int, int]:
    """Light grey on white: the canvas colour 30 % towards black (or white on dark canvases)."""
    target = 0 if _luminance(bg) > 128 else 255
    return tuple(round(c + (target - c) * 0.3) for c in bg)  # type: ignore[return-value]
