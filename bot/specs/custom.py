"""Custom sizes typed by the user (``35x45mm``, ``2×2 inch``, ``600x800 px 300dpi``) as specs.

A custom spec gets the ICAO defaults (head 70–80 % of the height, eye line 50–60 % up from the
bottom, white background) and an id that encodes the size (``custom-35x45mm``), so it survives a
round trip through Telegram callback data: ``spec_from_id`` parses it back.
"""

from __future__ import annotations

import re

from bot.i18n import Text, t

from .model import COLOUR_HEX, MM_PER_INCH, Spec, icao_bands

MM_RANGE = (10.0, 150.0)
PX_RANGE = (100, 1799)  # PicWish: px_width/px_height < 1800, size sides ≥ 100
DPI_RANGE = (72, 1000)
DEFAULT_DPI = 300
MIN_RATIO, MAX_RATIO = 0.5, 1.0

_NUM = r"(\d{1,4}(?:[.,]\d{1,2})?)"
_UNIT = r"(mm|мм|millimet(?:er|re)s?|cm|см|inch(?:es)?|in|дюйм(?:а|ов)?|[\"″]|px|pixels?|пикс\w*)?"
_SEP = r"(?:[x×хX*]|by|на)"
_DPI = r"(?:[,@]|at)?\s*(?:(\d{2,4})\s*(?:dpi|ppi))?"
_SIZE_RE = re.compile(rf"^\s*{_NUM}\s*{_UNIT}\s*{_SEP}\s*{_NUM}\s*{_UNIT}\s*{_DPI}\s*$", re.I)
_LOOKS_RE = re.compile(rf"\d\s*{_SEP}\s*\d|\d\s*(mm|мм|cm|см|px|in\b|inch|dpi)", re.I)
_UNITS = {"mm": "mm", "мм": "mm", "cm": "cm", "см": "cm", "in": "in", '"': "in", "″": "in"}


class CustomSizeError(ValueError):
    """Nonsense size text; ``message_id`` + ``message_args`` name the explanation in specs.ftl.

    (``args`` is taken by ``BaseException``; ``text`` is the same message as a ``bot.i18n.Text``.)
    """

    def __init__(self, message_id: str, message_args: dict[str, object] | None = None) -> None:
        self.message_id = message_id
        self.message_args = dict(message_args or {})
        super().__init__(message_id)

    @property
    def text(self) -> Text:
        return Text(self.message_id, self.message_args)

    def __str__(self) -> str:
        return self.render("en")

    def render(self, lang: str | None) -> str:
        return t(lang, self.message_id, **self.message_args)


def looks_like_custom_size(text: str) -> bool:
    """Cheap pre-check: does ``text`` look like a size rather than a country or document?"""
    return len(text) <= 40 and bool(_LOOKS_RE.search(text))


def _unit(raw: str | None) -> str | None:
    if not raw:
        return None
    raw = raw.lower()
    if raw in _UNITS:
        return _UNITS[raw]
    if raw.startswith(("milli",)):
        return "mm"
    if raw.startswith(("inch", "дюйм")):
        return "in"
    return "px"


def _guess_unit(width: float, height: float, text: str) -> str:
    """No unit typed: 2x2 is inches, 3x4 / 3,5x4,5 centimetres, 35x45 millimetres, 600x800 pixels.

    Those are how people write the common sizes; anything between is ambiguous.
    """
    if max(width, height) <= 2.5:
        return "in"
    if max(width, height) <= 10:
        return "cm"
    if max(width, height) <= 90 and min(width, height) >= 10:
        return "mm"
    if min(width, height) >= PX_RANGE[0]:
        return "px"
    raise CustomSizeError("specs-custom-error-unit", {"text": text, "example": "35x45mm"})


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def _fmt(value: float) -> str:
    return f"{value:g}"


def _texts(**values: float) -> dict[str, object]:
    """Message arguments as plain text (Fluent would group 1799 as "1,799")."""
    return {key: _fmt(value) for key, value in values.items()}


def parse_custom_size(text: str) -> Spec:
    """``"35 x 45 mm"`` → a custom Spec; raises ``CustomSizeError`` with a helpful message."""
    match = _SIZE_RE.match(text.strip())
    if match is None:
        raise CustomSizeError("specs-custom-error-format", {"text": text.strip()[:40]})
    width, height = _number(match.group(1)), _number(match.group(3))
    unit = _unit(match.group(4) or match.group(2)) or _guess_unit(width, height, text.strip())
    dpi_given = int(match.group(5)) if match.group(5) else None
    dpi = dpi_given or DEFAULT_DPI
    if not DPI_RANGE[0] <= dpi <= DPI_RANGE[1]:
        raise CustomSizeError("specs-custom-error-dpi", _texts(min=DPI_RANGE[0], max=DPI_RANGE[1]))
    _check_shape(width, height, unit)
    if unit == "px":
        return _pixel_spec(int(width), int(height), dpi, dpi_given)
    factor = {"mm": 1.0, "cm": 10.0, "in": MM_PER_INCH}[unit]
    return _print_spec(width, height, unit, factor, dpi, dpi_given)


def _check_shape(width: float, height: float, unit: str) -> None:
    if width <= 0 or height <= 0:
        raise CustomSizeError("specs-custom-error-format", {"text": f"{width:g}x{height:g}"})
    ratio = width / height
    if ratio > MAX_RATIO * 1.2:
        suggestion = f"{_fmt(height)}x{_fmt(width)}{unit}"
        raise CustomSizeError("specs-custom-error-landscape", {"suggestion": suggestion})
    if ratio < MIN_RATIO:
        raise CustomSizeError("specs-custom-error-ratio", _texts(min=MIN_RATIO, max=MAX_RATIO))


def _print_spec(
    width: float, height: float, unit: str, factor: float, dpi: int, dpi_given: int | None
) -> Spec:
    mm_w, mm_h = round(width * factor, 2), round(height * factor, 2)
    if not (MM_RANGE[0] <= min(mm_w, mm_h) and max(mm_w, mm_h) <= MM_RANGE[1]):
        lo, hi = MM_RANGE
        raise CustomSizeError("specs-custom-error-mm-range", _texts(min=lo, max=hi))
    px_w, px_h = round(mm_w * dpi / MM_PER_INCH), round(mm_h * dpi / MM_PER_INCH)
    if max(px_w, px_h) > PX_RANGE[1]:
        args = _texts(dpi=dpi, width=px_w, height=px_h, max=PX_RANGE[1])
        raise CustomSizeError("specs-custom-error-too-big", args)
    shown_unit = "in" if unit == "in" else "mm"
    shown = (width, height) if unit == "in" else (mm_w, mm_h)
    return _custom(shown, shown_unit, px_w, px_h, dpi, dpi_given, mm=(mm_w, mm_h))


def _pixel_spec(width: int, height: int, dpi: int, dpi_given: int | None) -> Spec:
    if not (PX_RANGE[0] <= min(width, height) and max(width, height) <= PX_RANGE[1]):
        raise CustomSizeError(
            "specs-custom-error-px-range", _texts(min=PX_RANGE[0], max=PX_RANGE[1])
        )
    return _custom((width, height), "px", width, height, dpi, dpi_given, mm=None)


def _custom(
    shown: tuple[float, float],
    unit: str,
    px_w: int,
    px_h: int,
    dpi: int,
    dpi_given: int | None,
    mm: tuple[float, float] | None,
) -> Spec:
    size = f"{_fmt(shown[0])}x{_fmt(shown[1])}{unit}"
    spec_id = f"custom-{size}" + (f"-{dpi_given}dpi" if dpi_given else "")
    frame_h = mm[1] if mm else px_h * MM_PER_INCH / dpi
    head, eyes = icao_bands(frame_h)
    variant = f"{_fmt(shown[0])}×{_fmt(shown[1])} {unit}"
    return Spec(
        id=spec_id,
        country="",
        flag="📐",
        document="custom",
        title=t("en", "specs-title-custom", size=variant),
        variant=variant,
        px_width=px_w,
        px_height=px_h,
        dpi=dpi,
        mm_width=mm[0] if mm else None,
        mm_height=mm[1] if mm else None,
        background=COLOUR_HEX["white"],
        backgrounds=(COLOUR_HEX["white"],),
        head_height_mm=head,
        eye_line_mm=eyes,
        source="ICAO Doc 9303 defaults",
        origin="custom",
    )


def spec_from_id(spec_id: str) -> Spec | None:
    """Rebuild a custom spec from its id (``custom-600x800px-300dpi``); ``None`` if not one."""
    if not spec_id.startswith("custom-"):
        return None
    try:
        return parse_custom_size(spec_id.removeprefix("custom-").replace("-", " "))
    except CustomSizeError:
        return None
