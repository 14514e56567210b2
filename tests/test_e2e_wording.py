"""Every word of a whole flow, in each of the 9 languages, read the way a phone user reads it
(issue #20): no "credits", hex colours, px/dpi/KB or data-source names, and in Arabic every line
starts right to left. Texts, captions, button labels and the answers to taps are all checked."""

from __future__ import annotations

import pytest

from bot.i18n import available_languages
from tests.emulators.telegram import ApiCall, TgUser
from tests.harness import BotHarness, portrait_jpeg
from tests.wording import wording_problems


def _press(bot: BotHarness, user: TgUser, data_part: str) -> None:
    """Tap the newest button whose callback data contains ``data_part`` (language-free)."""
    for message in reversed(bot.telegram.messages_in(user.chat_id, from_bot=True)):
        for row in message.buttons:
            for _, data in row:
                if data and data_part in data:
                    bot.telegram.press_button(user, message, data)
                    return
    raise AssertionError(f"no button with data {data_part!r}")


def _has_button(user: TgUser, data_part: str):
    def check(call: ApiCall) -> bool:
        datas = [data or "" for row in call.buttons for _, data in row]
        return call.chat_id == user.chat_id and any(data_part in d for d in datas)

    return check


async def _whole_flow(bot: BotHarness, user: TgUser) -> None:
    """Photo, document, preview, a background the document refuses, new preview, final."""
    await bot.say(user, "/start")
    bot.telegram.send_photo(user, portrait_jpeg())
    await bot.telegram.wait_for(_has_button(user, "|spec|us-passport"))
    _press(bot, user, "|spec|us-passport")
    await bot.wait_preview(user)
    _press(bot, user, "|change|background")
    await bot.telegram.wait_for(_has_button(user, "|bg|438EDB"))
    _press(bot, user, "|bg|438EDB")
    await bot.wait_preview(user)
    _press(bot, user, "|final|")
    photo = await bot.wait_method(user, "sendDocument")
    await bot.wait_method(user, "sendDocument", after=photo)
    await bot.telegram.settle(quiet=0.3)


def _everything_seen(bot: BotHarness, user: TgUser) -> list[str]:
    calls = [c for c in bot.telegram.calls if c.chat_id == user.chat_id and c.ok]
    texts = [c.text or c.caption or "" for c in calls]
    labels = [label for c in calls for row in c.buttons for label, _ in row]
    answers = [a.text for a in bot.telegram.callback_answers if a.text]
    return [text for text in texts + labels + answers if text]


@pytest.mark.parametrize("lang", available_languages())
async def test_a_whole_flow_is_in_plain_words(bot, lang):
    user = bot.user(language_code=lang)
    await _whole_flow(bot, user)
    seen = _everything_seen(bot, user)
    assert len(seen) > 20  # texts, captions and labels of every screen
    problems = {text: wording_problems(text, lang) for text in seen}
    assert not {text: found for text, found in problems.items() if found}
