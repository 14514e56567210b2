"""Cleaning the person mask of old-background leftovers, and measuring what is left.

mediapipe's selfie segmenter (256×256) follows the person roughly and keeps patches of a busy
old background next to the head and shoulders (a flag behind a cap, a bright wall along a
shoulder). ``clean_mask`` runs OpenCV's GrabCut once per upload on the head-and-shoulders
region, seeded by that mask (face and body core: surely the person; far from the mask: surely
background; the rest decided by colour models and a graph cut), and only ever *removes* from the
mask what GrabCut calls background and what is not connected to the person. Soft edges (hair)
are left to the render's guided filter. ``leftover_share`` measures, independently of GrabCut,
how much of the mask's edge band looks like the old background: the photo check "leftovers".
"""

from __future__ import annotations

import cv2
import numpy as np

from bot.engine.faces import FACE_OVAL, Landmarks

#: GrabCut runs on a copy whose long side is at most this (cost grows with the pixel count).
GRABCUT_SIDE = 256
GRABCUT_ITERATIONS = 2
#: Head-and-shoulders region: face widths left/right of the face centre, and below the chin.
REGION_WIDTHS = 1.9
REGION_BELOW = 1.6
#: Sure background: farther than this many face widths from the segmenter's person.
SURE_BACKGROUND = 0.25
#: Sure person: the segmenter's person eroded by this many face widths, and the face oval.
SURE_PERSON = 0.3


def _region(landmarks: Landmarks, size: tuple[int, int]) -> tuple[int, int, int, int]:
    width, height = size
    face_w = landmarks.face_width
    cx = float(landmarks.eye_centre[0])
    chin = float(landmarks.xy(152)[1])
    x0 = int(max(0, cx - REGION_WIDTHS * face_w))
    x1 = int(min(width, cx + REGION_WIDTHS * face_w))
    y1 = int(min(height, chin + REGION_BELOW * face_w))
    return x0, 0, x1, y1


def _disk(radius: float) -> np.ndarray:
    r = max(1, round(radius))
    return cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * r + 1, 2 * r + 1))


def _distances(person: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pixels from each pixel to the person (outside) and to the background (inside)."""
    outside = cv2.distanceTransform((person == 0).astype(np.uint8), cv2.DIST_L2, 3)
    inside = cv2.distanceTransform(person.astype(np.uint8), cv2.DIST_L2, 3)
    return outside, inside


def _seeds(mask: np.ndarray, oval: np.ndarray, face_w: float) -> np.ndarray:
    person = (mask > 0.5).astype(np.uint8)
    seeds = np.where(person > 0, cv2.GC_PR_FGD, cv2.GC_PR_BGD).astype(np.uint8)
    outside, inside = _distances(person)
    seeds[outside > SURE_BACKGROUND * face_w] = cv2.GC_BGD
    seeds[inside > SURE_PERSON * face_w] = cv2.GC_FGD
    face = np.zeros_like(person)
    cv2.fillPoly(face, [np.round(oval).astype(np.int32)], (1,))
    seeds[face > 0] = cv2.GC_FGD
    return seeds


def _connected_to(person: np.ndarray, anchor: np.ndarray) -> np.ndarray:
    """The parts of ``person`` (uint8 0/1) that touch ``anchor`` (bool)."""
    count, labels = cv2.connectedComponents(person, connectivity=8)
    keep = np.unique(labels[anchor & (person > 0)])
    keep = keep[keep > 0]
    return np.isin(labels, keep) if count > 1 else person > 0


def clean_mask(rgb: np.ndarray, mask: np.ndarray, landmarks: Landmarks) -> np.ndarray:
    """``mask`` (float32 0–1, ``rgb``'s size) without the old background GrabCut finds around
    the head and shoulders. Never adds to the mask. Engine thread (CPU only)."""
    height, width = mask.shape
    x0, y0, x1, y1 = _region(landmarks, (width, height))
    if x1 - x0 < 16 or y1 - y0 < 16:
        return mask
    scale = min(1.0, GRABCUT_SIDE / max(x1 - x0, y1 - y0))
    size = (max(1, round((x1 - x0) * scale)), max(1, round((y1 - y0) * scale)))
    crop = cv2.resize(rgb[y0:y1, x0:x1], size, interpolation=cv2.INTER_AREA)
    small = cv2.resize(mask[y0:y1, x0:x1], size, interpolation=cv2.INTER_AREA)
    oval = (landmarks.points[list(FACE_OVAL), :2] - (x0, y0)) * scale
    face_w = landmarks.face_width * scale
    seeds = _seeds(small, oval, face_w)
    if not (seeds == cv2.GC_PR_FGD).any() or not (seeds == cv2.GC_BGD).any():
        return mask
    models = (np.zeros((1, 65), np.float64), np.zeros((1, 65), np.float64))
    cv2.grabCut(
        np.ascontiguousarray(crop), seeds, None, *models, GRABCUT_ITERATIONS,
        cv2.GC_INIT_WITH_MASK,
    )  # fmt: skip
    person = ((seeds == cv2.GC_FGD) | (seeds == cv2.GC_PR_FGD)).astype(np.uint8)
    person = _connected_to(person, seeds == cv2.GC_FGD).astype(np.uint8)
    # Close pinholes; at full size the cut fades over about one GrabCut pixel, so the
    # segmenter's soft fringe (where the old background shows through) goes with it.
    person = cv2.morphologyEx(person, cv2.MORPH_CLOSE, _disk(max(1.0, face_w / 40)))
    keep = cv2.GaussianBlur(person.astype(np.float32), (0, 0), 0.7)
    keep = cv2.resize(keep, (x1 - x0, y1 - y0), interpolation=cv2.INTER_LINEAR)
    cleaned = mask.copy()
    cleaned[y0:y1, x0:x1] = np.minimum(mask[y0:y1, x0:x1], keep)
    return cleaned


def leftover_share(
    rgb: np.ndarray, mask: np.ndarray, landmarks: Landmarks, *, bins: int = 16
) -> float:
    """How much of the person's outline (head and shoulders) shows the old background: the
    mask-weighted area of edge pixels whose colour belongs to the background rather than the
    person, over the face box's area (0: clean).

    Colours are compared by plain CIELAB histograms of the sure background (a ring outside the
    mask) and the sure person (the mask's core): a different model from GrabCut's, so this also
    checks ``clean_mask``. The soft fringe counts with its mask value.
    """
    height, width = mask.shape
    x0, y0, x1, y1 = _region(landmarks, (width, height))
    face_w = landmarks.face_width
    soft = mask[y0:y1, x0:x1]
    person = (soft > 0.5).astype(np.uint8)
    if not person.any():
        return 0.0
    lab = cv2.cvtColor(np.ascontiguousarray(rgb[y0:y1, x0:x1]), cv2.COLOR_RGB2LAB)
    outside, inside = _distances(person)
    ring = (outside > 0.15 * face_w) & (outside < 0.4 * face_w) & (soft < 0.05)
    core = inside > 0.25 * face_w
    band = (inside < 0.1 * face_w) & (outside < 0.1 * face_w) & (soft > 0.1)
    if ring.sum() < 50 or core.sum() < 50:
        return 0.0
    q = 256 // bins
    index = (lab[..., 0] // q).astype(np.int64) * bins * bins
    index += (lab[..., 1] // q).astype(np.int64) * bins + lab[..., 2] // q
    background = np.bincount(index[ring], minlength=bins**3) / ring.sum()
    foreground = np.bincount(index[core], minlength=bins**3) / core.sum()
    looks_background = background[index] > 4 * foreground[index] + 1e-3
    suspect = looks_background & band
    face_area = face_w * face_w * 1.3
    return float(soft[suspect].sum() / face_area)
