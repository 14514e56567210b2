"""Text lengths as Telegram counts them (UTF-16 code units), and caps on what is echoed back.

Telegram limits a message to 4096 UTF-16 code units (a caption to 1024): an emoji outside the
Basic Multilingual Plane counts twice. User text echoed in a reply (a search, a colour) is cut
to :data:`ECHO_UNITS` on a character boundary, so a reply stays short and Fluent never refuses
the placeable (it renders ``{???}`` for one longer than 2500 characters).
"""

from __future__ import annotations

import unicodedata

MESSAGE_UNITS = 4096
CAPTION_UNITS = 1024
#: At most this many UTF-16 units of a user's own text are repeated back to them.
ECHO_UNITS = 64
ELLIPSIS = "…"
_JOINERS = {"\u200d", "\ufe0e", "\ufe0f"}


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, as Telegram measures messages and entities."""
    return len(text.encode("utf-16-le")) // 2


def clip(text: str, units: int, ellipsis: str = ELLIPSIS) -> str:
    """``text`` if it fits in ``units`` UTF-16 units, else its start and ``ellipsis`` within
    ``units`` — cut between characters, never inside a surrogate pair, a flag or after a joiner."""
    if utf16_len(text) <= units:
        return text
    room = units - utf16_len(ellipsis)
    if room <= 0:
        return ellipsis[: max(units, 0)]
    cut, used = 0, 0
    for char in text:
        used += 2 if ord(char) > 0xFFFF else 1
        if used > room:
            break
        cut += 1
    return text[: _cluster_start(text, cut)] + ellipsis


def _extends(char: str) -> bool:
    """A character that belongs to the one before it (a mark, a joiner, a selector, a skin tone)."""
    return char in _JOINERS or bool(unicodedata.combining(char)) or 0x1F3FB <= ord(char) <= 0x1F3FF


def _is_flag_half(char: str) -> bool:
    return 0x1F1E6 <= ord(char) <= 0x1F1FF


def _cluster_start(text: str, cut: int) -> int:
    """Move ``cut`` back so it does not fall inside a character as drawn: before a mark or joiner
    that extends the previous character, after a joiner, or between the two halves of a flag."""
    while 0 < cut < len(text) and (_extends(text[cut]) or text[cut - 1] == "\u200d"):
        cut -= 1
    halves = 0
    while halves < cut and _is_flag_half(text[cut - 1 - halves]):
        halves += 1
    return cut - 1 if halves % 2 else cut


def echo(text: str, units: int = ECHO_UNITS) -> str:
    """User text to quote back: whitespace and line breaks folded to single spaces, then
    clipped to ``units`` UTF-16 units."""
    return clip(" ".join(text.split()), units)


def fit_message(text: str, units: int = MESSAGE_UNITS) -> str:
    """A whole message (or, with :data:`CAPTION_UNITS`, a caption) cut to Telegram's limit."""
    return clip(text, units)
