"""Configuration of the serving mode: webhook or polling, the HTTP server, the shutdown grace."""

from __future__ import annotations

import pytest

from bot.config import ConfigError, load_config
from bot.serving import mode_line

TOKEN = "123456:ABCdef_ghi-JKL"
BASE = {"TELEGRAM_BOT_TOKEN": TOKEN, "PICWISH_API_KEY": "pw-secret-key-123"}
URL = "https://bot.example.org/tg/Zk3-random"
SECRET = "webhook_SECRET-0123456789"


def load(**env: str):
    return load_config({**BASE, **env}, dotenv_path=None)


def test_without_a_webhook_url_the_bot_polls_and_runs_no_http_server():
    config = load()
    assert config.webhook_url is None and config.webhook_path is None
    assert config.http_port is None
    assert config.shutdown_grace == 25.0


def test_a_webhook_url_switches_to_webhook_mode_on_port_8080_of_every_interface():
    config = load(TELEGRAM_WEBHOOK_URL=URL, TELEGRAM_WEBHOOK_SECRET=SECRET)
    assert config.webhook_url == URL and config.webhook_path == "/tg/Zk3-random"
    assert (config.http_host, config.http_port) == ("0.0.0.0", 8080)
    assert config.webhook_secret == SECRET


def test_polling_mode_gets_the_http_server_when_a_port_is_set():
    config = load(IDPHOTO_HTTP_PORT="9100", IDPHOTO_HTTP_HOST="127.0.0.1")
    assert config.webhook_url is None
    assert (config.http_host, config.http_port) == ("127.0.0.1", 9100)


def test_webhook_mode_without_a_secret_is_refused_at_start():
    with pytest.raises(ConfigError, match="TELEGRAM_WEBHOOK_SECRET is not set"):
        load(TELEGRAM_WEBHOOK_URL=URL)


@pytest.mark.parametrize("secret", ["has space", "semi;colon", "x" * 257, "ünïcode"])
def test_a_malformed_webhook_secret_is_refused_without_echoing_it(secret):
    with pytest.raises(ConfigError, match="TELEGRAM_WEBHOOK_SECRET is malformed") as error:
        load(TELEGRAM_WEBHOOK_URL=URL, TELEGRAM_WEBHOOK_SECRET=secret)
    assert secret not in str(error.value)


def test_a_webhook_url_that_is_not_http_is_refused():
    with pytest.raises(ConfigError, match="TELEGRAM_WEBHOOK_URL must be an http"):
        load(TELEGRAM_WEBHOOK_URL="bot.example.org/tg", TELEGRAM_WEBHOOK_SECRET=SECRET)


@pytest.mark.parametrize("port", ["0", "65536", "http", "-1"])
def test_a_bad_port_is_refused(port):
    with pytest.raises(ConfigError, match="IDPHOTO_HTTP_PORT must be a port number"):
        load(IDPHOTO_HTTP_PORT=port)


def test_the_shutdown_grace_is_read_and_may_be_zero():
    assert load(IDPHOTO_SHUTDOWN_GRACE="0").shutdown_grace == 0.0
    assert load(IDPHOTO_SHUTDOWN_GRACE="40").shutdown_grace == 40.0
    with pytest.raises(ConfigError, match="IDPHOTO_SHUTDOWN_GRACE must be at least 0"):
        load(IDPHOTO_SHUTDOWN_GRACE="-1")


def test_the_webhook_secret_is_a_secret_masked_in_logs_and_kept_out_of_repr():
    config = load(TELEGRAM_WEBHOOK_URL=URL, TELEGRAM_WEBHOOK_SECRET=SECRET)
    assert SECRET in config.secrets
    assert SECRET not in repr(config)


def test_the_start_line_names_mode_path_port_and_backend_but_not_the_secret():
    config = load(TELEGRAM_WEBHOOK_URL=URL, TELEGRAM_WEBHOOK_SECRET=SECRET)
    line = mode_line(config, config.http_port)
    assert line == "mode: webhook at path /tg/Zk3-random; HTTP on 0.0.0.0:8080; backend: picwish"
    assert mode_line(load(), None) == "mode: long polling; no HTTP server; backend: picwish"
