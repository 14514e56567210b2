"""Inline-button data: ``<session id>|<action>|<argument>``, always within Telegram's 64 bytes.

The session id ties a button to the conversation that showed it, so a button from an older or
finished conversation is recognised as expired instead of acting on the current one.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_BYTES = 64
SEPARATOR = "|"


@dataclass(frozen=True)
class ButtonData:
    session_id: str
    action: str
    arg: str = ""

    def encode(self) -> str:
        data = SEPARATOR.join((self.session_id, self.action, self.arg))
        if len(data.encode()) > MAX_BYTES:
            raise ValueError(f"callback data over {MAX_BYTES} bytes: {data!r}")
        return data


def decode(data: str | None) -> ButtonData | None:
    """Parse button data; ``None`` for anything that is not ours (e.g. from an old version)."""
    if not data:
        return None
    parts = data.split(SEPARATOR)
    if len(parts) != 3 or not parts[0] or not parts[1]:
        return None
    return ButtonData(*parts)
