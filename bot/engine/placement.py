"""Where the head goes: scale and vertical position that fit the crown, head and eye limits.

The windows are what ``bot.specs.picwish_params`` sends PicWish (pixels down from the top edge).
PicWish picks crown and chin independently, so its chin window is narrowed until *every*
crown/chin pair gives a head height inside the spec's band; the band itself is
``[chin.lo − crown.hi, chin.hi − crown.lo]``. The engine sets the head height itself, so it
uses the band directly (a much larger choice: tall hair still fits), with the crown in its
window, the eye line in its window and the chin inside the frame. For each candidate head height
the crown may lie in an intersection of intervals; the chosen height is the one with the widest
margin to every limit and the crown goes in the middle, so measurement noise stays harmless.
With no feasible height the least-violating one is used.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

Interval = tuple[float, float]
_STEP_PX = 0.25


@dataclass(frozen=True)
class Windows:
    """Allowed rows (down from the top, output pixels) of crown, chin and eye line."""

    crown: Interval
    chin: Interval
    eyes: Interval
    face_width: Interval | None = None

    @property
    def head_range(self) -> Interval:
        low = max(1.0, self.chin[0] - self.crown[1])
        return low, max(low, self.chin[1] - self.crown[0])


@dataclass(frozen=True)
class Placement:
    """Output head height (px), the crown row, and the worst distance to a window edge (px)."""

    head_height: float
    crown_y: float
    eye_y: float
    margin: float

    @property
    def chin_y(self) -> float:
        return self.crown_y + self.head_height


def place(
    head: float,
    crown_to_eyes: float,
    face_width: float,
    windows: Windows,
    frame_height: float | None = None,
) -> Placement:
    """The placement of a head (source measures, any unit) with the widest margins."""
    ratio = crown_to_eyes / head
    low, high = windows.head_range
    heights = np.arange(low, high + _STEP_PX / 2, _STEP_PX)
    if windows.face_width is not None:
        widths = heights * face_width / head
        ok = (widths >= windows.face_width[0]) & (widths <= windows.face_width[1])
        if ok.any():
            heights = heights[ok]
    bottom = float("inf") if frame_height is None else frame_height - 1
    lows = np.maximum(windows.crown[0], windows.eyes[0] - ratio * heights)
    highs = np.minimum.reduce(
        [
            np.full_like(heights, windows.crown[1]),
            windows.eyes[1] - ratio * heights,
            bottom - heights,
        ]
    )
    margins = np.minimum((highs - lows) / 2, np.minimum(heights - low, high - heights))
    middle = (low + high) / 2
    best = int(np.argmax(margins - 1e-3 * np.abs(heights - middle)))
    crown = float((lows[best] + highs[best]) / 2)
    height = float(heights[best])
    return Placement(height, crown, crown + ratio * height, float(margins[best]))


def output_matrix(
    levelling: np.ndarray,
    scale: float,
    source_anchor: tuple[float, float],
    output_anchor: tuple[float, float],
) -> np.ndarray:
    """2×3 affine: image → levelled frame → scaled, ``source_anchor`` put on ``output_anchor``."""
    matrix = levelling * scale
    matrix[:, 2] += np.array(output_anchor) - scale * np.array(source_anchor)
    return matrix
