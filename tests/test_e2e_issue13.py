"""End to end, issue #13: money and membership hold under races, faults and hostile input.

One test per numbered point, through the real Application and both emulators. In every test the
credits PicWish charged equal the credits in the bot's ledger.
"""

from __future__ import annotations

import asyncio
import logging
from contextlib import asynccontextmanager
from dataclasses import replace

import pytest

from bot.i18n import t
from bot.imaging import SheetOptions, sheet_layout
from bot.limits import Quota
from bot.storage import Storage
from bot.text_length import MESSAGE_UNITS, utf16_len
from tests.harness import BotHarness, make_config, portrait_jpeg

GROUP_ID = -1001234567
LONG = 30.0


@asynccontextmanager
async def running(telegram, picwish, tmp_path, **settings):
    config = replace(make_config(tmp_path / "bot.db", telegram, picwish), **settings)
    bot = BotHarness(telegram, picwish, config)
    await bot.start()
    try:
        yield bot
    finally:
        await bot.stop()


async def stored_session(bot: BotHarness, user):
    """The user's saved session (the reply to /start goes out just before it is saved)."""
    for _ in range(200):
        stored = await bot.app.services.storage.sessions.load(f"user:{user.id}")
        if stored is not None:
            return stored
        await asyncio.sleep(0.025)
    raise AssertionError("no session was saved")


async def until(condition, timeout: float = LONG) -> None:
    for _ in range(int(timeout / 0.05)):
        if condition():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("condition not met in time")


async def ledger_credits(bot: BotHarness) -> int:
    lines = await bot.app.services.storage.ledger.lines()
    return sum(line["credits_charged"] or 0 for line in lines)


async def assert_ledger_matches_picwish(bot: BotHarness) -> None:
    assert await ledger_credits(bot) == bot.picwish.credits_charged


async def reach_review(bot: BotHarness, user):
    """The common path: a selfie and one tap on the document, then the free preview."""
    return await bot.reach_preview(user)


def final_creates(picwish) -> list:
    return [c for c in picwish.creates if c.fields.get("preview") == "0"]


async def confirm_final(bot: BotHarness, user) -> None:
    """One tap: a free final is made at once (no confirmation screen)."""
    await bot.tap(user, "Get the final photo", wait=False)


async def both_documents(bot: BotHarness, user) -> None:
    photo = await bot.wait_method(user, "sendDocument", timeout=LONG)
    await bot.wait_method(user, "sendDocument", after=photo, timeout=LONG)


# -- 1. a charged final whose download fails is an asset -------------------------------------


async def test_1_a_charged_final_whose_download_failed_is_fetched_again_never_paid_again(
    telegram, picwish, tmp_path
):
    async with running(telegram, picwish, tmp_path, user_finals=Quota(1, "day")) as bot:
        user = bot.user()
        await reach_review(bot, user)
        picwish.result_ttl = 0  # every result URL PicWish answers has already expired
        await confirm_final(bot, user)
        told = await bot.wait_text(user, "paid for once", timeout=LONG)
        shown = told.text or told.caption  # said on the preview
        assert "not been charged" not in shown and "weren't charged" not in shown
        assert picwish.credits_charged == 6
        await assert_ledger_matches_picwish(bot)

        picwish.result_ttl = 3600.0
        await confirm_final(bot, user)  # the quota of 1 final lets the same final through
        await both_documents(bot, user)
        assert len(final_creates(picwish)) == 1  # the same task, fetched again
        assert picwish.credits_charged == 6
        await assert_ledger_matches_picwish(bot)


# -- 2. concurrent finals cannot overspend a budget ------------------------------------------


async def _member_at_the_preview(bot: BotHarness, user) -> None:
    """Through the group's link: the group's document is known, the selfie goes straight to
    the preview."""
    await bot.say(user, f"/start g{GROUP_ID}", timeout=LONG)
    bot.telegram.send_photo(user, portrait_jpeg())
    await bot.wait_preview(user, timeout=LONG)


async def _set_up_group(bot: BotHarness, admin, group, budget: str) -> None:
    bot.telegram.send_text(admin, "/setspec us passport", chat=group)
    menu = await bot.telegram.wait_for(method="sendMessage", chat_id=group.id)
    label = next(text for row in menu.buttons for text, _ in row if "US passport" in text)
    bot.telegram.press_button(admin, menu, menu.callback_data_for(label), chat=group)
    await bot.telegram.wait_for(method="editMessageText", chat_id=group.id)
    for command in ("/setbg FFFFFF", f"/budget {budget}", "/idphoto"):
        mark = len(bot.telegram.calls)
        bot.telegram.send_text(admin, command, chat=group)
        await bot.telegram.wait_for(method="sendMessage", chat_id=group.id, after=mark)


async def test_2_twenty_members_confirming_at_once_against_a_budget_for_three_get_three(
    telegram, picwish, tmp_path
):
    async with running(telegram, picwish, tmp_path) as bot:
        admin = bot.user(5001, "Ada")
        members = [bot.user(6000 + n, f"M{n}") for n in range(20)]
        group = telegram.group(
            GROUP_ID,
            "Class 7B",
            members={admin: "administrator", **{m: "member" for m in members}},
        )
        await _set_up_group(bot, admin, group, "18 per month")  # 3 finals of 6 credits
        for member in members:  # one by one: the harness waits from a global mark
            await _member_at_the_preview(bot, member)

        for member in members:  # the same instant
            message, data = bot.button_message(member, "Get the final photo")
            telegram.press_button(member, message, data)

        refusal = t("en", "limit-group-budget", group="Class 7B", reset="X").split(" at ")[0]
        outcomes = await asyncio.gather(*(_outcome(bot, m, refusal) for m in members))
        assert sorted(outcomes) == ["delivered"] * 3 + ["refused"] * 17
        await asyncio.sleep(1.0)  # nothing is charged afterwards
        assert len(final_creates(picwish)) == 3
        assert picwish.credits_charged == 18
        await assert_ledger_matches_picwish(bot)


async def _outcome(bot: BotHarness, user, refusal: str) -> str:
    def done(call) -> bool:
        shown = (call.text or "") + (call.caption or "")
        return call.chat_id == user.chat_id and (call.method == "sendDocument" or refusal in shown)

    call = await bot.telegram.wait_for(done, timeout=LONG)
    if call.method == "sendDocument":
        await bot.wait_method(user, "sendDocument", after=call, timeout=LONG)
        return "delivered"
    return "refused"


async def test_2_a_stars_payment_is_declined_while_another_final_holds_the_last_credits(
    telegram, picwish, tmp_path
):
    async with running(telegram, picwish, tmp_path, stars_price=50, daily_credits=6) as bot:
        first, second = bot.user(1001, "Ann"), bot.user(1002, "Bob")
        await reach_review(bot, first)
        await reach_review(bot, second)
        await bot.tap(second, "Get the final photo", wait=False)
        second_invoice = await bot.wait_method(second, "sendInvoice")  # both have an invoice
        picwish.processing_seconds = 3.0
        await bot.tap(first, "Get the final photo", wait=False)
        invoice = await bot.wait_method(first, "sendInvoice")
        telegram.pay_invoice(first, invoice)
        await until(lambda: final_creates(picwish))  # Ann's final holds the day's 6 credits

        mark = len(telegram.calls)
        telegram.pay_invoice(second, second_invoice)
        answer = await telegram.wait_for(method="answerPreCheckoutQuery", after=mark)
        assert answer.params["ok"] is False
        assert "today’s limit" in answer.params["error_message"]

        await both_documents(bot, first)
        assert len(final_creates(picwish)) == 1 and picwish.credits_charged == 6
        await assert_ledger_matches_picwish(bot)
        assert await bot.app.services.storage.payments.of_user(second.id) == []


# -- 3. moving on while a final is made: no second charge, no crash --------------------------


async def test_3_new_photo_and_yes_while_the_first_final_runs_charge_once_and_never_crash(
    telegram, picwish, tmp_path, caplog
):
    async with running(telegram, picwish, tmp_path, user_finals=Quota(1, "day")) as bot:
        user = bot.user()
        await reach_review(bot, user)
        picwish.processing_seconds = 3.0
        await confirm_final(bot, user)
        await until(lambda: final_creates(picwish))
        picwish.processing_seconds = 0.2
        caplog.set_level(logging.ERROR)

        await bot.say(user, "/new")
        await bot.send_photo(user)
        await bot.tap(user, "US passport", wait=False)
        await bot.wait_preview(user, timeout=LONG)
        await bot.tap(user, "Get the final photo", wait=False)
        refused = await bot.wait_text(user, "You have made", timeout=LONG)
        assert "1" in refused.text

        await both_documents(bot, user)  # the first final still arrives
        await asyncio.sleep(0.5)
        assert len(final_creates(picwish)) == 1 and picwish.credits_charged == 6
        await assert_ledger_matches_picwish(bot)
        assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


# -- 4. superseded previews are cancelled and not counted ------------------------------------


async def test_4_a_preview_superseded_by_a_change_is_cancelled_and_not_counted(
    telegram, picwish, tmp_path
):
    async with running(telegram, picwish, tmp_path) as bot:
        user = bot.user()
        await reach_review(bot, user)
        picwish.processing_seconds = 3.0
        review, change_background = bot.button_message(user, "Background")
        await bot.tap(user, "Background")
        await bot.tap(user, "Blue", wait=False)
        await until(lambda: len(picwish.creates) >= 2)  # the second preview is being made
        picwish.processing_seconds = 0.2
        # A quick second tap on the review's buttons (sent before Telegram took them off).
        telegram.press_button(user, review, change_background, check=False)
        await bot.wait_text(user, "Background colour?")
        await bot.tap(user, "Red", wait=False)
        preview = await bot.wait_preview(user, timeout=LONG)
        await asyncio.sleep(0.3)
        assert len(picwish.creates) == 3
        assert "Free preview" in preview.caption

        storage = bot.app.services.storage
        counted = await storage.ledger.preview_requests(user.id, 0)
        assert counted == 2  # the first preview and the one asked for last
        assert not [t for k, t in bot.app.services.work.tasks.items() if k.startswith("preview")]
        await assert_ledger_matches_picwish(bot)


# -- 5. a group link applies only to the group's members -------------------------------------


async def test_5_a_non_member_following_a_groups_link_gets_a_plain_session_and_is_told_why(
    telegram, picwish, tmp_path
):
    async with running(telegram, picwish, tmp_path) as bot:
        admin, outsider = bot.user(5001, "Ada"), bot.user(5009, "Eve")
        group = telegram.group(
            GROUP_ID, "Class 7B", members={admin: "administrator", outsider: "left"}
        )
        await _set_up_group(bot, admin, group, "60 per month")
        welcome = await bot.say(outsider, f"/start g{GROUP_ID}")
        assert t("en", "group-link-not-member", group="Class 7B") in welcome.text
        stored = await stored_session(bot, outsider)
        assert stored.data.get("group_id") is None
        await bot.send_photo(outsider)  # asked for the document: the group's is not applied
        await assert_ledger_matches_picwish(bot)


@pytest.mark.parametrize("payload", ["g0", f"g{5009}", "g١٢٣", "g-4242"])
async def test_5_a_link_to_no_group_the_bot_knows_is_a_plain_session(
    telegram, picwish, tmp_path, payload
):
    async with running(telegram, picwish, tmp_path) as bot:
        user = bot.user(5009, "Eve")
        welcome = await bot.say(user, f"/start {payload}")
        assert t("en", "welcome").splitlines()[0] in welcome.text
        stored = await stored_session(bot, user)
        assert stored.data.get("group_id") is None


# -- 6. a document the catalog no longer has ------------------------------------------------


async def test_6_a_session_whose_document_was_dropped_goes_back_to_the_menu_once(
    telegram, picwish, tmp_path
):
    async with running(telegram, picwish, tmp_path) as bot:
        user = bot.user()
        await reach_review(bot, user)
    # An upgrade dropped the document while a preview was being made.
    storage = Storage(bot.config.db_path, data_key=bot.config.data_key)
    await storage.open()
    stored = await storage.sessions.load(f"user:{user.id}")
    data = {**stored.data, "options": {**stored.data["options"], "spec_id": "no-such-spec"}}
    assert await storage.sessions.save(
        stored.key,
        user_id=user.id,
        chat_id=user.chat_id,
        state="previewing",
        data=data,
        expected_version=stored.version,
    )
    await storage.close()
    mark = len(telegram.calls)
    async with running(telegram, picwish, tmp_path) as bot:
        told = await bot.wait_text(user, t("en", "spec-unknown"), timeout=LONG)
        assert told.seq >= mark
        assert (await stored_session(bot, user)).state == "choosing_spec"
        await bot.restart()  # not resumed (nor crashed) again
        await asyncio.sleep(0.5)
        again = [
            c for c in telegram.calls[told.seq + 1 :] if t("en", "spec-unknown") in (c.text or "")
        ]
        assert again == []
        await assert_ledger_matches_picwish(bot)


# -- 7. malformed deep links start a plain session -------------------------------------------


@pytest.mark.parametrize("payload", ["g99999999999999999999", "g--5", "g²"])
async def test_7_a_malformed_deep_link_starts_a_plain_session(telegram, picwish, tmp_path, payload):
    async with running(telegram, picwish, tmp_path) as bot:
        user = bot.user()
        welcome = await bot.say(user, f"/start {payload}")
        assert welcome.text.startswith(t("en", "welcome").splitlines()[0])
        assert "went wrong" not in welcome.text
        stored = await stored_session(bot, user)
        assert stored is not None and stored.data.get("group_id") is None


# -- 8. long text echoed back stays short and renders ----------------------------------------


@pytest.mark.parametrize("typed", ["x" * 4096, "😀" * 2000])
async def test_8_a_huge_search_is_echoed_short_and_fits_a_message(
    telegram, picwish, tmp_path, typed
):
    async with running(telegram, picwish, tmp_path) as bot:
        user = bot.user()
        await bot.say(user, "/start")
        await bot.send_photo(user)
        reply = await bot.say(user, typed)
        assert "{???}" not in reply.text
        assert utf16_len(reply.text) <= MESSAGE_UNITS
        assert "…" in reply.text


# -- 9. the print sheet's label and QR code are checked on what is printed -------------------


async def _at_sheet_text(bot: BotHarness, user, which: str) -> None:
    await reach_review(bot, user)
    await bot.tap(user, "Paper")
    await bot.tap(user, which)


async def test_9_a_typed_backslash_n_in_a_label_is_printed_on_one_line(telegram, picwish, tmp_path):
    async with running(telegram, picwish, tmp_path) as bot:
        user = bot.user()
        await _at_sheet_text(bot, user, "Add a label")
        typed = "x\\n" * 13  # 39 characters as typed: 13 lines if "\\n" broke lines
        await bot.say(user, typed)
        stored = await stored_session(bot, user)
        assert stored.data["options"]["sheet_label"] == typed
        printed = sheet_layout((51, 51), SheetOptions(label_text=typed))
        one_line = sheet_layout((51, 51), SheetOptions(label_text="x\\n"))
        assert printed.label_box is not None and one_line.label_box is not None
        assert printed.label_box.height == one_line.label_box.height
        await bot.say(user, "/cancel")
        assert "\\n" not in SheetOptions(label_text=typed).to_picwish_params()["layout_label_text"]


@pytest.mark.parametrize(
    ("typed", "message_id", "args"),
    [
        ("x\\n" * 14, "sheet-label-invalid", {"chars": 40}),
        ("\u200b", "sheet-label-invisible", {}),
    ],
    ids=["typed-backslash-n-42-characters", "zero-width-space"],
)
async def test_9_a_label_that_would_not_print_as_promised_is_refused(
    telegram, picwish, tmp_path, typed, message_id, args
):
    async with running(telegram, picwish, tmp_path) as bot:
        user = bot.user()
        await _at_sheet_text(bot, user, "Add a label")
        reply = await bot.say(user, typed)
        assert reply.text == t("en", message_id, **args)


async def test_9_a_qr_code_too_dense_to_scan_is_refused(telegram, picwish, tmp_path):
    async with running(telegram, picwish, tmp_path) as bot:
        user = bot.user()
        await _at_sheet_text(bot, user, "Add a QR code")
        reply = await bot.say(user, "😀" * 300)
        assert reply.text.startswith(t("en", "sheet-qr-too-dense", chars=0).split("0")[0])
