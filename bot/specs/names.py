"""Country names (CLDR via babel) and document words (specs.ftl), and the titles made of them.

Two titles per document: ``localised_title`` (country + document word, every spec) and
``short_title`` (hand-written for the most used documents in ``short_titles.toml``, for buttons).
"""

from __future__ import annotations

import pickle
import re
import tomllib
from functools import cache
from pathlib import Path

from babel import Locale, UnknownLocaleError, localedata

from bot.i18n import fragment, mark_rtl_lines, normalise_language

from .model import Spec

#: English display names where CLDR's name is a mouthful for a button.
_ENGLISH_DISPLAY = {
    "HK": "Hong Kong",
    "MO": "Macao",
    "PS": "Palestine",
    "CD": "DR Congo",
    "CG": "Republic of the Congo",
}
_PARENTHESIS_RE = re.compile(r"\s*\([^)]*\)")


def babel_locale_id(lang: str | None) -> str:
    """A Telegram language code as a babel locale id: ``pt-br`` → ``pt``, ``zh-tw`` → zh_Hant."""
    code = (lang or "en").lower().replace("_", "-")
    base, _, region = code.partition("-")
    if base == "zh" and region in ("hant", "tw", "hk", "mo"):
        return "zh_Hant"
    return base or "en"


@cache
def territories(locale_id: str) -> dict[str, str]:
    """CLDR territory names for a babel locale id (English when babel lacks the language)."""
    try:
        return dict(Locale.parse(locale_id).territories)
    except (UnknownLocaleError, ValueError):
        return dict(Locale.parse("en").territories)


@cache
def raw_territories(locale_id: str) -> dict[str, str]:
    """A locale's own territory names, without CLDR inheritance.

    Read straight from babel's data file so that only the names stay in memory (``Locale`` keeps
    the whole locale, ~1 MB each, and the search index reads two dozen of them).
    """
    if not localedata.exists(locale_id):
        return {}
    with open(localedata.resolve_locale_filename(locale_id), "rb") as handle:
        return dict(pickle.load(handle).get("territories", {}))  # babel's own package data


def country_name(country: str, lang: str | None = "en") -> str:
    """The country's short name in ``lang``: ``("DE", "ru")`` → ``Германия``."""
    locale_id = babel_locale_id(lang)
    if locale_id == "en" and country in _ENGLISH_DISPLAY:
        return _ENGLISH_DISPLAY[country]
    name = (
        raw_territories(locale_id).get(country)
        or territories(locale_id).get(country)
        or raw_territories("en").get(country, country)
    )
    return _PARENTHESIS_RE.sub("", name).strip()


@cache
def document_word(document: str, lang: str | None = "en") -> str:
    """The document kind as a word: ``visa`` → ``visa``, ``oci-card`` → ``OCI card``."""
    return fragment(lang, f"specs-doc-{document}")


@cache
def _title_pattern(lang: str | None, message_id: str) -> str:
    """A title message rendered once with placeholders (titles are built for every spec)."""
    return fragment(lang, message_id, country="\x00c", document="\x00d", variant="\x00v")


def localised_title(spec: Spec, lang: str | None = "en") -> str:
    """``United States passport`` / ``Нигерия — паспорт`` (country in the user's language).

    A piece of text, without right-to-left line marks: see :func:`button_title` for a label.
    """
    if spec.is_custom:
        return fragment(lang, "specs-title-custom", size=spec.variant)
    document = document_word(spec.document, lang)
    if not spec.country or spec.country == "EU":
        return document
    pattern = _title_pattern(lang, "specs-title-variant" if spec.variant else "specs-title")
    return (
        pattern.replace("\x00c", country_name(spec.country, lang))
        .replace("\x00d", document)
        .replace("\x00v", spec.variant)
    )


SHORT_TITLES_FILE = Path(__file__).parent / "short_titles.toml"


@cache
def short_titles() -> dict[str, dict[str, str]]:
    """Hand-written button titles: ``{lang: {spec id: title}}``."""
    with SHORT_TITLES_FILE.open("rb") as handle:
        return tomllib.load(handle)


def short_title(spec: Spec, lang: str | None = "en") -> str:
    """A button-sized title: ``US passport`` / ``Паспорт США`` / ``Visto para a China``.

    Hand-written for the documents people pick most; any other falls back to
    :func:`localised_title`.
    """
    written = short_titles().get(normalise_language(lang), {}).get(spec.id)
    return written or localised_title(spec, lang)


def button_title(spec: Spec, lang: str | None = "en") -> str:
    """The document button's label: flag and short title, laid out right in right-to-left text."""
    return mark_rtl_lines(f"{spec.flag} {short_title(spec, lang)}".strip(), lang)
