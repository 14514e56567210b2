"""End to end: the photo checks through the bot. Problems that will likely get the photo
rejected are said before the first preview of a photo for a document; the preview's caption
carries the checklist and the final's caption repeats it."""

from __future__ import annotations

import pytest

from bot.i18n import t
from tests.harness import BotHarness
from tests.quality_set import CASES
from tests.test_engine_support import big_astronaut_jpeg

pytest.importorskip("mediapipe")

REJECTED = t("en", "quality-upload-intro")
GLASSES_OFF = t("en", "quality-glasses-forbidden")
ALL_PASSED = t("en", "quality-all-passed")


async def ask_for_a_us_passport_preview(bot: BotHarness, user, photo: bytes):
    await bot.say(user, "/start")
    await bot.send_photo(user, photo)
    await bot.tap(user, "US passport", wait=False)
    return await bot.wait_preview(user, timeout=20)


async def test_glasses_for_a_us_passport_are_flagged_before_the_preview(bot):
    user = bot.user()
    preview = await ask_for_a_us_passport_preview(bot, user, CASES["hopper"].jpeg())
    warning = await bot.wait_text(user, REJECTED)
    assert GLASSES_OFF in warning.text
    assert warning.text.endswith(t("en", "quality-upload-choice"))
    assert warning.seq < preview.seq  # said before the preview, which still follows
    assert f"❌ {GLASSES_OFF}" in preview.caption
    assert len(bot.picwish.creates) == 1  # the free preview was made all the same


async def test_a_clean_photo_shows_all_checks_passed_on_the_preview_and_the_final(bot):
    user = bot.user()
    preview = await ask_for_a_us_passport_preview(bot, user, big_astronaut_jpeg())
    assert ALL_PASSED in preview.caption
    assert "⚠️" not in preview.caption and "❌" not in preview.caption
    assert not [text for text in bot.telegram.texts(user.id) if REJECTED in (text or "")]
    await bot.tap(user, "Get the final photo", wait=False)
    photo = await bot.wait_method(user, "sendDocument", timeout=20)
    assert ALL_PASSED in photo.caption


async def test_the_problems_are_said_once_per_photo_and_document(bot):
    user = bot.user()
    await ask_for_a_us_passport_preview(bot, user, CASES["hopper"].jpeg())
    await bot.tap(user, "Background")
    await bot.tap(user, "Blue", wait=False)
    second = await bot.wait_preview(user, timeout=20)
    assert f"❌ {GLASSES_OFF}" in second.caption  # the checklist stays on every preview
    warnings = [text for text in bot.telegram.texts(user.id) if REJECTED in (text or "")]
    assert len(warnings) == 1


async def test_the_photo_checks_survive_a_restart(bot):
    user = bot.user()
    await ask_for_a_us_passport_preview(bot, user, CASES["hopper"].jpeg())
    await bot.restart()
    await bot.tap(user, "Background")
    await bot.tap(user, "Blue", wait=False)
    preview = await bot.wait_preview(user, timeout=20)
    assert f"❌ {GLASSES_OFF}" in preview.caption
    warnings = [text for text in bot.telegram.texts(user.id) if REJECTED in (text or "")]
    assert len(warnings) == 1
