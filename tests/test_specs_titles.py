"""Short, hand-written document titles for buttons (``bot/specs/short_titles.toml``)."""

from __future__ import annotations

import unicodedata

import pytest

from bot.i18n import RLM, available_languages
from bot.specs import button_title, load_catalog, localised_title, short_title
from bot.specs.names import short_titles

#: Phones show ~18–20 characters of a button at two per row.
SHORT_TITLE_LIMIT = 20
LANGUAGES = available_languages()


def display_length(text: str) -> int:
    """Characters a reader sees: combining marks (Devanagari vowel signs, viramas) take no cell."""
    return sum(1 for char in text if unicodedata.category(char) not in ("Mn", "Mc", "Me", "Cf"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_popular_document_has_a_short_title_that_fits(lang: str) -> None:
    """The first page of the document menu, in every language: hand-written and short."""
    written = short_titles()[lang]
    for spec in load_catalog().popular():
        assert spec.id in written, f"{lang}: no short title for {spec.id}"
        title = short_title(spec, lang)
        assert display_length(title) <= SHORT_TITLE_LIMIT, f"{lang}/{spec.id}: {title!r}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_short_titles_name_only_real_documents(lang: str) -> None:
    catalog = load_catalog()
    unknown = [spec_id for spec_id in short_titles()[lang] if catalog.get(spec_id) is None]
    assert not unknown


def test_every_language_titles_the_same_documents() -> None:
    english = set(short_titles()["en"])
    assert {lang: set(titles) for lang, titles in short_titles().items()} == dict.fromkeys(
        LANGUAGES, english
    )


@pytest.mark.parametrize(
    ("spec_id", "lang", "title"),
    [
        ("us-passport", "ru", "Паспорт США"),
        ("us-passport", "de", "US-Reisepass"),
        ("cn-visa", "pt-br", "Visto para a China"),
        ("us-dv-lottery", "en", "Green card lottery"),
    ],
)
def test_short_title_is_the_hand_written_one(spec_id: str, lang: str, title: str) -> None:
    assert short_title(load_catalog().get(spec_id), lang) == title  # type: ignore[arg-type]


def test_a_document_without_a_short_title_falls_back_to_its_full_title() -> None:
    spec = load_catalog().get("fr-passport")
    assert spec is not None and spec.id not in short_titles()["de"]
    assert short_title(spec, "de") == localised_title(spec, "de")


def test_button_title_puts_the_flag_first_and_marks_arabic() -> None:
    spec = load_catalog().get("us-passport")
    assert spec is not None
    assert button_title(spec, "en") == "🇺🇸 US passport"
    assert button_title(spec, "ar") == RLM + "🇺🇸 جواز سفر أمريكي"
