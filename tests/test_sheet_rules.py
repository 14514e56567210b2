"""The print sheet's label and QR code rules hold on what is printed."""

from __future__ import annotations

from bot.i18n import Text
from bot.imaging import SheetOptions, sheet_layout
from bot.imaging.sheet_extras import (
    MIN_QR_MODULE_MM,
    picwish_label,
    printable_qr,
    printed_label,
    qr_max_chars,
    qr_module_mm,
)


def test_a_typed_backslash_n_is_printed_as_text_not_as_a_line_break():
    label = printed_label("Jane\\nDoe")
    assert label == "Jane\\nDoe"
    one_line = sheet_layout((35, 45), SheetOptions(label_text="Jane Doe"))
    typed = sheet_layout((35, 45), SheetOptions(label_text=label))
    assert typed.label_box is not None and one_line.label_box is not None
    assert typed.label_box.height == one_line.label_box.height


def test_thirteen_typed_line_breaks_are_one_line_and_must_fit_in_40_characters():
    refused = printed_label("x\\n" * 14)  # 42 characters on one printed line
    assert refused == Text("sheet-label-invalid", {"chars": 40})


def test_a_label_of_two_real_lines_is_kept_and_a_third_is_refused():
    assert printed_label("  Jane Doe \n\n US passport ") == "Jane Doe\nUS passport"
    assert printed_label("a\nb\nc") == Text("sheet-label-invalid", {"chars": 40})


def test_characters_are_counted_as_drawn():
    accented = "e\u0301" * 40  # 40 letters é written with combining accents
    assert printed_label(accented) == accented.replace("e\u0301", "é")
    assert printed_label("\u200b" * 5 + "a" * 40) == "\u200b" * 5 + "a" * 40
    assert printed_label("a" * 41) == Text("sheet-label-invalid", {"chars": 40})


def test_a_label_that_prints_nothing_is_refused():
    assert printed_label("\u200b") == Text("sheet-label-invisible")
    assert printed_label("\u2800\u2800") == Text("sheet-label-invisible")  # braille blanks
    assert printed_label("   \n \u2060 ") == Text("sheet-label-invisible")


def test_picwish_receives_real_line_breaks_and_a_typed_backslash_n_it_cannot_break_on():
    params = SheetOptions(paper="6inch", label_text="Jane\\nDoe\nUS").to_picwish_params()
    sent = params["layout_label_text"]
    assert sent.split("\n") == ["Jane\\\u2060nDoe", "US"]
    assert "\\n" not in sent  # PicWish breaks lines on a typed backslash-n
    assert picwish_label("plain") == "plain"


def test_300_emoji_are_refused_as_unscannable_with_the_length_that_fits():
    assert qr_module_mm("😀" * 300, 300) < MIN_QR_MODULE_MM
    refused = printable_qr("😀" * 300, dpi=300)
    assert refused == Text("sheet-qr-too-dense", {"chars": qr_max_chars(300)})
    assert 100 <= qr_max_chars(300) < 300


def test_a_short_link_is_printed_with_scannable_modules():
    link = "https://t.me/idphoto_bot?start=s-us-passport"
    assert printable_qr(f"  {link} ", dpi=300) == link
    assert qr_module_mm(link, 300) >= MIN_QR_MODULE_MM


def test_the_longest_text_said_to_fit_does_fit_and_one_more_does_not():
    chars = qr_max_chars(300)
    assert printable_qr("a" * chars, dpi=300) == "a" * chars
    assert isinstance(printable_qr("a" * (chars + 1), dpi=300), Text)


def test_empty_or_overlong_qr_data_is_refused():
    assert printable_qr("   ", dpi=300) == Text("sheet-qr-invalid", {"chars": 300})
    assert printable_qr("a" * 301, dpi=300) == Text("sheet-qr-invalid", {"chars": 300})
