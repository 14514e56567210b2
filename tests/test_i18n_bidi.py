"""Right-to-left text, dates and numbers in the user's locale (``bot/i18n.py``).

Telegram lays a line out right-to-left only when its first strong character is right-to-left;
an Arabic line that starts with a flag, a number or "JPEG" would otherwise read backwards.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from bot.i18n import (
    RLM,
    first_strong,
    format_decimal,
    format_when,
    fragment,
    is_rtl,
    mark_rtl_lines,
    starts_right_to_left,
    t,
)
from tests.test_i18n_catalog import DEFAULT_LANGUAGE, LANGUAGES, messages, sample_args

RTL_LANGUAGES = tuple(lang for lang in LANGUAGES if is_rtl(lang))


def test_arabic_is_the_shipped_right_to_left_language() -> None:
    assert RTL_LANGUAGES == ("ar",)
    assert not is_rtl("en") and not is_rtl("fr") and is_rtl("ar-EG")


@pytest.mark.parametrize("lang", RTL_LANGUAGES)
def test_every_line_of_every_message_starts_right_to_left(lang: str) -> None:
    """Every English id rendered in the language with every sample argument set (values are
    Latin "Sample" and numbers, the worst case), each non-empty line: an RTL strong character
    first, counting isolated values (UBA rule P2) or not (a client ignoring isolates)."""
    wrong = {}
    for message_id in messages(DEFAULT_LANGUAGE):
        for args in sample_args(message_id):
            for line in t(lang, message_id, **args).split("\n"):
                if line.strip() and not starts_right_to_left(line):
                    wrong[message_id] = line
    assert not wrong, wrong


def test_a_line_starting_with_a_flag_or_a_number_gets_a_right_to_left_mark() -> None:
    text = mark_rtl_lines("🇺🇸 جواز سفر\n35×45 mm\nالخلفية: أبيض\n\nJPEG، حتى", "ar")
    assert text.split("\n") == [
        RLM + "🇺🇸 جواز سفر",
        RLM + "35×45 mm",
        "الخلفية: أبيض",
        "",
        RLM + "JPEG، حتى",
    ]


def test_left_to_right_text_is_left_alone() -> None:
    assert mark_rtl_lines("🇺🇸 US passport\n35×45 mm", "en") == "🇺🇸 US passport\n35×45 mm"


def test_arabic_isolates_inserted_values() -> None:
    text = t("ar", "welcome-preselected", spec="US passport")
    assert "\u2068US passport\u2069" in text
    assert starts_right_to_left(text)


def test_first_strong_skips_isolated_text_only_when_asked() -> None:
    line = "\u2068US\u2069 جواز"
    assert first_strong(line) == "AL"
    assert first_strong(line, skip_isolates=False) == "L"
    assert not starts_right_to_left(line)
    assert first_strong("35 — 45") is None


# -- dates and numbers --------------------------------------------------------------------------
MOMENT = datetime(2025, 6, 1, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Jun 1, 12:00\u202fAM UTC"),
        ("ru", "1 июн., 00:00 UTC"),
        ("de", "1. Juni, 00:00 UTC"),
        ("fr", "1 juin, 00:00 UTC"),
        ("zh", "6月1日 00:00 UTC"),
        ("pt-br", "1 de jun. 00:00 UTC"),
    ],
)
def test_format_when_writes_the_date_as_the_locale_does(lang: str, expected: str) -> None:
    assert format_when(MOMENT, lang) == expected


def test_format_when_shows_utc_whatever_the_zone_given() -> None:
    moscow = MOMENT.astimezone(timezone(timedelta(hours=3)))
    assert format_when(moscow, "ru") == "1 июн., 00:00 UTC"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "1,234.5"),
        ("de", "1.234,5"),
        ("fr", "1\u202f234,5"),
        ("ru", "1\xa0234,5"),
        ("ar", "1,234.5"),
    ],
)
def test_format_decimal_uses_the_locale_separators_and_latin_digits(
    lang: str, expected: str
) -> None:
    assert format_decimal(1234.46, lang) == expected


def test_a_fragment_is_isolated_but_not_line_marked() -> None:
    """Pieces code puts inside a bigger Arabic text (a size, a title) carry no RLM of their own:
    the bigger text is marked as a whole."""
    piece = fragment("ar", "specs-size-mm", width="35", height="45")
    assert RLM not in piece and "\u206835\u2069" in piece
    assert t("ar", "specs-size-mm", width="35", height="45") == RLM + piece


def test_a_datetime_argument_is_written_in_the_readers_locale() -> None:
    """``Text("limit-previews", {"reset": moment})`` renders the moment for whoever reads it."""
    german = t("de", "limit-previews", count=20, reset=MOMENT)
    assert "1. Juni, 00:00 UTC" in german
    assert "Jun 1, 12:00\u202fAM UTC" in t("en", "limit-previews", count=20, reset=MOMENT)
    assert "2025-06-01" not in german
