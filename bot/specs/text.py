"""What the authority requires, as one short message in the user's language (specs.ftl).

The card is for a phone user: sizes in mm or inches (pixels only for digital-only photos), colours
by name, no dpi, kilobytes or data sources (those stay in README and the spec data for operators).
"""

from __future__ import annotations

from urllib.parse import urlparse

from bot.i18n import format_decimal, fragment, mark_rtl_lines, t

from .model import PALETTE, Spec
from .names import localised_title

CURATED_PREFIX = "spec-facts.md: "


#: Countries whose people write photo sizes in inches (US passport: "2×2 in").
INCH_COUNTRIES = frozenset({"US"})
MM_PER_INCH = 25.4


def num(value: float, lang: str | None = "en") -> str:
    """``25.0`` → ``25``, ``22.5`` → ``22.5`` / ``22,5`` in the reader's locale (bands are
    stored to 0.1 mm)."""
    return format_decimal(value, lang)


def size_label(spec: Spec, lang: str | None = "en") -> str:
    """``51×51 mm`` for printed documents, ``600×800 pixels`` for digital-only ones."""
    if spec.mm_width is not None and spec.mm_height is not None:
        if spec.variant.endswith(" in"):
            return spec.variant
        mm = fragment(
            lang, "specs-size-mm", width=num(spec.mm_width, lang), height=num(spec.mm_height, lang)
        )
        if spec.country in INCH_COUNTRIES:  # people there measure photos in inches
            inches = fragment(
                lang,
                "specs-size-in",
                width=num(spec.mm_width / MM_PER_INCH, lang),
                height=num(spec.mm_height / MM_PER_INCH, lang),
            )
            return f"{inches} ({mm})"
        return mm
    return fragment(lang, "specs-size-px", width=str(spec.px_width), height=str(spec.px_height))


#: How far (RGB distance) a colour may be from a palette colour and still take its name.
NAME_DISTANCE = 48


def _rgb(hexa: str) -> tuple[int, int, int]:
    return int(hexa[0:2], 16), int(hexa[2:4], 16), int(hexa[4:6], 16)


def nearest_colour(hexa: str) -> str | None:
    """The palette name of ``hexa`` or of a colour close to it (``F0F0F0`` → ``light-grey``)."""
    hexa = hexa.upper()
    if hexa in PALETTE:
        return PALETTE[hexa]
    if len(hexa) != 6:
        return None
    wanted = _rgb(hexa)
    distance, name = min(
        (sum((a - b) ** 2 for a, b in zip(wanted, _rgb(known), strict=True)) ** 0.5, name)
        for known, name in PALETTE.items()
    )
    return name if distance <= NAME_DISTANCE else None


def colour_name(hexa: str, lang: str | None = "en") -> str:
    """``FFFFFF`` → ``white``, a near shade by its neighbour's name, anything else "custom colour"
    (users never see hex codes)."""
    name = nearest_colour(hexa)
    return fragment(lang, f"specs-colour-{name}" if name else "specs-colour-other")


def source_label(spec: Spec) -> str:
    """For operators, never in a user's chat: a URL's host, or the curated layer's first source."""
    source = spec.source.removeprefix(CURATED_PREFIX)
    first = source.split(";")[0].split(" (")[0].strip()
    if first.startswith("http"):
        return urlparse(first).netloc.removeprefix("www.")
    return first[:60]


def _size_line(spec: Spec, lang: str | None) -> str:
    if spec.mm_width is None:
        return t(lang, "specs-req-size-digital", size=size_label(spec, lang))
    return t(lang, "specs-req-size", size=size_label(spec, lang))


def _geometry_lines(spec: Spec, lang: str | None) -> list[str]:
    lines: list[str] = []
    frame_h = spec.frame_mm[1]
    if spec.head_height_mm is not None:
        lo, hi = spec.head_height_mm
        if spec.mm_height is None:
            pct = {"min": num(100 * lo / frame_h, lang), "max": num(100 * hi / frame_h, lang)}
            lines.append(t(lang, "specs-req-head-pct", **pct))
        else:
            lines.append(t(lang, "specs-req-head", min=num(lo, lang), max=num(hi, lang)))
    if spec.eye_line_mm is not None and spec.mm_height is not None:
        lo, hi = spec.eye_line_mm
        lines.append(t(lang, "specs-req-eyes", min=num(lo, lang), max=num(hi, lang)))
    if spec.head_top_mm is not None:
        lo, hi = spec.head_top_mm
        lines.append(t(lang, "specs-req-head-top", min=num(lo, lang), max=num(hi, lang)))
    return lines


def _file_line(spec: Spec, lang: str | None) -> str:
    fmt = spec.file_format.upper().replace("JPG", "JPEG")
    if spec.min_file_kb or spec.max_file_kb:  # the bot meets the limit itself
        return t(lang, "specs-req-file-limit", format=fmt)
    return t(lang, "specs-req-file", format=fmt)


def rules_line(spec: Spec, lang: str | None = "en") -> str:
    rules = [
        fragment(
            lang, "specs-rule-glasses-clear" if spec.glasses_allowed else "specs-rule-no-glasses"
        ),
        fragment(lang, "specs-rule-smile-ok" if spec.smile_allowed else "specs-rule-neutral"),
    ]
    if spec.recency_months:
        rules.append(fragment(lang, "specs-rule-recent", months=spec.recency_months))
    return t(lang, "specs-req-rules", rules=" · ".join(rules))


def requirements_text(spec: Spec, lang: str | None = "en") -> str:
    """Size, head band, eye line, background, file, rules and warnings in one message."""
    colours = " / ".join(colour_name(c, lang) for c in spec.backgrounds or (spec.background,))
    lines = [
        f"{spec.flag} {localised_title(spec, lang)}".strip(),
        _size_line(spec, lang),
        *_geometry_lines(spec, lang),
        t(lang, "specs-req-background", colours=colours),
        _file_line(spec, lang),
        rules_line(spec, lang),
        *(t(lang, f"specs-warning-{code}") for code in spec.warnings),
    ]
    if spec.alt_size_mm is not None:
        width, height = spec.alt_size_mm
        other = fragment(lang, "specs-size-mm", width=num(width, lang), height=num(height, lang))
        lines.append(t(lang, "specs-warning-size-disputed", size=other))
    return mark_rtl_lines("\n".join(lines), lang)
