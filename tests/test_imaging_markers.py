"""Lossless JPEG surgery, shared helpers and the imaging message catalog."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fluent.syntax import ast, parse
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

import bot.imaging
from bot.i18n import t
from bot.imaging import ImageRejected, jpeg_markers
from bot.imaging.common import encode_jpeg, fit_within, hex_to_rgb, to_srgb
from tests.test_imaging_support import decode, encode, markers, noise, textured

ROOT = Path(__file__).resolve().parent.parent
CATALOG = ROOT / "bot" / "locales" / "en" / "imaging.ftl"


@pytest.fixture(scope="module")
def jpeg() -> bytes:
    return encode(textured(320, 240), "JPEG", quality=85)


def test_parse_splits_the_whole_image(jpeg: bytes) -> None:
    segments = jpeg_markers.parse(jpeg)
    assert b"".join(s.raw for s in segments) == jpeg
    assert segments[0].marker == jpeg_markers.SOI and segments[-1].marker == jpeg_markers.EOI
    assert jpeg_markers.frame_marker(segments) == jpeg_markers.SOF_BASELINE


def test_progressive_is_not_baseline() -> None:
    data = encode(textured(320, 240), "JPEG", quality=85, progressive=True)
    assert not jpeg_markers.is_baseline(data)
    assert jpeg_markers.frame_marker(jpeg_markers.parse(data)) == 0xC2


def test_restart_markers_inside_the_scan_are_handled() -> None:
    data = encode(textured(320, 240), "JPEG", quality=85, restart_marker_blocks=4)
    assert b"\xff\xd0" in data
    assert b"".join(s.raw for s in jpeg_markers.parse(data)) == data


@pytest.mark.parametrize(
    "data",
    [b"", b"GIF89a", b"\xff\xd8", b"\xff\xd8\xff\xe0\x00\x10JFIF", b"\xff\xd8\xff\xda\x00\x08abc"],
)
def test_malformed_jpegs_raise_value_error(data: bytes) -> None:
    with pytest.raises(ValueError):
        jpeg_markers.parse(data)
    assert not jpeg_markers.is_baseline(data)


def test_truncated_scan_raises(jpeg: bytes) -> None:
    with pytest.raises(ValueError):
        jpeg_markers.parse(jpeg[:-100])


def test_clean_drops_metadata_and_trailers_and_sets_dpi(jpeg: bytes) -> None:
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (1.0, 2.0, 3.0)}
    im = decode(jpeg)
    rich = encode(im, "JPEG", quality=85, exif=exif.tobytes(), comment=b"hello", dpi=(72, 72))
    rich += b"trailing garbage after EOI"
    out = jpeg_markers.clean(rich, dpi=300)
    assert markers(out)[:2] == [jpeg_markers.SOI, jpeg_markers.APP0]
    assert 0xE1 not in markers(out) and jpeg_markers.COM not in markers(out)
    assert out.endswith(b"\xff\xd9")
    cleaned = decode(out)
    assert cleaned.info["dpi"] == (300, 300)
    assert cleaned.tobytes() == decode(rich).tobytes()
    assert decode(jpeg_markers.clean(rich)).info.get("dpi") is None  # aspect only


def test_jfif_header_rejects_impossible_density() -> None:
    with pytest.raises(ValueError):
        jpeg_markers.jfif_app0(70000)


_SMALL = encode(Image.new("RGB", (64, 48), (10, 120, 200)), "JPEG", quality=90)


@settings(max_examples=25, deadline=None)
@given(extra=st.one_of(st.integers(0, 10), st.integers(65_530, 65_545), st.integers(0, 200_000)))
def test_pad_reaches_the_size_without_touching_pixels(extra: int) -> None:
    data = _SMALL
    target = len(data) + extra
    padded = jpeg_markers.pad(data, target)
    if extra == 0:
        assert padded == data
    elif extra < 4:
        assert len(padded) == len(data) + 4  # the smallest possible segment
    else:
        assert len(padded) == target
    assert decode(padded).tobytes() == decode(data).tobytes()


# --- shared helpers ----------------------------------------------------------------------------


def test_encode_jpeg_survives_pillows_optimize_buffer_limit() -> None:
    # Pure noise at quality 100, 4:4:4 is over 2 bytes per pixel: Pillow's optimize buffer
    # is too small for it, so encode_jpeg must fall back to a plain encode.
    data = encode_jpeg(noise(300, 300), quality=100, subsampling="4:4:4", dpi=300)
    assert len(data) > 2 * 300 * 300
    assert decode(data).size == (300, 300)


def test_hex_colours_become_rgb() -> None:
    assert hex_to_rgb("438EDB") == (0x43, 0x8E, 0xDB)
    assert hex_to_rgb("#ffffff") == (255, 255, 255)
    for bad in ("fff", "white", "12345G"):
        with pytest.raises(ValueError):
            hex_to_rgb(bad)


def test_fit_within_never_enlarges() -> None:
    assert fit_within((8000, 6000), (4096, 4096)) == (4096, 3072)
    assert fit_within((6000, 8000), (4096, 4096)) == (3072, 4096)
    assert fit_within((800, 600), (4096, 4096)) == (800, 600)


def test_to_srgb_handles_palette_transparency() -> None:
    im = Image.new("P", (10, 10), 0)
    im.putpalette([0, 0, 0, 255, 0, 0])
    im.info["transparency"] = 0
    assert to_srgb(im).getpixel((0, 0)) == (255, 255, 255)
    assert to_srgb(im, keep_alpha=True).getpixel((0, 0))[3] == 0


# --- message catalog ---------------------------------------------------------------------------


def _catalog_ids() -> set[str]:
    resource = parse(CATALOG.read_text(encoding="utf-8"))
    junk = [entry for entry in resource.body if isinstance(entry, ast.Junk)]
    assert not junk, [entry.content for entry in junk]
    return {entry.id.name for entry in resource.body if isinstance(entry, ast.Message)}


def _ids_used_in_code() -> set[str]:
    package = Path(bot.imaging.__file__).parent
    used: set[str] = set()
    for path in package.glob("*.py"):
        used |= set(re.findall(r'"(imaging-[a-z0-9-]+)', path.read_text(encoding="utf-8")))
    return used


def test_every_message_id_in_the_code_exists_in_the_catalog() -> None:
    catalog = _catalog_ids()
    used = _ids_used_in_code()
    assert used, "the scan found no ids"
    # The sheet caption id is built from the paper name.
    dynamic = {f"imaging-sheet-caption-{paper}" for paper in bot.imaging.PAPERS}
    assert used - catalog == {"imaging-sheet-caption-"}
    assert dynamic <= catalog


SAMPLE_ARGS: dict[str, dict[str, object]] = {
    "imaging-animated": {"kind": "video"},
    "imaging-too-big-download": {"size_mb": 23.4, "limit_mb": 20},
    "imaging-too-small": {"width": 1, "height": 1, "min_side": 200},
    "imaging-low-resolution": {"width": 480, "height": 640, "need_width": 600, "need_height": 600},
    "imaging-result-wrong-size": {
        "width": 590,
        "height": 600,
        "expected_width": 600,
        "expected_height": 600,
    },
    "imaging-file-size-unreachable": {"max_kb": 10, "best_kb": 31},
}


def test_every_message_renders_without_placeholders_left() -> None:
    for message_id in sorted(_catalog_ids()):
        args = SAMPLE_ARGS.get(message_id, {"copies": 8})
        text = t("en", message_id, **args)
        assert text and text != message_id, message_id
        assert "{" not in text and "$" not in text, (message_id, text)


def test_pixel_sizes_are_shown_without_thousands_separators() -> None:
    text = t(
        "en", "imaging-low-resolution", width=4000, height=3000, need_width=1200, need_height=1600
    )
    assert "4000×3000" in text and "1200×1600" in text


def test_exception_keeps_a_technical_str_and_a_text() -> None:
    error = ImageRejected("imaging-too-small", {"width": 1, "height": 1, "min_side": 200}, "1x1")
    assert str(error) == "imaging-too-small: width=1, height=1, min_side=200: 1x1"
    assert error.text.render("en") == t("en", "imaging-too-small", **error.args)
