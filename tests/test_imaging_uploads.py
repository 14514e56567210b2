"""What comes in: the generated corpus, each file with its documented outcome."""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import pytest
from PIL import Image, ImageCms, ImageStat

from bot.i18n import t
from bot.imaging import (
    MIN_INPUT_SIDE,
    PICWISH_MAX_BYTES,
    PICWISH_MAX_SIDE,
    TELEGRAM_DOWNLOAD_LIMIT,
    ImageRejected,
    PreparedUpload,
    check_download_size,
    jpeg_markers,
    largest_photo,
    media_kind_rejection,
    prepare_upload,
    prepare_upload_async,
    resolution_warning,
)
from tests.test_imaging_support import (
    MB,
    adobe_rgb_profile,
    animated_gif,
    decode,
    encode,
    markers,
    mp4_header,
    noise,
    png_bomb,
    textured,
)

APP1, APP2, COM = 0xE1, 0xE2, 0xFE


@pytest.fixture(scope="session")
def huge_jpeg() -> bytes:
    """8000x6000 (48 MP) with sensor-like grain, about 10 MB like a real camera file."""
    im = textured(2000, 1500, sigma=60).resize((8000, 6000), Image.Resampling.BILINEAR)
    tile = noise(1000, 1000, seed=48)
    grain = Image.new("RGB", im.size)
    for x in range(0, 8000, 1000):
        for y in range(0, 6000, 1000):
            grain.paste(tile, (x, y))
    return encode(Image.blend(im, grain, 0.2), "JPEG", quality=85)


@pytest.fixture(scope="session")
def sixteen_mb_jpeg() -> bytes:
    """2100x2100 (fits PicWish's 4096 px) but over 15 MB: pure noise at quality 100."""
    return encode(noise(2100, 2100, seed=16), "JPEG", quality=100, subsampling=0)


@pytest.fixture(scope="module")
def photo() -> Image.Image:
    return textured(600, 800)


def assert_clean_jpeg(upload: PreparedUpload) -> Image.Image:
    """The contract for every accepted upload; returns the decoded output."""
    assert upload.jpeg[:2] == b"\xff\xd8"
    found = markers(upload.jpeg)
    assert jpeg_markers.frame_marker(jpeg_markers.parse(upload.jpeg)) == 0xC0  # baseline
    assert not {APP1, APP2, COM} & set(found), "EXIF/XMP, ICC/MPF and comments are dropped"
    assert upload.jpeg.endswith(b"\xff\xd9")  # nothing after the image (MPF extras, trailers)
    im = decode(upload.jpeg)
    assert im.format == "JPEG" and im.mode == "RGB"
    assert (im.width, im.height) == (upload.width, upload.height)
    assert max(im.size) <= PICWISH_MAX_SIDE
    assert len(upload.jpeg) <= PICWISH_MAX_BYTES
    assert not im.getexif() and "icc_profile" not in im.info
    return im


# --- accepted formats ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fmt", "options"),
    [
        ("PNG", {}),
        ("WEBP", {"quality": 90}),
        ("BMP", {}),
        ("TIFF", {"compression": "tiff_lzw"}),
        ("HEIF", {"quality": 90}),
        ("AVIF", {"quality": 90}),
        ("GIF", {}),  # a still GIF is a picture like any other
    ],
)
def test_phone_formats_become_a_jpeg_of_the_same_size(
    photo: Image.Image, fmt: str, options: dict[str, object]
) -> None:
    upload = prepare_upload(encode(photo, fmt, **options))
    im = assert_clean_jpeg(upload)
    assert upload.source_format == fmt
    assert (upload.width, upload.height) == photo.size
    assert upload.was_reencoded and not upload.was_downscaled
    box = (200, 300, 400, 500)
    for ours, theirs in zip(
        ImageStat.Stat(im.crop(box)).mean, ImageStat.Stat(photo.crop(box)).mean, strict=True
    ):
        assert abs(ours - theirs) < 8  # same picture (GIF's 256 colours are the loosest)


def test_format_is_read_from_the_bytes_not_the_name(photo: Image.Image) -> None:
    # A PNG whose sender called it .jpg still decodes as PNG: Pillow sniffs the signature.
    upload = prepare_upload(encode(photo, "PNG"))
    assert upload.source_format == "PNG"


def test_clean_jpeg_passes_through_without_reencoding(photo: Image.Image) -> None:
    original = encode(photo, "JPEG", quality=92)
    upload = prepare_upload(original)
    assert_clean_jpeg(upload)
    assert not upload.was_reencoded
    assert decode(upload.jpeg).tobytes() == decode(original).tobytes()  # identical pixels


def test_metadata_is_stripped_losslessly_from_an_upright_jpeg(photo: Image.Image) -> None:
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif[0x8825] = {1: "N", 2: (48.0, 51.0, 24.0), 3: "E", 4: (2.0, 17.0, 40.0)}  # GPS
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    original = encode(
        photo,
        "JPEG",
        quality=92,
        exif=exif.tobytes(),
        icc_profile=srgb,
        comment=b"taken at home",
        xmp=b"<x:xmpmeta><rdf:RDF/></x:xmpmeta>",
    )
    assert {APP1, APP2, COM} <= set(markers(original))
    upload = prepare_upload(original)
    assert_clean_jpeg(upload)
    assert not upload.was_reencoded
    for secret in (b"PhoneMaker", b"taken at home", b"xmpmeta", b"Exif"):
        assert secret not in upload.jpeg
    assert decode(upload.jpeg).tobytes() == decode(original).tobytes()


# EXIF orientation -> the transpose a viewer applies; storing with the inverse makes the
# displayed image the original.
_STORE_AS = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_90,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_270,
}


@pytest.mark.parametrize("orientation", sorted(_STORE_AS))
def test_exif_orientation_is_applied(orientation: int) -> None:
    shown = Image.new("RGB", (400, 600), "white")
    shown.paste((255, 0, 0), (0, 0, 100, 100))  # red: top-left as the user sees it
    shown.paste((0, 0, 255), (300, 500, 400, 600))  # blue: bottom-right
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x8825] = {1: "N", 2: (48.0, 51.0, 24.0)}
    stored = shown.transpose(_STORE_AS[orientation])
    upload = prepare_upload(encode(stored, "JPEG", quality=95, exif=exif.tobytes()))
    im = assert_clean_jpeg(upload)
    assert im.size == (400, 600)
    red, blue = im.getpixel((50, 50)), im.getpixel((350, 550))
    assert red[0] > 200 and red[2] < 60
    assert blue[2] > 200 and blue[0] < 60
    assert upload.was_reencoded and not upload.was_downscaled


def test_heic_orientation_is_applied() -> None:
    shown = Image.new("RGB", (400, 600), "white")
    shown.paste((255, 0, 0), (0, 0, 100, 100))
    exif = Image.Exif()
    exif[0x0112] = 6
    stored = shown.transpose(Image.Transpose.ROTATE_90)
    upload = prepare_upload(encode(stored, "HEIF", quality=90, exif=exif.tobytes()))
    im = assert_clean_jpeg(upload)
    assert im.size == (400, 600)
    assert im.getpixel((50, 50))[0] > 200


def test_progressive_jpeg_is_reencoded_as_baseline(photo: Image.Image) -> None:
    upload = prepare_upload(encode(photo, "JPEG", quality=90, progressive=True))
    assert_clean_jpeg(upload)
    assert upload.was_reencoded


def test_wide_gamut_photo_is_converted_to_srgb() -> None:
    im = Image.new("RGB", (400, 400), (60, 160, 60))
    upload = prepare_upload(encode(im, "JPEG", quality=95, icc_profile=adobe_rgb_profile()))
    out = assert_clean_jpeg(upload)
    assert upload.was_reencoded  # a profile that matters is applied, not dropped
    assert out.getpixel((200, 200))[0] < 15


def test_cmyk_jpeg_becomes_rgb() -> None:
    cmyk = Image.new("CMYK", (400, 400), (0, 255, 255, 0))  # red ink
    upload = prepare_upload(encode(cmyk, "JPEG", quality=95))
    im = assert_clean_jpeg(upload)
    r, g, b = im.getpixel((200, 200))
    assert r > 200 and g < 60 and b < 60


def test_transparent_png_is_flattened_onto_white() -> None:
    im = Image.new("RGBA", (400, 400), (0, 0, 0, 0))
    im.paste((0, 128, 0, 255), (100, 100, 300, 300))
    out = assert_clean_jpeg(prepare_upload(encode(im, "PNG")))
    assert min(out.getpixel((10, 10))) > 245
    assert out.getpixel((200, 200))[1] > 100


def test_sixteen_bit_greyscale_png_keeps_its_tones() -> None:
    im = Image.new("I;16", (400, 400), 30000)  # mid grey in 16 bits
    out = assert_clean_jpeg(prepare_upload(encode(im, "PNG")))
    assert 100 < out.getpixel((200, 200))[0] < 140


def test_multi_page_tiff_uses_the_first_page(photo: Image.Image) -> None:
    second = Image.new("RGB", photo.size, "black")
    upload = prepare_upload(encode(photo, "TIFF", save_all=True, append_images=[second]))
    assert_clean_jpeg(upload)
    assert upload.source_format == "TIFF"


def test_jpeg_with_mpf_extra_image_is_cut_to_the_main_image(photo: Image.Image) -> None:
    depth = Image.new("RGB", (200, 200), "black")
    data = encode(photo, "MPO", save_all=True, append_images=[depth], quality=90)
    assert data.count(b"\xff\xd8\xff") >= 2
    upload = prepare_upload(data)
    assert_clean_jpeg(upload)
    assert upload.source_format == "JPEG"
    assert upload.jpeg.count(b"\xff\xd8\xff") == 1


# --- limits with a fix -----------------------------------------------------------------------


def test_8000x6000_is_downscaled_to_4096(huge_jpeg: bytes) -> None:
    assert len(huge_jpeg) > 5 * MB
    upload = prepare_upload(huge_jpeg)
    assert_clean_jpeg(upload)
    assert (upload.width, upload.height) == (4096, 3072)
    assert upload.was_downscaled and upload.was_reencoded


def test_rotated_oversized_photo_is_downscaled_in_its_displayed_orientation() -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # stored landscape, shown portrait
    data = encode(textured(6000, 1000), "JPEG", quality=85, exif=exif.tobytes())
    upload = prepare_upload(data)
    assert_clean_jpeg(upload)
    assert (upload.width, upload.height) == (683, 4096)
    assert upload.was_downscaled


def test_16mb_file_is_reencoded_under_15mb(sixteen_mb_jpeg: bytes) -> None:
    assert 16 * MB <= len(sixteen_mb_jpeg) < TELEGRAM_DOWNLOAD_LIMIT
    upload = prepare_upload(sixteen_mb_jpeg)
    assert_clean_jpeg(upload)
    assert (upload.width, upload.height) == (2100, 2100)  # bytes, not pixels, were the problem
    assert upload.was_reencoded and not upload.was_downscaled


def test_pixels_that_cannot_fit_15mb_at_quality_50_are_shrunk(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import bot.imaging.uploads as uploads

    monkeypatch.setattr(uploads, "PICWISH_MAX_BYTES", 300_000)
    upload = prepare_upload(encode(noise(900, 900), "PNG", compress_level=1))
    assert len(upload.jpeg) <= 300_000
    assert upload.width < 900 and upload.was_downscaled


# --- refusals ----------------------------------------------------------------------------------


def rejection(data: bytes) -> ImageRejected:
    with pytest.raises(ImageRejected) as caught:
        prepare_upload(data)
    return caught.value


def test_zero_bytes() -> None:
    assert rejection(b"").message_id == "imaging-empty"


def test_text_renamed_jpg_is_not_an_image() -> None:
    assert rejection(b"Dear visa office,\nplease find my photo attached.\n").message_id == (
        "imaging-not-an-image"
    )


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n" + b"0" * 200,
        b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 100 100\n",  # EPS would run Ghostscript
        b"PK\x03\x04" + b"\x00" * 100,
    ],
    ids=["pdf", "eps", "zip"],
)
def test_other_files_are_not_images(data: bytes) -> None:
    assert rejection(data).message_id == "imaging-not-an-image"


def test_1x1_pixel_is_too_small() -> None:
    error = rejection(encode(Image.new("RGB", (1, 1)), "PNG"))
    assert error.message_id == "imaging-too-small"
    assert error.args == {"width": 1, "height": 1, "min_side": MIN_INPUT_SIDE}


def test_truncated_jpeg_is_corrupt(photo: Image.Image) -> None:
    data = encode(photo, "JPEG", quality=90)
    assert rejection(data[: len(data) * 2 // 3]).message_id == "imaging-corrupt"


def test_truncated_png_is_corrupt(photo: Image.Image) -> None:
    data = encode(photo, "PNG")
    assert rejection(data[: len(data) // 2]).message_id == "imaging-corrupt"


def test_jpeg_with_a_garbage_huffman_table_is_corrupt(photo: Image.Image) -> None:
    # Damage inside the compressed data is only a warning to libjpeg (grey blocks); damage
    # in the tables is an error. Truncation, the common case, is covered above.
    data = bytearray(encode(photo, "JPEG", quality=90))
    offset = 0
    for segment in jpeg_markers.parse(bytes(data)):
        if segment.marker == 0xC4:  # DHT
            data[offset + 5 : offset + 21] = b"\xff" * 16  # code counts far beyond 256
            break
        offset += len(segment.raw)
    assert rejection(bytes(data)).message_id == "imaging-corrupt"


def test_png_decompression_bomb() -> None:
    bomb = png_bomb(30_000, 30_000)  # 900 MP declared, ~100 KB on disk
    assert len(bomb) < 200_000
    assert rejection(bomb).message_id == "imaging-bomb"


def test_image_just_over_the_pixel_limit_is_a_bomb_too() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        assert rejection(png_bomb(11_000, 11_000)).message_id == "imaging-bomb"


def test_animated_gif() -> None:
    error = rejection(animated_gif())
    assert (error.message_id, error.args) == ("imaging-animated", {"kind": "animation"})


def test_animated_webp_and_png() -> None:
    frames = [Image.new("RGB", (300, 300), c) for c in ("red", "blue")]
    for fmt in ("WEBP", "PNG"):
        data = encode(frames[0], fmt, save_all=True, append_images=frames[1:], duration=100)
        assert rejection(data).message_id == "imaging-animated"


def test_video_file_is_refused_as_not_still() -> None:
    error = rejection(mp4_header())
    assert (error.message_id, error.args) == ("imaging-animated", {"kind": "video"})
    webm = b"\x1a\x45\xdf\xa3" + b"\x00" * 60
    assert rejection(webm).args == {"kind": "video"}
    mov = b"\x00\x00\x00\x14ftypqt  \x00\x00\x02\x00qt  " + b"\x00" * 40
    assert rejection(mov).args == {"kind": "video"}
    # Other ISO-BMFF files are not called videos: Pillow decides (here: not an image).
    cr3 = b"\x00\x00\x00\x18ftypcrx \x00\x00\x00\x01crx isom" + b"\x00" * 40
    assert rejection(cr3).message_id == "imaging-not-an-image"


def test_animated_sticker_file_is_refused() -> None:
    import gzip

    tgs = gzip.compress(b'{"tgs":1,"v":"5.5.2","fr":60,"layers":[]}')
    assert rejection(tgs).args == {"kind": "sticker"}


def test_telegram_media_kinds_have_a_refusal() -> None:
    for kind in ("sticker", "video", "video_note", "animation"):
        error = media_kind_rejection(kind)
        assert error.message_id == "imaging-animated"
        assert t("en", error.message_id, **error.args) != error.message_id


# --- Telegram download limit and PhotoSizes --------------------------------------------------


def test_download_limit_is_checked_before_get_file() -> None:
    check_download_size(None)
    check_download_size(TELEGRAM_DOWNLOAD_LIMIT)
    with pytest.raises(ImageRejected) as caught:
        check_download_size(TELEGRAM_DOWNLOAD_LIMIT + 1)
    assert caught.value.message_id == "imaging-too-big-download"
    text = t("en", caught.value.message_id, **caught.value.args)
    assert "20 MB" in text and "smaller" in text


@dataclass
class FakePhotoSize:
    file_id: str
    width: int
    height: int
    file_size: int | None


def test_largest_photo_size_is_chosen() -> None:
    sizes = [
        FakePhotoSize("s", 90, 68, 1_500),
        FakePhotoSize("x", 1280, 960, 120_000),
        FakePhotoSize("m", 320, 240, 15_000),
    ]
    assert largest_photo(sizes).file_id == "x"
    with pytest.raises(ValueError):
        largest_photo([])


# --- resolution warning ----------------------------------------------------------------------


def upload_of(width: int, height: int) -> PreparedUpload:
    return PreparedUpload(b"", width, height, "JPEG", False, False)


def test_resolution_warning_for_a_600px_result() -> None:
    assert resolution_warning(upload_of(600, 800), 600, 600) is None
    warning = resolution_warning(upload_of(599, 800), 600, 600)
    assert warning is not None and warning.message_id == "imaging-low-resolution"
    assert warning.args["need_width"] == 600
    assert "599×800" in warning.render("en")


def test_resolution_warning_compares_the_best_crop_of_the_result_aspect() -> None:
    # 413x531 (35x45 mm at 300 dpi) out of a landscape 1600x1200 photo: crop 933x1200, fine.
    assert resolution_warning(upload_of(1600, 1200), 413, 531) is None
    assert resolution_warning(upload_of(500, 500), 413, 531) is not None


# --- async and messages ------------------------------------------------------------------------


async def test_async_variant_gives_the_same_result(photo: Image.Image) -> None:
    data = encode(photo, "PNG")
    assert await prepare_upload_async(data) == prepare_upload(data)


def test_every_refusal_renders_in_english(photo: Image.Image) -> None:
    cases = [
        b"",
        b"text",
        encode(Image.new("RGB", (5, 5)), "PNG"),
        animated_gif(),
        png_bomb(30_000, 30_000),
    ]
    for data in cases:
        error = rejection(data)
        text = t("en", error.message_id, **error.args)
        assert text != error.message_id and "{" not in text
        assert error.message_id in str(error)  # technical form for the logs
