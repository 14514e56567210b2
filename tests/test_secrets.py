"""Secrets (bot token, PicWish key) never reach a log line, an error message or a file."""

from __future__ import annotations

import io
import logging

import pytest

from bot.logging_setup import MASK, RedactingFormatter, configure_logging


@pytest.fixture
def debug_log():
    """The bot's real logging set-up at DEBUG, writing to a buffer; restored afterwards."""
    root = logging.getLogger()
    saved_handlers, saved_level = list(root.handlers), root.level
    buffer = io.StringIO()
    yield buffer, configure_logging
    for handler in list(root.handlers):
        root.removeHandler(handler)
    for handler in saved_handlers:
        root.addHandler(handler)
    root.setLevel(saved_level)
    logging.getLogger("httpx").setLevel(logging.NOTSET)


def test_formatter_masks_secrets_in_messages_arguments_and_tracebacks():
    formatter = RedactingFormatter(["123:SECRET", "key-456"])
    try:
        raise ValueError("bad url https://x/bot123:SECRET/getMe")
    except ValueError:
        record = logging.LogRecord(
            "t",
            logging.ERROR,
            __file__,
            1,
            "key %s",
            ("key-456",),
            exc_info=__import__("sys").exc_info(),
        )
    text = formatter.format(record)
    assert "123:SECRET" not in text and "key-456" not in text
    assert text.count(MASK) >= 2


async def test_a_whole_flow_at_debug_level_logs_no_secret(bot, debug_log, tmp_path):
    buffer, configure = debug_log
    configure("DEBUG", bot.config.secrets, stream=buffer)
    user = bot.user()
    await bot.reach_preview(user)
    await bot.tap(user, "Get the final photo", wait=False)
    await bot.wait_text(user, "Done")
    await bot.stop()
    log = buffer.getvalue()
    assert "getUpdates" in log or "sendMessage" in log  # PTB/httpx did log the requests
    assert bot.config.telegram_token not in log
    assert bot.config.picwish_api_key not in log
    db_bytes = b"".join(p.read_bytes() for p in tmp_path.glob("bot.db*"))
    assert bot.config.telegram_token.encode() not in db_bytes
    assert bot.config.picwish_api_key.encode() not in db_bytes
