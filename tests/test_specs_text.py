"""User-visible text (specs.ftl) and the diagram."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from PIL import Image

from bot.i18n import LOCALES_DIR, available_languages, starts_right_to_left, t
from bot.specs import (
    DOCUMENT_KINDS,
    colour_name,
    load_catalog,
    parse_custom_size,
    render_diagram,
    requirements_text,
    size_label,
)
from bot.specs.model import PALETTE, WARNING_CODES

FTL = LOCALES_DIR / "en" / "specs.ftl"
SPECS_DIR = Path(__file__).resolve().parents[1] / "bot" / "specs"


def _ftl_ids() -> set[str]:
    return set(re.findall(r"^([a-z][a-z0-9-]*) =", FTL.read_text(encoding="utf-8"), re.M))


def test_every_message_the_code_uses_exists_and_renders() -> None:
    ids = _ftl_ids()
    used = set()
    for path in SPECS_DIR.glob("*.py"):
        used |= set(re.findall(r'"(specs-[a-z0-9-]+)"', path.read_text(encoding="utf-8")))
    used |= {f"specs-doc-{kind}" for kind in DOCUMENT_KINDS}
    used |= {f"specs-colour-{name}" for name in PALETTE.values()}
    used |= {f"specs-warning-{code}" for code in WARNING_CODES}
    assert used <= ids, used - ids
    for message_id in ids:
        assert t("en", message_id) != message_id


def test_requirements_text_for_us_visa() -> None:
    text = requirements_text(load_catalog().get("us-visa"))  # type: ignore[arg-type]
    lines = text.splitlines()
    assert lines[0] == "🇺🇸 United States visa"
    assert lines[1] == "📐 2×2 in (51×51 mm)"
    assert "Head, chin to crown: 25–35 mm" in text
    assert "Eyes: 28–35 mm up from the bottom edge" in text
    assert "Background: white / off-white" in text
    assert "JPEG file, small enough for the online form" in text
    assert "no glasses" in text and "taken within the last 6 months" in text
    assert len(text) < 700


def test_requirements_text_warnings_and_disputes() -> None:
    catalog = load_catalog()
    de = requirements_text(catalog.get("de-passport"))  # type: ignore[arg-type]
    assert "May 2025" in de
    au = requirements_text(catalog.get("au-passport"))  # type: ignore[arg-type]
    assert "edited or replaced background" in au
    ca = requirements_text(catalog.get("ca-passport"))  # type: ignore[arg-type]
    assert "commercial photographer" in ca
    pk = requirements_text(catalog.get("pk-passport"))  # type: ignore[arg-type]
    assert "edited" in pk
    es = requirements_text(catalog.get("es-passport"))  # type: ignore[arg-type]
    assert "Sources disagree on the size" in es
    ng = requirements_text(catalog.get("ng-passport"))  # type: ignore[arg-type]
    assert "Digital photo, 600×800 pixels" in ng and "% of the height" in ng
    gb = requirements_text(catalog.get("gb-passport"))  # type: ignore[arg-type]
    assert "taken within the last month" in gb


def test_requirements_text_for_every_spec_renders() -> None:
    for spec in load_catalog():
        text = requirements_text(spec)
        assert "{" not in text and "specs-" not in text, spec.id
    assert "Custom size 35×45 mm" in requirements_text(parse_custom_size("35x45mm"))


@pytest.mark.parametrize("lang", available_languages())
def test_requirements_text_speaks_plain_words(lang: str) -> None:
    """No dpi, pixel or kilobyte figures for printed documents, no hex codes, no data sources:
    those stay in README and the spec data for operators."""
    for spec in load_catalog():
        text = requirements_text(spec, lang)
        assert not re.search(r"\b(px|dpi|KB)\b|#[0-9A-F]{6}|A-Box|specs\.js|spec-facts", text), (
            spec.id,
            text,
        )
        assert spec.source.split(":")[0] not in text


def test_every_line_of_the_arabic_card_reads_right_to_left() -> None:
    for spec_id in ("us-visa", "ng-passport", "schengen-visa", "de-passport"):
        text = requirements_text(load_catalog().get(spec_id), "ar")  # type: ignore[arg-type]
        assert all(starts_right_to_left(line) for line in text.splitlines()), text


def test_colours_are_named_never_shown_as_hex() -> None:
    assert colour_name("FFFFFF") == "white"
    assert colour_name("CFCFCF", "ru") == "серый"  # a near shade takes its neighbour's name
    assert colour_name("7B3F00", "de") == "eigene Farbe"  # nothing near: no "#7B3F00"


def test_size_labels() -> None:
    catalog = load_catalog()
    assert size_label(catalog.get("cn-visa")) == "33×48 mm"  # type: ignore[arg-type]
    assert size_label(catalog.get("sa-visa")) == "200×200 pixels"  # type: ignore[arg-type]
    assert size_label(parse_custom_size("2x2in")) == "2×2 in"


def test_diagram_is_a_small_png_of_the_frame_to_scale() -> None:
    catalog = load_catalog()
    for spec_id in ("us-passport", "cn-visa", "ca-passport", "ng-passport", "jp-passport"):
        spec = catalog.get(spec_id)
        assert spec is not None
        data = render_diagram(spec)
        assert data.startswith(b"\x89PNG") and len(data) < 40_000
        image = Image.open(io.BytesIO(data))
        assert 300 < image.height < 500 and 300 < image.width < 700
    square = Image.open(io.BytesIO(render_diagram(catalog.get("us-passport"))))  # type: ignore[arg-type]
    tall = Image.open(io.BytesIO(render_diagram(catalog.get("ca-passport"))))  # type: ignore[arg-type]
    assert square.width > tall.width  # the frame is drawn to scale
    assert render_diagram(parse_custom_size("600x800px")).startswith(b"\x89PNG")


def test_the_card_writes_decimals_in_the_readers_locale() -> None:
    canada = load_catalog().get("ca-passport")
    assert canada is not None
    assert "38.5–45.5 mm" in requirements_text(canada, "en")
    assert "38,5–45,5 mm" in requirements_text(canada, "de")
    assert "38,5–45,5 мм" in requirements_text(canada, "ru")
