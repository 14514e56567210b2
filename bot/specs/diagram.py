"""A small PNG of a spec's frame to scale: the head-height band, the eye line and the sides in mm.

The crown and chin zones drawn are the very windows sent to PicWish (``face_geometry``), so the
picture shows what the photo will be made to, not a second interpretation of the spec.
"""

from __future__ import annotations

import io
from functools import cache

from PIL import Image, ImageDraw, ImageFont

from bot.i18n import t

from .model import Spec
from .picwish_params import face_geometry
from .text import num

FRAME_PX = 300  # drawn height of the frame
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 90, 160, 20, 44
INK, HEAD, SKIN = (40, 44, 52), (46, 125, 50), (150, 160, 172)
EYES = (21, 101, 192)
FONT_FILES = ("DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

Font = ImageFont.FreeTypeFont | ImageFont.ImageFont


@cache
def _font(size: int) -> Font:
    for name in FONT_FILES:
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size)


def _hex_rgb(hexa: str) -> tuple[int, int, int]:
    return int(hexa[0:2], 16), int(hexa[2:4], 16), int(hexa[4:6], 16)


def _labels(spec: Spec, lang: str | None) -> dict[str, str]:
    """Side, head and eye labels; digital-only specs are labelled in px and % of the height."""
    head_lo, head_hi = spec.head_height_mm or (0.0, 0.0)
    eye_lo, eye_hi = spec.eye_line_mm or (0.0, 0.0)
    if spec.mm_width is not None and spec.mm_height is not None:
        return {
            "width": t(lang, "specs-diagram-side", value=num(spec.mm_width)),
            "height": t(lang, "specs-diagram-side", value=num(spec.mm_height)),
            "head": t(lang, "specs-diagram-head", min=num(head_lo), max=num(head_hi)),
            "eyes": t(lang, "specs-diagram-eyes", min=num(eye_lo), max=num(eye_hi)),
        }
    pct = 100 / spec.frame_mm[1]
    return {
        "width": t(lang, "specs-diagram-side-px", value=str(spec.px_width)),
        "height": t(lang, "specs-diagram-side-px", value=str(spec.px_height)),
        "head": t(lang, "specs-diagram-head-pct", min=num(head_lo * pct), max=num(head_hi * pct)),
        "eyes": t(lang, "specs-diagram-eyes-pct", min=num(eye_lo * pct), max=num(eye_hi * pct)),
    }


def _draw_person(draw: ImageDraw.ImageDraw, cx: float, crown: float, chin: float) -> None:
    """A neutral head-and-shoulders silhouette with the crown and chin where PicWish aims."""
    head_h = chin - crown
    head_w = head_h * 0.74
    shoulders_top = chin + head_h * 0.22
    draw.rectangle(
        (cx - head_w * 0.22, chin - head_h * 0.2, cx + head_w * 0.22, shoulders_top + 5), fill=SKIN
    )
    draw.ellipse(
        (cx - head_w * 1.35, shoulders_top, cx + head_w * 1.35, shoulders_top + head_h * 1.6),
        fill=SKIN,
    )
    draw.ellipse((cx - head_w / 2, crown, cx + head_w / 2, chin), fill=SKIN)


def _zone(image: Image.Image, top: float, bottom: float, colour: tuple[int, int, int]) -> None:
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    ImageDraw.Draw(overlay).rectangle(
        (0, round(top), image.width, round(bottom)), fill=(*colour, 70)
    )
    image.alpha_composite(overlay)


def _frame(spec: Spec, scale: float) -> Image.Image:
    """The photo area: background, a neutral silhouette, the crown/chin and eye zones."""
    frame_w, frame_h = (round(v * scale) for v in spec.frame_mm)
    image = Image.new("RGBA", (frame_w, frame_h), (*_hex_rgb(spec.background), 255))
    geometry = face_geometry(spec)
    to_draw = scale / spec.px_per_mm  # image pixels → drawn pixels
    crown = (geometry.head_top.lo + geometry.head_top.hi) / 2 * to_draw
    chin = (geometry.chin_top.lo + geometry.chin_top.hi) / 2 * to_draw
    _draw_person(ImageDraw.Draw(image), frame_w / 2, crown, chin)
    _zone(image, geometry.head_top.lo * to_draw, geometry.head_top.hi * to_draw + 1, HEAD)
    _zone(image, geometry.chin_top.lo * to_draw, geometry.chin_top.hi * to_draw + 1, HEAD)
    _zone(image, geometry.eyes_top.lo * to_draw, geometry.eyes_top.hi * to_draw + 1, EYES)
    return image


def _arrow(draw: ImageDraw.ImageDraw, start: tuple[float, float], end: tuple[float, float]) -> None:
    draw.line((start, end), fill=INK, width=1)
    for point in (start, end):
        draw.ellipse((point[0] - 2, point[1] - 2, point[0] + 2, point[1] + 2), fill=INK)


def render_diagram(spec: Spec, lang: str | None = "en") -> bytes:
    """PNG bytes: the frame to scale with its size, head-height band and eye band labelled."""
    scale = FRAME_PX / spec.frame_mm[1]
    frame = _frame(spec, scale)
    canvas = Image.new(
        "RGBA",
        (MARGIN_LEFT + frame.width + MARGIN_RIGHT, MARGIN_TOP + frame.height + MARGIN_BOTTOM),
        (255, 255, 255, 255),
    )
    canvas.alpha_composite(frame, (MARGIN_LEFT, MARGIN_TOP))
    draw = ImageDraw.Draw(canvas)
    left, top = MARGIN_LEFT, MARGIN_TOP
    right, bottom = left + frame.width, top + frame.height
    draw.rectangle((left, top, right - 1, bottom - 1), outline=INK, width=2)
    labels = _labels(spec, lang)
    font, small = _font(15), _font(13)

    _arrow(draw, (left, bottom + 14), (right, bottom + 14))
    draw.text(((left + right) / 2, bottom + 30), labels["width"], fill=INK, font=font, anchor="mm")
    _arrow(draw, (left - 14, top), (left - 14, bottom))
    draw.text((left - 22, (top + bottom) / 2), labels["height"], fill=INK, font=font, anchor="rm")

    geometry = face_geometry(spec)
    to_draw = scale / spec.px_per_mm
    crown = top + (geometry.head_top.lo + geometry.head_top.hi) / 2 * to_draw
    chin = top + (geometry.chin_top.lo + geometry.chin_top.hi) / 2 * to_draw
    _arrow(draw, (right + 14, crown), (right + 14, chin))
    eyes = top + (geometry.eyes_top.lo + geometry.eyes_top.hi) / 2 * to_draw
    draw.line(((right, eyes), (right + 8, eyes)), fill=EYES, width=2)
    draw.text((right + 22, eyes), labels["eyes"], fill=EYES, font=small, anchor="lm")
    head_y = (crown + chin) / 2
    if abs(head_y - eyes) < 22:
        head_y = eyes + 22
    draw.text((right + 22, head_y), labels["head"], fill=HEAD, font=small, anchor="lm")

    out = io.BytesIO()
    canvas.convert("RGB").convert("P", palette=Image.Palette.ADAPTIVE, colors=64).save(
        out, "PNG", optimize=True
    )
    return out.getvalue()
