"""Head geometry in a levelled frame: crown, eye line, chin and centre from mesh plus mask.

The frame is the photo rotated about the eye centre by minus the roll, so the eyes lie on one
row. The chin is mesh point 152; the eye line is the mean of the two iris centres; the crown is
the top of the person mask (hair included) straight above the face, kept within anatomical limits
of the chin-to-eye distance and replaced by the anatomical estimate when the mask cannot say
(head cut off by the top edge, or a mask that follows something else).
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from bot.engine.faces import CHIN, Landmarks
from bot.engine.segmentation import crown_by_colour, crown_row

#: Crown (top of hair) above the eye line, in chin-to-eye distances: typical, lowest, highest.
CROWN_RATIO = 1.15
CROWN_RATIO_RANGE = (0.8, 1.7)
#: Half-width of the strip above the face searched for the crown, in face widths.
CROWN_STRIP = 0.15


@dataclass(frozen=True)
class HeadGeometry:
    """Positions in the levelled frame, in the analysed image's pixels."""

    pivot: tuple[float, float]
    roll_degrees: float
    crown_y: float
    eye_y: float
    chin_y: float
    centre_x: float
    face_width: float
    crown_from_mask: bool

    @property
    def head_height(self) -> float:
        return self.chin_y - self.crown_y

    @property
    def crown_to_eyes(self) -> float:
        return self.eye_y - self.crown_y

    def levelling(self) -> np.ndarray:
        """2×3 affine taking image pixels to the levelled frame."""
        return level_matrix(self.pivot, self.roll_degrees)


def level_matrix(pivot: tuple[float, float], roll_degrees: float) -> np.ndarray:
    """Rotation about ``pivot`` that puts two eyes ``roll_degrees`` apart on one row."""
    # A positive angle turns counter-clockwise on screen (y down): that undoes a positive roll.
    return cv2.getRotationMatrix2D(pivot, roll_degrees, 1.0)


def head_geometry(
    landmarks: Landmarks,
    mask: np.ndarray,
    *,
    level: bool = True,
    finished: np.ndarray | None = None,
) -> HeadGeometry:
    """Crown, eyes, chin and centre of the face, levelled when ``level``.

    ``finished`` is the RGB of a finished photo (plain background, not levelled): its crown is
    the higher of the mask's and the colours' (the mask misses fine hair, the colours miss a
    white cap on a white background).
    """
    eye = landmarks.eye_centre
    pivot = (float(eye[0]), float(eye[1]))
    roll = landmarks.roll_degrees if level else 0.0
    matrix = level_matrix(pivot, roll)
    flat = landmarks.transformed(matrix)
    if roll:
        size = (mask.shape[1], mask.shape[0])
        mask = cv2.warpAffine(mask, matrix, size, flags=cv2.INTER_LINEAR, borderValue=(0.0,))
    eye_y = float(flat.eye_centre[1])
    chin_y = float(flat.xy(CHIN)[1])
    span = max(chin_y - eye_y, 1.0)
    width = flat.face_width
    centre_x = float((flat.xy(234)[0] + flat.xy(454)[0]) / 2)
    found = crown_row(mask, centre_x, CROWN_STRIP * width, eye_y)
    if finished is not None and not roll and found is not None:
        by_colour = crown_by_colour(finished, centre_x, CROWN_STRIP * width, eye_y)
        found = None if by_colour is None else min(found, by_colour)
    lowest, highest = eye_y - CROWN_RATIO_RANGE[0] * span, eye_y - CROWN_RATIO_RANGE[1] * span
    from_mask = found is not None and highest <= found <= lowest
    crown_y = found if from_mask and found is not None else eye_y - CROWN_RATIO * span
    return HeadGeometry(
        pivot=pivot,
        roll_degrees=roll,
        crown_y=float(crown_y),
        eye_y=eye_y,
        chin_y=chin_y,
        centre_x=centre_x,
        face_width=width,
        crown_from_mask=from_mask,
    )
