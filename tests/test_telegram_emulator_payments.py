"""Telegram Stars in the Telegram emulator: invoices, pre-checkout, payments, refunds.

Driven by the real python-telegram-bot ``Bot``; each test pins one rule Telegram applies.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from typing import Any

import pytest
from telegram import Bot, LabeledPrice, Message, StarTransactions
from telegram.error import BadRequest

from tests.emulators.telegram import Refund, TelegramEmulator, TgUser


@pytest.fixture
async def emu() -> AsyncIterator[TelegramEmulator]:
    async with TelegramEmulator() as emulator:
        yield emulator


@pytest.fixture
async def bot(emu: TelegramEmulator) -> AsyncIterator[Bot]:
    async with emu.make_bot() as ptb_bot:
        yield ptb_bot


@pytest.fixture
def alice(emu: TelegramEmulator) -> TgUser:
    return emu.user(1, "Alice")


async def send_stars_invoice(
    bot: Bot, chat_id: int, payload: str = "order-42", **kw: Any
) -> Message:
    fields: dict[str, Any] = {
        "title": "ID photo",
        "description": "Print-ready passport photo",
        "payload": payload,
        "currency": "XTR",
        "prices": [LabeledPrice("Photo", 50)],
    }
    fields.update(kw)
    return await bot.send_invoice(chat_id, **fields)


async def paid(emu: TelegramEmulator, bot: Bot, user: TgUser, invoice: Message) -> dict[str, Any]:
    """Pay ``invoice`` as ``user`` with the bot accepting; the successful_payment dict."""
    query_id = emu.pay_invoice(user, invoice)
    assert await bot.answer_pre_checkout_query(query_id, ok=True)
    payment = next(p for p in emu.payments if p.query_id == query_id)
    assert payment.message is not None
    return payment.message["successful_payment"]


# ------------------------------------------------------------------------- sendInvoice


async def test_a_stars_invoice_is_sent_and_recorded(
    emu: TelegramEmulator, bot: Bot, alice: TgUser
) -> None:
    message = await send_stars_invoice(bot, alice.id)
    assert message.invoice is not None
    assert (message.invoice.currency, message.invoice.total_amount) == ("XTR", 50)
    [invoice] = emu.invoices
    assert (invoice.chat_id, invoice.message_id, invoice.payload) == (
        alice.id,
        message.message_id,
        "order-42",
    )
    assert invoice.prices == [{"label": "Photo", "amount": 50}]


async def test_an_invoice_at_the_length_limits_is_accepted(bot: Bot, alice: TgUser) -> None:
    message = await send_stars_invoice(
        bot, alice.id, payload="p" * 128, title="t" * 32, description="d" * 255
    )
    assert message.invoice is not None and message.invoice.title == "t" * 32


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"title": ""}, 'Parameter "title" is required'),
        ({"description": ""}, 'Parameter "description" is required'),
        ({"payload": ""}, 'Parameter "payload" is required'),
        ({"title": "t" * 33}, "Invoice title must be 1-32 characters long"),
        ({"description": "d" * 256}, "Invoice description must be 1-255 characters long"),
        ({"payload": "é" * 65}, "Invoice_payload_invalid"),  # 130 bytes
        ({"prices": [LabeledPrice("A", 1), LabeledPrice("B", 2)]}, "Stars_invoice_invalid"),
        ({"provider_token": "123:TEST"}, "Stars_invoice_invalid"),
        ({"max_tip_amount": 10, "suggested_tip_amounts": [5]}, "Stars_invoice_invalid"),
        ({"prices": [LabeledPrice("Photo", 0)]}, "Total price must be positive"),
        ({"currency": "USD"}, "Payment_provider_invalid"),
    ],
)
async def test_an_invalid_invoice_is_refused_as_telegram_words_it(
    emu: TelegramEmulator, bot: Bot, alice: TgUser, fields: dict[str, Any], error: str
) -> None:
    with pytest.raises(BadRequest) as info:
        await send_stars_invoice(bot, alice.id, **fields)
    assert info.value.message == error
    assert emu.invoices == []
    assert emu.messages_in(alice) == []


# ------------------------------------------------------------------------- pre-checkout


async def test_paying_an_invoice_sends_a_pre_checkout_query(
    emu: TelegramEmulator, bot: Bot, alice: TgUser
) -> None:
    invoice = await send_stars_invoice(bot, alice.id)
    query_id = emu.pay_invoice(alice, invoice)
    [update] = await bot.get_updates()
    query = update.pre_checkout_query
    assert query is not None
    assert (query.id, query.from_user.id, query.currency) == (query_id, alice.id, "XTR")
    assert (query.total_amount, query.invoice_payload) == (50, "order-42")
    assert [p.status for p in emu.payments] == ["pending"]


async def test_paying_without_naming_the_invoice_pays_the_newest_in_the_chat(
    emu: TelegramEmulator, bot: Bot, alice: TgUser
) -> None:
    await send_stars_invoice(bot, alice.id, payload="old")
    await send_stars_invoice(bot, alice.id, payload="new", prices=[LabeledPrice("Sheet", 70)])
    emu.pay_invoice(alice)
    [record] = emu.payments
    assert (record.payload, record.total_amount) == ("new", 70)
    assert record.invoice is emu.invoices[-1]


async def test_paying_needs_an_invoice(emu: TelegramEmulator, alice: TgUser) -> None:
    with pytest.raises(ValueError, match="no invoice to pay"):
        emu.pay_invoice(alice)
    assert emu.payments == []


async def test_accepting_the_pre_checkout_delivers_a_successful_payment(
    emu: TelegramEmulator, bot: Bot, alice: TgUser
) -> None:
    invoice = await send_stars_invoice(bot, alice.id)
    query_id = emu.pay_invoice(alice, invoice)
    assert await bot.answer_pre_checkout_query(query_id, ok=True)
    updates = await bot.get_updates()
    message = updates[-1].message
    assert message is not None and message.successful_payment is not None
    payment = message.successful_payment
    assert (payment.currency, payment.total_amount) == ("XTR", 50)
    assert payment.invoice_payload == "order-42"
    assert message.chat.id == alice.id and message.from_user.id == alice.id
    [record] = emu.payments
    assert record.status == "paid"
    assert payment.telegram_payment_charge_id == record.telegram_payment_charge_id
    assert payment.provider_payment_charge_id == record.provider_payment_charge_id
    assert payment.provider_payment_charge_id != payment.telegram_payment_charge_id
    assert emu.star_balance == 50


async def test_each_payment_gets_its_own_charge_id(
    emu: TelegramEmulator, bot: Bot, alice: TgUser
) -> None:
    invoice = await send_stars_invoice(bot, alice.id)
    first = await paid(emu, bot, alice, invoice)
    second = await paid(emu, bot, alice, invoice)
    assert first["telegram_payment_charge_id"] != second["telegram_payment_charge_id"]
    assert emu.star_balance == 100


async def test_a_pre_checkout_query_is_answered_only_once(
    emu: TelegramEmulator, bot: Bot, alice: TgUser
) -> None:
    query_id = emu.pay_invoice(alice, await send_stars_invoice(bot, alice.id))
    assert await bot.answer_pre_checkout_query(query_id, ok=True)
    with pytest.raises(BadRequest, match="Query is too old"):
        await bot.answer_pre_checkout_query(query_id, ok=True)
    assert len([p for p in emu.payments if p.status == "paid"]) == 1


async def test_a_declined_pre_checkout_takes_no_stars(
    emu: TelegramEmulator, bot: Bot, alice: TgUser
) -> None:
    query_id = emu.pay_invoice(alice, await send_stars_invoice(bot, alice.id))
    assert await bot.answer_pre_checkout_query(query_id, ok=False, error_message="Sold out")
    [record] = emu.payments
    assert (record.status, record.error_message, record.timed_out) == (
        "declined",
        "Sold out",
        False,
    )
    updates = await bot.get_updates()
    assert [u.pre_checkout_query is not None for u in updates] == [True]  # no payment message
    assert emu.star_balance == 0


async def test_declining_needs_an_error_message(
    emu: TelegramEmulator, bot: Bot, alice: TgUser
) -> None:
    query_id = emu.pay_invoice(alice, await send_stars_invoice(bot, alice.id))
    with pytest.raises(BadRequest, match="Error_message is empty"):
        await bot.answer_pre_checkout_query(query_id, ok=False)
    assert emu.payments[0].status == "pending"


async def test_an_answer_after_the_deadline_fails_and_nothing_is_paid(
    emu: TelegramEmulator, bot: Bot, alice: TgUser
) -> None:
    query_id = emu.pay_invoice(alice, await send_stars_invoice(bot, alice.id))
    expired = emu.expire_pre_checkout(query_id)
    with pytest.raises(BadRequest, match="Query is too old and response timeout expired"):
        await bot.answer_pre_checkout_query(query_id, ok=True)
    assert (expired.status, expired.timed_out) == ("declined", True)
    assert expired.telegram_payment_charge_id is None
    assert all(u.message is None for u in await bot.get_updates())
    assert emu.star_balance == 0


async def test_no_answer_within_the_deadline_declines_the_payment() -> None:
    async with TelegramEmulator(pre_checkout_timeout=0.05) as emu, emu.make_bot() as impatient:
        alice = emu.user(1, "Alice")
        emu.pay_invoice(alice, await send_stars_invoice(impatient, alice.id))
        # The passing of Telegram's deadline is the behaviour under test (10 s, here 0.05 s).
        await asyncio.sleep(0.2)
        [record] = emu.payments
        assert (record.status, record.timed_out) == ("declined", True)
        with pytest.raises(BadRequest, match="Query is too old"):
            await impatient.answer_pre_checkout_query(record.query_id, ok=True)


# ------------------------------------------------------------------------- duplicates


async def test_a_successful_payment_can_be_delivered_twice(
    emu: TelegramEmulator, bot: Bot, alice: TgUser
) -> None:
    first = await paid(emu, bot, alice, await send_stars_invoice(bot, alice.id))
    duplicate = emu.redeliver_successful_payment()
    updates = await bot.get_updates()
    payments = [u for u in updates if u.message and u.message.successful_payment]
    assert len(payments) == 2
    assert payments[1].update_id == duplicate["update_id"] != payments[0].update_id
    assert payments[0].message.message_id == payments[1].message.message_id
    charge_ids = {u.message.successful_payment.telegram_payment_charge_id for u in payments}
    assert charge_ids == {first["telegram_payment_charge_id"]}
    assert emu.star_balance == 50  # delivered twice, paid once


async def test_redelivering_needs_a_delivered_payment(emu: TelegramEmulator) -> None:
    with pytest.raises(LookupError, match="no delivered successful payment"):
        emu.redeliver_successful_payment()


# ------------------------------------------------------------------------- refunds


async def test_a_refund_returns_the_stars_and_tells_the_bot(
    emu: TelegramEmulator, bot: Bot, alice: TgUser
) -> None:
    payment = await paid(emu, bot, alice, await send_stars_invoice(bot, alice.id))
    charge_id = payment["telegram_payment_charge_id"]
    assert await bot.refund_star_payment(alice.id, charge_id)
    assert [(r.user_id, r.telegram_payment_charge_id, r.total_amount) for r in emu.refunds] == [
        (alice.id, charge_id, 50)
    ]
    assert isinstance(emu.refunds[0], Refund)
    assert emu.payments[0].status == "refunded" and emu.star_balance == 0
    message = (await bot.get_updates())[-1].message
    assert message is not None and message.refunded_payment is not None
    refunded = message.refunded_payment
    assert (refunded.telegram_payment_charge_id, refunded.total_amount) == (charge_id, 50)
    assert (refunded.currency, refunded.invoice_payload) == ("XTR", "order-42")


async def test_a_charge_is_refunded_only_once(
    emu: TelegramEmulator, bot: Bot, alice: TgUser
) -> None:
    payment = await paid(emu, bot, alice, await send_stars_invoice(bot, alice.id))
    assert await bot.refund_star_payment(alice.id, payment["telegram_payment_charge_id"])
    with pytest.raises(BadRequest, match="Charge_already_refunded"):
        await bot.refund_star_payment(alice.id, payment["telegram_payment_charge_id"])
    assert len(emu.refunds) == 1


@pytest.mark.parametrize(
    ("who", "charge", "error"),
    [
        ("alice", "stxNOPE", "Charge_not_found"),
        ("bob", None, "Charge_not_found"),  # another user's charge
        ("stranger", None, "User_id_invalid"),
    ],
)
async def test_a_refund_of_a_charge_that_is_not_the_users_fails(
    emu: TelegramEmulator, bot: Bot, alice: TgUser, who: str, charge: str | None, error: str
) -> None:
    payment = await paid(emu, bot, alice, await send_stars_invoice(bot, alice.id))
    user_id = {"alice": alice.id, "bob": emu.user(2, "Bob").id, "stranger": 999}[who]
    with pytest.raises(BadRequest, match=re.escape(error)):
        await bot.refund_star_payment(user_id, charge or payment["telegram_payment_charge_id"])
    assert emu.refunds == [] and emu.payments[0].status == "paid"


async def test_star_transactions_list_payments_and_refunds_in_order(
    emu: TelegramEmulator, bot: Bot, alice: TgUser
) -> None:
    invoice = await send_stars_invoice(bot, alice.id)
    first = await paid(emu, bot, alice, invoice)
    second = await paid(emu, bot, alice, invoice)
    await bot.refund_star_payment(alice.id, first["telegram_payment_charge_id"])
    history = await bot.get_star_transactions()
    assert isinstance(history, StarTransactions)
    rows = [(t.id, t.amount, t.source is not None) for t in history.transactions]
    assert rows == [
        (first["telegram_payment_charge_id"], 50, True),
        (second["telegram_payment_charge_id"], 50, True),
        (first["telegram_payment_charge_id"], 50, False),
    ]
    assert history.transactions[2].receiver.user.id == alice.id
    assert history.transactions[0].source.invoice_payload == "order-42"
    page = await bot.get_star_transactions(offset=1, limit=1)
    assert [t.id for t in page.transactions] == [second["telegram_payment_charge_id"]]
