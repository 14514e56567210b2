"""The privacy settings: photos kept per user, the operator's contact, no persistence interval."""

from __future__ import annotations

import pytest

from bot.config import ConfigError, load_config

BASE = {"TELEGRAM_BOT_TOKEN": "1:abc", "PICWISH_API_KEY": "k", "IDPHOTO_FACE_CHECKS": "off"}


def config(**env: str):
    return load_config({**BASE, **env}, dotenv_path=None)


def test_three_photos_per_user_are_kept_by_default_and_no_contact_is_assumed():
    loaded = config()
    assert (loaded.photos_per_user, loaded.operator_contact, loaded.data_key) == (3, None, None)


def test_photos_per_user_can_be_set_or_switched_off():
    assert config(IDPHOTO_PHOTOS_PER_USER="5").photos_per_user == 5
    assert config(IDPHOTO_PHOTOS_PER_USER="off").photos_per_user is None


def test_keeping_no_photo_at_all_is_refused():
    with pytest.raises(ConfigError, match="IDPHOTO_PHOTOS_PER_USER must be at least 1"):
        config(IDPHOTO_PHOTOS_PER_USER="0")


def test_the_operator_contact_is_read_as_given():
    assert config(IDPHOTO_OPERATOR_CONTACT=" @support ").operator_contact == "@support"


def test_the_removed_persistence_interval_is_no_setting_any_more():
    assert not hasattr(config(IDPHOTO_PERSISTENCE_INTERVAL="5"), "persistence_interval")
