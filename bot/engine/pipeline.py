"""One photo through the engine: analyse the upload once, then render any number of variants.

``analyse`` (face checks, mesh, mask cleaned of old-background leftovers, head geometry)
depends on the photo only and is cached per stored image; ``inspect`` is the upload pre-check
with the photo checks' measures; ``render`` places the head for a target, warps, cuts out,
composes and measures the result; if the measured crown, eye line or head height sit closer to
a limit than planned, it corrects the placement by the measured error and renders once more.
Every function here runs on the engine thread.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

import cv2
import numpy as np
from PIL import Image

from bot.engine import compose
from bot.engine.cutout import clean_mask, leftover_share
from bot.engine.faces import FACE_OVAL, FaceCheck, Landmarks, check_pose, face_check, find_face
from bot.engine.geometry import HeadGeometry, head_geometry
from bot.engine.images import Decoded, best_reduction, decode, decode_for_analysis
from bot.engine.measurement import Measurement, measure_rgb
from bot.engine.placement import Placement, Windows, output_matrix, place
from bot.engine.quality_measures import PhotoMeasures, jpeg_block_period, measure_face
from bot.engine.segmentation import estimate_foreground, person_mask, refine_alpha
from bot.engine.target import Target

logger = logging.getLogger(__name__)

#: A render is corrected when its measured margin to the nearest limit is below this (px) and
#: below half the planned margin (the measurement disagreed with the plan).
SAFE_MARGIN_PX = 3.0
#: Long side of the whole-photo mask kept with a stored photo's analysis.
MASK_SIDE = 384
#: The cut-out is computed on the output plus this share of context on every side (the
#: segmenter misjudges a head that touches the image edge).
CONTEXT_SHARE = 0.12
#: Pixels of context kept around the output for the edge refinement.
REFINE_MARGIN = 32
#: A decode already at hand is used if the output needs at most this much upscaling of it.
REUSE_UPSCALE = 1.3


@dataclass(frozen=True)
class Analysis:
    """What the photo says about the head, in the analysed copy's pixels."""

    full_size: tuple[int, int]
    work_size: tuple[int, int]
    landmarks: Landmarks
    geometry: HeadGeometry
    check: FaceCheck
    mask: np.ndarray  # the whole photo's person mask, uint8, long side ≤ MASK_SIDE
    #: Old-background leftovers the cleaned mask still shows (``cutout.leftover_share``).
    leftovers: float = 0.0


@dataclass(frozen=True)
class Rendered:
    image: bytes
    measurement: Measurement
    placement: Placement
    passes: int


def analyse(data: bytes, *, strict: bool = True) -> tuple[Analysis, Decoded]:
    """Find the one face (typed errors otherwise) and its geometry.

    Also returns the decode the analysis copy was made from, which ``render`` may reuse.
    """
    base, decoded = decode_for_analysis(data)
    face = find_face(decoded)
    if strict:
        check_pose(face.landmarks)
    mask = clean_mask(decoded.rgb, person_mask(decoded.rgb), face.landmarks)
    geometry = head_geometry(face.landmarks, mask)
    scale = min(1.0, MASK_SIDE / max(mask.shape))
    small = (max(1, round(mask.shape[1] * scale)), max(1, round(mask.shape[0] * scale)))
    kept = cv2.resize(mask, small, interpolation=cv2.INTER_AREA)
    analysis = Analysis(
        full_size=decoded.full_size,
        work_size=decoded.size,
        landmarks=face.landmarks,
        geometry=geometry,
        check=face_check(decoded, face),
        mask=np.round(kept * 255).astype(np.uint8),
        leftovers=leftover_share(decoded.rgb, mask, face.landmarks),
    )
    return analysis, base


def precheck(data: bytes, *, strict: bool = False) -> FaceCheck:
    """No face / several / too small (and with ``strict``, turned away / eyes closed)."""
    _, decoded = decode_for_analysis(data)
    face = find_face(decoded)
    if strict:
        check_pose(face.landmarks)
    return face_check(decoded, face)


def _source_for(
    data: bytes, analysis: Analysis, work_scale: float, decoded: Decoded | None
) -> Decoded:
    """The smallest decode that needs no upscaling to reach the output (or one at hand)."""
    full_scale = work_scale * analysis.work_size[0] / analysis.full_size[0]
    wanted = max(analysis.full_size) * min(1.0, full_scale)
    if decoded is not None and max(decoded.size) * REUSE_UPSCALE >= wanted:
        return decoded
    return decode(data, reduction=best_reduction(analysis.full_size, wanted))


def _matrix(geometry: HeadGeometry, placement: Placement, width: int) -> tuple[np.ndarray, float]:
    scale = placement.head_height / geometry.head_height
    matrix = output_matrix(
        geometry.levelling(),
        scale,
        (geometry.centre_x, geometry.crown_y),
        (width / 2, placement.crown_y),
    )
    return matrix, scale


def measured_margin(measurement: Measurement, windows: Windows, height: int) -> float:
    """Distance (px) from the measured crown, eye line, head height and chin to the nearest
    limit; negative when one is outside."""
    distances: list[float] = []
    for value, (low, high) in (
        (measurement.crown_y_px, windows.crown),
        (measurement.head_height_px, windows.head_range),
        (measurement.eye_y_px, windows.eyes),
    ):
        distances.extend((value - low, high - value))
    distances.append(height - 1 - measurement.chin_y_px)
    return min(distances)


def _corrected(
    geometry: HeadGeometry, placement: Placement, m: Measurement, scale: float
) -> HeadGeometry:
    """The geometry that would have produced what was measured (errors mapped back)."""
    return replace(
        geometry,
        crown_y=geometry.crown_y + (m.crown_y_px - placement.crown_y) / scale,
        chin_y=geometry.chin_y + (m.chin_y_px - placement.chin_y) / scale,
        eye_y=geometry.eye_y + (m.eye_y_px - placement.eye_y) / scale,
    )


def _coarse_mask(
    padded: np.ndarray, analysis: Analysis, work_matrix: np.ndarray, pad: int
) -> np.ndarray:
    """The person, before edge refinement: the mean of the whole photo's mask (the model saw
    the whole person) and the output crop's own (finer: the head is larger in it)."""
    size = (padded.shape[1], padded.shape[0])
    mask = analysis.mask
    scale = np.diag([analysis.work_size[0] / mask.shape[1], analysis.work_size[1] / mask.shape[0]])
    matrix = work_matrix.copy()
    matrix[:, :2] = work_matrix[:, :2] @ scale
    matrix[:, 2] += pad
    whole = cv2.warpAffine(mask, matrix, size, flags=cv2.INTER_LINEAR, borderValue=(0,))
    whole = whole.astype(np.float32) / 255.0
    # The crop's own mask may not bring back what the cleaned whole mask dropped (old
    # background): it is kept only near the whole mask (whose edge is coarser).
    reach = max(1, round(max(size) / 150))
    allowed = cv2.dilate(whole, np.ones((2 * reach + 1, 2 * reach + 1), np.uint8))
    return (whole + np.minimum(person_mask(padded), allowed)) / 2


def _compose(
    source: Decoded, analysis: Analysis, work_matrix: np.ndarray, target: Target
) -> tuple[np.ndarray, np.ndarray]:
    """The composed pixels and their alpha (the person)."""
    width, height = target.width, target.height
    pad = round(CONTEXT_SHARE * max(width, height))
    to_work = np.diag(
        [analysis.work_size[0] / source.size[0], analysis.work_size[1] / source.size[1]]
    )
    matrix = work_matrix.copy()
    matrix[:, :2] = work_matrix[:, :2] @ to_work
    matrix[:, 2] += pad
    padded_size = (width + 2 * pad, height + 2 * pad)
    padded, inside = compose.warp(source.rgb, matrix, padded_size)
    coarse = _coarse_mask(padded, analysis, work_matrix, pad)
    # Refine on the output plus a margin (the filter's reach), not on all the context.
    keep = min(pad, REFINE_MARGIN)
    outer = (slice(pad - keep, pad + height + keep), slice(pad - keep, pad + width + keep))
    alpha = refine_alpha(padded[outer], coarse[outer]) * inside[outer]
    inner = (slice(keep, keep + height), slice(keep, keep + width))
    photo = np.ascontiguousarray(padded[outer][inner])
    alpha = np.ascontiguousarray(alpha[inner])
    size = (width, height)
    foreground = estimate_foreground(photo, alpha)
    face = analysis.landmarks.transformed(work_matrix).points[list(FACE_OVAL), :2]
    foreground = compose.touch_up(foreground, face, target.touchups)
    canvas = compose.background_canvas(size, target.background, target.background2)
    return compose.composite(foreground, alpha, canvas), alpha


def render(
    data: bytes, analysis: Analysis, target: Target, decoded: Decoded | None = None
) -> Rendered:
    """The finished photo for ``target`` (encoded), with its own measurement.

    ``decoded`` is a decode of ``data`` already at hand (used if it has enough pixels). When the
    measured result sits closer to a limit than planned, the placement is corrected by the
    measured error and rendered once more; the better of the two is kept.
    """
    geometry = analysis.geometry
    source: Decoded | None = None
    best: tuple[float, np.ndarray, Measurement, Placement] | None = None
    for attempt in range(2):
        placement = place(
            geometry.head_height,
            geometry.crown_to_eyes,
            geometry.face_width,
            target.windows,
            frame_height=target.height,
        )
        matrix, scale = _matrix(geometry, placement, target.width)
        if source is None:
            source = _source_for(data, analysis, scale, decoded)
        pixels, alpha = _compose(source, analysis, matrix, target)
        measurement = measure_rgb(pixels, target.px_per_mm, mask=alpha)
        margin = measured_margin(measurement, target.windows, target.height)
        if best is None or margin > best[0]:
            best = (margin, pixels, measurement, placement)
        if margin >= min(SAFE_MARGIN_PX, placement.margin / 2) or attempt:
            break
        logger.debug("render margin %.1f px (planned %.1f): correcting", margin, placement.margin)
        geometry = _corrected(geometry, placement, measurement, scale)
    assert best is not None
    _, pixels, measurement, placement = best
    measurement = replace(measurement, leftovers=analysis.leftovers)
    image = Image.fromarray(pixels)
    if target.preview:
        image = compose.watermark(image)
    return Rendered(compose.encode(image, target), measurement, placement, attempt + 1)


def inspect(data: bytes, *, strict: bool = False) -> tuple[FaceCheck, PhotoMeasures]:
    """``precheck`` plus every number the photo checks need, from the same face detection."""
    base, decoded = decode_for_analysis(data)
    face = find_face(decoded)
    if strict:
        check_pose(face.landmarks)
    period = jpeg_block_period(data, base)
    measures = measure_face(decoded, face.landmarks, base=base, jpeg_period=period)
    return face_check(decoded, face), measures
