"""The printable sheet: copy counts, exact copy size, margins, DPI, guides, QR code, label."""

from __future__ import annotations

import math
from functools import cache

import pytest
import qrcode
import qrcode.constants
from PIL import Image

from bot.i18n import t
from bot.imaging import (
    PAPER_MM,
    PAPERS,
    SheetLayout,
    SheetOptions,
    render_sheet,
    render_sheet_async,
    sheet_caption,
    sheet_layout,
)
from bot.imaging.layout import EDGE_MARGIN_MM, GAP_MM
from tests.test_imaging_support import decode, encode, portrait

MM = 300 / 25.4  # pixels per millimetre at 300 dpi
PHOTO_COLOUR = (200, 30, 30)

# (paper, vertical) -> copies of a 35x45 mm and a 51x51 mm photo.
EXPECTED_COPIES = {
    ("6inch", False): (6, 2),
    ("6inch", True): (6, 2),
    ("5inch", False): (3, 2),
    ("5inch", True): (4, 2),
    ("a4", False): (28, 15),
    ("a4", True): (30, 15),
    ("letter", False): (28, 15),
    ("letter", True): (25, 15),
}


@cache
def solid_photo(px: tuple[int, int]) -> bytes:
    """A photo in one colour, so each copy's extent can be measured on the sheet."""
    return encode(Image.new("RGB", px, PHOTO_COLOUR), "JPEG", quality=95, dpi=(300, 300))


def all_layouts() -> list[tuple[str, bool, tuple[float, float], int]]:
    cases = []
    for (paper, vertical), counts in EXPECTED_COPIES.items():
        for mm, copies in zip(((35, 45), (51, 51)), counts, strict=True):
            cases.append((paper, vertical, mm, copies))
    return cases


@pytest.mark.parametrize(("paper", "vertical", "mm", "copies"), all_layouts())
def test_copy_count_and_geometry(
    paper: str, vertical: bool, mm: tuple[float, float], copies: int
) -> None:
    layout = sheet_layout(mm, SheetOptions(paper=paper, vertical=vertical))  # type: ignore[arg-type]
    assert layout.copies == copies == layout.columns * layout.rows
    assert_geometry(layout, mm)


def assert_geometry(layout: SheetLayout, mm: tuple[float, float]) -> None:
    px_per_mm = layout.dpi / 25.4
    # Paper size and orientation.
    short, long = (round(v * px_per_mm) for v in PAPER_MM[layout.paper])
    expected = (short, long) if layout.vertical else (long, short)
    assert (layout.width_px, layout.height_px) == expected
    # Each copy measures the spec's millimetres at 100 %.
    assert abs(layout.copy_width_px - mm[0] * px_per_mm) <= 1
    assert abs(layout.copy_height_px - mm[1] * px_per_mm) <= 1
    # Safe margins (labs crop ~3 mm per edge) and gaps wide enough to cut in.
    min_margin = math.ceil(EDGE_MARGIN_MM[layout.paper] * px_per_mm)
    gap = layout.gap_px
    assert 2 * px_per_mm <= gap <= 3 * px_per_mm
    for x, y in layout.positions:
        assert x >= min_margin and y >= min_margin
        assert layout.width_px - (x + layout.copy_width_px) >= min_margin
        assert layout.height_px - (y + layout.copy_height_px) >= min_margin
    xs = sorted({x for x, _ in layout.positions})
    ys = sorted({y for _, y in layout.positions})
    assert all(b - a == layout.copy_width_px + gap for a, b in zip(xs, xs[1:], strict=False))
    assert all(b - a == layout.copy_height_px + gap for a, b in zip(ys, ys[1:], strict=False))
    # As many as fit: one more column or row would break the margin.
    usable_w = layout.width_px - 2 * min_margin
    usable_h = layout.height_px - 2 * min_margin
    assert (layout.columns + 1) * layout.copy_width_px + layout.columns * gap > usable_w
    assert (layout.rows + 1) * layout.copy_height_px + layout.rows * gap > usable_h


def test_a4_is_filled_with_more_than_three_rows() -> None:
    layout = sheet_layout((35, 45), SheetOptions(paper="a4", vertical=True))
    assert layout.rows == 6 and layout.columns == 5
    layout = sheet_layout((51, 51), SheetOptions(paper="a4", vertical=True))
    assert layout.rows == 5


def test_gap_matches_the_documented_value() -> None:
    layout = sheet_layout((35, 45), SheetOptions())
    assert layout.gap_px == round(GAP_MM * MM)


def test_higher_dpi_scales_the_sheet() -> None:
    layout = sheet_layout((35, 45), SheetOptions(dpi=600))
    assert (layout.width_px, layout.height_px) == (3600, 2400)
    assert (layout.copy_width_px, layout.copy_height_px) == (827, 1063)
    assert layout.copies == 6


@pytest.mark.parametrize("paper", PAPERS)
def test_rendered_sheet_for_every_paper(paper: str) -> None:
    options = SheetOptions(paper=paper, vertical=True)  # type: ignore[arg-type]
    layout = sheet_layout((35, 45), options)
    sheet = decode(render_sheet(solid_photo((413, 531)), (35, 45), options))
    assert sheet.format == "JPEG"
    assert sheet.size == (layout.width_px, layout.height_px)
    assert sheet.info["dpi"] == (300, 300)
    assert_copies_drawn(sheet, layout)


def assert_copies_drawn(sheet: Image.Image, layout: SheetLayout) -> None:
    for x, y in (layout.positions[0], layout.positions[-1]):
        # Measure the red copy: its bounding box is the copy's pixel size (±1 for JPEG edges).
        window = sheet.crop(
            (x - 10, y - 10, x + layout.copy_width_px + 10, y + layout.copy_height_px + 10)
        )
        red = window.convert("RGB").point(lambda v: 255 if v > 150 else 0).getchannel("R")
        green = window.getchannel("G").point(lambda v: 255 if v < 90 else 0)
        mask = Image.composite(red, Image.new("L", red.size, 0), green)
        left, top, right, bottom = mask.getbbox()
        assert abs((right - left) - layout.copy_width_px) <= 1
        assert abs((bottom - top) - layout.copy_height_px) <= 1
        assert abs(left - 10) <= 1 and abs(top - 10) <= 1
        # A cut guide runs right outside the photo, lighter than the photo, darker than paper.
        guide = sheet.getpixel((x - 1, y + layout.copy_height_px // 2))
        assert 140 < guide[0] < 235 and abs(guide[0] - guide[2]) < 20
    assert min(sheet.getpixel((3, 3))) > 245  # corners are paper white


def test_photo_at_another_resolution_is_scaled_to_exact_mm() -> None:
    # A 51x51 mm spec delivered at 350 dpi (703 px) printed on a 300 dpi sheet: 602 px.
    options = SheetOptions(paper="6inch")
    layout = sheet_layout((51, 51), options)
    assert layout.copy_width_px == 602
    sheet = decode(render_sheet(solid_photo((703, 703)), (51, 51), options))
    assert_copies_drawn(sheet, layout)


def test_canvas_colour() -> None:
    options = SheetOptions(bg_color="DDE6F0")
    sheet = decode(render_sheet(solid_photo((413, 531)), (35, 45), options))
    r, g, b = sheet.getpixel((5, 5))
    assert abs(r - 0xDD) < 4 and abs(g - 0xE6) < 4 and abs(b - 0xF0) < 4


def test_qr_code_and_label_fit_beside_the_copies() -> None:
    data = "https://t.me/idphoto_bot?start=us-passport"
    options = SheetOptions(paper="6inch", qr_data=data, label_text="Jane Doe\nUS passport 2x2")
    layout = sheet_layout((50.8, 50.8), options)
    assert layout.copies == 2 and not layout.extras_omitted
    assert layout.qr_box is not None and layout.label_box is not None
    for box in (layout.qr_box, layout.label_box):
        assert box.x >= layout.margin_px and box.y >= layout.margin_px
        assert box.right <= layout.width_px - layout.margin_px
        assert box.bottom <= layout.height_px - layout.margin_px
        for x, y in layout.positions:  # no overlap with any copy
            assert (
                box.right <= x
                or box.x >= x + layout.copy_width_px
                or box.bottom <= y
                or box.y >= y + layout.copy_height_px
            )
    # Two lines of text are taller than one.
    one_line = sheet_layout((50.8, 50.8), SheetOptions(qr_data=data, label_text="Jane Doe"))
    assert one_line.label_box is not None
    assert layout.label_box.height > one_line.label_box.height * 1.5

    sheet = decode(render_sheet(solid_photo((600, 600)), (50.8, 50.8), options))
    assert_qr_matches(sheet, layout, data)


def assert_qr_matches(sheet: Image.Image, layout: SheetLayout, data: str) -> None:
    """Every module of the printed QR code has the colour the qrcode package computed."""
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=1, border=4)
    qr.add_data(data)
    qr.make(fit=True)
    matrix = qr.get_matrix()
    box = layout.qr_box
    assert box is not None and box.width % len(matrix) == 0
    module = box.width // len(matrix)
    grey = sheet.convert("L")
    for row, values in enumerate(matrix):
        for col, dark in enumerate(values):
            centre = (box.x + col * module + module // 2, box.y + row * module + module // 2)
            assert (grey.getpixel(centre) < 128) == dark


def test_label_and_qr_code_keep_all_six_copies_on_6_inch_paper() -> None:
    # An upright 3.5 mm label is too wide for the strip beside 3 columns; 2.5 mm fits.
    options = SheetOptions(qr_data="https://t.me/x", label_text="Jane Doe\nUK passport 35x45 mm")
    layout = sheet_layout((35, 45), options)
    assert layout.copies == 6
    assert layout.label_font_px == round(2.5 * MM) and not layout.label_rotated


def test_label_turns_sideways_rather_than_costing_a_row_on_a4() -> None:
    options = SheetOptions(paper="a4", vertical=True, label_text="Jane Doe - UK passport 35x45 mm")
    layout = sheet_layout((35, 45), options)
    assert layout.copies == 30 and layout.label_rotated
    box = layout.label_box
    assert box is not None and box.height > 5 * box.width  # runs up the side
    sheet = decode(render_sheet(solid_photo((413, 531)), (35, 45), options)).convert("L")
    ink = sheet.crop((box.x, box.y, box.right, box.bottom)).point(lambda v: 255 if v < 100 else 0)
    assert ink.getbbox() is not None  # the text is there
    assert sheet.crop((box.right + 2, box.y, layout.width_px, box.bottom)).getextrema()[0] > 240


def test_qr_code_on_portrait_paper_goes_where_it_costs_least() -> None:
    options = SheetOptions(paper="a4", vertical=True, qr_data="https://example.org/check")
    layout = sheet_layout((35, 45), options)
    assert layout.copies >= 25  # at most one row or column given up for a 20 mm code
    assert layout.qr_box is not None


def test_extras_that_cannot_fit_are_dropped_and_flagged() -> None:
    options = SheetOptions(paper="5inch", qr_data="x", qr_size_px=5000)
    layout = sheet_layout((35, 45), options)
    assert layout.extras_omitted and layout.qr_box is None
    assert layout.copies == sheet_layout((35, 45), SheetOptions(paper="5inch")).copies


def test_photo_larger_than_the_paper_is_refused() -> None:
    with pytest.raises(ValueError):
        sheet_layout((120, 170), SheetOptions(paper="5inch"))


@pytest.mark.parametrize(
    "kwargs",
    [{"paper": "a3"}, {"dpi": 10}, {"bg_color": "white"}, {"qr_size_px": 0}],
)
def test_invalid_options(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        SheetOptions(**kwargs)  # type: ignore[arg-type]


def test_same_options_as_picwish_layout_parameters() -> None:
    options = SheetOptions(
        paper="5inch",
        vertical=True,
        bg_color="#f0f0f0",
        qr_data="https://example.org",
        qr_size_px=200,
        label_text="Line 1\nLine 2",
    )
    assert options.to_picwish_params() == {
        "layout": "1",
        "layout_size": "5inch",
        "layout_vertical": "1",
        "layout_bg_color": "F0F0F0",
        "layout_qr_code_data": "https://example.org",
        "layout_qr_code_size": "200",
        "layout_label_text": "Line 1\nLine 2",
    }
    with pytest.raises(ValueError):
        SheetOptions(paper="a4").to_picwish_params()


def test_caption_renders_for_every_paper() -> None:
    for paper in PAPERS:
        layout = sheet_layout((35, 45), SheetOptions(paper=paper))
        caption = sheet_caption(layout)
        text = t("en", caption.message_id, **caption.args)
        assert str(layout.copies) in text and "100 %" in text


def test_transparent_png_photo_is_flattened() -> None:
    photo = Image.new("RGBA", (413, 531), (0, 0, 0, 0))
    sheet = decode(render_sheet(encode(photo, "PNG"), (35, 45), SheetOptions()))
    layout = sheet_layout((35, 45), SheetOptions())
    x, y = layout.positions[0]
    assert min(sheet.getpixel((x + 50, y + 50))) > 245


async def test_async_variant() -> None:
    photo = encode(portrait(413, 531), "JPEG", quality=90)
    data = await render_sheet_async(photo, (35, 45), SheetOptions())
    assert decode(data).size == (1800, 1200)
