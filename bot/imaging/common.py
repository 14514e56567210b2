"""Pillow set-up and the small helpers the other imaging modules share.

Importing this module registers the HEIF/HEIC opener (pillow-heif) and sets Pillow's
decompression-bomb limit; both are process-wide, idempotent and done once here.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import pillow_heif
from PIL import Image, ImageCms

from conversation.options import parse_hex_color

pillow_heif.register_heif_opener()

# Largest photo we decode: 120 MP covers 108 MP phone cameras in full-resolution mode; a
# 200 MP shot is refused (it would need ~600 MB of RAM in a bot thread). Pillow warns above
# this and raises DecompressionBombError above twice this; uploads.py refuses anything above
# it explicitly, so both paths end in the same "imaging-bomb" message.
MAX_INPUT_PIXELS = 120_000_000
Image.MAX_IMAGE_PIXELS = MAX_INPUT_PIXELS

MM_PER_INCH = 25.4
WHITE = (255, 255, 255)

_SRGB_PROFILE = ImageCms.createProfile("sRGB")


def mm_to_px(mm: float, dpi: int) -> int:
    """Pixels for ``mm`` millimetres at ``dpi``, rounded half up (35 mm at 300 dpi -> 413)."""
    return int(mm * dpi / MM_PER_INCH + 0.5)


def hex_to_rgb(value: str) -> tuple[int, int, int]:
    """``"438EDB"`` or ``"#438edb"`` -> ``(67, 142, 219)``; raises ValueError otherwise."""
    digits = parse_hex_color(value)
    if digits is None:
        raise ValueError(f"not a hex colour: {value!r}")
    return (int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16))


def is_srgb_profile(icc: bytes | None) -> bool:
    """True when ``icc`` is absent or describes sRGB (so dropping it changes nothing)."""
    if not icc:
        return True
    try:
        profile = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        description = ImageCms.getProfileDescription(profile)
    except (OSError, ImageCms.PyCMSError, TypeError, ValueError):
        return False
    return "srgb" in description.lower().replace(" ", "")


def _convert_icc_to_srgb(im: Image.Image, icc: bytes) -> Image.Image:
    """Convert pixels from the embedded profile to sRGB; fall back to a plain convert."""
    keep_alpha = im.mode in ("RGBA", "LA", "PA") or "transparency" in im.info
    out_mode = "RGBA" if keep_alpha else "RGB"
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        if im.mode not in ("RGB", "RGBA", "CMYK", "L", "LA"):
            im = im.convert(out_mode)
        converted = ImageCms.profileToProfile(
            im, source, _SRGB_PROFILE, outputMode="RGBA" if im.mode in ("RGBA", "LA") else "RGB"
        )
    except (OSError, ImageCms.PyCMSError, TypeError, ValueError):
        return im.convert(out_mode)
    assert converted is not None  # profileToProfile returns an image unless inPlace=True
    return converted


def _sixteen_bit_to_l(im: Image.Image) -> Image.Image:
    # Pillow's convert("L") clips 16-bit greys at 255 (a white image); scale to 8 bits first.
    return im.convert("I").point(lambda v: v / 256).convert("L")


def to_srgb(im: Image.Image, *, keep_alpha: bool = False) -> Image.Image:
    """Return ``im`` as 8-bit sRGB: ``RGB``, or ``RGBA`` when ``keep_alpha`` and it has alpha.

    Embedded non-sRGB profiles (Display P3, Adobe RGB, CMYK) are converted, not dropped. Without
    ``keep_alpha`` transparency is flattened onto white. The result carries no metadata.
    """
    icc = im.info.get("icc_profile")
    if im.mode in ("I;16", "I;16B", "I;16L", "I;16N", "I"):
        im = _sixteen_bit_to_l(im)
    if icc and not is_srgb_profile(icc):
        im = _convert_icc_to_srgb(im, icc)
    has_alpha = im.mode in ("RGBA", "LA", "PA", "RGBa", "La") or "transparency" in im.info
    if has_alpha:
        im = im.convert("RGBA")
        if not keep_alpha:
            im = flatten(im, WHITE)
    elif im.mode != "RGB":
        im = im.convert("RGB")
    else:
        im = im.copy()
    im.info = {}
    return im


def flatten(im: Image.Image, background: tuple[int, int, int]) -> Image.Image:
    """Composite an ``RGBA`` image onto an opaque ``background`` colour."""
    canvas = Image.new("RGB", im.size, background)
    canvas.paste(im, mask=im.getchannel("A"))
    return canvas


def encode_jpeg(
    im: Image.Image,
    *,
    quality: int,
    subsampling: str = "4:2:0",
    dpi: int | None = None,
    optimize: bool = True,
) -> bytes:
    """Baseline JPEG with no EXIF, XMP, ICC or comment; Huffman-optimised unless ``optimize``
    is False (2-3× faster to encode, ~5 % larger: for files whose size does not matter)."""
    options: dict[str, object] = {
        "quality": quality,
        "subsampling": subsampling,
        "progressive": False,
        "comment": b"",
    }
    if dpi is not None:
        options["dpi"] = (dpi, dpi)
    if not optimize:
        return _save_jpeg(im, optimize=False, **options)
    try:
        return _save_jpeg(im, optimize=True, **options)
    except OSError:
        # With optimize=True Pillow buffers the whole file in w*h (2*w*h from quality 95)
        # bytes; very detailed images at high quality need more, and the encoder fails.
        return _save_jpeg(im, optimize=False, **options)


def _save_jpeg(im: Image.Image, **options: object) -> bytes:
    buffer = io.BytesIO()
    im.save(buffer, "JPEG", **options)
    return buffer.getvalue()


def fit_within(size: tuple[int, int], box: Sequence[int]) -> tuple[int, int]:
    """The largest size with ``size``'s aspect ratio inside ``box`` (never larger than size)."""
    width, height = size
    scale = min(box[0] / width, box[1] / height, 1.0)
    return (max(1, min(box[0], round(width * scale))), max(1, min(box[1], round(height * scale))))
