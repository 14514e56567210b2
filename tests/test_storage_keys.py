"""The data key: its format, the generated key file, start-up checks and key rotation."""

from __future__ import annotations

import logging
import stat

import pytest

from bot.cli import EXIT_CONFIG, main
from bot.config import ConfigError, load_config
from bot.storage import DataKeyError, Storage
from bot.storage.crypto import BlobCipher, BlobUnreadable
from bot.storage.keys import key_file_for, new_key_text, parse_key
from bot.storage.rotation import rotate_key

PHOTO = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4


async def stored(path, key: str | None) -> Storage:
    storage = Storage(path, data_key=key)
    await storage.open()
    await storage.blobs.keep("photo:1:a", 1, PHOTO, 3600)
    await storage.close()
    return storage


async def read_back(path, key: str | None) -> bytes | None:
    storage = Storage(path, data_key=key)
    try:
        await storage.open()
        return await storage.blobs.get("photo:1:a")
    finally:
        await storage.close()


def test_a_key_is_32_bytes_of_urlsafe_base64():
    assert len(parse_key(new_key_text(), "X")) == 32
    with pytest.raises(DataKeyError, match="IDPHOTO_DATA_KEY must be 32 random bytes"):
        parse_key("c2hvcnQ=", "IDPHOTO_DATA_KEY")


def test_each_seal_uses_a_new_nonce_and_binds_the_row():
    cipher = BlobCipher(parse_key(new_key_text(), "X"))
    first, second = cipher.seal(PHOTO, b"a"), cipher.seal(PHOTO, b"a")
    assert first != second and cipher.open(second, b"a") == PHOTO
    with pytest.raises(BlobUnreadable):
        cipher.open(first, b"another row")


async def test_without_a_key_one_is_generated_next_to_the_database_readable_by_its_owner(
    tmp_path, caplog
):
    caplog.set_level(logging.INFO)
    await stored(tmp_path / "bot.sqlite3", None)
    key_file = key_file_for(tmp_path / "bot.sqlite3")
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    key = key_file.read_text().strip()
    assert str(key_file) in caplog.text and key not in caplog.text
    assert await read_back(tmp_path / "bot.sqlite3", None) == PHOTO
    assert await read_back(tmp_path / "bot.sqlite3", key) == PHOTO


async def test_a_database_opened_with_another_key_fails_with_one_clear_line(tmp_path):
    await stored(tmp_path / "bot.sqlite3", new_key_text())
    other = new_key_text()
    with pytest.raises(DataKeyError) as error:
        await read_back(tmp_path / "bot.sqlite3", other)
    message = str(error.value)
    assert "IDPHOTO_DATA_KEY is not the key" in message and "\n" not in message
    assert other not in message


async def test_encrypted_data_without_its_key_file_is_an_error_not_a_new_key(tmp_path):
    await stored(tmp_path / "bot.sqlite3", None)
    key_file_for(tmp_path / "bot.sqlite3").unlink()
    with pytest.raises(DataKeyError, match="holds encrypted photos .* is missing"):
        await read_back(tmp_path / "bot.sqlite3", None)
    assert not key_file_for(tmp_path / "bot.sqlite3").exists()


def test_a_malformed_data_key_is_a_configuration_error():
    env = {"TELEGRAM_BOT_TOKEN": "1:abc", "PICWISH_API_KEY": "k", "IDPHOTO_DATA_KEY": "nope"}
    with pytest.raises(ConfigError, match="IDPHOTO_DATA_KEY must be") as error:
        load_config(env, dotenv_path=None)
    assert "nope" not in str(error.value)


def test_the_data_key_is_a_secret():
    key = new_key_text()
    env = {"TELEGRAM_BOT_TOKEN": "1:abc", "PICWISH_API_KEY": "k", "IDPHOTO_DATA_KEY": key}
    config = load_config(env, dotenv_path=None)
    assert key in config.secrets and key not in repr(config)


async def test_rotating_a_configured_key_keeps_photos_readable_with_the_new_key_only(tmp_path):
    old, new = new_key_text(), new_key_text()
    await stored(tmp_path / "bot.sqlite3", old)
    assert rotate_key(tmp_path / "bot.sqlite3", old, new).blobs == 1
    assert await read_back(tmp_path / "bot.sqlite3", new) == PHOTO
    with pytest.raises(DataKeyError):
        await read_back(tmp_path / "bot.sqlite3", old)


async def test_rotating_the_key_file_writes_a_new_key_file(tmp_path):
    await stored(tmp_path / "bot.sqlite3", None)
    key_file = key_file_for(tmp_path / "bot.sqlite3")
    old = key_file.read_text().strip()
    rotated = rotate_key(tmp_path / "bot.sqlite3", None, None)
    assert rotated.new_key_at == str(key_file)
    assert key_file.read_text().strip() != old
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert await read_back(tmp_path / "bot.sqlite3", None) == PHOTO
    with pytest.raises(DataKeyError):
        await read_back(tmp_path / "bot.sqlite3", old)


async def test_rotating_a_configured_key_needs_the_new_key(tmp_path):
    old = new_key_text()
    await stored(tmp_path / "bot.sqlite3", old)
    with pytest.raises(DataKeyError, match="IDPHOTO_NEW_DATA_KEY"):
        rotate_key(tmp_path / "bot.sqlite3", old, None)
    assert await read_back(tmp_path / "bot.sqlite3", old) == PHOTO


@pytest.fixture
def bot_env(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name, value in {
        "TELEGRAM_BOT_TOKEN": "123:abc",
        "PICWISH_API_KEY": "k",
        "IDPHOTO_FACE_CHECKS": "off",
        "IDPHOTO_DB": str(tmp_path / "bot.sqlite3"),
    }.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("IDPHOTO_NEW_DATA_KEY", raising=False)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield monkeypatch
    root.handlers[:] = handlers  # main() installed its own handler on the captured stderr
    root.setLevel(level)


async def test_starting_with_another_key_exits_2_with_one_line(tmp_path, bot_env, capsys):
    await stored(tmp_path / "bot.sqlite3", new_key_text())
    bot_env.setenv("IDPHOTO_DATA_KEY", new_key_text())
    assert main(["run"]) == EXIT_CONFIG
    err = capsys.readouterr().err
    assert err.startswith("idphoto-bot: data key error: ") and err.count("\n") == 1


async def test_the_rotate_key_command_reads_old_and_new_keys_from_the_environment(
    tmp_path, bot_env, capsys
):
    old, new = new_key_text(), new_key_text()
    await stored(tmp_path / "bot.sqlite3", old)
    bot_env.setenv("IDPHOTO_DATA_KEY", old)
    bot_env.setenv("IDPHOTO_NEW_DATA_KEY", new)
    assert main(["rotate-key"]) == 0
    assert "re-encrypted 1 kept photos" in capsys.readouterr().out
    assert await read_back(tmp_path / "bot.sqlite3", new) == PHOTO


async def test_a_rotation_cut_off_before_the_key_file_was_replaced_finishes_at_start(tmp_path):
    await stored(tmp_path / "bot.sqlite3", None)
    key_file = key_file_for(tmp_path / "bot.sqlite3")
    old = key_file.read_text()
    rotate_key(tmp_path / "bot.sqlite3", None, None)
    staged = key_file.with_name(key_file.name + ".new")
    key_file.replace(staged)  # as if the process died before the new key file took the old's place
    key_file.write_text(old)
    assert await read_back(tmp_path / "bot.sqlite3", None) == PHOTO
    assert not staged.exists() and key_file.read_text() != old
