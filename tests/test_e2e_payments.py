"""End to end with Telegram Stars (issue 15): the real Application against the Telegram and
PicWish emulators, with finals priced at 50 Stars. The invoice is the confirmation; a payment is
stored before anything else; a final is paid once, made once, and refunded when not delivered."""

from __future__ import annotations

import asyncio
from dataclasses import replace

import pytest

from bot.i18n import t
from bot.invoice_payload import InvoicePayload
from handlers import jobs, payments
from tests.emulators.picwish import STATE_FAILED
from tests.harness import BotHarness, make_config, portrait_jpeg
from tests.test_e2e_failures import _the_bot_waits_for_the_final

PRICE = 50
OPERATOR = 9000
GROUP_ID = -1001234567


@pytest.fixture
async def bot(telegram, picwish, tmp_path):
    config = make_config(tmp_path / "bot.db", telegram, picwish)
    config = replace(config, stars_price=PRICE, admin_ids=frozenset({OPERATOR}))
    harness = BotHarness(telegram, picwish, config)
    await harness.start()
    yield harness
    await harness.stop()


async def invoice_after_review(bot: BotHarness, user):
    await bot.reach_preview(user)
    await bot.tap(user, "Get the final photo", wait=False)
    return await bot.wait_method(user, "sendInvoice")


async def pay(bot: BotHarness, user, invoice=None):
    """The user taps "Pay"; the bot's answer to the pre-checkout query."""
    bot.telegram.pay_invoice(user, invoice)
    return await bot.telegram.wait_for(method="answerPreCheckoutQuery")


def final_creates(bot: BotHarness) -> list:
    return [c for c in bot.picwish.creates if c.fields.get("preview") == "0"]


async def payment_row(bot: BotHarness, charge_id: str):
    return await bot.app.services.storage.payments.get(charge_id)


async def settled_payment(bot: BotHarness, charge_id: str, state: str, timeout: float = 10.0):
    for _ in range(int(timeout / 0.05)):
        row = await payment_row(bot, charge_id)
        if row is not None and row.state == state:
            return row
        await asyncio.sleep(0.05)
    raise AssertionError(f"payment {charge_id} is {row.state if row else None}, not {state}")


# -- the happy path ----------------------------------------------------------------------------


async def test_the_preview_and_its_button_show_the_price_in_stars(bot):
    user = bot.user()
    preview = await bot.reach_preview(user)
    assert f"{PRICE} ⭐" in preview.caption
    assert "credits" not in preview.caption
    labels = [text for row in preview.buttons for text, _ in row]
    assert t("en", "btn-pay-final", stars=PRICE) in labels


async def test_get_the_final_photo_sends_a_stars_invoice_naming_the_document(bot):
    user = bot.user()
    invoice = await invoice_after_review(bot, user)
    params = invoice.params
    assert params["currency"] == "XTR" and not params.get("provider_token")
    assert [p["amount"] for p in params["prices"]] == [PRICE]
    assert "US passport" in params["title"] + params["description"]
    assert "51×51 mm" in params["description"]
    loaded = await bot.app.services.storage.sessions.load(f"user:{user.id}")
    payload = InvoicePayload.decode(params["payload"])
    assert payload.session_id == loaded.data["id"]
    assert payload.options_version == loaded.data["options_version"]
    assert str(user.id) not in params["payload"]
    assert not any("Yes, make it" in text for row in invoice.buttons for text, _ in row)
    assert final_creates(bot) == []  # nothing is made before the payment


async def test_paying_makes_one_charged_final_and_delivers_two_documents(bot):
    user = bot.user()
    await invoice_after_review(bot, user)
    answer = await pay(bot, user)
    assert answer.params["ok"] is True
    photo = await bot.wait_method(user, "sendDocument", timeout=20)
    sheet = await bot.wait_method(user, "sendDocument", after=photo)
    assert photo.file_name.endswith(".jpg") and "sheet" in sheet.file_name
    await bot.wait_text(user, "Done")
    [paid] = bot.telegram.payments
    row = await settled_payment(bot, paid.telegram_payment_charge_id, "delivered")
    assert (row.amount, row.currency, row.user_id) == (PRICE, "XTR", user.id)
    assert len(final_creates(bot)) == 1 and bot.picwish.credits_charged == 6
    assert bot.telegram.star_balance == PRICE and bot.telegram.refunds == []


# -- pre-checkout ------------------------------------------------------------------------------


async def test_an_invoice_for_options_changed_since_is_declined_at_pre_checkout(bot):
    user = bot.user()
    invoice = await invoice_after_review(bot, user)
    await bot.tap(user, "Background")
    await bot.tap(user, "Blue", wait=False)
    await bot.wait_preview(user)
    answer = await pay(bot, user, invoice)
    assert answer.params["ok"] is False
    assert answer.params["error_message"] == t("en", "pay-declined-options")
    assert bot.telegram.payments[-1].status == "declined"
    assert final_creates(bot) == [] and bot.telegram.star_balance == 0


async def test_an_invoice_from_before_new_is_declined_at_pre_checkout(bot):
    user = bot.user()
    invoice = await invoice_after_review(bot, user)
    await bot.say(user, "/new")
    answer = await pay(bot, user, invoice)
    assert answer.params["ok"] is False
    assert answer.params["error_message"] == t("en", "pay-declined-session")
    assert final_creates(bot) == []


async def test_a_paid_final_is_not_sold_again_by_a_second_invoice(bot):
    user = bot.user()
    first = await invoice_after_review(bot, user)
    await bot.tap(user, "Get the final photo", wait=False)
    second = await bot.wait_method(user, "sendInvoice", after=first)
    await pay(bot, user, first)
    await bot.wait_text(user, "Done", timeout=20)
    answer = await pay(bot, user, second)
    assert answer.params["ok"] is False
    assert answer.params["error_message"] == t("en", "pay-declined-paid")
    assert len(final_creates(bot)) == 1 and bot.telegram.star_balance == PRICE


async def test_a_forged_invoice_payload_is_declined(bot):
    user = bot.user()
    await bot.reach_preview(user)
    bot.telegram.pay_invoice(user, payload="f1.nope.1.aaaaaaaaaaa", amount=PRICE)
    answer = await bot.telegram.wait_for(method="answerPreCheckoutQuery")
    assert answer.params["ok"] is False
    assert answer.params["error_message"] == t("en", "pay-declined-session")


async def test_a_slow_check_is_declined_before_telegrams_ten_seconds(bot, monkeypatch):
    user = bot.user()
    await invoice_after_review(bot, user)

    async def stuck(*_args):  # e.g. the database is locked by a long write
        await asyncio.sleep(30)

    monkeypatch.setattr(payments, "_refusal", stuck)
    monkeypatch.setattr(payments, "PRE_CHECKOUT_BUDGET", 0.3)
    answer = await pay(bot, user)
    assert answer.ok and answer.params["ok"] is False
    assert answer.params["error_message"] == t("en", "pay-declined-error")
    [declined] = bot.telegram.payments
    assert declined.status == "declined" and not declined.timed_out


async def test_an_invoice_over_the_operators_daily_ceiling_is_declined(telegram, picwish, tmp_path):
    config = make_config(tmp_path / "bot.db", telegram, picwish)
    bot = BotHarness(telegram, picwish, replace(config, stars_price=PRICE, daily_credits=6))
    await bot.start()
    try:
        alice, bob = bot.user(1001, "Alice"), bot.user(1002, "Bob")
        alices = await invoice_after_review(bot, alice)
        bobs = await invoice_after_review(bot, bob)
        await pay(bot, alice, alices)
        await bot.wait_text(alice, "Done", timeout=20)
        answer = await pay(bot, bob, bobs)
        assert answer.params["ok"] is False
        assert "today’s limit" in answer.params["error_message"]
        assert len(final_creates(bot)) == 1 and telegram.star_balance == PRICE
    finally:
        await bot.stop()


# -- failures and refunds ----------------------------------------------------------------------


async def test_a_picwish_failure_after_payment_refunds_once_with_the_right_charge_id(bot):
    user = bot.user()
    await invoice_after_review(bot, user)
    bot.picwish.fail_next_tasks(STATE_FAILED)
    await pay(bot, user)
    refund = await bot.telegram.wait_for(method="refundStarPayment", timeout=20)
    told = await bot.wait_text(user, "have been refunded")
    [paid] = bot.telegram.payments
    charge = paid.telegram_payment_charge_id
    assert refund.params["telegram_payment_charge_id"] == charge
    assert refund.params["user_id"] == user.id
    assert t("en", "picwish-task-failed", state=str(STATE_FAILED))[:30] in told.text
    await bot.telegram.settle(quiet=0.3)
    assert [r.telegram_payment_charge_id for r in bot.telegram.refunds] == [charge]
    row = await payment_row(bot, charge)
    assert row.state == "refunded" and row.refund_reason
    assert bot.telegram.star_balance == 0 and bot.picwish.credits_charged == 0
    assert not [c for c in bot.telegram.calls if c.method == "sendDocument"]


async def test_stars_received_and_refunded_are_counted_in_the_metrics(bot):
    user = bot.user()
    await invoice_after_review(bot, user)
    bot.picwish.fail_next_tasks(STATE_FAILED)
    await pay(bot, user)
    await bot.wait_text(user, "have been refunded")
    await bot.telegram.settle(quiet=0.3)
    registry = bot.app.services.metrics.registry
    assert registry.get_sample_value("idphoto_stars_received_total") == PRICE
    assert registry.get_sample_value("idphoto_stars_refunded_total") == PRICE


async def test_after_a_refund_the_user_can_buy_the_final_again(bot):
    user = bot.user()
    await invoice_after_review(bot, user)
    bot.picwish.fail_next_tasks(STATE_FAILED)
    first = bot.telegram.invoices[-1]
    await pay(bot, user)
    await bot.wait_text(user, "have been refunded", timeout=20)
    await bot.tap(user, "Get the final photo", wait=False)
    await bot.telegram.wait_for(
        lambda c: c.method == "sendInvoice" and c.params["payload"] != first.payload
    )
    answer = await pay(bot, user)
    assert answer.params["ok"] is True
    await bot.wait_method(user, "sendDocument", timeout=20)
    assert len(bot.telegram.refunds) == 1 and bot.telegram.star_balance == PRICE


async def test_a_refund_telegram_could_not_make_is_made_at_the_next_start(bot):
    user = bot.user()
    await invoice_after_review(bot, user)
    bot.picwish.fail_next_tasks(STATE_FAILED)
    bot.telegram.fail_next("refundStarPayment", 500)
    await pay(bot, user)
    told = await bot.wait_text(user, "will be refunded shortly", timeout=20)
    assert told.text == t("en", "pay-refund-pending", stars=PRICE)
    charge = bot.telegram.payments[-1].telegram_payment_charge_id
    assert (await payment_row(bot, charge)).state == "refund_pending"
    assert bot.telegram.refunds == []
    await bot.restart()
    await bot.wait_text(user, "have been refunded", timeout=20)
    assert [r.telegram_payment_charge_id for r in bot.telegram.refunds] == [charge]
    await settled_payment(bot, charge, "refunded")


async def test_a_user_who_blocked_the_bot_before_delivery_is_refunded(bot):
    user = bot.user()
    await invoice_after_review(bot, user)
    bot.picwish.processing_seconds = 1.0
    await pay(bot, user)
    await bot.wait_text(user, "Payment received")
    bot.telegram.block_bot(user.id)  # before the "making your final photo" screen
    refund = await bot.telegram.wait_for(method="refundStarPayment", timeout=20)
    charge = bot.telegram.payments[-1].telegram_payment_charge_id
    assert refund.params["telegram_payment_charge_id"] == charge
    await settled_payment(bot, charge, "refunded")


async def test_a_final_job_that_crashes_after_payment_is_refunded_at_once(bot):
    user = bot.user()
    await invoice_after_review(bot, user)
    bot.telegram.fail_next("sendDocument", 500, times=10)  # Telegram keeps failing the upload
    await pay(bot, user)
    refund = await bot.telegram.wait_for(method="refundStarPayment", timeout=30)
    charge = bot.telegram.payments[-1].telegram_payment_charge_id
    assert refund.params["telegram_payment_charge_id"] == charge
    await bot.wait_text(user, "have been refunded")
    await settled_payment(bot, charge, "refunded")
    loaded = await bot.app.services.storage.sessions.load(f"user:{user.id}")
    assert loaded.state == "reviewing"  # the user may buy it again


async def test_a_final_job_that_ends_without_delivering_is_refunded(bot, monkeypatch):
    user = bot.user()
    await invoice_after_review(bot, user)

    async def ends_quietly(*_args) -> None:  # a path that neither delivers nor refunds
        return None

    monkeypatch.setattr(jobs, "run_final", ends_quietly)
    await pay(bot, user)
    refund = await bot.telegram.wait_for(method="refundStarPayment", timeout=20)
    charge = bot.telegram.payments[-1].telegram_payment_charge_id
    assert refund.params["telegram_payment_charge_id"] == charge
    await settled_payment(bot, charge, "refunded")
    assert final_creates(bot) == []


async def test_deleting_ones_data_during_a_paid_final_refunds_it(bot):
    user = bot.user()
    await invoice_after_review(bot, user)
    bot.picwish.processing_seconds = 2.0
    await pay(bot, user)
    await bot.picwish.wait_until(_the_bot_waits_for_the_final(bot))
    await bot.say(user, "/deletedata")
    await bot.wait_text(user, "your photos, sessions and personal data are deleted")
    charge = bot.telegram.payments[-1].telegram_payment_charge_id
    assert [r.telegram_payment_charge_id for r in bot.telegram.refunds] == [charge]
    assert (await payment_row(bot, charge)).state == "refunded"
    assert bot.telegram.sent(method="sendDocument", chat_id=user.id) == []


# -- duplicates and restarts -------------------------------------------------------------------


async def test_a_duplicate_successful_payment_makes_one_final(bot):
    user = bot.user()
    await invoice_after_review(bot, user)
    bot.picwish.processing_seconds = 0.6
    await pay(bot, user)
    await bot.wait_text(user, t("en", "screens-finalizing"))
    bot.telegram.redeliver_successful_payment()
    await bot.wait_text(user, "Done", timeout=20)
    bot.telegram.redeliver_successful_payment()  # once more, after the delivery
    await bot.telegram.settle(quiet=0.5)
    assert len(final_creates(bot)) == 1 and bot.picwish.credits_charged == 6
    assert len([c for c in bot.telegram.calls if c.method == "sendDocument"]) == 2
    assert bot.telegram.refunds == []
    charge = bot.telegram.payments[-1].telegram_payment_charge_id
    assert (await payment_row(bot, charge)).state == "delivered"


async def test_killed_right_after_the_payment_is_stored_the_final_is_made_once_after_restart(
    bot, monkeypatch
):
    user = bot.user()
    await invoice_after_review(bot, user)
    stored = asyncio.Event()

    async def dies(*_args) -> None:  # the process dies: nothing after the stored payment runs
        stored.set()
        raise asyncio.CancelledError

    monkeypatch.setattr(payments, "fulfil", dies)
    await pay(bot, user)
    await asyncio.wait_for(stored.wait(), 10)
    charge = bot.telegram.payments[-1].telegram_payment_charge_id
    assert (await payment_row(bot, charge)).state == "paid"
    assert final_creates(bot) == []
    monkeypatch.undo()
    await bot.restart()
    photo = await bot.wait_method(user, "sendDocument", timeout=20)
    await bot.wait_method(user, "sendDocument", after=photo)
    await settled_payment(bot, charge, "delivered")
    assert len(final_creates(bot)) == 1 and bot.telegram.refunds == []


async def test_killed_while_picwish_makes_the_paid_final_it_is_delivered_once_after_restart(bot):
    user = bot.user()
    await invoice_after_review(bot, user)
    bot.picwish.processing_seconds = 1.5
    await pay(bot, user)
    await bot.picwish.wait_until(_the_bot_waits_for_the_final(bot))  # its task id is recorded
    job = bot.app.services.work.tasks[f"final:user:{user.id}"]
    job.cancel()  # the process dies while waiting for PicWish
    await asyncio.gather(job, return_exceptions=True)
    await bot.restart()
    photo = await bot.wait_method(user, "sendDocument", timeout=20)
    await bot.wait_method(user, "sendDocument", after=photo)
    charge = bot.telegram.payments[-1].telegram_payment_charge_id
    await settled_payment(bot, charge, "delivered")
    assert len(final_creates(bot)) == 1 and bot.picwish.credits_charged == 6
    assert bot.telegram.refunds == []


async def test_killed_before_picwish_took_the_paid_final_it_is_refunded_after_restart(bot):
    user = bot.user()
    await invoice_after_review(bot, user)
    bot.picwish.delay_next_creates(3.0)  # PicWish's answer to the create never arrives
    await pay(bot, user)
    await bot.picwish.wait_until(lambda: bool(final_creates(bot)))
    job = bot.app.services.work.tasks[f"final:user:{user.id}"]
    job.cancel()
    await asyncio.gather(job, return_exceptions=True)
    await bot.restart()
    refund = await bot.telegram.wait_for(method="refundStarPayment", timeout=20)
    charge = bot.telegram.payments[-1].telegram_payment_charge_id
    assert refund.params["telegram_payment_charge_id"] == charge
    await settled_payment(bot, charge, "refunded")
    await bot.telegram.settle(quiet=0.3)
    assert len(bot.telegram.refunds) == 1
    assert not [c for c in bot.telegram.calls if c.method == "sendDocument"]


# -- groups, commands, operators ---------------------------------------------------------------


async def test_a_sponsored_groups_member_never_sees_an_invoice(bot):
    admin, member = bot.user(5001, "Ada"), bot.user(5002, "Ben")
    group = bot.telegram.group(
        GROUP_ID, "Class 7B", members={admin: "administrator", member: "member"}
    )
    bot.telegram.send_text(admin, "/sponsor on", chat=group)
    reply = await bot.telegram.wait_for(method="sendMessage", chat_id=group.id)
    assert reply.text == t("en", "sponsor-on", group="Class 7B")
    await bot.say(member, f"/start g{GROUP_ID}")
    bot.telegram.send_photo(member, portrait_jpeg())
    await bot.tap(member, "US passport", wait=False)
    preview = await bot.wait_preview(member)
    assert "⭐" not in preview.caption
    await bot.tap(member, "Get the final photo", wait=False)
    await bot.wait_method(member, "sendDocument", timeout=20)
    assert not [c for c in bot.telegram.calls if c.method == "sendInvoice"]
    assert bot.telegram.payments == [] and bot.picwish.credits_charged == 6


async def test_only_a_groups_admins_may_sponsor(bot):
    admin, member = bot.user(5001, "Ada"), bot.user(5002, "Ben")
    group = bot.telegram.group(
        GROUP_ID, "Class 7B", members={admin: "administrator", member: "member"}
    )
    bot.telegram.send_text(member, "/sponsor on", chat=group)
    reply = await bot.telegram.wait_for(method="sendMessage", chat_id=group.id)
    assert reply.text == t("en", "group-admins-only")
    assert bot.app.services.stars.sponsored_groups == set()


async def test_paysupport_lists_the_users_payments_and_terms_state_the_refund_rule(bot):
    user = bot.user()
    await invoice_after_review(bot, user)
    await pay(bot, user)
    await bot.wait_text(user, "Done", timeout=20)
    charge = bot.telegram.payments[-1].telegram_payment_charge_id
    support = await bot.say(user, "/paysupport")
    assert charge in support.text and f"{PRICE} ⭐" in support.text and "delivered" in support.text
    terms = await bot.say(user, "/terms")
    assert f"{PRICE} ⭐" in terms.text and "refunded automatically" in terms.text


async def test_operators_see_stars_received_refunded_and_net(bot):
    user = bot.user()
    await invoice_after_review(bot, user)
    await pay(bot, user)
    await bot.wait_text(user, "Done", timeout=20)
    ops = await bot.say(bot.user(OPERATOR, "Op"), "/ops")
    assert f"received {PRICE}, refunded 0, net {PRICE} ⭐" in ops.text


async def test_an_operator_refunds_by_charge_id_once_and_the_user_is_told(bot):
    user = bot.user()
    await invoice_after_review(bot, user)
    await pay(bot, user)
    await bot.wait_text(user, "Done", timeout=20)
    charge = bot.telegram.payments[-1].telegram_payment_charge_id
    operator = bot.user(OPERATOR, "Op")
    done = await bot.say(operator, f"/ops refund {charge}")
    assert done.text == t("en", "ops-refund-done", stars=PRICE, user=str(user.id), charge=charge)
    await bot.wait_text(user, "refunded by the bot’s operator")
    again = await bot.say(operator, f"/ops refund {charge}")
    assert again.text == t("en", "ops-refund-already", charge=charge)
    assert len(bot.telegram.refunds) == 1 and bot.telegram.star_balance == 0
    ops = await bot.say(operator, "/ops")
    assert f"received {PRICE}, refunded {PRICE}, net 0 ⭐" in ops.text


async def test_a_payment_telegram_already_refunded_is_recorded_as_refunded(bot):
    user = bot.user()
    await invoice_after_review(bot, user)
    await pay(bot, user)
    await bot.wait_text(user, "Done", timeout=20)
    charge = bot.telegram.payments[-1].telegram_payment_charge_id
    await bot.app.bot.refund_star_payment(user.id, charge)  # refunded outside the bot's ledger
    done = await bot.say(bot.user(OPERATOR, "Op"), f"/ops refund {charge}")
    assert done.text == t("en", "ops-refund-done", stars=PRICE, user=str(user.id), charge=charge)
    await settled_payment(bot, charge, "refunded")
    assert len(bot.telegram.refunds) == 1


async def test_only_operators_may_refund(bot):
    user = bot.user()
    await invoice_after_review(bot, user)
    await pay(bot, user)
    await bot.wait_text(user, "Done", timeout=20)
    charge = bot.telegram.payments[-1].telegram_payment_charge_id
    reply = await bot.say(user, f"/ops refund {charge}")
    assert reply.text == t("en", "ops-only")
    assert bot.telegram.refunds == []
