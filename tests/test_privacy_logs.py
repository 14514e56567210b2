"""Logs hold no image bytes, and no file ids or users' texts at INFO; at DEBUG only a prefix."""

from __future__ import annotations

import io
import logging

import pytest

from bot.logging_setup import DEBUG_CHARS, configure_logging, private

FILE_ID = "AgACAgIAAxkBAAIBY2Zx_the_whole_photo_file_id_1234567890"
TYPED = "my passport number is 123456789"
JPEG = b"\xff\xd8\xff\xe0" + b"pixels" * 100


@pytest.fixture
def captured():
    stream = io.StringIO()
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield lambda level: (configure_logging(level, (), stream=stream), stream)[1]
    root.handlers[:] = handlers
    root.setLevel(level)


def test_at_info_a_users_text_and_a_file_id_show_only_their_length(captured):
    stream = captured("INFO")
    logging.getLogger("handlers.x").info("search %s for %s", private(TYPED), private(FILE_ID))
    line = stream.getvalue()
    assert f"<{len(TYPED)} chars>" in line and "passport" not in line and "AgAC" not in line


def test_at_debug_a_users_text_is_cut_to_its_first_characters(captured):
    stream = captured("DEBUG")
    logging.getLogger("handlers.x").debug("label %s", private(TYPED))
    line = stream.getvalue()
    assert repr(TYPED[:DEBUG_CHARS] + f"… ({len(TYPED)} chars)") in line
    assert "123456789" not in line


def test_image_bytes_never_reach_a_log_line(captured):
    stream = captured("DEBUG")
    logging.getLogger("bot.anything").debug("got %s and %r", JPEG, bytearray(JPEG))
    line = stream.getvalue()
    assert f"<{len(JPEG)} bytes>" in line and "pixels" not in line and "\\xff" not in line


def test_bot_api_calls_logged_by_the_library_at_debug_are_cut(captured):
    stream = captured("DEBUG")
    payload = {"chat_id": 1, "document": FILE_ID, "caption": "x" * 500}
    logging.getLogger("telegram._bot").debug("Calling `%s` with `%s`", "sendDocument", payload)
    line = stream.getvalue()
    assert "sendDocument" in line and "x" * 200 not in line and "chars)" in line
