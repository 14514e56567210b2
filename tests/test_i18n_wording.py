"""Plain words in every catalog message a user sees, in all 9 languages (issue #20).

No "credits", hex colours, px/dpi/KB or data-source names. The few exceptions are named below
with their reason, so the list only shrinks.
"""

from __future__ import annotations

import re

import pytest
from fluent.syntax import FluentSerializer

from bot.i18n import t
from tests.test_i18n_catalog import DEFAULT_LANGUAGE, LANGUAGES, messages, sample_args
from tests.wording import CREDIT_WORDS, credit_words, wording_problems

#: For the bot's operators (who buy PicWish credits), never shown to users.
OPERATOR_PREFIXES = ("ops-",)
#: Group admins set and read the group's monthly budget in credits (they pay for them): the only
#: user-facing messages that may name credits. Every screen of the conversation names none.
CREDIT_BUDGET_IDS = {
    "group-budget-usage",
    "group-budget-set",
    "group-budget-value",
    "group-stats",
    "cmd-budget",
}
#: Where the user types a hex code (custom colour, /setbg), or the code passes hex values
#: (engine-check-background-colour: bot/engine/measurement.py should pass colour names).
HEX_IDS = {
    "ask-custom-color",
    "custom-color-invalid",
    "group-setbg-usage",
    "engine-check-background-colour",
}
#: Units that stay: the user typed them (custom sizes), they label a picture (diagram), or the
#: kilobyte limit is what the user must act on.
UNIT_IDS = {"imaging-file-size-unreachable"}
UNIT_PREFIXES = ("specs-custom-error-", "specs-diagram-")
#: The privacy policy must name who receives the photo (issue #14): PicWish, when it is the backend.
NAMES_PICWISH_IDS = {"privacy-picwish"}


def _user_facing(message_id: str) -> bool:
    return not message_id.startswith(OPERATOR_PREFIXES)


def _source(lang: str, message_id: str) -> str:
    """The message's own text in ``lang`` (hex codes written around placeholders show here)."""
    return FluentSerializer().serialize_entry(messages(lang)[message_id])


def _rendered(lang: str, message_id: str) -> list[str]:
    return [t(lang, message_id, **args) for args in sample_args(message_id)]


def _checked_ids(lang: str) -> list[str]:
    return sorted(mid for mid in messages(DEFAULT_LANGUAGE) if _user_facing(mid))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_credit_words_where_the_catalog_alone_decides(lang: str) -> None:
    found = {}
    for message_id in _checked_ids(lang):
        if message_id in CREDIT_BUDGET_IDS:
            continue
        words = [w for text in _rendered(lang, message_id) for w in credit_words(text, lang)]
        if words:
            found[message_id] = sorted(set(words))
    assert not found, found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_hex_colour_codes(lang: str) -> None:
    found = {}
    for message_id in _checked_ids(lang):
        if message_id in HEX_IDS or message_id not in messages(lang):
            continue
        text = _source(lang, message_id)
        if re.search(r"#\s*\{|#[0-9A-Fa-f]{6}\b|\b[0-9A-F]{6}\b", text):
            found[message_id] = text.strip()
    assert not found, found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_px_dpi_kb_or_source_names(lang: str) -> None:
    found = {}
    for message_id in _checked_ids(lang):
        if message_id in UNIT_IDS or message_id.startswith(UNIT_PREFIXES):
            continue
        kinds = ("unit",) if message_id in NAMES_PICWISH_IDS else ("unit", "source")
        for text in _rendered(lang, message_id):
            problems = [p for p in wording_problems(text, lang) if p.startswith(kinds)]
            if problems:
                found[message_id] = problems
    assert not found, found


def test_the_checker_catches_each_rule() -> None:
    """``wording_problems`` is what end-to-end flows use: it must see every kind of slip."""
    assert wording_problems("2 credits · #FFFFFF · 600×600 px at 300 dpi, 240 KB", "en") == [
        "credit word 'credits'",
        "hex colour '#FFFFFF'",
        "unit 'px'",
        "unit 'dpi'",
        "unit 'KB'",
    ]
    assert wording_problems("Источник: A-Box specs.js", "ru") == [
        "source name 'A-Box'",
        "source name 'specs.js'",
    ]
    assert wording_problems("5 кредитов", "ru") and wording_problems("3 أرصدة", "ar")
    assert wording_problems("JPEG، حتى", "ar") == ["left-to-right line 'JPEG، حتى'"]
    assert wording_problems("Free preview · 35×45 mm · white", "en") == []


def test_every_language_has_its_credit_words() -> None:
    assert set(CREDIT_WORDS) == set(LANGUAGES)
