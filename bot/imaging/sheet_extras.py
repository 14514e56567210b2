"""The optional QR code and label text on a print sheet: measuring and drawing them.

The QR code is drawn module by module at a whole number of pixels per module (crisp at any
dpi) with its 4-module white quiet zone, so it scans on any canvas colour. The label uses
DejaVu Sans when installed, else Pillow's bundled (ASCII-only) font; only a real line break
breaks a line (a typed ``\\n`` is printed as typed, here and at PicWish).

The rules on what is printed: a label is at most :data:`LABEL_LINES` lines of
:data:`LABEL_LINE_CHARS` characters counted as drawn (marks, joiners and invisible characters do
not count) and must draw something; a QR code must be printable with modules of at least
:data:`MIN_QR_MODULE_MM` at the sheet's dpi (phones do not read smaller ones reliably).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

import qrcode
import qrcode.constants
from PIL import Image, ImageDraw, ImageFont
from qrcode.exceptions import DataOverflowError

from bot.i18n import Text

# Label sizes tried in turn (preferred first), each upright and then turned 90 degrees to run
# up a narrow strip beside the photos.
LABEL_FONT_MM = (3.5, 2.5)
LABEL_FONTS = ("DejaVuSans.ttf",)  # looked up in the system font folders, in order
QR_QUIET_ZONE = 4
QR_DEFAULT_MM = 20.0
#: A print sheet is laid out at the document's dpi, and never below this.
SHEET_MIN_DPI = 300
#: The smallest QR module (one dot) that phones read reliably from a print, in millimetres.
MIN_QR_MODULE_MM = 0.33
#: What a QR code may hold at most, whatever the print size (a link or a short text).
QR_MAX_CHARS = 300
LABEL_LINES = 2
LABEL_LINE_CHARS = 40
#: Characters that take no room when drawn: marks on the letter before, joiners, controls.
_NOT_DRAWN = frozenset({"Mn", "Me", "Cf", "Cc", "Zl", "Zp"})
#: Put between a typed backslash and "n" for PicWish, which reads ``\\n`` as a line break.
WORD_JOINER = "\u2060"


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


def sheet_dpi(document_dpi: int) -> int:
    """The dpi a document's print sheet is laid out (and its QR code checked) at."""
    return max(document_dpi, SHEET_MIN_DPI)


def label_lines(text: str) -> str:
    """Normalise line breaks (every real one becomes ``\\n``); a typed ``\\n`` stays text."""
    return "\n".join(line.rstrip() for line in text.splitlines())


def picwish_label(text: str) -> str:
    """The label for PicWish's ``layout_label_text``, where a typed backslash-n would break the
    line: a word joiner (drawn as nothing) keeps it text."""
    return label_lines(text).replace("\\n", "\\" + WORD_JOINER + "n")


def drawn_length(line: str) -> int:
    """Characters of ``line`` that take room when drawn."""
    return sum(unicodedata.category(char) not in _NOT_DRAWN for char in line)


def printed_label(text: str) -> str | Text:
    """The label as it will be printed (blank lines dropped, each line trimmed), or why not:
    more than two lines or 40 characters on a line, or nothing that would show on paper."""
    lines = [line.strip() for line in unicodedata.normalize("NFC", text).splitlines()]
    lines = [line for line in lines if drawn_length(line)]
    if not lines:
        return Text("sheet-label-invisible")
    if len(lines) > LABEL_LINES or any(drawn_length(ln) > LABEL_LINE_CHARS for ln in lines):
        return Text("sheet-label-invalid", {"chars": LABEL_LINE_CHARS})
    label = "\n".join(lines)
    if not _draws_ink(label):
        return Text("sheet-label-invisible")
    return label


def qr_module_mm(data: str, dpi: int, size_mm: float = QR_DEFAULT_MM) -> float:
    """The printed size of one module of ``data``'s QR code (drawn at whole pixels per module
    in a code of about ``size_mm``); 0 when the data does not fit in a QR code at all."""
    try:
        modules = len(_qr_matrix(data))
    except ValueError:
        return 0.0
    wanted_px = round(size_mm / 25.4 * dpi)
    return max(1, wanted_px // modules) * 25.4 / dpi


def printable_qr(data: str, dpi: int, size_mm: float = QR_DEFAULT_MM) -> str | Text:
    """The QR code's content (trimmed), or why it cannot be printed so that phones scan it."""
    data = data.strip()
    if not data or len(data) > QR_MAX_CHARS:
        return Text("sheet-qr-invalid", {"chars": QR_MAX_CHARS})
    if qr_module_mm(data, dpi, size_mm) < MIN_QR_MODULE_MM:
        return Text("sheet-qr-too-dense", {"chars": qr_max_chars(dpi, size_mm)})
    return data


@cache
def qr_max_chars(dpi: int, size_mm: float = QR_DEFAULT_MM) -> int:
    """About how many characters (plain letters, as in a link) a scannable code holds."""
    low, high = 0, QR_MAX_CHARS
    while low < high:
        middle = (low + high + 1) // 2
        if qr_module_mm("a" * middle, dpi, size_mm) >= MIN_QR_MODULE_MM:
            low = middle
        else:
            high = middle - 1
    return low


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


def _draws_ink(lines: str, font_px: int = 32) -> bool:
    """Whether the label font puts any ink on paper for ``lines``."""
    mask = Image.new("L", _text_size(lines, font_px), 0)
    ImageDraw.Draw(mask).multiline_text(
        (0, 0), lines, font=_font(font_px), fill=255, spacing=_spacing(font_px)
    )
    return mask.getbbox() is not None


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
