"""Who belongs to which group, as Telegram said a short while ago (``getChatMember``, cached).

One cache serves both questions the bot asks: is this user a member of the group whose link they
opened (a group pays only for its members' finals), and is this user one of its administrators
(the admin commands). Telegram's answer is kept :attr:`MemberCache.ttl_seconds`; a chat or user
Telegram does not know, or a group the bot was removed from, counts as "left" (not a member).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from telegram import Bot, ChatMemberRestricted
from telegram.constants import ChatMemberStatus
from telegram.error import BadRequest, Forbidden

MEMBER_STATUSES = frozenset(
    {ChatMemberStatus.OWNER, ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.MEMBER}
)
ADMIN_STATUSES = frozenset({ChatMemberStatus.OWNER, ChatMemberStatus.ADMINISTRATOR})
#: A restricted user who is still in the group (``is_member``) counts as a member.
RESTRICTED_MEMBER = "restricted-member"


@dataclass
class MemberCache:
    """(group, user) -> status, each entry kept ``ttl_seconds``; bounded by ``limit`` entries."""

    ttl_seconds: float = 60.0
    limit: int = 10_000
    _entries: dict[tuple[int, int], tuple[str, float]] = field(default_factory=dict)

    def get(self, chat_id: int, user_id: int) -> str | None:
        entry = self._entries.get((chat_id, user_id))
        if entry is None or entry[1] < time.monotonic():
            return None
        return entry[0]

    def put(self, chat_id: int, user_id: int, status: str) -> None:
        if len(self._entries) >= self.limit:
            self._drop_expired_or_oldest()
        self._entries[(chat_id, user_id)] = (status, time.monotonic() + self.ttl_seconds)

    def forget(self, chat_id: int, user_id: int | None = None) -> None:
        for key in [k for k in self._entries if k[0] == chat_id and user_id in (None, k[1])]:
            del self._entries[key]

    def _drop_expired_or_oldest(self) -> None:
        now = time.monotonic()
        expired = [key for key, (_, until) in self._entries.items() if until < now]
        for key in expired or [next(iter(self._entries))]:
            del self._entries[key]


def is_member(status: str) -> bool:
    return status in MEMBER_STATUSES or status == RESTRICTED_MEMBER


def is_admin(status: str) -> bool:
    return status in ADMIN_STATUSES


async def member_status(bot: Bot, cache: MemberCache, chat_id: int, user_id: int) -> str:
    """The user's status in the group (``creator``, ``administrator``, ``member``,
    ``restricted-member``, ``restricted``, ``left`` or ``kicked``), from the cache or Telegram.
    Other Telegram errors (network, 5xx) propagate and are not cached."""
    cached = cache.get(chat_id, user_id)
    if cached is not None:
        return cached
    try:
        member = await bot.get_chat_member(chat_id, user_id)
    except (BadRequest, Forbidden):  # chat or user unknown, or the bot is not in the group
        status = ChatMemberStatus.LEFT.value
    else:
        status = str(member.status)
        if isinstance(member, ChatMemberRestricted) and member.is_member:
            status = RESTRICTED_MEMBER
    cache.put(chat_id, user_id, status)
    return status
