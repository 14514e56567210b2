"""End to end: the photo checks through the bot. Problems that will likely get the photo
rejected are said before the first preview of a photo for a document; the preview's caption
carries the checklist and the final's caption repeats it."""

from __future__ import annotations

import dataclasses
from dataclasses import replace

import pytest

from bot.engine import LocalEngine
from bot.i18n import t
from bot.photo_job import PhotoJob
from bot.specs import load_catalog
from tests.harness import BotHarness, make_config
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


async def test_the_offline_cut_out_leftovers_are_judged_on_the_preview(telegram, picwish, tmp_path):
    """The offline engine measures what is left of the old background around the head and
    shoulders; a made preview with too much of it says so in its checklist."""
    config = replace(
        make_config(tmp_path / "bot.db", telegram, picwish), picwish_api_key=None, backend="local"
    )
    bot = BotHarness(telegram, picwish, config)
    await bot.start()
    try:
        engine = bot.app.services.backend.backend
        make = engine.make

        async def messy_cut_out(job, **kwargs):
            return dataclasses.replace(await make(job, **kwargs), leftovers=0.2)

        engine.make = messy_cut_out
        user = bot.user()
        preview = await ask_for_a_us_passport_preview(bot, user, big_astronaut_jpeg())
        assert t("en", "quality-leftovers", percent=20).split("(")[0] in preview.caption
        assert ALL_PASSED not in preview.caption
    finally:
        await bot.stop()


async def test_the_offline_engine_reports_its_cut_out_leftovers_with_the_photo():
    spec = load_catalog().get("us-passport")
    engine = LocalEngine()
    result = await engine.make(PhotoJob(spec, spec.background, upload=big_astronaut_jpeg()))
    measured = engine.measurement(result.task_id)
    assert result.leftovers is not None and result.leftovers == measured.leftovers
