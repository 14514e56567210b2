"""End to end: one Telegram hiccup while the bot fetches a photo does not make the user resend it
(issue #13, point 10)."""

from __future__ import annotations

import pytest

from tests.emulators.telegram import FILE_DOWNLOAD


@pytest.fixture
async def user(bot):
    person = bot.user()
    await bot.say(person, "/start")
    return person


@pytest.mark.parametrize("failing", ["getFile", FILE_DOWNLOAD])
async def test_one_5xx_while_fetching_the_photo_is_retried_and_the_photo_is_accepted(
    bot, user, failing
):
    bot.telegram.fail_next(failing, 502)
    await bot.send_photo(user)
    stored = await bot.app.services.storage.sessions.load(f"user:{user.id}")
    assert stored.state == "choosing_spec"
    failed = [call for call in bot.telegram.calls if call.method == "getFile" and not call.ok]
    assert len(failed) == (1 if failing == "getFile" else 0)
    assert not any(fault.method == failing for fault in bot.telegram._faults)  # it was hit
