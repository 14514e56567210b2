"""File-size targets on real encodings: squeeze, raise, pad, or say it cannot be done."""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, JpegImagePlugin

from bot.i18n import t
from bot.imaging import FileSizeUnreachable, ResultInvalid, fit_file_size, fit_file_size_async
from tests.test_imaging_support import decode, encode, markers, noise, portrait

KB = 1024
COM = 0xFE


@cache
def _detailed() -> Image.Image:
    return Image.blend(portrait(600, 600), noise(600, 600, seed=7), 0.3)


@cache
def _heavy_jpeg() -> bytes:
    return encode(_detailed(), "JPEG", quality=100, subsampling=0)


@pytest.fixture
def detailed() -> Image.Image:
    """A 600x600 photo with plenty of detail (about 1 MB at quality 100)."""
    return _detailed()


@pytest.fixture
def heavy_jpeg() -> bytes:
    return _heavy_jpeg()


def assert_same_photo(data: bytes, dpi: int = 300) -> Image.Image:
    im = decode(data)
    assert im.format == "JPEG" and im.size == (600, 600)  # never resized
    assert im.info["dpi"] == (dpi, dpi)
    assert 0xC0 in markers(data)  # baseline
    return im


def test_600px_photo_is_squeezed_under_240_kb(heavy_jpeg: bytes) -> None:
    assert len(heavy_jpeg) > 240 * KB
    out = fit_file_size(heavy_jpeg, min_bytes=None, max_bytes=240 * KB, dpi=300)
    assert len(out) <= 240 * KB
    assert len(out) > 200 * KB  # the best quality that fits, not the first one that does
    assert_same_photo(out)
    assert COM not in markers(out)


def test_window_40_to_120_kb_from_above(heavy_jpeg: bytes) -> None:
    out = fit_file_size(heavy_jpeg, min_bytes=40 * KB, max_bytes=120 * KB, dpi=300)
    assert 40 * KB <= len(out) <= 120 * KB
    assert_same_photo(out)
    assert COM not in markers(out)


def test_window_40_to_120_kb_from_below(detailed: Image.Image) -> None:
    thin = encode(detailed, "JPEG", quality=15)
    assert len(thin) < 40 * KB
    out = fit_file_size(thin, min_bytes=40 * KB, max_bytes=120 * KB, dpi=300)
    assert 40 * KB <= len(out) <= 120 * KB
    assert_same_photo(out)
    assert COM not in markers(out)  # reached by raising the quality, not by padding


def test_flat_photo_below_the_minimum_is_padded_not_altered() -> None:
    flat = Image.new("RGB", (600, 600), (240, 240, 240))
    data = encode(flat, "JPEG", quality=90)
    out = fit_file_size(data, min_bytes=40 * KB, max_bytes=120 * KB, dpi=300)
    assert 40 * KB <= len(out) <= 120 * KB
    assert COM in markers(out)
    im = assert_same_photo(out)
    assert im.getpixel((300, 300)) == (240, 240, 240)


def test_only_a_minimum(detailed: Image.Image) -> None:
    out = fit_file_size(
        encode(detailed, "JPEG", quality=10), min_bytes=100 * KB, max_bytes=None, dpi=350
    )
    assert len(out) >= 100 * KB
    assert_same_photo(out, dpi=350)


def test_chroma_is_subsampled_before_quality_gets_poor(heavy_jpeg: bytes) -> None:
    out = fit_file_size(heavy_jpeg, min_bytes=None, max_bytes=60 * KB, dpi=300)
    assert len(out) <= 60 * KB
    im = assert_same_photo(out)
    assert JpegImagePlugin.get_sampling(im) == 2  # 4:2:0


def test_generous_bounds_keep_full_chroma(heavy_jpeg: bytes) -> None:
    out = fit_file_size(heavy_jpeg, min_bytes=None, max_bytes=600 * KB, dpi=300)
    assert JpegImagePlugin.get_sampling(decode(out)) == 0  # 4:4:4


def test_file_already_inside_is_kept_losslessly(detailed: Image.Image) -> None:
    exif = Image.Exif()
    exif[0x0131] = "PicWish"
    data = encode(detailed, "JPEG", quality=70, exif=exif.tobytes())
    out = fit_file_size(data, min_bytes=40 * KB, max_bytes=300 * KB, dpi=300)
    assert decode(out).tobytes() == decode(data).tobytes()
    assert b"PicWish" not in out
    assert_same_photo(out)


def test_no_bounds_only_sets_dpi(detailed: Image.Image) -> None:
    data = encode(detailed, "JPEG", quality=90)
    out = fit_file_size(data, min_bytes=None, max_bytes=None, dpi=600)
    assert decode(out).tobytes() == decode(data).tobytes()
    assert_same_photo(out, dpi=600)


def test_impossible_maximum_is_reported() -> None:
    data = encode(noise(600, 600, seed=3), "JPEG", quality=95)
    with pytest.raises(FileSizeUnreachable) as caught:
        fit_file_size(data, min_bytes=None, max_bytes=10 * KB, dpi=300)
    error = caught.value
    assert error.message_id == "imaging-file-size-unreachable"
    assert error.args["max_kb"] == 10 and error.args["best_kb"] > 10
    text = t("en", error.message_id, **error.args)
    assert "10 KB" in text and str(error.args["best_kb"]) in text


@pytest.mark.parametrize(("low", "high"), [(-1, None), (None, 0), (200, 100)])
def test_bad_bounds(heavy_jpeg: bytes, low: int | None, high: int | None) -> None:
    with pytest.raises(ValueError):
        fit_file_size(heavy_jpeg, min_bytes=low, max_bytes=high, dpi=300)


def test_undecodable_input() -> None:
    with pytest.raises(ResultInvalid):
        fit_file_size(b"not a jpeg", min_bytes=None, max_bytes=100 * KB, dpi=300)


async def test_async_variant(heavy_jpeg: bytes) -> None:
    out = await fit_file_size_async(heavy_jpeg, min_bytes=None, max_bytes=240 * KB, dpi=300)
    assert len(out) <= 240 * KB


@settings(max_examples=12, deadline=None)
@given(
    low=st.integers(min_value=0, max_value=300),
    width=st.integers(min_value=1, max_value=300),
)
def test_any_window_is_hit_or_reported(low: int, width: int) -> None:
    min_bytes, max_bytes = low * KB, (low + width) * KB
    try:
        out = fit_file_size(_heavy_jpeg(), min_bytes=min_bytes, max_bytes=max_bytes, dpi=300)
    except FileSizeUnreachable:
        assert max_bytes < 40 * KB  # only tiny maxima are out of reach for this photo
        return
    assert min_bytes <= len(out) <= max_bytes
    assert_same_photo(out)
