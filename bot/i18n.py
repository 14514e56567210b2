"""Message catalog: every user-visible string, rendered through Project Fluent.

Catalogs live in ``bot/locales/<lang>/*.ftl`` (one file per area of the bot). A message missing
from a language falls back to English for that one string; an id missing everywhere is a bug,
reported by the catalog tests, and renders as the id rather than crashing a conversation.

Right-to-left languages (Arabic) get two extra treatments, so that Telegram lays each line out
right-to-left whatever it starts with:

* Fluent isolates every inserted value (FSI … PDI), so a Latin name, a size or a date inside
  Arabic text cannot drag its neighbours into left-to-right order;
* every line whose first strong character is left-to-right (a flag, a number, "JPEG") starts
  with a right-to-left mark (RLM), which is how Telegram picks a paragraph's direction.

Left-to-right languages render without isolation marks: what they insert is their own script,
digits or Latin names, which the bidi algorithm already orders correctly; the invisible marks
would only travel into copied numbers and codes.

Dates and numbers for users go through babel (:func:`format_when`, :func:`format_decimal`).
"""

from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel import dates as babel_dates
from babel import numbers as babel_numbers
from fluent.runtime import FluentLocalization, FluentResourceLoader

LOCALES_DIR = Path(__file__).parent / "locales"
DEFAULT_LANGUAGE = "en"

RLM = "\u200f"
#: Bidi isolate initiators (LRI, RLI, FSI) and their terminator (PDI).
ISOLATE_OPEN = frozenset("\u2066\u2067\u2068")
ISOLATE_CLOSE = "\u2069"
STRONG_RTL = frozenset({"R", "AL"})

logger = logging.getLogger(__name__)


@cache
def available_languages() -> tuple[str, ...]:
    """Languages that have a catalog folder, English first."""
    found = sorted(p.name for p in LOCALES_DIR.iterdir() if p.is_dir())
    return (DEFAULT_LANGUAGE, *(lang for lang in found if lang != DEFAULT_LANGUAGE))


@cache
def resource_files() -> tuple[str, ...]:
    """All catalog file names (the English folder is the reference)."""
    return tuple(sorted(p.name for p in (LOCALES_DIR / DEFAULT_LANGUAGE).glob("*.ftl")))


def normalise_language(code: str | None) -> str:
    """Map a Telegram ``language_code`` (``pt-br``, ``zh-hans``) to a catalog language."""
    if not code:
        return DEFAULT_LANGUAGE
    base = code.lower().replace("_", "-").split("-")[0]
    return base if base in available_languages() else DEFAULT_LANGUAGE


@cache
def is_rtl(lang: str | None) -> bool:
    """Whether ``lang`` is written right-to-left (CLDR's character order, via babel)."""
    try:
        return Locale.parse(normalise_language(lang)).character_order == "right-to-left"
    except (UnknownLocaleError, ValueError):
        return False


# -- right-to-left line marks -------------------------------------------------------------------
def first_strong(line: str, *, skip_isolates: bool = True) -> str | None:
    """The bidi class (``L``, ``R`` or ``AL``) of the first strong character of ``line``.

    With ``skip_isolates`` (the Unicode bidi algorithm's rule P2) text between an isolate
    initiator and its PDI does not count; without it every character counts, as a client that
    ignores isolates would read the line.
    """
    depth = 0
    for char in line:
        if char in ISOLATE_OPEN:
            depth += skip_isolates
        elif char == ISOLATE_CLOSE:
            depth = max(depth - 1, 0)
        elif depth == 0:
            kind = unicodedata.bidirectional(char)
            if kind in ("L", "R", "AL"):
                return kind
    return None


def starts_right_to_left(line: str) -> bool:
    """A line Telegram will lay out right-to-left, whether or not the client honours isolates."""
    return all(first_strong(line, skip_isolates=skip) in STRONG_RTL for skip in (True, False))


def mark_rtl_lines(text: str, lang: str | None) -> str:
    """In a right-to-left language, start every line not already right-to-left with an RLM.

    Use it on text put together in code (``f"{flag} {title}"``); :func:`t` applies it already.
    """
    if not is_rtl(lang):
        return text
    return "\n".join(
        line if not line.strip() or starts_right_to_left(line) else RLM + line
        for line in text.split("\n")
    )


# -- rendering ----------------------------------------------------------------------------------
@cache
def _localization(lang: str) -> FluentLocalization:
    chain = [lang] if lang == DEFAULT_LANGUAGE else [lang, DEFAULT_LANGUAGE]
    loader = FluentResourceLoader(str(LOCALES_DIR / "{locale}"))
    return FluentLocalization(chain, list(resource_files()), loader, use_isolating=is_rtl(lang))


def _localised_args(args: dict[str, object], lang: str) -> dict[str, object]:
    """Datetimes become the reader's way of writing them (:func:`format_when`)."""
    return {k: format_when(v, lang) if isinstance(v, datetime) else v for k, v in args.items()}


def t(lang: str | None, message_id: str, **args: object) -> str:
    """Render ``message_id`` in ``lang`` (falling back to English) with ``args`` filled in.

    A ``datetime`` argument is written as the reader's locale writes it, in UTC.
    """
    language = normalise_language(lang)
    text = _localization(language).format_value(message_id, _localised_args(args, language))
    return text if text == message_id else mark_rtl_lines(text, language)


def fragment(lang: str | None, message_id: str, **args: object) -> str:
    """Like :func:`t` but without line marks: a piece that code puts inside a bigger text (a
    size, a colour, a title), which gets its marks as a whole (as a value of :func:`t`, or through
    :func:`mark_rtl_lines`). Inserted values are still isolated in right-to-left languages."""
    language = normalise_language(lang)
    return _localization(language).format_value(message_id, _localised_args(args, language))


@dataclass(frozen=True)
class Text:
    """A message id with its arguments, rendered later in the reader's language."""

    message_id: str
    args: dict[str, object] = field(default_factory=dict)

    def render(self, lang: str | None) -> str:
        return t(lang, self.message_id, **self.args)


# -- dates and numbers --------------------------------------------------------------------------
def babel_locale(lang: str | None) -> str:
    """The babel locale id of a catalog language (``pt-br`` → ``pt``)."""
    return normalise_language(lang)


def format_when(moment: datetime, lang: str | None) -> str:
    """A moment as the user's locale writes it: ``Jun 1, 12:00 AM UTC``, ``1 июн., 00:00 UTC``.

    Telegram does not tell a bot the user's time zone, so the time stays in UTC and says so.
    """
    locale = Locale.parse(babel_locale(lang))
    utc = moment.astimezone(UTC)
    day = babel_dates.format_skeleton("MMMd", utc, tzinfo=UTC, locale=locale)
    time = babel_dates.format_time(utc, "short", tzinfo=UTC, locale=locale)
    return f"{locale.datetime_formats['medium'].format(time, day)} UTC"


def format_decimal(value: float, lang: str | None, *, digits: int = 1) -> str:
    """A number with the locale's separators and at most ``digits`` decimals: ``1 234,5``."""
    return babel_numbers.format_decimal(
        round(value, digits), locale=babel_locale(lang), numbering_system="latn"
    )
