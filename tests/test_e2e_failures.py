"""End to end: what the user sees when things go wrong, and that nothing is charged twice."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable

from bot.i18n import t
from conversation.states import State
from handlers import flow as flow_module
from tests.emulators.picwish import STATE_FAILED, STATE_INVALID_IMAGE
from tests.harness import BotHarness


async def ask_for_a_preview(bot, user) -> None:
    """From /start to the tap on the document that asks PicWish for the first preview."""
    await bot.say(user, "/start")
    await bot.send_photo(user)
    await bot.tap(user, "US passport", wait=False)


async def test_preview_failure_explains_and_the_retry_succeeds(bot):
    user = bot.user()
    bot.picwish.fail_next_tasks(STATE_FAILED)
    await ask_for_a_preview(bot, user)
    failure = await bot.wait_button(user, "Try the preview again")
    assert "Get the final photo" not in str(failure.buttons)
    await bot.tap(user, "Try the preview again", wait=False)
    preview = await bot.wait_preview(user)
    assert "Free preview" in preview.caption
    assert bot.picwish.credits_charged == 0


async def test_invalid_image_at_preview_is_explained_as_such(bot):
    user = bot.user()
    bot.picwish.fail_next_tasks(STATE_INVALID_IMAGE)
    await ask_for_a_preview(bot, user)
    message = await bot.wait_button(user, "Try the preview again")
    assert message.caption == t("en", "picwish-invalid-image")  # in the working message
    assert "New photo" in str(message.buttons)


async def test_final_failure_charges_nothing_and_a_retry_charges_once(bot):
    user = bot.user()
    preview = await bot.reach_preview(user)
    bot.picwish.fail_next_tasks(STATE_FAILED)
    await bot.tap(user, "Get the final photo", wait=False)
    failure = await bot.wait_text(user, "weren't charged")
    reason = t("en", "picwish-task-failed", state=str(STATE_FAILED))
    assert failure.caption.startswith(t("en", "final-retry", reason=reason))
    assert "not been charged" not in failure.caption  # said once, not twice
    assert failure.message_id == preview.message_id  # said on the preview, with its buttons
    assert bot.picwish.credits_charged == 0
    await bot.tap(user, "Get the final photo", wait=False)
    await bot.wait_method(user, "sendDocument")
    await bot.wait_text(user, "Done")
    assert bot.picwish.credits_charged == 6


async def test_picwish_server_error_on_final_is_retried_without_double_charge(bot):
    user = bot.user()
    await bot.reach_preview(user)
    bot.picwish.fail_next_creates(1, status=503)
    await bot.tap(user, "Get the final photo", wait=False)
    await bot.wait_text(user, "Done", timeout=20)
    finals = [create for create in bot.picwish.creates if create.fields["preview"] == "0"]
    assert [create.http_status for create in finals] == [503, 200]  # refused, then made once
    assert bot.picwish.credits_charged == 6


async def test_expired_last_id_is_replaced_by_one_reupload(bot):
    user = bot.user()
    await bot.reach_preview(user)
    bot.picwish.forget_images()
    await bot.tap(user, "Background")
    await bot.tap(user, "Blue", wait=False)
    await bot.wait_preview(user)
    uploads = [c for c in bot.picwish.creates if c.image_uploaded]
    assert len(uploads) == 2  # the first upload, then exactly one re-upload
    assert bot.picwish.creates[-1].image_uploaded


async def test_restart_while_a_preview_is_made_resumes_it(bot):
    user = bot.user()
    bot.picwish.slow_next_tasks(1)
    await ask_for_a_preview(bot, user)
    await bot.wait_text(user, "Making your free preview")
    await bot.picwish.wait_until(lambda: bool(bot.picwish.tasks))  # PicWish has the stuck task
    await bot.restart()
    preview = await bot.wait_preview(user, timeout=15)
    assert "Free preview" in preview.caption


async def test_cancel_at_each_step_ends_the_conversation(bot):
    steps = [None, "photo", "US passport", "Background"]
    for number, step in enumerate(steps):
        user = bot.user(3000 + number, f"User {number}")  # a clean chat for each step
        await bot.say(user, "/start")
        if step is not None:
            await bot.send_photo(user)
        for label in steps[2 : steps.index(step) + 1] if step else []:
            await bot.tap(user, label)
        bot.telegram.send_text(user, "/cancel")
        await bot.wait_text(user, "Cancelled")
        assert await bot.app.services.storage.sessions.load(f"user:{user.id}") is None


async def test_new_starts_over_and_expires_old_buttons(bot):
    user = bot.user()
    await bot.say(user, "/start")
    await bot.send_photo(user)
    old_message, old_data = bot.button_message(user, "US passport")
    await bot.say(user, "/new")
    stored = await bot.app.services.storage.sessions.load(f"user:{user.id}")
    assert stored.state == State.AWAITING_PHOTO
    bot.telegram.press_button(user, old_message, old_data, check=False)
    await bot.telegram.settle(quiet=0.2)
    assert "expired" in bot.telegram.callback_answers[-1].text


async def test_telegram_429_on_a_reply_is_waited_out(bot):
    user = bot.user()
    bot.telegram.fail_next("sendMessage", 429, retry_after=1, chat_id=user.chat_id)
    reply = await bot.say(user, "/start", timeout=10)
    assert "selfie" in reply.text


async def test_user_who_blocked_the_bot_does_not_break_it(bot):
    blocked, other = bot.user(2001, "Bob"), bot.user(2002, "Cleo")
    bot.telegram.block_bot(blocked.chat_id, notify=False)
    bot.telegram.send_text(blocked, "/start")
    reply = await bot.say(other, "/start")
    assert "selfie" in reply.text


async def test_idle_conversation_ends_politely_and_its_photo_is_deleted(bot):
    from types import SimpleNamespace

    from handlers.lifecycle import clean_up

    user = bot.user()
    await bot.say(user, "/start")
    await bot.send_photo(user)
    storage = bot.app.services.storage
    stored = await storage.sessions.load(f"user:{user.id}")
    photo_key = stored.data["photo"]["original_key"]
    await storage.database.run(
        lambda db: db.execute("UPDATE sessions SET updated_at = updated_at - 7200")
    )
    await clean_up(SimpleNamespace(application=bot.app))
    ended = await bot.wait_text(user, "ended after a long pause")
    assert ended.text == t("en", "session-timed-out")
    assert await storage.sessions.load(f"user:{user.id}") is None
    assert await storage.blobs.get(photo_key) is None


async def test_cancel_deletes_the_kept_photo(bot):
    user = bot.user()
    await bot.say(user, "/start")
    await bot.send_photo(user)
    storage = bot.app.services.storage
    photo_key = (await storage.sessions.load(f"user:{user.id}")).data["photo"]["original_key"]
    await bot.say(user, "/cancel")
    assert await storage.blobs.get(photo_key) is None


async def test_a_tap_is_answered_before_the_screen_changes(bot):
    user = bot.user()
    await bot.say(user, "/start")
    await bot.send_photo(user)
    mark = bot.telegram.mark()
    await bot.tap(user, "US passport", wait=False)
    await bot.wait_preview(user)
    methods = [c.method for c in bot.telegram.calls[mark:] if c.chat_id in (None, user.chat_id)]
    methods = [m for m in methods if m != "getFile"]
    assert methods[:3] == ["answerCallbackQuery", "editMessageText", "sendPhoto"]


@contextlib.asynccontextmanager
async def _bot_with_deadline(telegram, picwish, tmp_path, seconds: float):
    """A bot whose PicWish deadline is ``seconds``; the user already at the review."""
    from dataclasses import replace

    from tests.harness import BotHarness, make_config

    config = replace(make_config(tmp_path / "bot.db", telegram, picwish), picwish_deadline=seconds)
    bot = BotHarness(telegram, picwish, config)
    await bot.start()
    try:
        user = bot.user()
        await bot.reach_preview(user)
        yield bot, user
    finally:
        await bot.stop()


async def test_a_slow_final_shows_a_chat_action_that_never_holds_it_up(
    telegram, picwish, tmp_path, monkeypatch
):
    monkeypatch.setattr(flow_module, "CHAT_ACTION_AFTER", 0.3)
    async with _bot_with_deadline(telegram, picwish, tmp_path, 3.5) as (bot, user):
        picwish.processing_seconds = 2.5
        telegram.delay_next("sendChatAction", 5.0, times=3)  # Telegram slow to take it
        await bot.tap(user, "Get the final photo", wait=False)
        await bot.wait_method(user, "sendDocument", timeout=20)
        assert picwish.credits_charged == 6
        assert any(c.method == "sendChatAction" for c in telegram.calls)


async def test_a_quick_preview_makes_no_chat_action_call(bot):
    user = bot.user()
    await bot.reach_preview(user)
    assert not [c for c in bot.telegram.calls if c.method == "sendChatAction"]


async def _start_final(bot, user, processing_seconds: float):
    """Reach the preview, get the final; the preview once it says the final is being made."""
    await bot.reach_preview(user)
    bot.picwish.processing_seconds = processing_seconds
    await bot.tap(user, "Get the final photo", wait=False)
    return await bot.wait_text(user, "Making your final photo")


def _the_bot_waits_for_the_final(bot: BotHarness) -> Callable[[], bool]:
    """True once the bot asks PicWish about the final's task: it has recorded the task id
    (before it waits) and a restart can find the task again."""

    def waiting() -> bool:
        finals = [c.task_id for c in bot.picwish.creates if c.fields["preview"] == "0"]
        return bool(finals) and any(q.task_id == finals[0] for q in bot.picwish.queries)

    return waiting


async def test_a_final_cut_off_by_a_restart_is_delivered_without_a_second_charge(bot):
    user = bot.user()
    await _start_final(bot, user, processing_seconds=1.5)
    job = bot.app.services.work.tasks[f"final:user:{user.id}"]
    await bot.picwish.wait_until(_the_bot_waits_for_the_final(bot))  # its task id is recorded
    assert [c.fields["preview"] for c in bot.picwish.creates] == ["1", "0"]
    job.cancel()  # the process dies while waiting for PicWish
    await asyncio.gather(job, return_exceptions=True)
    await bot.restart()
    photo = await bot.wait_method(user, "sendDocument", timeout=20)
    await bot.wait_method(user, "sendDocument", after=photo)
    assert [c.fields["preview"] for c in bot.picwish.creates] == ["1", "0"]  # no second final
    assert bot.picwish.credits_charged == 6
    tasks = await bot.app.services.storage.ledger.lines()
    final_rows = [row for row in tasks if row["purpose"] == "final"]
    assert len(final_rows) == 1 and final_rows[0]["credits_charged"] == 6


async def test_a_final_past_the_deadline_is_waited_for_on_retry_not_made_again(
    telegram, picwish, tmp_path
):
    async with _bot_with_deadline(telegram, picwish, tmp_path, 1.0) as (bot, user):
        picwish.processing_seconds = 1.6
        await bot.tap(user, "Get the final photo", wait=False)
        pending = await bot.wait_text(user, "still making your final photo")
        shown = pending.text or pending.caption
        assert "charged" in shown and "weren't charged" not in shown
        await bot.tap(user, "Get the final photo", wait=False)
        photo = await bot.wait_method(user, "sendDocument", timeout=20)
        await bot.wait_method(user, "sendDocument", after=photo)
        finals = [c for c in picwish.creates if c.fields.get("preview") == "0"]
        assert len(finals) == 1 and picwish.credits_charged == 6
