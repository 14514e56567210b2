"""Decoding uploads for the engine: EXIF orientation, sRGB, and cheap reduced JPEG decodes.

A 12 MP JPEG decodes in a fraction of the time at 1/2, 1/4 or 1/8 scale (libjpeg's DCT scaling,
Pillow's ``draft``), so the face analysis reads a small copy and the render reads the smallest
copy that still has enough pixels for the output.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image, ImageOps

from bot.engine.errors import EngineError
from bot.imaging.common import is_srgb_profile, to_srgb

#: Long side of the copy the face analysis runs on (at most), and the least a reduced JPEG
#: decode may have for it (a 4000×3000 photo decodes at 1/4: 1000×750, in a quarter the time).
WORK_SIDE = 1024
WORK_SIDE_MIN = 768
_REDUCTIONS = (8, 4, 2, 1)


@dataclass(frozen=True)
class Decoded:
    """An RGB array of the photo (upright) and the size of the full-resolution upright photo."""

    rgb: np.ndarray
    full_size: tuple[int, int]

    @property
    def size(self) -> tuple[int, int]:
        return self.rgb.shape[1], self.rgb.shape[0]

    @property
    def to_full(self) -> tuple[float, float]:
        """Full-resolution pixels per pixel of this copy, horizontally and vertically."""
        return self.full_size[0] / self.size[0], self.full_size[1] / self.size[1]


def _open(data: bytes) -> Image.Image:
    try:
        im = Image.open(io.BytesIO(data))
    except Exception as exc:  # Pillow raises many types for broken files
        raise EngineError(f"image unreadable ({type(exc).__name__})") from None
    return im


def _upright_size(im: Image.Image) -> tuple[int, int]:
    orientation = im.getexif().get(0x0112, 1)
    w, h = im.size
    return (h, w) if orientation in (5, 6, 7, 8) else (w, h)


def decode(data: bytes, *, reduction: int = 1) -> Decoded:
    """The photo upright in sRGB, decoded at 1/``reduction`` scale where the format allows."""
    im = _open(data)
    full = _upright_size(im)
    if reduction > 1 and im.format == "JPEG":
        w, h = im.size
        im.draft("RGB", (max(1, w // reduction), max(1, h // reduction)))
    try:
        rgb = _rgb_array(im)
    except Exception as exc:
        raise EngineError(f"image could not be decoded ({type(exc).__name__}: {exc})") from None
    return Decoded(np.ascontiguousarray(rgb), full)


def _rgb_array(im: Image.Image) -> np.ndarray:
    """Upright sRGB pixels, without the copies Pillow makes when nothing needs changing."""
    if im.getexif().get(0x0112, 1) != 1:
        im = ImageOps.exif_transpose(im)
    if im.mode == "RGB" and is_srgb_profile(im.info.get("icc_profile")):
        return np.asarray(im)
    return np.asarray(to_srgb(im))


def best_reduction(full_size: tuple[int, int], wanted_long_side: float) -> int:
    """The largest JPEG reduction (8, 4, 2, 1) that keeps the long side ≥ ``wanted_long_side``."""
    long_side = max(full_size)
    return next((k for k in _REDUCTIONS if long_side / k >= wanted_long_side), 1)


def decode_for_analysis(data: bytes) -> tuple[Decoded, Decoded]:
    """(the cheapest decode with a long side ≥ ``WORK_SIDE``, that decode shrunk to it).

    The first can often serve the render too (it is not kept: it is the large one).
    """
    im = _open(data)
    reduction = best_reduction(_upright_size(im), WORK_SIDE_MIN)
    decoded = decode(data, reduction=reduction)
    return decoded, shrink(decoded, WORK_SIDE)


def shrink(decoded: Decoded, long_side: int) -> Decoded:
    """``decoded`` resized (area-averaged) so its long side is at most ``long_side``."""
    w, h = decoded.size
    if max(w, h) <= long_side:
        return decoded
    scale = long_side / max(w, h)
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    # Area averaging is slow for fractional factors; below 2× linear loses nothing here.
    method = cv2.INTER_AREA if scale < 0.5 else cv2.INTER_LINEAR
    rgb = cv2.resize(decoded.rgb, size, interpolation=method)
    return Decoded(rgb, decoded.full_size)
