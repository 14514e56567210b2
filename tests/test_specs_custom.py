"""Custom sizes typed by the user."""

from __future__ import annotations

import pytest

from bot.i18n import t
from bot.specs import CustomSizeError, looks_like_custom_size, parse_custom_size
from bot.specs.custom import spec_from_id


@pytest.mark.parametrize(
    ("text", "spec_id", "px", "mm", "dpi"),
    [
        ("35x45mm", "custom-35x45mm", (413, 531), (35, 45), 300),
        ("35 x 45 mm", "custom-35x45mm", (413, 531), (35, 45), 300),
        ("35X45 MM", "custom-35x45mm", (413, 531), (35, 45), 300),
        ("35х45 мм", "custom-35x45mm", (413, 531), (35, 45), 300),
        ("35mm x 45mm", "custom-35x45mm", (413, 531), (35, 45), 300),
        ("3,5x4,5 cm", "custom-35x45mm", (413, 531), (35, 45), 300),
        ("2x2in", "custom-2x2in", (600, 600), (50.8, 50.8), 300),
        ("2×2 inch", "custom-2x2in", (600, 600), (50.8, 50.8), 300),
        ('2 x 2"', "custom-2x2in", (600, 600), (50.8, 50.8), 300),
        ("600x600px", "custom-600x600px", (600, 600), (None, None), 300),
        ("600x800 px 300dpi", "custom-600x800px-300dpi", (600, 800), (None, None), 300),
        ("413x531 px @ 300 dpi", "custom-413x531px-300dpi", (413, 531), (None, None), 300),
        ("35x45mm 600dpi", "custom-35x45mm-600dpi", (827, 1063), (35, 45), 600),
        ("2x2", "custom-2x2in", (600, 600), (50.8, 50.8), 300),
        ("3x4", "custom-30x40mm", (354, 472), (30, 40), 300),
        ("50x70", "custom-50x70mm", (591, 827), (50, 70), 300),
        ("600x800", "custom-600x800px", (600, 800), (None, None), 300),
    ],
)
def test_accepted_forms(
    text: str, spec_id: str, px: tuple[int, int], mm: tuple[float | None, ...], dpi: int
) -> None:
    assert looks_like_custom_size(text)
    spec = parse_custom_size(text)
    assert spec.id == spec_id and spec.slug == spec_id
    assert (spec.px_width, spec.px_height) == px and spec.dpi == dpi
    assert (spec.mm_width, spec.mm_height) == mm
    assert spec.is_custom and spec.country == "" and spec.background == "FFFFFF"
    frame_h = spec.frame_mm[1]
    assert spec.head_height_mm == (round(0.7 * frame_h, 2), round(0.8 * frame_h, 2))
    assert spec.eye_line_mm == (round(0.5 * frame_h, 2), round(0.6 * frame_h, 2))
    assert spec_from_id(spec.id) == spec  # survives callback data


@pytest.mark.parametrize(
    ("text", "message_id", "fragment"),
    [
        ("hello", "specs-custom-error-format", "35x45mm"),
        ("35x45 furlongs", "specs-custom-error-format", "furlongs"),
        ("45x35mm", "specs-custom-error-landscape", "35x45mm"),
        ("10x80mm", "specs-custom-error-ratio", "0.5"),
        ("5x5mm", "specs-custom-error-mm-range", "10"),
        ("200x200mm", "specs-custom-error-mm-range", "150"),
        ("2000x2000px", "specs-custom-error-px-range", "1799"),
        ("50x50px", "specs-custom-error-px-range", "100"),
        ("35x45mm 5000dpi", "specs-custom-error-dpi", "1000"),
        ("100x150mm 600dpi", "specs-custom-error-too-big", "2362"),
        ("95x98", "specs-custom-error-unit", "2x2in"),
        ("0x45mm", "specs-custom-error-format", "0x45"),
    ],
)
def test_nonsense_is_rejected_with_a_helpful_message(
    text: str, message_id: str, fragment: str
) -> None:
    with pytest.raises(CustomSizeError) as caught:
        parse_custom_size(text)
    error = caught.value
    assert error.message_id == message_id
    rendered = t("en", error.message_id, **error.message_args)
    assert rendered != message_id and fragment in rendered
    assert error.text.render("en") == rendered == str(error)


@pytest.mark.parametrize("text", ["germany", "us passport", "виза", "🇺🇸", "DS-160"])
def test_not_sizes(text: str) -> None:
    assert not looks_like_custom_size(text)


def test_spec_from_id_ignores_other_ids() -> None:
    assert spec_from_id("us-passport") is None
    assert spec_from_id("custom-nonsense") is None
