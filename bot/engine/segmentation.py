"""Person/background separation: the selfie-segmentation mask, its edge refinement, the crown.

The model's mask is 256×256, far coarser than the output. A colour guided filter (He et al.)
snaps its edge to the photo's own edges (hair included) at output resolution, and the colour of
the old background is then removed from the edge pixels (foreground estimation), so a dark
original background leaves no halo on a white one.
"""

from __future__ import annotations

import cv2
import numpy as np

from bot.engine import runtime

#: Mask value above which a pixel is the person.
PERSON = 0.5
#: The crown is the first row (going up) where less than this share of the strip above the
#: face is the person: a stray strand or a speck of the old background does not count.
CROWN_COVERAGE = 0.25
_ALPHA_FLOOR, _ALPHA_CEIL = 0.06, 0.94
_SHARPEN = 3.0


def person_mask(rgb: np.ndarray) -> np.ndarray:
    """The person's probability (float32, 0–1) at the image's size. Engine thread."""
    result = runtime.models().segmenter.process(np.ascontiguousarray(rgb))
    mask = np.asarray(result.segmentation_mask, dtype=np.float32)
    if mask.shape[:2] != rgb.shape[:2]:
        size = (rgb.shape[1], rgb.shape[0])
        mask = np.asarray(cv2.resize(mask, size, interpolation=cv2.INTER_LINEAR), np.float32)
    return np.clip(mask, 0.0, 1.0)


def _down(image: np.ndarray, step: int) -> np.ndarray:
    """Area average over ``step``×``step`` blocks (the image's ragged edge dropped): OpenCV's
    fast integer path, unlike a fractional area resize."""
    height, width = image.shape[0] // step, image.shape[1] // step
    trimmed = image[: height * step, : width * step]
    return np.asarray(cv2.resize(trimmed, (width, height), interpolation=cv2.INTER_AREA))


def _up(image: np.ndarray, step: int, size: tuple[int, int]) -> np.ndarray:
    """Back from ``_down``: linear upscale by ``step``, the dropped edge filled by repetition."""
    height, width = image.shape[0] * step, image.shape[1] * step
    big = cv2.resize(image, (width, height), interpolation=cv2.INTER_LINEAR)
    bottom, right = size[1] - height, size[0] - width
    if bottom or right:
        big = cv2.copyMakeBorder(big, 0, bottom, 0, right, cv2.BORDER_REPLICATE)
    return np.asarray(big)


def _box(image: np.ndarray, radius: int) -> np.ndarray:
    return cv2.boxFilter(image, -1, (2 * radius + 1, 2 * radius + 1), borderType=cv2.BORDER_REFLECT)


def _solve_sym3(var: list[np.ndarray], rhs: list[np.ndarray]) -> list[np.ndarray]:
    """Per-pixel ``var⁻¹ · rhs`` for symmetric 3×3 ``var`` = (xx, xy, xz, yy, yz, zz), by the
    adjugate (Cramer's rule): no per-pixel matrix objects, only whole-image arithmetic."""
    a, b, c, d, e, f = var
    ia, ib, ic = d * f - e * e, c * e - b * f, b * e - c * d
    id_, ie, if_ = a * f - c * c, b * c - a * e, a * d - b * b
    inv_det = 1.0 / (a * ia + b * ib + c * ic)
    x, y, z = rhs
    return [
        (ia * x + ib * y + ic * z) * inv_det,
        (ib * x + id_ * y + ie * z) * inv_det,
        (ic * x + ie * y + if_ * z) * inv_det,
    ]


def guided_filter(
    guide: np.ndarray, source: np.ndarray, radius: int, eps: float, step: int = 2
) -> np.ndarray:
    """Colour guided filter: ``source`` (H×W, float32) made to follow ``guide``'s edges.

    The linear coefficients are computed at 1/``step`` resolution ("fast guided filter") and
    applied to the full-resolution guide.
    """
    height, width = source.shape[:2]
    full = guide.astype(np.float32) * np.float32(1 / 255)
    step = step if min(height, width) >= 100 * step else 1
    img, src, r = full, source.astype(np.float32), radius
    if step > 1:
        img, src = _down(full, step), _down(src, step)
        r = max(1, radius // step)
    channels = [img[..., k] for k in range(3)]
    mean_i = [_box(ch, r) for ch in channels]
    mean_p = _box(src, r)
    cov = [_box(ch * src, r) - m * mean_p for ch, m in zip(channels, mean_i, strict=True)]
    var = []
    for a, b in ((0, 0), (0, 1), (0, 2), (1, 1), (1, 2), (2, 2)):
        v = _box(channels[a] * channels[b], r) - mean_i[a] * mean_i[b]
        var.append(v + np.float32(eps) if a == b else v)
    coef = _solve_sym3(var, cov)
    offset = mean_p - sum(k * m for k, m in zip(coef, mean_i, strict=True))
    mean_coef = np.dstack([_box(k, r) for k in coef])
    mean_offset = _box(offset, r)
    if step > 1:
        mean_coef = _up(mean_coef, step, (width, height))
        mean_offset = _up(mean_offset, step, (width, height))
    return np.einsum("hwc,hwc->hw", mean_coef, full) + mean_offset


def refine_alpha(rgb: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """The coarse mask as an alpha matte at ``rgb``'s resolution (exactly 0 or 1 off the edge).

    Two passes: a wide guided filter moves the mask's edge onto the photo's edge, its result is
    sharpened around 0.5, and a narrow pass gives the final soft edge (hair) without the wide
    pass's smear into the background (a halo).
    """
    radius = max(3, round(max(rgb.shape[:2]) / 60))
    first = guided_filter(rgb, mask.astype(np.float32), radius, 1e-4, step=3)
    sharpened = np.clip((first - 0.5) * _SHARPEN + 0.5, 0.0, 1.0).astype(np.float32)
    alpha = guided_filter(rgb, sharpened, max(2, radius // 2), 1e-4)
    alpha = (alpha - _ALPHA_FLOOR) / (_ALPHA_CEIL - _ALPHA_FLOOR)
    return np.clip(alpha, 0.0, 1.0).astype(np.float32)


def _fill(rgb: np.ndarray, weight: np.ndarray, radius: int) -> tuple[np.ndarray, np.ndarray]:
    """Weighted local mean of ``rgb`` (colours spread from where ``weight`` is 1).

    Computed at a quarter of the resolution (the result is a smooth colour field) and scaled
    back up.
    """
    height, width = weight.shape
    step = 4 if min(height, width) >= 200 else 1
    if step > 1:
        rgb, weight = _down(rgb, step), _down(weight, step)
    r = max(1, radius // step)
    w = _box(weight, r)
    mean = _box(rgb * weight[..., None], r) / np.maximum(w, 1e-6)[..., None]
    if step > 1:
        mean, w = _up(mean, step, (width, height)), _up(w, step, (width, height))
    return mean, w


def estimate_foreground(rgb: np.ndarray, alpha: np.ndarray) -> np.ndarray:
    """Foreground colours (float32 0–255) with the old background unmixed from edge pixels.

    Only the edge band (0 < alpha < 1) changes: there the observed colour is
    ``alpha·F + (1 − alpha)·B``; ``B`` is the nearby pure-background colour, so ``F`` is solved
    where alpha is large enough and taken from nearby pure-person pixels where it is not.
    """
    img = rgb.astype(np.float32)
    band = (alpha > 0.0) & (alpha < 0.98)
    if not band.any():
        return img
    radius = max(4, round(max(rgb.shape[:2]) / 40))
    background, bg_weight = _fill(img, (alpha < 0.05).astype(np.float32), radius)
    inner, in_weight = _fill(img, (alpha > 0.95).astype(np.float32), radius)
    a = alpha[band][:, None]
    observed = img[band]
    bg = np.where((bg_weight[band] > 1e-3)[:, None], background[band], observed)
    solved = np.clip((observed - (1 - a) * bg) / np.maximum(a, 0.2), 0, 255)
    fill = np.where((in_weight[band] > 1e-3)[:, None], inner[band], solved)
    trust = np.clip((a - 0.2) / 0.6, 0.0, 1.0)
    img[band] = trust * solved + (1 - trust) * fill
    return img


def crown_row(mask: np.ndarray, centre_x: float, half_band: float, start_y: float) -> float | None:
    """Sub-pixel row of the top of the head above ``start_y`` (None: it leaves the image).

    Scans up a vertical strip ``centre_x ± half_band`` from the eye line and stops at the first
    row where the strip is (mostly) no longer the person, so objects above the head do not count.
    """
    height, width = mask.shape[:2]
    x0 = int(np.clip(round(centre_x - half_band), 0, width - 1))
    x1 = int(np.clip(round(centre_x + half_band), x0 + 1, width))
    top = int(np.clip(start_y, 0, height - 1))
    coverage = (mask[: top + 1, x0:x1] >= PERSON).mean(axis=1)
    outside = np.nonzero(coverage < CROWN_COVERAGE)[0]
    if outside.size == 0:
        return None
    return float(min(top, int(outside.max()) + 1))


def crown_by_colour(
    rgb: np.ndarray, centre_x: float, half_band: float, start_y: float, tolerance: int = 10
) -> float | None:
    """Top of the head in a finished photo: the first row above ``start_y`` whose strip
    ``centre_x ± half_band`` is all background (None: the head reaches the top edge).

    The background of each row is read at its two ends, so a gradient works too. More precise
    than the coarse mask where hair or a white cap meets a light background.
    """
    height, width = rgb.shape[:2]
    x0 = int(np.clip(round(centre_x - half_band), 0, width - 1))
    x1 = int(np.clip(round(centre_x + half_band), x0 + 1, width))
    top = int(np.clip(start_y, 0, height - 1))
    edge = max(2, width // 40)
    rows = rgb[: top + 1].astype(np.int16)
    reference = np.concatenate([rows[:, :edge], rows[:, -edge:]], axis=1)
    background = np.median(reference, axis=1)
    differs = np.abs(rows[:, x0:x1] - background[:, None, :]).max(axis=2) > tolerance
    clear = np.nonzero(differs.mean(axis=1) < CROWN_COVERAGE)[0]
    if clear.size == 0:
        return None
    return float(min(top, int(clear.max()) + 1))
