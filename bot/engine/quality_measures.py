"""The numbers behind the photo checks: pose, eyes, gaze, mouth, glasses, light, sharpness, JPEG.

Everything is read from the face mesh the upload check already computed plus plain image
statistics, on a *canonical face*: the photo rotated so the eyes are level and scaled so the iris
centres are ``EYE_GAP`` pixels apart. Sizes, edge strengths and sharpness are then comparable
between a selfie and a 12 MP studio shot. No verdicts here (``bot.engine.quality`` judges the
numbers against a document's thresholds); ``PhotoMeasures`` is plain data that survives a
round trip through JSON, so a conversation can keep it across a restart.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields

import cv2
import numpy as np

from bot.engine.faces import FACE_OVAL, IRIS_LEFT_IMAGE, IRIS_RIGHT_IMAGE, Landmarks
from bot.engine.geometry import level_matrix
from bot.engine.images import Decoded

#: Iris-centre distance in the canonical face, and its size; the eyes sit at ``EYE_ROW``.
EYE_GAP = 64.0
CANONICAL_SIZE = (192, 240)
EYE_ROW = 90.0

# Mesh indices (image-left = the subject's right eye).
_EYES = (
    # outer corner, inner corner, (upper, lower) lid pairs, iris centre
    (33, 133, ((160, 144), (159, 145), (158, 153)), IRIS_LEFT_IMAGE),
    (263, 362, ((387, 373), (386, 374), (385, 380)), IRIS_RIGHT_IMAGE),
)
_MOUTH_INNER = (13, 14)
_MOUTH_CORNERS = (61, 291)
_MOUTH_INNER_CORNERS = (78, 308)
_NOSE_BRIDGE_TOP = 168


@dataclass(frozen=True)
class PhotoMeasures:
    """Measured numbers of one photo's face (angles in degrees, ratios unitless)."""

    yaw: float
    pitch: float
    roll: float
    #: Eye aspect ratio of each eye (lid gap over width): open ~0.25–0.4, closed < 0.15.
    eye_open_min: float
    eye_open_max: float
    #: Iris offset from the eye's middle, in eye widths (mean of both eyes; + = image right).
    gaze_x: float
    gaze_y: float
    #: Inner-lip gap over the mouth width (0: closed).
    mouth_open: float
    #: Mouth-corner lift over the mouth width (+: corners above the lips' middle, a smile).
    smile: float
    #: Horizontal-edge strength on the nose bridge and under the eyes, over the face's own.
    glasses: float
    #: Face luma (0–255): mean, shares of clipped pixels, and left/right imbalance (0–1).
    face_luma: float
    face_dark_share: float
    face_bright_share: float
    lighting_imbalance: float
    #: Skin hue angle in CIELAB (degrees, a* → b*) and chroma; a cast moves both.
    skin_hue: float
    skin_chroma: float
    #: Variance of the Laplacian on the canonical face (face-size independent).
    sharpness: float
    #: Mean step across JPEG 8×8 block edges over the step inside blocks (None: not measurable).
    blockiness: float | None
    #: Iris-centre distance in the full-resolution photo (ICAO asks ≥ 90 px in the result).
    eye_gap_px: float
    #: The full-resolution photo's size.
    image_width: float = 0.0
    image_height: float = 0.0

    def to_dict(self) -> dict[str, float | None]:
        return {k: (None if v is None else round(float(v), 4)) for k, v in asdict(self).items()}

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> PhotoMeasures:
        """The measures from ``to_dict``'s output (unknown keys ignored, missing ones 0)."""
        values: dict[str, float | None] = {}
        for f in fields(cls):
            raw = data.get(f.name)
            values[f.name] = None if raw is None and f.name == "blockiness" else float(raw or 0)
        return cls(**values)  # type: ignore[arg-type]


def canonical_matrix(landmarks: Landmarks) -> np.ndarray:
    """2×3 affine: photo pixels → the canonical face (eyes level, ``EYE_GAP`` apart)."""
    eye = landmarks.eye_centre
    gap = float(np.linalg.norm(landmarks.xy(IRIS_RIGHT_IMAGE) - landmarks.xy(IRIS_LEFT_IMAGE)))
    scale = EYE_GAP / max(gap, 1.0)
    matrix = level_matrix((float(eye[0]), float(eye[1])), landmarks.roll_degrees)
    matrix = matrix * scale
    matrix[:, 2] += (CANONICAL_SIZE[0] / 2 - eye[0] * scale, EYE_ROW - eye[1] * scale)
    return matrix


def _eye_ratios(lm: Landmarks) -> list[float]:
    ratios = []
    for outer, inner, lids, _ in _EYES:
        width = float(np.linalg.norm(lm.xy(outer) - lm.xy(inner)))
        gaps = [float(np.linalg.norm(lm.xy(a) - lm.xy(b))) for a, b in lids]
        ratios.append(sum(gaps) / (len(gaps) * width) if width > 0 else 0.0)
    return ratios


def _gaze(lm: Landmarks) -> tuple[float, float]:
    """Iris offset from the middle of the eye opening, in eye widths, averaged over both eyes."""
    xs, ys = [], []
    for outer, inner, lids, iris in _EYES:
        a, b = lm.xy(outer), lm.xy(inner)
        width = float(np.linalg.norm(a - b)) or 1.0
        middle = (a + b) / 2
        lid_mid = np.mean([(lm.xy(u) + lm.xy(d)) / 2 for u, d in lids], axis=0)
        xs.append(float(lm.xy(iris)[0] - middle[0]) / width)
        ys.append(float(lm.xy(iris)[1] - lid_mid[1]) / width)
    return float(np.mean(xs)), float(np.mean(ys))


def _mouth(flat: Landmarks) -> tuple[float, float]:
    """(inner-lip gap, corner lift), both over the mouth width, on level landmarks."""
    left, right = flat.xy(_MOUTH_CORNERS[0]), flat.xy(_MOUTH_CORNERS[1])
    width = float(np.linalg.norm(left - right)) or 1.0
    inner_width = float(
        np.linalg.norm(flat.xy(_MOUTH_INNER_CORNERS[0]) - flat.xy(_MOUTH_INNER_CORNERS[1]))
    )
    gap = float(np.linalg.norm(flat.xy(_MOUTH_INNER[0]) - flat.xy(_MOUTH_INNER[1])))
    middle_y = (flat.xy(_MOUTH_INNER[0])[1] + flat.xy(_MOUTH_INNER[1])[1]) / 2
    lift = float(middle_y - (left[1] + right[1]) / 2) / width
    return gap / max(inner_width, 1.0), lift


def _edge_ratio(gray: np.ndarray, flat: Landmarks, skin: np.ndarray) -> float:
    """Horizontal edges (frames) on the nose bridge and under the eyes, over the skin's own."""
    gy = np.abs(cv2.Sobel(gray, cv2.CV_32F, 0, 1, ksize=3))
    reference = float(gy[skin].mean()) + 1.0
    left_inner = flat.xy(_EYES[0][1])
    right_inner = flat.xy(_EYES[1][1])
    width = right_inner[0] - left_inner[0]
    x0, x1 = int(left_inner[0] + 0.2 * width), int(right_inner[0] - 0.2 * width)
    y0, y1 = int(EYE_ROW - 0.3 * EYE_GAP), int(EYE_ROW + 0.1 * EYE_GAP)
    bridge = gy[max(0, y0) : y1, max(0, x0) : x1]
    strengths = [float(np.percentile(bridge.max(axis=0), 50)) if bridge.size else 0.0]
    for outer, inner, _, _ in _EYES:
        xs = sorted((flat.xy(outer)[0], flat.xy(inner)[0]))
        lower = max(flat.xy(b)[1] for _, b in _EYES[0][2] + _EYES[1][2])
        rim = gy[int(lower + 0.05 * EYE_GAP) : int(lower + 0.45 * EYE_GAP), int(xs[0]) : int(xs[1])]
        strengths.append(float(np.percentile(rim.max(axis=0), 50)) if rim.size else 0.0)
    return float(np.mean(sorted(strengths)[1:])) / reference


def _light(canonical: np.ndarray, skin: np.ndarray) -> tuple[float, float, float, float]:
    """Face luma mean, dark and bright shares, left/right imbalance."""
    luma = cv2.cvtColor(canonical, cv2.COLOR_RGB2GRAY).astype(np.float32)
    values = luma[skin]
    middle = CANONICAL_SIZE[0] // 2
    left = luma[:, :middle][skin[:, :middle]]
    right = luma[:, middle:][skin[:, middle:]]
    lm, rm = float(left.mean()), float(right.mean())
    imbalance = abs(lm - rm) / max(lm, rm, 1.0)
    return (
        float(values.mean()),
        float((values <= 25).mean()),
        float((values >= 245).mean()),
        imbalance,
    )


def _skin_colour(canonical: np.ndarray, skin: np.ndarray) -> tuple[float, float]:
    lab = cv2.cvtColor(canonical, cv2.COLOR_RGB2LAB).astype(np.float32)
    pixels = lab[skin]
    luma = pixels[:, 0]
    usable = pixels[(luma > 30) & (luma < 240)]  # ignore clipped pixels: no colour there
    if len(usable) < 50:
        usable = pixels
    a, b = float(np.median(usable[:, 1]) - 128), float(np.median(usable[:, 2]) - 128)
    return math.degrees(math.atan2(b, a)), math.hypot(a, b)


def _sharpness(gray: np.ndarray, flat: Landmarks) -> float:
    """Steepest edges of the face (eyes, brows, lips) over its luma range, ×100.

    A step edge blurred by a Gaussian of ``sigma`` canonical pixels scores about
    ``40 / sigma``, whatever the face's size (canonical frame) and exposure (range): unlike the
    raw variance of the Laplacian, it does not depend on how much skin texture the face has.
    """
    oval = np.zeros(gray.shape, np.uint8)
    cv2.fillPoly(oval, [np.round(flat.points[list(FACE_OVAL), :2]).astype(np.int32)], (1,))
    inside = oval > 0
    values = gray.astype(np.float32)
    gx = cv2.Sobel(values, cv2.CV_32F, 1, 0, ksize=3) / 8
    gy = cv2.Sobel(values, cv2.CV_32F, 0, 1, ksize=3) / 8
    magnitude = np.hypot(gx, gy)[inside]
    low, high = np.percentile(values[inside], (1, 99))
    return 100 * float(np.percentile(magnitude, 99.5)) / max(float(high - low), 8.0)


def skin_mask(flat: Landmarks) -> np.ndarray:
    """Face oval in the canonical frame minus the eyes, brows and mouth (boolean)."""
    width, height = CANONICAL_SIZE
    mask = np.zeros((height, width), np.uint8)
    oval = np.round(flat.points[list(FACE_OVAL), :2]).astype(np.int32)
    cv2.fillPoly(mask, [oval], (1,))
    mask = cv2.erode(mask, np.ones((7, 7), np.uint8))
    eyes_top = int(EYE_ROW - 0.35 * EYE_GAP)
    eyes_bottom = int(EYE_ROW + 0.25 * EYE_GAP)
    mask[eyes_top:eyes_bottom] = 0
    mouth = np.round(flat.points[[61, 291, 0, 17], :2]).astype(np.int32)
    x0, y0 = mouth.min(axis=0) - 4
    x1, y1 = mouth.max(axis=0) + 4
    mask[max(0, y0) : y1, max(0, x0) : x1] = 0
    return mask > 0


def blockiness(rgb: np.ndarray, box: tuple[int, int, int, int], period: int) -> float | None:
    """Mean luma step across ``period``-pixel block edges over the mean step elsewhere, in
    ``box`` (x0, y0, x1, y1) of ``rgb``; ~1.0 for a clean photo, > 1.3 for a blocky JPEG."""
    if period < 4:
        return None
    x0, y0, x1, y1 = box
    x0, y0 = x0 - x0 % period, y0 - y0 % period
    gray = cv2.cvtColor(rgb[max(0, y0) : y1, max(0, x0) : x1], cv2.COLOR_RGB2GRAY)
    gray = gray.astype(np.float32)
    if min(gray.shape) < 4 * period:
        return None
    steps = []
    for diffs in (np.abs(np.diff(gray, axis=1)), np.abs(np.diff(gray, axis=0)).T):
        at_edge = (np.arange(diffs.shape[1]) % period) == period - 1
        steps.append((float(diffs[:, at_edge].mean()), float(diffs[:, ~at_edge].mean())))
    edge = sum(s[0] for s in steps)
    inside = sum(s[1] for s in steps)
    return edge / max(inside, 1e-3)


def measure_face(
    work: Decoded, landmarks: Landmarks, *, base: Decoded | None = None, jpeg_period: int = 0
) -> PhotoMeasures:
    """Every measure of the face in ``work`` (the analysis copy the mesh was found on).

    ``base`` is a larger decode of the same photo with JPEG blocks ``jpeg_period`` pixels wide
    (8 at full scale, 4 at a half-scale DCT decode; 0 = not a JPEG): blockiness is read there.
    """
    matrix = canonical_matrix(landmarks)
    canonical = cv2.warpAffine(
        work.rgb, matrix, CANONICAL_SIZE, flags=cv2.INTER_AREA, borderMode=cv2.BORDER_REFLECT
    )
    flat = landmarks.transformed(matrix)
    skin = skin_mask(flat)
    gray = cv2.cvtColor(canonical, cv2.COLOR_RGB2GRAY)
    eyes = _eye_ratios(landmarks)
    gaze_x, gaze_y = _gaze(flat)
    mouth_open, smile = _mouth(flat)
    luma, dark, bright, imbalance = _light(canonical, skin)
    hue, chroma = _skin_colour(canonical, skin)
    gap = float(np.linalg.norm(landmarks.xy(IRIS_RIGHT_IMAGE) - landmarks.xy(IRIS_LEFT_IMAGE)))
    return PhotoMeasures(
        yaw=landmarks.yaw_degrees,
        pitch=landmarks.pitch_degrees,
        roll=landmarks.roll_degrees,
        eye_open_min=min(eyes),
        eye_open_max=max(eyes),
        gaze_x=gaze_x,
        gaze_y=gaze_y,
        mouth_open=mouth_open,
        smile=smile,
        glasses=_edge_ratio(gray, flat, skin),
        face_luma=luma,
        face_dark_share=dark,
        face_bright_share=bright,
        lighting_imbalance=imbalance,
        skin_hue=hue,
        skin_chroma=chroma,
        sharpness=_sharpness(gray, flat),
        blockiness=_blockiness_of(base, landmarks, work, jpeg_period),
        eye_gap_px=gap * work.to_full[0],
        image_width=float(work.full_size[0]),
        image_height=float(work.full_size[1]),
    )


def jpeg_block_period(data: bytes, decoded: Decoded) -> int:
    """Width in ``decoded``'s pixels of the JPEG 8×8 blocks of ``data`` (0: not a JPEG)."""
    if not data.startswith(b"\xff\xd8"):
        return 0
    reduction = decoded.full_size[0] / max(decoded.size[0], 1)
    return round(8 / reduction) if reduction in (1, 2) else 0


def _blockiness_of(
    base: Decoded | None, landmarks: Landmarks, work: Decoded, period: int
) -> float | None:
    if base is None or not period:
        return None
    sx = base.size[0] / work.size[0]
    sy = base.size[1] / work.size[1]
    oval = landmarks.points[list(FACE_OVAL), :2]
    (x0, y0), (x1, y1) = oval.min(axis=0), oval.max(axis=0)
    box = (int(x0 * sx), int(y0 * sy), int(x1 * sx), int(y1 * sy))
    return blockiness(base.rgb, box, period)
