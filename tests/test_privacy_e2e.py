"""End to end: after a whole flow and after /deletedata, the database files hold no photo."""

from __future__ import annotations

from tests.harness import BotHarness, portrait_jpeg
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
