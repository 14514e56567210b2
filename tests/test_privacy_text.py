"""/privacy is generated from the configuration, in every language."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bot.config import Config
from bot.i18n import available_languages
from bot.privacy import privacy_text

PICWISH = Config(telegram_token="1:abc", picwish_api_key="key", backend="picwish")
LOCALES = Path(__file__).resolve().parents[1] / "bot" / "locales"
OFFLINE = replace(PICWISH, picwish_api_key=None, backend="local")


@pytest.mark.parametrize("lang", available_languages())
def test_privacy_names_picwish_only_when_it_is_the_backend(lang):
    assert "PicWish" in privacy_text(PICWISH, lang)
    assert "PicWish" not in privacy_text(OFFLINE, lang)
    assert "picwish" not in privacy_text(OFFLINE, lang).lower()


@pytest.mark.parametrize("lang", available_languages())
def test_privacy_tells_how_to_delete_everything(lang):
    assert "/deletedata" in privacy_text(PICWISH, lang)


def test_privacy_says_how_long_and_how_many_photos_are_kept():
    text = privacy_text(replace(PICWISH, keep_original_hours=6, photos_per_user=2), "en")
    assert "deleted after 6 h" in text and "at most 2 uploads" in text
    unlimited = privacy_text(replace(PICWISH, keep_original_hours=0.5, photos_per_user=None), "en")
    assert "deleted after 0.5 h" in unlimited and "at most" not in unlimited


def test_privacy_gives_the_operators_contact_when_configured():
    assert "Questions and requests: @idphoto_support" in privacy_text(
        replace(PICWISH, operator_contact="@idphoto_support"), "en"
    )
    assert "write to the operator" in privacy_text(PICWISH, "en")


def test_privacy_says_how_long_choices_last():
    assert "idle for 30 min" in privacy_text(replace(PICWISH, session_timeout=1800), "en")


def test_privacy_is_one_telegram_message_in_every_language():
    longest = replace(PICWISH, operator_contact="privacy-requests@example.org")
    assert max(len(privacy_text(longest, lang)) for lang in available_languages()) < 4096


def test_privacy_messages_exist_in_all_nine_languages():
    english = (LOCALES / "en" / "privacy.ftl").read_text()
    ids = [line.split(" =")[0] for line in english.splitlines() if " = " in line]
    for lang in available_languages():
        text = (LOCALES / lang / "privacy.ftl").read_text()
        assert all(f"\n{message_id} =" in f"\n{text}" for message_id in ids), lang


@pytest.mark.parametrize("lang", available_languages())
def test_privacy_says_payments_are_kept_only_when_finals_are_sold(lang):
    payments_line = privacy_text(replace(PICWISH, stars_price=50), lang)
    assert "/deletedata" in payments_line
    assert len(payments_line.splitlines()) == len(privacy_text(PICWISH, lang).splitlines()) + 1
    assert "Stars" in privacy_text(replace(PICWISH, stars_price=50), "en")
    assert "Stars" not in privacy_text(PICWISH, "en")
