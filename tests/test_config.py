"""Configuration: validated at start, one clear line per problem, secrets never echoed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import ConfigError, load_config
from bot.engine import offline_available

TOKEN = "123456:ABCdef_ghi-JKL"
KEY = "pw-secret-key-123"
BASE = {"TELEGRAM_BOT_TOKEN": TOKEN, "PICWISH_API_KEY": KEY}


def load(**env: str):
    return load_config({**BASE, **env}, dotenv_path=None)


def test_defaults_point_at_the_real_services():
    config = load()
    assert config.telegram_api_url == "https://api.telegram.org"
    assert config.picwish_api_url == "https://techsz.aoscdn.com"
    assert config.db_path == Path("idphoto-bot.sqlite3")
    assert config.admin_ids == frozenset()
    assert config.telegram_rate == 30.0  # Telegram's documented overall limit
    assert config.face_checks is offline_available()


def test_every_variable_is_read():
    config = load(
        TELEGRAM_API_URL="http://127.0.0.1:8081/",
        PICWISH_API_URL="http://127.0.0.1:9000",
        IDPHOTO_DB="/tmp/x.db",
        IDPHOTO_ADMIN_IDS="1, 22,333",
        IDPHOTO_LOG_LEVEL="debug",
        PICWISH_SYNC="1",
        IDPHOTO_SHEET_SOURCE="picwish",
        IDPHOTO_TELEGRAM_RATE="100",
        IDPHOTO_FACE_CHECKS="off",
    )
    assert config.telegram_api_url == "http://127.0.0.1:8081"
    assert config.picwish_api_url == "http://127.0.0.1:9000"
    assert config.db_path == Path("/tmp/x.db")
    assert config.admin_ids == frozenset({1, 22, 333})
    assert config.log_level == "DEBUG"
    assert config.picwish_sync is True
    assert config.sheet_source == "picwish"
    assert config.telegram_rate == 100.0
    assert config.face_checks is False


@pytest.mark.parametrize(
    ("env", "names"),
    [
        ({"TELEGRAM_BOT_TOKEN": ""}, "TELEGRAM_BOT_TOKEN"),
        ({"TELEGRAM_BOT_TOKEN": "not a token"}, "TELEGRAM_BOT_TOKEN"),
        ({"PICWISH_API_KEY": "has spaces in it"}, "PICWISH_API_KEY"),
        ({"IDPHOTO_BACKEND": "cloud"}, "IDPHOTO_BACKEND"),
        ({"PICWISH_API_KEY": "", "IDPHOTO_BACKEND": "picwish"}, "PICWISH_API_KEY"),
        ({"TELEGRAM_API_URL": "ftp://x"}, "TELEGRAM_API_URL"),
        ({"IDPHOTO_ADMIN_IDS": "12,abc"}, "IDPHOTO_ADMIN_IDS"),
        ({"IDPHOTO_LOG_LEVEL": "LOUD"}, "IDPHOTO_LOG_LEVEL"),
        ({"PICWISH_DEADLINE": "soon"}, "PICWISH_DEADLINE"),
        ({"PICWISH_SYNC": "maybe"}, "PICWISH_SYNC"),
        ({"IDPHOTO_TELEGRAM_RATE": "-1"}, "IDPHOTO_TELEGRAM_RATE"),
        ({"IDPHOTO_FACE_CHECKS": "sometimes"}, "IDPHOTO_FACE_CHECKS"),
    ],
)
def test_a_bad_value_names_its_variable(env, names):
    with pytest.raises(ConfigError, match=names):
        load(**env)


def test_a_key_selects_picwish():
    assert load().backend == "picwish"


def test_without_a_key_the_offline_engine_is_the_default(monkeypatch):
    monkeypatch.setattr("bot.config.offline_available", lambda: True)
    assert load(PICWISH_API_KEY="").backend == "local"


def test_backend_can_be_forced_to_local_even_with_a_key(monkeypatch):
    monkeypatch.setattr("bot.config.offline_available", lambda: True)
    assert load(IDPHOTO_BACKEND="local").backend == "local"


def test_without_a_key_and_without_the_offline_engine_start_up_names_the_key(monkeypatch):
    monkeypatch.setattr("bot.config.offline_available", lambda: False)
    with pytest.raises(ConfigError, match="PICWISH_API_KEY"):
        load(PICWISH_API_KEY="")


def test_malformed_token_error_does_not_echo_the_token():
    with pytest.raises(ConfigError) as caught:
        load(TELEGRAM_BOT_TOKEN="123:has space secret")
    assert "has space secret" not in str(caught.value)


def test_secrets_are_not_in_the_repr():
    text = repr(load())
    assert TOKEN not in text and KEY not in text


def test_dotenv_file_is_read_and_environment_wins(tmp_path):
    dotenv = tmp_path / ".env"
    dotenv.write_text(f"TELEGRAM_BOT_TOKEN={TOKEN}\nPICWISH_API_KEY=from-file\nIDPHOTO_DB=f.db\n")
    config = load_config({"IDPHOTO_DB": "env.db"}, dotenv_path=dotenv)
    assert config.picwish_api_key == "from-file"
    assert config.db_path == Path("env.db")


def run_cli(env: dict[str, str], tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        env={"PATH": "/usr/bin:/bin", **env},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_missing_token_exits_2_with_one_clear_line_and_no_traceback(tmp_path):
    done = run_cli({"PYTHONPATH": str(Path.cwd())}, tmp_path, "run")
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "TELEGRAM_BOT_TOKEN" in lines[0]
    assert "Traceback" not in done.stderr


def test_help_lists_the_commands(tmp_path):
    done = run_cli({"PYTHONPATH": str(Path.cwd())}, tmp_path, "--help")
    assert done.returncode == 0
    assert "run" in done.stdout and "check-config" in done.stdout


def test_a_stars_price_for_a_document_the_catalog_lacks_stops_the_start(tmp_path):
    env = {
        "PYTHONPATH": str(Path.cwd()),
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "IDPHOTO_FACE_CHECKS": "off",
        "IDPHOTO_STARS_PRICES": "us-passport=75, us-pasport=50",
    }
    done = run_cli(env, tmp_path, "check-config")
    assert done.returncode == 2
    [line] = done.stderr.strip().splitlines()
    assert "IDPHOTO_STARS_PRICES" in line and "us-pasport" in line and "us-passport," not in line
    fixed = {**env, "IDPHOTO_STARS_PRICES": "us-passport=75"}
    assert run_cli(fixed, tmp_path, "check-config").returncode == 0
