"""Logging: one line per event (time, level, logger), with every secret masked at the formatter,
and nothing private in it: no image bytes ever, no file ids or texts users typed at INFO (see
:func:`private`), and at DEBUG only their first characters."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable

MASK = "***"
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
#: Characters of a user's text or a file id shown at DEBUG (nothing of it above DEBUG).
DEBUG_CHARS = 8
#: Loggers of libraries that log whole Bot API calls at DEBUG (texts, file ids, captions).
WIRE_LOGGERS = ("telegram", "httpx", "httpcore", "aiohttp")
#: Longest argument of a wire logger's DEBUG line; longer ones are cut.
WIRE_ARG_CHARS = 120


def _debugging() -> bool:
    return logging.getLogger().isEnabledFor(logging.DEBUG)


def _cut(text: str, keep: int) -> str:
    return text if len(text) <= keep else f"{text[:keep]}… ({len(text)} chars)"


class private:  # noqa: N801 - used like a function in log calls
    """A user's text, a file id or image bytes as a log argument: ``<N chars>`` (or bytes)
    above DEBUG, its first :data:`DEBUG_CHARS` characters at DEBUG, never image bytes.

    ``logger.info("search %s from %s", private(query), user_id)``; rendered only when logged.
    """

    __slots__ = ("value",)

    def __init__(self, value: str | bytes | bytearray | None) -> None:
        self.value = value

    def __str__(self) -> str:
        value = self.value
        if value is None:
            return "<none>"
        if isinstance(value, bytes | bytearray):
            return f"<{len(value)} bytes>"
        if not _debugging():
            return f"<{len(value)} chars>"
        return repr(_cut(value, DEBUG_CHARS))

    __repr__ = __str__


def _safe_arg(value: object, wire: bool) -> object:
    if isinstance(value, bytes | bytearray | memoryview):
        return f"<{len(value)} bytes>"
    if wire and not isinstance(value, int | float | private):
        return _cut(str(value), WIRE_ARG_CHARS)
    return value


class PrivateArgsFilter(logging.Filter):
    """Replaces bytes arguments (an image, a file) by their size, and cuts the arguments of
    the wire loggers (:data:`WIRE_LOGGERS`), which log whole Bot API calls at DEBUG."""

    def filter(self, record: logging.LogRecord) -> bool:
        wire = record.name.split(".")[0] in WIRE_LOGGERS
        if isinstance(record.args, tuple):
            record.args = tuple(_safe_arg(arg, wire) for arg in record.args)
        elif isinstance(record.args, dict):
            record.args = {key: _safe_arg(arg, wire) for key, arg in record.args.items()}
        return True


class RedactingFormatter(logging.Formatter):
    """Formats a record, its arguments and its traceback, then masks every secret in the text.

    Masking the final text (not only ``record.msg``) also covers URLs that httpx and aiohttp put
    in their own log lines and the text of exceptions.
    """

    def __init__(self, secrets: Iterable[str], fmt: str = LOG_FORMAT) -> None:
        super().__init__(fmt)
        self._secrets = tuple(sorted((s for s in secrets if s), key=len, reverse=True))

    def redact(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, MASK)
        return text

    def format(self, record: logging.LogRecord) -> str:
        return self.redact(super().format(record))


def configure_logging(level: str, secrets: Iterable[str], stream=None) -> logging.Handler:
    """Install one redacting handler on the root logger and return it."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(RedactingFormatter(secrets))
    handler.addFilter(PrivateArgsFilter())
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    # httpx logs every request URL (which holds the token) at INFO; keep it for DEBUG runs only.
    if logging.getLevelName(level) > logging.DEBUG:
        logging.getLogger("httpx").setLevel(logging.WARNING)
    return handler
