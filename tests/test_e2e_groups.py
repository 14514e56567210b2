"""End to end in a group: admins set defaults, quotas and budgets; members get a deep link;
operators read the ledger. Through the real Application and both emulators."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.i18n import t
from tests.harness import BotHarness, make_config, portrait_jpeg

GROUP_ID = -1001234567


@pytest.fixture
async def bot(telegram, picwish, tmp_path):
    config = make_config(tmp_path / "bot.db", telegram, picwish)
    harness = BotHarness(telegram, picwish, replace(config, admin_ids=frozenset({9000})))
    await harness.start()
    yield harness
    await harness.stop()


@pytest.fixture
def people(bot):
    admin = bot.user(5001, "Ada")
    member = bot.user(5002, "Ben")
    other = bot.user(5003, "Cy")
    group = bot.telegram.group(
        GROUP_ID, "Class 7B", members={admin: "administrator", member: "member", other: "member"}
    )
    return admin, member, other, group


async def in_group(bot: BotHarness, user, group, text: str):
    bot.telegram.send_text(user, text, chat=group)
    return await bot.telegram.wait_for(method="sendMessage", chat_id=group.id)


async def set_group_spec(bot: BotHarness, admin, group, query: str, label: str):
    menu = await in_group(bot, admin, group, f"/setspec {query}")
    bot.telegram.press_button(admin, menu, menu.callback_data_for(_label(menu, label)), chat=group)
    return await bot.telegram.wait_for(method="editMessageText", chat_id=group.id)


async def set_up_us_passport(bot: BotHarness, admin, group) -> None:
    await set_group_spec(bot, admin, group, "us passport", "US passport")
    await in_group(bot, admin, group, "/setbg FFFFFF")


def _label(call, fragment: str) -> str:
    return next(text for row in call.buttons for text, _ in row if fragment in text)


async def preview_from_group_link(bot: BotHarness, user):
    """The member follows the group's link and sends a selfie: the group's document is known,
    so the preview comes without a tap."""
    await bot.say(user, f"/start g{GROUP_ID}")
    bot.telegram.send_photo(user, portrait_jpeg())
    return await bot.wait_preview(user)


async def test_admin_defaults_are_preselected_through_the_members_deep_link(bot, people):
    admin, member, _, group = people
    done = await set_group_spec(bot, admin, group, "china visa", "Chinese visa")
    assert "Chinese visa" in done.text
    await in_group(bot, admin, group, "/setbg F0F0F0")
    invite = await in_group(bot, member, group, "/idphoto")
    (url,) = [data for row in invite.buttons for _, data in row]
    assert url == f"https://t.me/{bot.telegram.bot_username}?start=g{GROUP_ID}"

    welcome = await bot.say(member, f"/start g{GROUP_ID}")
    assert "Chinese visa" in welcome.text
    bot.telegram.send_photo(member, portrait_jpeg())
    preview = await bot.wait_preview(member)  # document and background already chosen
    assert "Chinese visa" in preview.caption and "light grey" in preview.caption
    request = bot.picwish.creates[-1]
    assert (request.fields["px_width"], request.fields["px_height"]) == ("354", "472")
    assert request.fields["bg_color"] == "F0F0F0"


async def test_non_admin_cannot_change_settings(bot, people):
    admin, member, _, group = people
    await in_group(bot, admin, group, "/setbg F0F0F0")
    before = await bot.app.services.storage.groups.settings(GROUP_ID)
    for command in ("/setspec us passport", "/setbg 438EDB", "/quota 1 per day", "/disable"):
        reply = await in_group(bot, member, group, command)
        assert reply.text == t("en", "group-admins-only")
        assert not reply.buttons  # no menu a member could tap either
    assert await bot.app.services.storage.groups.settings(GROUP_ID) == before


async def test_another_members_tap_on_an_admin_menu_is_refused(bot, people):
    admin, _, other, group = people
    menu = await in_group(bot, admin, group, "/setspec us passport")
    data = menu.callback_data_for(_label(menu, "US passport"))
    bot.telegram.press_button(other, menu, data, chat=group)
    await bot.telegram.settle(quiet=0.2)
    assert "isn’t yours" in bot.telegram.callback_answers[-1].text
    settings = await bot.app.services.storage.groups.settings(GROUP_ID)
    assert not settings or settings.get("spec_id") is None


async def test_quota_exhausted_gives_a_clear_message_and_no_picwish_request(bot, people):
    admin, member, _, group = people
    await set_up_us_passport(bot, admin, group)
    await in_group(bot, admin, group, "/quota 1 per month")
    await preview_from_group_link(bot, member)
    await bot.tap(member, "Get the final photo", wait=False)
    await bot.wait_text(member, "Done")
    finals_before = sum(c.fields.get("preview") == "0" for c in bot.picwish.creates)

    await bot.tap(member, "Another size", wait=True)
    await bot.tap(member, "US visa", wait=False)
    await bot.wait_preview(member)
    refusal = await bot.tap(member, "Get the final photo")
    assert "1 final photo per member per month" in refusal.text
    assert "resets" in refusal.text
    assert sum(c.fields.get("preview") == "0" for c in bot.picwish.creates) == finals_before


async def test_a_group_quota_says_on_the_preview_how_many_free_photos_are_left(bot, people):
    admin, member, _, group = people
    await set_up_us_passport(bot, admin, group)
    await in_group(bot, admin, group, "/quota 2 per month")
    first = await preview_from_group_link(bot, member)
    assert "2 of 2 free photos left this month" in first.caption
    await bot.tap(member, "Get the final photo", wait=False)
    await bot.wait_text(member, "Done")
    await bot.tap(member, "Another size", wait=True)
    await bot.tap(member, "US visa", wait=False)
    second = await bot.wait_preview(member)
    assert "1 of 2 free photos left this month" in second.caption
    assert "credit" not in second.caption


async def test_group_budget_is_respected(bot, people):
    admin, member, other, group = people
    await set_up_us_passport(bot, admin, group)
    await in_group(bot, admin, group, "/budget 6 per month")
    await preview_from_group_link(bot, member)
    await bot.tap(member, "Get the final photo", wait=False)
    await bot.wait_text(member, "Done")
    await preview_from_group_link(bot, other)
    await bot.tap(other, "Get the final photo", wait=False)
    refusal = await bot.telegram.wait_for(chat_id=other.chat_id, method="sendMessage")
    assert "budget" in refusal.text
    assert bot.picwish.credits_charged == 6


async def test_stats_and_ops_match_the_ledger_after_a_day_of_use(bot, people):
    admin, member, other, group = people
    operator = bot.user(9000, "Op")
    await set_up_us_passport(bot, admin, group)
    await preview_from_group_link(bot, member)
    await bot.tap(member, "Get the final photo", wait=False)
    await bot.wait_text(member, "Done")
    await preview_from_group_link(bot, other)
    bot.picwish.fail_next_tasks()
    await bot.tap(other, "Get the final photo", wait=False)
    await bot.wait_text(other, "weren't charged")

    stats = await in_group(bot, admin, group, "/stats")
    assert "Members served: 2" in stats.text
    assert "Previews: 2" in stats.text
    assert "Final photos: 1" in stats.text
    assert "Credits used: 6" in stats.text

    ops = await bot.say(operator, "/ops")
    assert "Today: 2 previews, 1 finals, 6 credits, 1 failures, 2 users." in ops.text
    assert "Class 7B" in ops.text
    history = await bot.say(operator, f"/ops user {member.id}")
    assert "1 finals, 6 credits" in history.text


async def test_ops_is_refused_to_ordinary_users(bot, people):
    _, member, _, _ = people
    reply = await bot.say(member, "/ops")
    assert "operators" in reply.text


async def test_disabled_group_refuses_members_and_its_finals(bot, people):
    admin, member, _, group = people
    await set_group_spec(bot, admin, group, "us passport", "US passport")
    await in_group(bot, admin, group, "/disable")
    reply = await in_group(bot, member, group, "/idphoto")
    assert "paused" in reply.text
