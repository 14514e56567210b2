"""End to end: what buttons and commands mean, from the user's side. Forged or outdated button
data never breaks anything; the "/" menus list what the bot answers; a user's language follows
Telegram's until they choose one with /language."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

from bot.i18n import t
from handlers.lifecycle import clean_up
from tests.harness import BotHarness, make_config, portrait_jpeg

GROUP_ID = -1007654321


async def _answer_to(bot: BotHarness, user, data: str):
    """Press a button carrying ``data`` on the newest menu; the bot's answer to the tap."""
    message, _ = bot.button_message(user, "US passport")
    mark = bot.telegram.mark()
    bot.telegram.press_button(user, message, data, check=False)  # forged: not on the menu
    await bot.telegram.wait_for(method="answerCallbackQuery", after=mark)
    return bot.telegram.callback_answers[-1]


async def _at_the_document_menu(bot: BotHarness, user) -> str:
    """The session id of a conversation waiting for a document."""
    await bot.say(user, "/start")
    await bot.send_photo(user)
    _, data = bot.button_message(user, "US passport")
    return data.split("|")[0]


async def test_a_page_number_that_is_no_number_says_the_menu_expired(bot):
    user = bot.user()
    session = await _at_the_document_menu(bot, user)
    answer = await _answer_to(bot, user, f"{session}|specpage|abc")
    assert answer.text == t("en", "menu-expired")
    assert (await bot.app.services.storage.sessions.load(f"user:{user.id}")).state == (
        "choosing_spec"
    )


async def test_an_unknown_outfit_group_says_the_menu_expired(bot):
    user = bot.user()
    session = await _at_the_document_menu(bot, user)
    answer = await _answer_to(bot, user, f"{session}|outfitgroup|foo:0")
    assert answer.text == t("en", "menu-expired")


async def test_an_unknown_action_says_the_menu_expired(bot):
    user = bot.user()
    session = await _at_the_document_menu(bot, user)
    answer = await _answer_to(bot, user, f"{session}|explode|now")
    assert answer.text == t("en", "menu-expired")


async def test_an_unknown_document_goes_back_to_the_document_menu_saying_why(bot):
    user = bot.user()
    session = await _at_the_document_menu(bot, user)
    message, _ = bot.button_message(user, "US passport")
    bot.telegram.press_button(user, message, f"{session}|spec|atlantis-passport", check=False)
    shown = await bot.wait_text(user, t("en", "spec-unknown"))
    assert shown.text.endswith(t("en", "choose-spec"))
    assert any("US passport" in label for row in shown.buttons for label, _ in row)
    stored = await bot.app.services.storage.sessions.load(f"user:{user.id}")
    assert stored.state == "choosing_spec" and stored.data["options"]["spec_id"] is None
    assert bot.picwish.creates == []


async def test_a_group_admins_menu_lists_language(bot):
    admins = [name for name, _ in bot.telegram.get_commands(scope="all_chat_administrators")]
    assert "language" in admins and "setspec" in admins and "idphoto" in admins
    german = bot.telegram.get_commands(scope="all_chat_administrators", language_code="de")
    assert ("language", t("de", "cmd-language")) in german


async def test_every_listed_group_admin_command_is_answered_in_a_group(bot):
    admin = bot.user(5101, "Ada")
    group = bot.telegram.group(GROUP_ID, "Class 8C", members={admin: "administrator"})
    bot.telegram.send_text(admin, "/language", chat=group)
    menu = await bot.telegram.wait_for(method="sendMessage", chat_id=group.id)
    assert menu.text == t("en", "choose-language")
    bot.telegram.press_button(admin, menu, menu.callback_data_for("Deutsch"), chat=group)
    await bot.telegram.wait_for(method="editMessageText", chat_id=group.id)
    assert (await bot.app.services.storage.groups.settings(GROUP_ID))["language"] == "de"


async def test_a_user_who_changes_telegrams_language_is_answered_in_the_new_one(bot):
    user = bot.user(language_code="en")
    welcome = await bot.say(user, "/start")
    assert welcome.text.startswith(t("en", "welcome")[:20])
    user = bot.user(language_code="de")  # the same person, Telegram now in German
    again = await bot.say(user, "/start")
    assert again.text.startswith(t("de", "welcome")[:20])
    assert await bot.app.services.storage.users.language(user.id) is None


async def test_a_language_chosen_with_the_command_wins_over_telegrams(bot):
    user = bot.user(language_code="en")
    await bot.say(user, "/language")
    await bot.tap(user, "Español")
    user = bot.user(language_code="de")
    reply = await bot.say(user, "/help")
    assert reply.text == t("es", "help")


async def test_a_conversation_that_times_out_is_ended_in_the_users_telegram_language(
    telegram, picwish, tmp_path
):
    config = replace(make_config(tmp_path / "bot.db", telegram, picwish), session_timeout=0.0)
    bot = BotHarness(telegram, picwish, config)
    await bot.start()
    try:
        user = bot.user(language_code="de")
        await bot.say(user, "/start")
        telegram.send_photo(user, portrait_jpeg())
        await bot.telegram.wait_for(lambda call: call.chat_id == user.chat_id and call.buttons)
        await clean_up(SimpleNamespace(application=bot.app))  # what the periodic job runs
        ended = await bot.wait_text(user, t("de", "session-timed-out"))
        assert ended.text == t("de", "session-timed-out")
    finally:
        await bot.stop()
