"""End to end: after a whole flow and after /deletedata, the database files hold no photo."""

from __future__ import annotations

import asyncio
from dataclasses import replace

import pytest

from bot.engine import offline_available
from bot.i18n import DEFAULT_LANGUAGE, available_languages
from handlers.jobs import final_job_name
from tests.harness import BotHarness, make_config, portrait_jpeg
from tests.privacy_checks import leaks, rows_of_user


async def make_a_final(bot: BotHarness, user) -> bytes:
    await bot.say(user, "/start")
    await bot.send_photo(user, portrait_jpeg())
    await bot.tap(user, "US passport", wait=False)
    await bot.wait_preview(user)
    await bot.tap(user, "Get the final photo", wait=False)
    photo = await bot.wait_method(user, "sendDocument")
    await bot.wait_method(user, "sendDocument", after=photo)
    await bot.wait_text(user, "Done")
    return photo.document_bytes


async def test_after_a_whole_flow_no_database_file_holds_the_photos(bot):
    user = bot.user()
    final = await make_a_final(bot, user)
    path = bot.config.db_path
    assert leaks(path, portrait_jpeg()) == []
    assert leaks(path, final) == []
    assert await bot.app.services.storage.blobs.delete_user(user.id) > 0  # they were kept


async def test_after_deletedata_no_row_of_the_user_and_no_photo_byte_is_left(bot):
    user = bot.user()
    final = await make_a_final(bot, user)
    await bot.say(user, "/deletedata")
    path = bot.config.db_path
    assert rows_of_user(path, user.id) == []
    assert leaks(path, portrait_jpeg()) == [] and leaks(path, final) == []
    lines = await bot.app.services.storage.ledger.lines()
    assert [line["credits_charged"] for line in lines if line["purpose"] == "final"] == [6]
    assert all(line["task_id"] is None and line["image_id"] is None for line in lines)


async def test_deletedata_during_a_running_final_leaves_no_row_and_keeps_the_charge(bot):
    user = bot.user()
    await bot.say(user, "/start")
    await bot.send_photo(user, portrait_jpeg())
    await bot.tap(user, "US passport", wait=False)
    await bot.wait_preview(user)
    bot.picwish.processing_seconds = 2.0  # PicWish accepts the final and is still making it
    await bot.tap(user, "Get the final photo", wait=False)
    final = lambda: [c for c in bot.picwish.creates if c.fields.get("preview") == "0"]  # noqa: E731
    await bot.picwish.wait_until(lambda: bool(final()) and bool(bot.picwish.queries))
    await bot.say(user, "/deletedata")
    await bot.wait_text(user, "your photos, sessions and personal data are deleted")
    assert final_job_name(user.id) not in bot.app.services.work.tasks  # stopped, not left running
    path = bot.config.db_path
    assert rows_of_user(path, user.id) == []
    assert leaks(path, portrait_jpeg()) == []
    assert bot.telegram.sent(method="sendDocument", chat_id=user.id) == []
    await bot.picwish.tasks_finished(timeout=5)  # PicWish finishes it and charges for it
    await asyncio.sleep(0.5)  # time for a job left running to poll PicWish and store the result
    assert bot.telegram.sent(method="sendDocument", chat_id=user.id) == []
    assert rows_of_user(path, user.id) == []
    lines = await bot.app.services.storage.ledger.lines()
    assert [line["credits_charged"] for line in lines if line["purpose"] == "final"] == [6]
    assert sum(line["credits_charged"] or 0 for line in lines) == bot.picwish.credits_charged == 6
    assert all(line["task_id"] is None and line["user_id"] is None for line in lines)


@pytest.mark.parametrize("backend", ["picwish", "local"])
async def test_privacy_command_names_picwish_only_when_it_makes_the_photos(
    telegram, picwish, tmp_path, backend
):
    if backend == "local" and not offline_available():
        pytest.skip("needs the offline extra")
    config = make_config(tmp_path / "bot.db", telegram, picwish)
    if backend == "local":
        config = replace(config, picwish_api_key=None, backend="local")
    harness = BotHarness(telegram, picwish, config)
    await harness.start()
    try:
        user = harness.user()
        await harness.say(user, "/privacy")
        answer = await harness.wait_text(user, "Privacy: what this bot keeps")
    finally:
        await harness.stop()
    assert ("PicWish" in answer.params["text"]) == (backend == "picwish")
    assert "/deletedata" in answer.params["text"]


async def test_privacy_is_listed_in_the_private_command_menu_in_every_language(bot):
    for lang in available_languages():
        code = "" if lang == DEFAULT_LANGUAGE else lang
        names = [name for name, _ in bot.telegram.get_commands("all_private_chats", code)]
        assert "privacy" in names, lang
