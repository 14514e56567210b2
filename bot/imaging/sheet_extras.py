"""The optional QR code and label text on a print sheet: measuring and drawing them.

The QR code is drawn module by module at a whole number of pixels per module (crisp at any
dpi) with its 4-module white quiet zone, so it scans on any canvas colour. The label uses
DejaVu Sans when installed, else Pillow's bundled (ASCII-only) font; a literal ``\\n`` breaks
lines as in PicWish's ``layout_label_text``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import qrcode
import qrcode.constants
from PIL import Image, ImageDraw, ImageFont
from qrcode.exceptions import DataOverflowError

# Label sizes tried in turn (preferred first), each upright and then turned 90 degrees to run
# up a narrow strip beside the photos.
LABEL_FONT_MM = (3.5, 2.5)
LABEL_FONTS = ("DejaVuSans.ttf",)  # looked up in the system font folders, in order
QR_QUIET_ZONE = 4


@dataclass(frozen=True)
class Extras:
    """Sizes of the QR code and label as they will be drawn (0 when absent)."""

    qr_px: int
    label_size: tuple[int, int]  # after rotation
    font_px: int
    label_rotated: bool
    gap_px: int

    def block_size(self, stacked: bool) -> tuple[int, int]:
        """(width, height) of both together: stacked (for a side strip) or side by side."""
        parts = [s for s in ((self.qr_px, self.qr_px), self.label_size) if s[0] and s[1]]
        gaps = self.gap_px * (len(parts) - 1)
        if stacked:
            return (max(w for w, _ in parts), sum(h for _, h in parts) + gaps)
        return (sum(w for w, _ in parts) + gaps, max(h for _, h in parts))


def label_styles(has_label: bool) -> list[tuple[float, bool]]:
    """(font size in mm, rotated) to try, in order of preference."""
    if not has_label:
        return [(LABEL_FONT_MM[0], False)]
    upright = [(size, False) for size in LABEL_FONT_MM]
    return upright + [(size, True) for size in LABEL_FONT_MM]


def measure(
    *,
    qr_data: str | None,
    qr_px: int,
    label_text: str | None,
    font_px: int,
    rotated: bool,
    gap_px: int,
) -> Extras:
    """Sizes for a QR code of about ``qr_px`` and the label at ``font_px``."""
    qr = qr_size(qr_data, qr_px) if qr_data else 0
    label = (0, 0)
    if label_text:
        width, height = _text_size(label_lines(label_text), font_px)
        label = (height, width) if rotated else (width, height)
    return Extras(qr, label, font_px, rotated, gap_px)


def label_lines(text: str) -> str:
    """Normalise line breaks: real newlines and PicWish-style literal ``\\n``."""
    return "\n".join(line.rstrip() for line in text.replace("\\n", "\n").splitlines())


def qr_size(data: str, wanted_px: int) -> int:
    """Largest whole-pixel-per-module size not above ``wanted_px`` (at least 1 px/module)."""
    modules = len(_qr_matrix(data))
    return modules * max(1, wanted_px // modules)


def qr_image(data: str, size_px: int) -> Image.Image:
    """The QR code (quiet zone included) as an RGB image of ``size_px`` square."""
    matrix = _qr_matrix(data)
    modules = len(matrix)
    pixels = bytes(0 if dark else 255 for row in matrix for dark in row)
    small = Image.frombytes("L", (modules, modules), pixels)
    return small.resize((size_px, size_px), Image.Resampling.NEAREST).convert("RGB")


def draw_label(
    sheet: Image.Image,
    position: tuple[int, int],
    text: str,
    *,
    font_px: int,
    rotated: bool,
    ink: tuple[int, int, int],
) -> None:
    """Draw the label with its top-left corner at ``position`` (reading upwards if rotated)."""
    lines = label_lines(text)
    mask = Image.new("L", _text_size(lines, font_px), 0)
    ImageDraw.Draw(mask).multiline_text(
        (0, 0), lines, font=_font(font_px), fill=255, spacing=_spacing(font_px)
    )
    if rotated:
        mask = mask.transpose(Image.Transpose.ROTATE_90)
    sheet.paste(ink, (*position, position[0] + mask.width, position[1] + mask.height), mask)


def _qr_matrix(data: str) -> list[list[bool]]:
    qr = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=1, border=QR_QUIET_ZONE
    )
    try:
        qr.add_data(data)
        qr.make(fit=True)
    except DataOverflowError as exc:
        raise ValueError("QR code data too long") from exc
    return qr.get_matrix()


def _text_size(lines: str, font_px: int) -> tuple[int, int]:
    draw = ImageDraw.Draw(Image.new("L", (1, 1)))
    _, _, right, bottom = draw.multiline_textbbox(
        (0, 0), lines, font=_font(font_px), spacing=_spacing(font_px)
    )
    return (max(1, right), max(1, bottom))


def _spacing(font_px: int) -> int:
    return font_px // 3


@cache
def _font(size_px: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    # DejaVu Sans (most Linux images) covers accented Latin, Cyrillic and Greek; Pillow's
    # bundled font is ASCII-only. The cache holds a few immutable fonts, not request state.
    for name in LABEL_FONTS:
        try:
            return ImageFont.truetype(name, size_px)
        except OSError:
            continue
    return ImageFont.load_default(size=size_px)
