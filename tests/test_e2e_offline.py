"""End to end with the offline engine: no PicWish key, everything made on this machine; and the
face check and compliance measurement that run whatever the backend."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.engine import offline_available
from bot.i18n import t
from tests.harness import BotHarness, make_config

pytestmark = pytest.mark.skipif(not offline_available(), reason="needs the offline extra")


@pytest.fixture
async def offline_bot(telegram, picwish, tmp_path):
    config = make_config(tmp_path / "bot.db", telegram, picwish)
    harness = BotHarness(telegram, picwish, replace(config, picwish_api_key=None, backend="local"))
    await harness.start()
    yield harness
    await harness.stop()


async def test_whole_flow_without_a_picwish_key_delivers_two_documents(offline_bot):
    bot = offline_bot
    user = bot.user()
    await bot.say(user, "/start")
    await bot.send_photo(user)
    await bot.tap(user, "Chinese visa", wait=False)
    preview = await bot.wait_preview(user, timeout=30)
    await bot.tap(user, "Get the final photo", wait=False)
    photo = await bot.wait_method(user, "sendDocument", timeout=30)
    sheet = await bot.wait_method(user, "sendDocument", after=photo)
    free = t("en", "screens-final-free", paper=t("en", "paper-6inch"))
    assert free in preview.caption.splitlines()  # the photo checks follow it
    assert photo.file_name == "cn-visa_33x48mm_354x472px.jpg"
    assert 40 * 1024 <= len(photo.document_bytes) <= 120 * 1000
    assert "sheet" in sheet.file_name
    assert bot.picwish.creates == []  # nothing left this machine
    tasks = await bot.app.services.storage.ledger.lines()
    assert [task["purpose"] for task in tasks] == ["preview", "final"]
    assert all(task["credits_charged"] == 0 for task in tasks)


async def _china_visa_preview(bot: BotHarness):
    """A user sends a photo and picks the China visa: the user, and the preview."""
    user = bot.user()
    await bot.say(user, "/start")
    await bot.send_photo(user)
    await bot.tap(user, "Chinese visa", wait=False)
    return user, await bot.wait_preview(user, timeout=30)


def _everything_shown(bot: BotHarness, user) -> list[str]:
    """Every text, caption and button label the bot showed the user."""
    shown = []
    for call in bot.telegram.sent(user.chat_id):
        shown += [call.text or "", call.caption or ""]
        shown += [label for row in call.buttons for label, _ in row]
    return shown


async def test_the_offline_flow_names_no_price_and_says_the_final_is_free(offline_bot):
    bot = offline_bot
    user, preview = await _china_visa_preview(bot)
    touchups = await bot.tap(user, "Touch-ups")
    assert touchups.caption == t("en", "choose-touchups-free")
    await bot.tap(user, "Continue")
    working = await bot.tap(user, "Get the final photo")
    assert "free" in preview.caption.lower()
    assert working.caption.endswith(t("en", "screens-finalizing"))  # no confirmation screen
    await bot.wait_method(user, "sendDocument", timeout=30)
    shown = _everything_shown(bot, user)
    assert not [text for text in shown if "credit" in text.lower()]


async def test_the_offline_flow_has_no_outfit_step_and_no_outfit_button(offline_bot):
    bot = offline_bot
    user, preview = await _china_visa_preview(bot)
    labels = [label for row in preview.buttons for label, _ in row]
    assert t("en", "btn-change-outfit") not in labels
    shown = _everything_shown(bot, user)
    assert t("en", "outfit-own") not in shown
    assert t("en", "engine-outfits-need-picwish") not in shown


async def test_photo_without_a_face_is_refused_before_anything_is_spent(bot):
    from tests.test_engine_support import landscape_jpeg

    user = bot.user()
    await bot.say(user, "/start")
    bot.telegram.send_document(user, landscape_jpeg(), "holiday.jpg", "image/jpeg")
    refusal = await bot.wait_text(user, t("en", "engine-no-face")[:30])
    assert refusal.text == t("en", "engine-no-face")
    assert bot.picwish.creates == []


async def test_with_face_checks_off_a_photo_goes_to_picwish_unchecked(telegram, picwish, tmp_path):
    from tests.test_engine_support import landscape_jpeg

    config = replace(make_config(tmp_path / "bot.db", telegram, picwish), face_checks=False)
    bot = BotHarness(telegram, picwish, config)
    await bot.start()
    try:
        user = bot.user()
        await bot.say(user, "/start")
        bot.telegram.send_document(user, landscape_jpeg(), "holiday.jpg", "image/jpeg")
        menu = await bot.wait_button(user, "US passport")
        assert menu.text.startswith("Got your photo")
    finally:
        await bot.stop()


async def test_photo_with_two_faces_is_refused(bot):
    from tests.test_engine_support import two_faces_jpeg

    user = bot.user()
    await bot.say(user, "/start")
    bot.telegram.send_document(user, two_faces_jpeg(), "friends.jpg", "image/jpeg")
    refusal = await bot.wait_text(user, "faces in this photo")
    assert refusal.text == t("en", "engine-several-faces", count=2)


async def test_picwish_result_off_the_spec_is_flagged_to_the_user_and_the_ledger(bot):
    user = bot.user()
    await bot.reach_preview(user)
    await bot.tap(user, "Get the final photo", wait=False)
    await bot.wait_method(user, "sendDocument")
    # The emulator draws a figure, not a person: the measurement cannot confirm the rules.
    flagged = await bot.wait_text(user, t("en", "engine-check-intro"))
    assert "\n• " in flagged.text
    final = [
        task for task in await bot.app.services.storage.ledger.lines() if task["purpose"] == "final"
    ]
    assert final[0]["compliance"]
