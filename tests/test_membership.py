"""Group membership from Telegram's getChatMember, cached briefly (the real PTB Bot against the
Telegram emulator)."""

from __future__ import annotations

import pytest
from telegram import Bot
from telegram.error import NetworkError

from bot.membership import MemberCache, is_admin, is_member, member_status
from bot.telegram_http import AiohttpRequest

GROUP = -1001234567890


@pytest.fixture
async def bot(telegram):
    client = Bot(
        telegram.token,
        base_url=telegram.base_url,
        base_file_url=telegram.base_file_url,
        request=AiohttpRequest(4, retry_delay=0),  # the bot's own transport
    )
    async with client:
        yield client


def _member_calls(telegram) -> int:
    return len([call for call in telegram.calls if call.method == "getChatMember"])


@pytest.mark.parametrize(
    ("status", "member", "admin"),
    [
        ("creator", True, True),
        ("administrator", True, True),
        ("member", True, False),
        ("left", False, False),
        ("kicked", False, False),
    ],
)
async def test_a_users_status_in_the_group_decides_membership(bot, telegram, status, member, admin):
    alice = telegram.user(1001, "Alice")
    telegram.group(GROUP, "Team", members={alice: status})
    found = await member_status(bot, MemberCache(), GROUP, alice.id)
    assert (is_member(found), is_admin(found)) == (member, admin)


async def test_a_chat_telegram_does_not_know_is_not_a_group_the_user_belongs_to(bot, telegram):
    alice = telegram.user(1001, "Alice")
    assert not is_member(await member_status(bot, MemberCache(), -4242, alice.id))


async def test_a_group_that_removed_the_bot_counts_as_left(bot, telegram):
    alice = telegram.user(1001, "Alice")
    telegram.group(GROUP, "Team", members={alice: "member"})
    telegram.fail_next("getChatMember", 403, "Forbidden: bot was kicked from the supergroup chat")
    assert await member_status(bot, MemberCache(), GROUP, alice.id) == "left"


async def test_a_telegram_outage_is_reported_and_not_cached(bot, telegram):
    alice = telegram.user(1001, "Alice")
    telegram.group(GROUP, "Team", members={alice: "member"})
    telegram.fail_next("getChatMember", 500, times=2)  # the transport retries a read once
    cache = MemberCache()
    with pytest.raises(NetworkError):
        await member_status(bot, cache, GROUP, alice.id)
    assert cache.get(GROUP, alice.id) is None
    assert is_member(await member_status(bot, cache, GROUP, alice.id))


async def test_the_answer_is_cached_until_it_expires(bot, telegram):
    alice = telegram.user(1001, "Alice")
    telegram.group(GROUP, "Team", members={alice: "member"})
    cache = MemberCache(ttl_seconds=60)
    assert is_member(await member_status(bot, cache, GROUP, alice.id))
    telegram.set_member(GROUP, alice, "left")
    assert is_member(await member_status(bot, cache, GROUP, alice.id))  # cached
    assert _member_calls(telegram) == 1
    cache.forget(GROUP)
    assert not is_member(await member_status(bot, cache, GROUP, alice.id))
    expired = MemberCache(ttl_seconds=-1)
    await member_status(bot, expired, GROUP, alice.id)
    await member_status(bot, expired, GROUP, alice.id)
    assert _member_calls(telegram) == 4


def test_the_cache_stays_bounded():
    cache = MemberCache(limit=3)
    for user in range(10):
        cache.put(GROUP, user, "member")
    assert len(cache._entries) == 3
    assert cache.get(GROUP, 9) == "member"
