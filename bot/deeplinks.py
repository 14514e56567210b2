"""``/start`` deep-link payloads, parsed strictly: a spec link, a group link, or a plain start.

Telegram lets a payload hold up to 64 characters of ``A-Za-z0-9_-``. ``s-<spec id>`` pre-selects a
document; ``g<chat id>`` opens a group's session, where the chat id is written the way Telegram
writes a group's id (ASCII digits after one ``-``, no leading zero) and lies in Telegram's range
for groups (negative, at most 52 significant bits). Anything else is a plain start: the parser
never raises, and whether a spec or group is one the bot knows is the caller's question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Telegram's deep-link payload: ``A-Za-z0-9_-``, 1 to 64 characters.
PAYLOAD_MAX = 64
_PAYLOAD_RE = re.compile(r"[A-Za-z0-9_-]{1,64}", re.ASCII)
_GROUP_RE = re.compile(r"g(-[1-9][0-9]{0,15})", re.ASCII)
SPEC_PREFIX = "s-"
GROUP_PREFIX = "g"
#: Telegram's chat ids have at most 52 significant bits; groups' ids are negative.
CHAT_ID_LIMIT = 2**52


@dataclass(frozen=True)
class PlainStart:
    """No payload, or one the bot does not understand."""


@dataclass(frozen=True)
class SpecLink:
    spec_id: str


@dataclass(frozen=True)
class GroupLink:
    group_id: int


StartLink = PlainStart | SpecLink | GroupLink


def parse_start(payload: str | None) -> StartLink:
    """What a ``/start`` payload asks for; anything not well formed is a :class:`PlainStart`."""
    if not payload or not _PAYLOAD_RE.fullmatch(payload):
        return PlainStart()
    if payload.startswith(SPEC_PREFIX) and len(payload) > len(SPEC_PREFIX):
        return SpecLink(payload.removeprefix(SPEC_PREFIX))
    match = _GROUP_RE.fullmatch(payload)
    if match is not None and is_group_id(int(match.group(1))):
        return GroupLink(int(match.group(1)))
    return PlainStart()


def is_group_id(chat_id: int) -> bool:
    """Whether ``chat_id`` can be a Telegram group's (or supergroup's) id."""
    return -CHAT_ID_LIMIT < chat_id < 0


def group_payload(group_id: int) -> str:
    """The payload of a group's link (what :func:`parse_start` reads back as that group)."""
    if not is_group_id(group_id):
        raise ValueError("not a group chat id")
    return f"{GROUP_PREFIX}{group_id}"
