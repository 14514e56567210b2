"""Finding the one face in a photo: detection, the 478-point mesh, head pose and eye openness.

Faces are counted with two detectors (short range for selfies, full range for faces further
away) whose boxes are merged. Only faces at least ``COMPARABLE_FACE`` times the height of the
largest count as "several" (a tiny bystander far behind is ignored). The mesh runs on a crop
around the largest face, so the landmarks are as precise for a small face in a big photo as for a
close-up. Pose angles come from the mesh's relative depth (z): yaw from the cheek-to-cheek line,
pitch from the forehead-to-chin line; roll from the two iris centres.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np

from bot.engine import runtime
from bot.engine.errors import (
    EyesClosedError,
    FaceTooSmallError,
    FaceTurnedError,
    NoFaceError,
    SeveralFacesError,
)
from bot.engine.images import Decoded

#: Smallest usable face: detector box height (brows to chin) in full-resolution pixels.
MIN_FACE_PX = 64
#: A second face counts when its box is at least this share of the largest face's height.
COMPARABLE_FACE = 0.4
#: Detector confidence for a face to count at all, and for a second face or a tiled find.
MIN_FACE_SCORE = 0.6
SECOND_FACE_SCORE = 0.7
MAX_YAW_DEGREES = 20.0
MAX_PITCH_DEGREES = 25.0
#: Forehead-to-chin depth slope of an upright face looking at the camera (measured).
PITCH_BASELINE_DEGREES = 8.0
#: Eye opening (lid gap / eye width) below which an eye counts as closed; open eyes are ~0.25–0.4.
MIN_EYE_OPENNESS = 0.12
#: Tile side for the small-face pass, as a share of the image's short side.
TILE_SHARE = 2 / 3
_MESH_SIDE = 640
_CROP_MARGIN = 0.9

# Mesh indices (image-left = the subject's right).
IRIS_LEFT_IMAGE, IRIS_RIGHT_IMAGE = 468, 473
CHIN, FOREHEAD, NOSE_TIP = 152, 10, 1
CHEEK_LEFT_IMAGE, CHEEK_RIGHT_IMAGE = 234, 454
_LIDS = ((159, 145, 33, 133), (386, 374, 362, 263))  # upper, lower, corner, corner
FACE_OVAL = (
    10, 338, 297, 332, 284, 251, 389, 356, 454, 323, 361, 288, 397, 365, 379, 378, 400, 377,
    152, 148, 176, 149, 150, 136, 172, 58, 132, 93, 234, 127, 162, 21, 54, 103, 67, 109,
)  # fmt: skip


@dataclass(frozen=True)
class Box:
    """A detected face in analysis pixels."""

    x: float
    y: float
    w: float
    h: float
    score: float

    def overlap(self, other: Box) -> float:
        """Intersection over the smaller box (1.0 when one box holds the other)."""
        ix = max(0.0, min(self.x + self.w, other.x + other.w) - max(self.x, other.x))
        iy = max(0.0, min(self.y + self.h, other.y + other.h) - max(self.y, other.y))
        smaller = min(self.w * self.h, other.w * other.h)
        return ix * iy / smaller if smaller > 0 else 0.0


@dataclass(frozen=True)
class Landmarks:
    """The face mesh in analysis pixels: ``points[i] = (x, y, z)``, z on the x scale."""

    points: np.ndarray

    def xy(self, index: int) -> np.ndarray:
        return self.points[index, :2].astype(np.float64)

    @property
    def eye_centre(self) -> np.ndarray:
        return (self.xy(IRIS_LEFT_IMAGE) + self.xy(IRIS_RIGHT_IMAGE)) / 2

    @property
    def roll_degrees(self) -> float:
        """Positive when the image-right eye is lower (head tilted clockwise on screen)."""
        dx, dy = self.xy(IRIS_RIGHT_IMAGE) - self.xy(IRIS_LEFT_IMAGE)
        return math.degrees(math.atan2(dy, dx))

    @property
    def yaw_degrees(self) -> float:
        left, right = self.points[CHEEK_LEFT_IMAGE], self.points[CHEEK_RIGHT_IMAGE]
        return math.degrees(math.atan2(right[2] - left[2], math.hypot(*(right[:2] - left[:2]))))

    @property
    def pitch_degrees(self) -> float:
        top, chin = self.points[FOREHEAD], self.points[CHIN]
        slope = math.degrees(math.atan2(chin[2] - top[2], math.hypot(*(chin[:2] - top[:2]))))
        return slope - PITCH_BASELINE_DEGREES

    @property
    def eye_openness(self) -> float:
        """The wider-open eye's lid gap over its width (a wink still counts as open)."""
        ratios = []
        for upper, lower, a, b in _LIDS:
            width = np.linalg.norm(self.xy(a) - self.xy(b))
            gap = np.linalg.norm(self.xy(upper) - self.xy(lower))
            ratios.append(float(gap / width) if width > 0 else 0.0)
        return max(ratios)

    @property
    def face_width(self) -> float:
        return float(np.linalg.norm(self.xy(CHEEK_RIGHT_IMAGE) - self.xy(CHEEK_LEFT_IMAGE)))

    def transformed(self, matrix: np.ndarray) -> Landmarks:
        """These landmarks under a 2×3 affine map (z scaled like x)."""
        xy = self.points[:, :2] @ matrix[:, :2].T + matrix[:, 2]
        scale = math.sqrt(abs(np.linalg.det(matrix[:, :2])))
        return Landmarks(np.column_stack([xy, self.points[:, 2] * scale]))


@dataclass(frozen=True)
class FaceCheck:
    """What the pre-check learnt about the one face (sizes in full-resolution pixels)."""

    image_width: int
    image_height: int
    faces: int
    face_height_px: int
    roll_degrees: float
    yaw_degrees: float
    pitch_degrees: float
    eye_openness: float


@dataclass(frozen=True)
class Face:
    """The one face of a photo: its box, its mesh, and how many comparable faces were seen."""

    box: Box
    landmarks: Landmarks
    count: int


def _boxes(result: object, width: int, height: int) -> list[Box]:
    found = []
    for detection in getattr(result, "detections", None) or []:
        rel = detection.location_data.relative_bounding_box
        found.append(
            Box(
                rel.xmin * width,
                rel.ymin * height,
                rel.width * width,
                rel.height * height,
                float(detection.score[0]),
            )
        )
    return found


def detect_faces(rgb: np.ndarray, *, far: bool = True) -> list[Box]:
    """Every face the detectors found, merged, largest first. Engine thread.

    ``far=False`` skips the full-range detector (a finished ID photo is a close-up).
    """
    graphs = runtime.models()
    height, width = rgb.shape[:2]
    merged: list[Box] = []
    detectors = (graphs.near_detector, graphs.far_detector) if far else (graphs.near_detector,)
    for detector in detectors:
        for box in _boxes(detector.process(rgb), width, height):
            if box.score >= MIN_FACE_SCORE:
                _merge(merged, box)
    return sorted(merged, key=lambda b: b.w * b.h, reverse=True)


def _merge(merged: list[Box], box: Box) -> None:
    same = next((i for i, kept in enumerate(merged) if kept.overlap(box) > 0.5), None)
    if same is None:
        merged.append(box)
    elif box.score > merged[same].score:
        merged[same] = box


def detect_in_tiles(rgb: np.ndarray) -> list[Box]:
    """Faces too small for a whole-image pass: the full-range detector on overlapping tiles.

    Only used when the whole image showed no face, so a far-away face is reported as "too
    small" rather than "no face". Engine thread.
    """
    detector = runtime.models().far_detector
    height, width = rgb.shape[:2]
    side = max(64, round(min(width, height) * TILE_SHARE))
    merged: list[Box] = []
    for y0 in _starts(height, side):
        for x0 in _starts(width, side):
            tile = np.ascontiguousarray(rgb[y0 : y0 + side, x0 : x0 + side])
            for box in _boxes(detector.process(tile), tile.shape[1], tile.shape[0]):
                if box.score >= SECOND_FACE_SCORE:
                    _merge(merged, Box(box.x + x0, box.y + y0, box.w, box.h, box.score))
    return sorted(merged, key=lambda b: b.w * b.h, reverse=True)


def _starts(length: int, side: int) -> list[int]:
    """Tile origins covering ``length`` with tiles of ``side`` overlapping by about a third."""
    if side >= length:
        return [0]
    count = math.ceil((length - side) / (side * 2 / 3)) + 1
    return [round(i * (length - side) / (count - 1)) for i in range(count)]


def comparable_faces(boxes: list[Box]) -> int:
    """Faces that count: the largest, plus sure ones at least ``COMPARABLE_FACE`` its height."""
    if not boxes:
        return 0
    main = boxes[0]
    others = [b for b in boxes[1:] if b.h >= COMPARABLE_FACE * main.h]
    return 1 + sum(1 for b in others if b.score >= SECOND_FACE_SCORE)


def mesh_landmarks(rgb: np.ndarray, box: Box) -> Landmarks | None:
    """The 478-point mesh of the face in ``box`` (run on a crop around it). Engine thread."""
    height, width = rgb.shape[:2]
    side = max(box.w, box.h) * (1 + 2 * _CROP_MARGIN)
    cx, cy = box.x + box.w / 2, box.y + box.h / 2
    x0, y0 = max(0, int(cx - side / 2)), max(0, int(cy - side / 2))
    x1, y1 = min(width, int(cx + side / 2)), min(height, int(cy + side / 2))
    if x1 - x0 < 8 or y1 - y0 < 8:
        return None
    crop = rgb[y0:y1, x0:x1]
    scale = min(1.0, _MESH_SIDE / max(crop.shape[:2]))
    if scale < 1.0:
        size = (max(1, round(crop.shape[1] * scale)), max(1, round(crop.shape[0] * scale)))
        method = cv2.INTER_AREA if scale < 0.5 else cv2.INTER_LINEAR
        crop = cv2.resize(crop, size, interpolation=method)
    result = runtime.models().mesh.process(np.ascontiguousarray(crop))
    faces = getattr(result, "multi_face_landmarks", None)
    if not faces:
        return None
    ch, cw = crop.shape[:2]
    pts = np.array([(p.x * cw, p.y * ch, p.z * cw) for p in faces[0].landmark], dtype=np.float64)
    pts /= scale
    pts[:, 0] += x0
    pts[:, 1] += y0
    return Landmarks(pts)


def find_face(decoded: Decoded, *, min_face_px: int = MIN_FACE_PX, far: bool = True) -> Face:
    """The single face, or the typed error for none / several / too small. Engine thread."""
    boxes = detect_faces(decoded.rgb, far=far)
    if not boxes and far:
        boxes = detect_in_tiles(decoded.rgb)
    count = comparable_faces(boxes)
    if count == 0:
        raise NoFaceError("no face detected")
    if count > 1:
        raise SeveralFacesError(count)
    main = boxes[0]
    face_px = round(main.h * decoded.to_full[1])
    if face_px < min_face_px:
        raise FaceTooSmallError(face_px, min_face_px)
    landmarks = mesh_landmarks(decoded.rgb, main)
    if landmarks is None:
        if face_px < 2 * min_face_px:  # the mesh gives up on small, blurry faces
            raise FaceTooSmallError(face_px, 2 * min_face_px)
        raise NoFaceError("face detected but no landmarks")
    return Face(main, landmarks, count)


def check_pose(landmarks: Landmarks) -> None:
    """Raise ``FaceTurnedError`` or ``EyesClosedError`` for a face that cannot be used."""
    yaw, pitch = landmarks.yaw_degrees, landmarks.pitch_degrees
    if abs(yaw) > MAX_YAW_DEGREES or abs(pitch) > MAX_PITCH_DEGREES:
        raise FaceTurnedError(yaw, pitch)
    openness = landmarks.eye_openness
    if openness < MIN_EYE_OPENNESS:
        raise EyesClosedError(openness)


def face_check(decoded: Decoded, face: Face) -> FaceCheck:
    lm = face.landmarks
    return FaceCheck(
        image_width=decoded.full_size[0],
        image_height=decoded.full_size[1],
        faces=face.count,
        face_height_px=round(face.box.h * decoded.to_full[1]),
        roll_degrees=round(lm.roll_degrees, 2),
        yaw_degrees=round(lm.yaw_degrees, 2),
        pitch_degrees=round(lm.pitch_degrees, 2),
        eye_openness=round(lm.eye_openness, 3),
    )
