"""What goes out: result checks, normalisation and file names."""

from __future__ import annotations

import pytest
from PIL import Image, ImageCms

from bot.i18n import t
from bot.imaging import (
    ResultInvalid,
    check_result,
    deliverable_file_name,
    mm_to_px,
    sheet_file_name,
    verify_result,
    verify_result_async,
)
from tests.test_imaging_support import adobe_rgb_profile, decode, encode, markers, portrait

US = {"px_width": 600, "px_height": 600, "dpi": 300}


@pytest.fixture(scope="module")
def face() -> Image.Image:
    return portrait(600, 600)


def test_mm_to_px_rounds_as_documented() -> None:
    assert mm_to_px(50.8, 300) == 600  # 2 x 2 in
    assert mm_to_px(35, 300) == 413  # 413.39
    assert mm_to_px(45, 300) == 531  # 531.50 rounds half up... 531.496 actually
    assert mm_to_px(51, 300) == 602
    assert mm_to_px(33, 600) == 780  # 779.53


def test_good_jpeg_is_fixed_losslessly(face: Image.Image) -> None:
    exif = Image.Exif()
    exif[0x0131] = "PicWish"
    data = encode(face, "JPEG", quality=93, exif=exif.tobytes(), dpi=(72, 72))
    check = check_result(data, file_format="jpg", **US)
    assert check.size_exact and check.format_ok and not check.dpi_ok
    assert check.problems == ("dpi (72.0, 72.0) != 300",)

    out = verify_result(data, file_format="jpg", **US)
    im = decode(out)
    assert im.format == "JPEG" and im.size == (600, 600)
    assert im.info["dpi"] == (300, 300)
    assert b"PicWish" not in out and 0xE1 not in markers(out)
    assert im.tobytes() == decode(data).tobytes()  # same pixels
    assert abs(len(out) - len(data)) < 200  # so a file-size target met upstream still holds
    assert check_result(out, file_format="jpg", **US).problems == ()


def test_transparent_png_is_flattened_onto_the_spec_background_for_jpeg() -> None:
    im = Image.new("RGBA", (600, 600), (0, 0, 0, 0))
    im.paste((230, 190, 170, 255), (200, 150, 400, 450))
    out = verify_result(encode(im, "PNG"), file_format="jpg", bg_color="438EDB", **US)
    result = decode(out)
    assert result.format == "JPEG" and result.mode == "RGB"
    assert result.info["dpi"] == (300, 300)
    r, g, b = result.getpixel((20, 20))
    assert abs(r - 0x43) < 6 and abs(g - 0x8E) < 6 and abs(b - 0xDB) < 6


def test_png_is_kept_with_transparency_when_asked() -> None:
    im = Image.new("RGBA", (600, 600), (0, 0, 0, 0))
    im.paste((230, 190, 170, 255), (200, 150, 400, 450))
    out = verify_result(encode(im, "PNG"), file_format="png", **US)
    result = decode(out)
    assert result.format == "PNG" and result.mode == "RGBA"
    assert result.getpixel((5, 5))[3] == 0
    assert [round(d) for d in result.info["dpi"]] == [300, 300]


def test_jpeg_delivered_where_png_was_asked_becomes_png(face: Image.Image) -> None:
    out = verify_result(encode(face, "JPEG", quality=95), file_format="png", **US)
    assert decode(out).format == "PNG"


def test_one_pixel_off_is_corrected_to_the_exact_size(face: Image.Image) -> None:
    data = encode(face.resize((601, 599)), "JPEG", quality=95)
    check = check_result(data, file_format="jpg", **US)
    assert not check.size_exact
    assert decode(verify_result(data, file_format="jpg", **US)).size == (600, 600)


@pytest.mark.parametrize("size", [(602, 600), (600, 500), (413, 531)])
def test_wrong_size_is_refused(face: Image.Image, size: tuple[int, int]) -> None:
    with pytest.raises(ResultInvalid) as caught:
        verify_result(encode(face.resize(size), "JPEG"), file_format="jpg", **US)
    error = caught.value
    assert error.message_id == "imaging-result-wrong-size"
    assert error.args == {
        "width": size[0],
        "height": size[1],
        "expected_width": 600,
        "expected_height": 600,
    }
    assert "600×600" in t("en", error.message_id, **error.args)


@pytest.mark.parametrize(
    "data", [b"", b"<html>503 Service Unavailable</html>", b"\xff\xd8\xff\xe0\x00\x10JFIF"]
)
def test_undecodable_result_is_refused(data: bytes) -> None:
    with pytest.raises(ResultInvalid) as caught:
        verify_result(data, file_format="jpg", **US)
    assert caught.value.message_id == "imaging-result-corrupt"


def test_truncated_result_is_refused(face: Image.Image) -> None:
    data = encode(face, "JPEG", quality=95)
    with pytest.raises(ResultInvalid):
        verify_result(data[: len(data) // 2], file_format="jpg", **US)


def test_progressive_result_is_reencoded_as_baseline(face: Image.Image) -> None:
    data = encode(face, "JPEG", quality=90, progressive=True)
    out = verify_result(data, file_format="jpg", **US)
    assert 0xC0 in markers(out) and 0xC2 not in markers(out)


def test_srgb_profile_is_dropped_without_reencoding(face: Image.Image) -> None:
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    data = encode(face, "JPEG", quality=90, icc_profile=srgb)
    check = check_result(data, file_format="jpg", **US)
    assert check.srgb
    out = verify_result(data, file_format="jpg", **US)
    assert 0xE2 not in markers(out)
    assert decode(out).tobytes() == decode(data).tobytes()


def test_wide_gamut_result_is_converted_to_srgb() -> None:
    # Adobe RGB (60, 160, 60) is a green that sRGB can only show with red at 0.
    im = Image.new("RGB", (600, 600), (60, 160, 60))
    data = encode(im, "JPEG", quality=95, icc_profile=adobe_rgb_profile())
    check = check_result(data, file_format="jpg", **US)
    assert not check.srgb and "not sRGB" in check.problems
    out = decode(verify_result(data, file_format="jpg", **US))
    assert "icc_profile" not in out.info
    r, g, _ = out.getpixel((300, 300))
    assert r < 15 and 150 < g < 170


async def test_async_variant(face: Image.Image) -> None:
    data = encode(face, "JPEG", quality=90)
    assert await verify_result_async(data, file_format="jpg", **US) == verify_result(
        data, file_format="jpg", **US
    )


# --- file names --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("us-passport", (51.0, 51.0), (600, 600), "jpg"), "us-passport_51x51mm_600x600px.jpg"),
        (("gb-passport", (35, 45), (413, 531), ".JPG"), "gb-passport_35x45mm_413x531px.jpg"),
        (("cn-visa", (33.0, 48.0), (390, 567), "jpg"), "cn-visa_33x48mm_390x567px.jpg"),
        (("xx-id", (34.5, 44.999999), (408, 531), "png"), "xx-id_34.5x45mm_408x531px.png"),
        (("custom", None, (600, 800), "jpg"), "custom_600x800px.jpg"),
        (("../Etc/Pass wd", None, (600, 800), "jpg"), "etc-pass-wd_600x800px.jpg"),
        (("", None, (600, 800), "jpg"), "photo_600x800px.jpg"),
    ],
)
def test_deliverable_file_name(args: tuple, expected: str) -> None:
    assert deliverable_file_name(*args) == expected


def test_sheet_file_name() -> None:
    assert sheet_file_name("us-passport", (51.0, 51.0), "6inch") == (
        "us-passport_51x51mm_sheet-6inch.jpg"
    )
