"""Text lengths counted as Telegram counts them, and user text echoed back within bounds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.i18n import available_languages, t
from bot.text_length import (
    ECHO_UNITS,
    MESSAGE_UNITS,
    clip,
    echo,
    fit_message,
    utf16_len,
)

FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
FLAG_US = "\U0001f1fa\U0001f1f8"


def test_an_emoji_outside_the_basic_plane_counts_two_units():
    assert utf16_len("a") == 1
    assert utf16_len("😀") == 2
    assert utf16_len("😀" * 2000) == 4000


def test_a_4096_character_search_is_echoed_short_and_fluent_renders_it():
    query = "x" * 4096
    for lang in available_languages():
        reply = t(lang, "spec-search-none", query=echo(query))
        assert "{???}" not in reply
        assert "x" * (ECHO_UNITS - 1) + "…" in reply
        assert utf16_len(reply) <= MESSAGE_UNITS


def test_2000_emoji_are_echoed_within_telegrams_message_limit():
    reply = t("en", "spec-search-results", query=echo("😀" * 2000))
    assert utf16_len(reply) <= MESSAGE_UNITS
    assert "😀" * 10 in reply


def test_a_long_message_is_cut_to_4096_units_without_splitting_an_emoji():
    message = fit_message("😀" * 2100)
    assert utf16_len(message) <= MESSAGE_UNITS
    assert message.endswith("😀…")
    message.encode("utf-8")  # no lone surrogate


def test_text_that_fits_is_left_alone():
    assert clip("hello", 5) == "hello"
    assert echo("  two\n\nwords  ") == "two words"


def test_a_cut_never_splits_a_family_emoji_or_a_flag():
    assert clip("ab" + FAMILY, 6) == "ab…"
    assert clip(FLAG_US * 3, 6) == FLAG_US + "…"


def test_a_cut_keeps_a_letter_with_its_accent_or_drops_both():
    assert clip("ae\u0301e\u0301", 3) == "a…"


@given(st.text(max_size=6000), st.integers(min_value=1, max_value=5000))
def test_clipped_text_always_fits_and_is_a_prefix(text, units):
    clipped = clip(text, units)
    assert utf16_len(clipped) <= units
    assert clipped == text or text.startswith(clipped.removesuffix("…"))


@given(st.text(min_size=1, max_size=5000))
def test_any_search_echoed_back_renders_without_fluent_errors(query):
    reply = t("en", "spec-search-none", query=echo(query))
    assert "{???}" not in reply
    assert utf16_len(reply) <= MESSAGE_UNITS
