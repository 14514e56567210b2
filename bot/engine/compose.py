"""Pixel work of a render: crop-rotate-scale, background, touch-ups, watermark and encoding.

The crop is one affine warp from the decoded photo to the output size; a large downscale is done
first with area averaging on just the region that is needed (no aliasing, little work on 12 MP).
The person is laid over a solid colour or a top-to-bottom gradient with the refined alpha.
Touch-ups are gentle Pillow approximations of PicWish's: brightness (towards a well-lit face),
skin smoothing (edge-preserving, inside the face oval only) and unsharp-mask sharpening;
PicWish's face thinning is not imitated.
"""

from __future__ import annotations

import io
import math
from functools import lru_cache

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageFont

from bot.engine.errors import EngineError
from bot.engine.target import RGB, Target, Touchups
from bot.imaging import FileSizeUnreachable, fit_file_size
from bot.imaging.common import encode_jpeg

#: Face brightness (mean luma 0–255) that auto-brightness aims for.
TARGET_FACE_LUMA = 150.0
WATERMARK_TEXT = "PREVIEW"
_PRESCALE_BELOW = 0.5


def warp(
    src: np.ndarray, matrix: np.ndarray, size: tuple[int, int]
) -> tuple[np.ndarray, np.ndarray]:
    """``src`` mapped by ``matrix`` onto ``size``; also where the output lies inside ``src``."""
    width, height = size
    scale = math.sqrt(abs(float(np.linalg.det(matrix[:, :2]))))
    inverse = cv2.invertAffineTransform(matrix)
    corners = np.array([[0, 0], [width, 0], [0, height], [width, height]], dtype=np.float64)
    points = corners @ inverse[:, :2].T + inverse[:, 2]
    pad = 2.0 / scale + 2.0
    src_h, src_w = src.shape[:2]
    x0 = int(np.clip(math.floor(points[:, 0].min() - pad), 0, src_w - 1))
    y0 = int(np.clip(math.floor(points[:, 1].min() - pad), 0, src_h - 1))
    x1 = int(np.clip(math.ceil(points[:, 0].max() + pad), x0 + 1, src_w))
    y1 = int(np.clip(math.ceil(points[:, 1].max() + pad), y0 + 1, src_h))
    crop = src[y0:y1, x0:x1]
    local = matrix.astype(np.float64).copy()
    local[:, 2] += local[:, :2] @ np.array([x0, y0], dtype=np.float64)
    if scale < _PRESCALE_BELOW:
        # Area-average by a whole factor (OpenCV's fast path); the warp does the rest (≥ 0.5).
        factor = max(2, math.floor(1 / scale))
        small = (max(1, crop.shape[1] // factor), max(1, crop.shape[0] // factor))
        crop = crop[: small[1] * factor, : small[0] * factor]
        fx = fy = 1 / factor
        crop = cv2.resize(crop, small, interpolation=cv2.INTER_AREA)
        local[:, 0] /= fx
        local[:, 1] /= fy
        scale = math.sqrt(abs(float(np.linalg.det(local[:, :2]))))
    flags = cv2.INTER_CUBIC if scale > 1.05 else cv2.INTER_LINEAR
    # Outside the photo: its typical edge colour, a plain area the segmenter reads as background.
    edge = np.concatenate([src[0], src[-1], src[:, 0], src[:, -1]])
    fill = tuple(float(v) for v in np.median(edge, axis=0))
    out = cv2.warpAffine(crop, local, size, flags=flags, borderValue=fill)
    ones = np.full(crop.shape[:2], 255, dtype=np.uint8)
    inside = cv2.warpAffine(ones, local, size, flags=cv2.INTER_LINEAR, borderValue=(0,))
    return out, inside.astype(np.float32) / 255.0


def background_canvas(size: tuple[int, int], top: RGB, bottom: RGB | None) -> np.ndarray:
    """Solid ``top``, or a vertical gradient from ``top`` to ``bottom`` (float32, H×W×3)."""
    width, height = size
    canvas = np.empty((height, width, 3), dtype=np.float32)
    start = np.array(top, dtype=np.float32)
    if bottom is None:
        canvas[:] = start
        return canvas
    end = np.array(bottom, dtype=np.float32)
    t = np.linspace(0.0, 1.0, height, dtype=np.float32)[:, None]
    canvas[:] = (start * (1 - t) + end * t)[:, None, :]
    return canvas


def composite(foreground: np.ndarray, alpha: np.ndarray, canvas: np.ndarray) -> np.ndarray:
    """``alpha·foreground + (1 − alpha)·canvas`` as 8-bit RGB."""
    out = np.subtract(foreground, canvas, dtype=np.float32)
    out *= alpha[..., None]
    out += canvas
    out += 0.5
    np.clip(out, 0, 255, out=out)
    return out.astype(np.uint8)


def _face_mask(size: tuple[int, int], polygon: np.ndarray, feather: float) -> np.ndarray:
    mask = np.zeros((size[1], size[0]), dtype=np.uint8)
    cv2.fillPoly(mask, [np.round(polygon).astype(np.int32)], (255,))
    blurred = cv2.GaussianBlur(mask, (0, 0), max(1.0, feather))
    return blurred.astype(np.float32) / 255.0


def _brighten(image: Image.Image, face: np.ndarray, strength: float) -> Image.Image:
    luma = np.asarray(image.convert("L"), dtype=np.float32)
    weight = float(face.sum())
    if weight < 1:
        return image
    mean = float((luma * face).sum() / weight)
    gain = min(max(TARGET_FACE_LUMA / max(mean, 1.0), 1 - 0.15 * strength), 1 + 0.4 * strength)
    return ImageEnhance.Brightness(image).enhance(gain)


def _smooth(image: Image.Image, face: np.ndarray, strength: float) -> Image.Image:
    rgb = np.asarray(image)
    sigma_space = max(2.0, image.width / 150)
    smooth = cv2.bilateralFilter(rgb, 0, 12 + 25 * strength, sigma_space)
    weight = (face * 0.7 * strength)[..., None]
    mixed = rgb.astype(np.float32) * (1 - weight) + smooth.astype(np.float32) * weight
    return Image.fromarray(np.clip(mixed + 0.5, 0, 255).astype(np.uint8))


def touch_up(foreground: np.ndarray, face_polygon: np.ndarray, touchups: Touchups) -> np.ndarray:
    """Brightness, smoothing, sharpening of the person (before it meets the background)."""
    if not (touchups.bright or touchups.smooth or touchups.sharp):
        return foreground
    image = Image.fromarray(np.clip(foreground + 0.5, 0, 255).astype(np.uint8))
    face = _face_mask(image.size, face_polygon, image.width / 60)
    if touchups.bright:
        image = _brighten(image, face, touchups.bright)
    if touchups.smooth:
        image = _smooth(image, face, touchups.smooth)
    if touchups.sharp:
        radius = max(1.0, image.width / 400)
        percent = round(40 + 110 * touchups.sharp)
        image = image.filter(ImageFilter.UnsharpMask(radius=radius, percent=percent, threshold=3))
    return np.asarray(image, dtype=np.float32)


@lru_cache(maxsize=16)
def _watermark_layer(width: int, height: int) -> Image.Image:
    """The transparent "PREVIEW" layer for a photo size (built once: rotating it is slow)."""
    side = int(math.hypot(width, height)) + 2
    layer = Image.new("RGBA", (side, side), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    size = max(12, width // 9)
    font = ImageFont.load_default(size=size)
    step_y, step_x = int(size * 2.6), int(size * 5.5)
    for row, y in enumerate(range(0, side, step_y)):
        for x in range(-(row % 2) * step_x // 2, side, step_x):
            draw.text(
                (x, y),
                WATERMARK_TEXT,
                font=font,
                fill=(255, 255, 255, 120),
                stroke_width=max(1, size // 16),
                stroke_fill=(0, 0, 0, 70),
            )
    layer = layer.rotate(30, resample=Image.Resampling.BILINEAR)
    left, top = (side - width) // 2, (side - height) // 2
    return layer.crop((left, top, left + width, top + height))


def watermark(image: Image.Image) -> Image.Image:
    """Diagonal, repeated "PREVIEW" over the whole photo (light with a dark edge)."""
    out = image.convert("RGBA")
    out.alpha_composite(_watermark_layer(*image.size))
    return out.convert("RGB")


def encode(image: Image.Image, target: Target) -> bytes:
    """JPEG or PNG with the target's DPI; finals fitted into the byte bounds if any."""
    if target.file_format == "png":
        buffer = io.BytesIO()
        image.save(buffer, "PNG", dpi=(target.dpi, target.dpi), compress_level=1)
        return buffer.getvalue()
    subsampling = "4:4:4" if target.quality >= 90 else "4:2:0"
    data = encode_jpeg(image, quality=target.quality, subsampling=subsampling, dpi=target.dpi)
    if target.preview or (target.min_bytes is None and target.max_bytes is None):
        return data
    try:
        return fit_file_size(
            data, min_bytes=target.min_bytes, max_bytes=target.max_bytes, dpi=target.dpi
        )
    except FileSizeUnreachable as exc:
        raise EngineError(str(exc), message_id=exc.message_id, message_args=dict(exc.args)) from exc
