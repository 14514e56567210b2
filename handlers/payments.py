"""Selling a final in Telegram Stars (issue 15): the invoice, the pre-checkout answer, the
successful payment, and restart recovery (the commands: :mod:`handlers.payment_commands`).

The invoice is the confirmation: "Get the final photo" sends it, and the final is made when the
``successful_payment`` arrives — recorded in the ``payments`` table before anything else, so a
duplicate or a restart never makes a second final. What happens after the final job ends (settle
or refund) is :mod:`handlers.paid_finals`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from functools import partial

from telegram import LabeledPrice, Update
from telegram.error import TelegramError
from telegram.ext import Application, MessageHandler, PreCheckoutQueryHandler, filters

from bot.checkout import STARS, Checkout, checkout_refusal, decode
from bot.i18n import DEFAULT_LANGUAGE, Text, normalise_language, t
from bot.invoice_payload import InvoicePayload
from bot.services import BotContext, IdPhotoApplication, Services
from bot.specs import size_label
from bot.storage.payments import NewPayment, PaymentRecord
from conversation import events as ev
from conversation.machine import InvalidEvent, Session
from conversation.states import State
from handlers import paid_finals
from handlers.common import flow_of, who_of
from handlers.flow import Flow, NoSession, Who, session_key, stored_language
from handlers.jobs import final_failed, start_effect
from handlers.screens import spec_title

logger = logging.getLogger(__name__)

#: Telegram's limits on an invoice's title and description (characters).
TITLE_LIMIT, DESCRIPTION_LIMIT = 32, 255
#: Telegram waits 10 s for the pre-checkout answer: decline (nothing charged) before that.
PRE_CHECKOUT_BUDGET = 7.0


def register(app: Application) -> None:
    """Payment updates, registered before the conversation's handlers."""
    app.add_handler(PreCheckoutQueryHandler(pre_checkout))
    app.add_handler(MessageHandler(filters.SUCCESSFUL_PAYMENT, successful_payment))
    app.add_handler(MessageHandler(filters.StatusUpdate.REFUNDED_PAYMENT, refunded_payment))


def _fit(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# -- the invoice --------------------------------------------------------------------------------


async def send_invoice(flow: Flow, who: Who, session: Session) -> None:
    """The invoice for ``session``'s current final (document and size named, in the user's
    language); its payload names the session, the options version and a nonce."""
    services = flow.services
    spec = services.catalog.get(session.options.spec_id or "")
    assert spec is not None, "a session under review has a known document"
    stars = services.stars.price(spec.id, session.group_id)
    document = spec_title(spec, who.lang)
    payload = InvoicePayload.new(session.id, session.options_version)
    await flow.bot.send_invoice(
        chat_id=who.chat_id,
        title=_fit(t(who.lang, "pay-invoice-title", document=document), TITLE_LIMIT),
        description=_fit(
            t(
                who.lang,
                "pay-invoice-description",
                document=document,
                size=size_label(spec, who.lang),
            ),
            DESCRIPTION_LIMIT,
        ),
        payload=payload.encode(),
        currency=STARS,
        prices=[LabeledPrice(t(who.lang, "pay-invoice-label"), stars)],
    )
    logger.info("invoice for %s (%d stars) sent to user %s", payload.final_ref, stars, who.user_id)


# -- pre-checkout -------------------------------------------------------------------------------


async def _language(services: Services, user_id: int, code: str | None) -> str:
    return await services.storage.users.language(user_id) or normalise_language(code)


async def _refusal(flow: Flow, who: Who, checkout: Checkout) -> str | None:
    """Why the invoice may not be paid now (in the user's language), or None."""
    services = flow.services
    loaded = await flow.store.load(who.user_id)
    session = loaded.session if loaded else None
    invoice = decode(checkout.payload)
    held = invoice is not None and await services.storage.payments.holding(invoice.final_ref)
    spec = services.catalog.get(session.options.spec_id or "") if session else None
    price = services.stars.price(spec.id, session.group_id) if spec and session else 0
    refusal = checkout_refusal(checkout, session, already_paid=bool(held), price=price)
    if refusal is not None:
        return t(who.lang, refusal)
    assert session is not None and spec is not None
    blocked = await services.limits.final_blocked(
        user_id=who.user_id,
        group_id=session.group_id,
        price=services.final_price(spec, session.options),
        ref=invoice.final_ref if invoice is not None else None,
    )
    return blocked.render(who.lang) if blocked is not None else None


async def pre_checkout(update: Update, context: BotContext) -> None:
    """Answer "Pay" within Telegram's 10 s: yes only for the final the invoice was made for."""
    query = update.pre_checkout_query
    flow = flow_of(context)
    user = query.from_user
    lang = await _language(flow.services, user.id, user.language_code)
    who = Who(user.id, user.id, lang)
    checkout = Checkout(query.invoice_payload, query.currency, query.total_amount)
    try:
        refusal = await asyncio.wait_for(_refusal(flow, who, checkout), PRE_CHECKOUT_BUDGET)
    except Exception:  # whatever went wrong, Telegram must get an answer: decline
        logger.exception("pre-checkout check failed for user %s", user.id)
        refusal = t(lang, "pay-declined-error")
    if refusal is None:
        await query.answer(ok=True)
        return
    logger.info("pre-checkout declined for user %s: %s", user.id, refusal)
    await query.answer(ok=False, error_message=refusal)


# -- the payment --------------------------------------------------------------------------------


def _new_payment(update: Update, who: Who) -> NewPayment:
    paid = update.effective_message.successful_payment
    invoice = decode(paid.invoice_payload)
    return NewPayment(
        charge_id=paid.telegram_payment_charge_id,
        provider_charge_id=paid.provider_payment_charge_id,
        user_id=who.user_id,
        chat_id=who.chat_id,
        session_id=invoice.session_id if invoice else "",
        options_version=invoice.options_version if invoice else -1,
        final_ref=invoice.final_ref if invoice else "",
        amount=paid.total_amount,
        currency=paid.currency,
    )


async def successful_payment(update: Update, context: BotContext) -> None:
    """The payment is written first; a charge id seen before is ignored (a duplicate)."""
    who = await who_of(update, context)
    flow = flow_of(context)
    payment = _new_payment(update, who)
    if not await flow.services.storage.payments.record(payment):
        logger.info("payment %s delivered again: ignored", payment.charge_id)
        return
    flow.services.metrics.stars_paid(payment.amount)
    logger.info(
        "payment %s: %d %s from user %s for %s",
        payment.charge_id,
        payment.amount,
        payment.currency,
        who.user_id,
        payment.final_ref or "an unknown invoice",
    )
    stored = await flow.services.storage.payments.get(payment.charge_id)
    assert stored is not None
    await fulfil(flow, who, stored)


def _pays_for(session: Session | None, payment: PaymentRecord) -> bool:
    return (
        session is not None
        and session.id == payment.session_id
        and session.options_version == payment.options_version
    )


async def refund_and_tell(
    flow: Flow, who: Who, payment: PaymentRecord, cause: str, reason: str | None = None
) -> None:
    """Refund a payment whose final will not be made, and say so (``reason``: why, for the
    user; by default that the invoice's photo is no longer open)."""
    result = await paid_finals.refund(
        flow.services.storage, flow.bot, payment, cause, metrics=flow.services.metrics
    )
    if result.status == "not_refundable":
        return
    if reason is None:
        reason = t(who.lang, "pay-not-available")
    note = paid_finals.refund_note(who.lang, payment, result, reason)
    try:
        await flow.bot.send_message(who.chat_id, note)
    except TelegramError as error:
        logger.info("could not tell user %s about the refund: %s", who.user_id, error)


async def _still_allowed(
    flow: Flow, who: Who, session: Session, payment: PaymentRecord
) -> Text | None:
    """The operator's limits, checked again now that the payment is in (they were checked at
    pre-checkout). The credit reservation itself is made by the final job (issue 13)."""
    services = flow.services
    spec = services.catalog.get(session.options.spec_id or "")
    if spec is None:
        return Text("pay-not-available")
    return await services.limits.final_blocked(
        user_id=who.user_id,
        group_id=session.group_id,
        price=services.final_price(spec, session.options),
        ref=payment.final_ref or None,
    )


async def fulfil(flow: Flow, who: Who, payment: PaymentRecord) -> None:
    """Make the paid final once: the session must still be the one the invoice was for."""
    loaded = await flow.store.load(who.user_id)
    session = loaded.session if loaded else None
    if payment.currency != STARS or not _pays_for(session, payment):
        await refund_and_tell(flow, who, payment, "the invoice's photo is no longer open")
        return
    assert session is not None
    blocked = await _still_allowed(flow, who, session, payment)
    if blocked is not None:
        await refund_and_tell(flow, who, payment, f"limits: {blocked.key}")
        return
    if not await flow.services.storage.payments.move(payment.charge_id, "delivering"):
        return  # another worker has it
    try:
        await flow.bot.send_message(who.chat_id, t(who.lang, "pay-received", stars=payment.amount))
        await flow.apply(who, ev.FinalRequested(), show=False)
        await flow.apply(who, ev.FinalConfirmed())  # the final job starts (handlers.jobs)
    except (NoSession, InvalidEvent) as error:
        logger.info("paid final for user %s could not start: %s", who.user_id, error)
        await refund_and_tell(flow, who, payment, "the conversation moved on before the final")
        return
    except TelegramError as error:  # e.g. blocked right after paying: the job never started
        logger.info("paid final for user %s not started: %s", who.user_id, error)
        await refund_and_tell(flow, who, payment, f"not started: {error}")
        with contextlib.suppress(NoSession, InvalidEvent, TelegramError):
            await final_failed(flow, who, None)
        return
    watch_job(flow, who, payment)


def watch_job(flow: Flow, who: Who, payment: PaymentRecord) -> None:
    """Settle ``payment`` when the user's final job ends, whatever way it ends."""
    job = flow.services.work.tasks.get(f"final:{session_key(who.user_id)}")
    if job is not None:
        job.add_done_callback(partial(_after_job, flow, who, payment))


def _after_job(flow: Flow, who: Who, payment: PaymentRecord, job: asyncio.Task) -> None:
    """When the paid final's job ends (not stopped by a shutdown: the next start resumes that),
    its payment must be delivered or refunded; if the job left it neither (it crashed, or ended
    on a path that does not know about payments), it is refunded now."""
    if job.cancelled():
        return
    error = job.exception()
    flow.app.create_task(_settle_after_job(flow, who, payment, error), name="paid:after-job")


async def _settle_after_job(
    flow: Flow, who: Who, payment: PaymentRecord, error: BaseException | None
) -> None:
    current = await flow.services.storage.payments.get(payment.charge_id)
    if current is None or current.state not in paid_finals.AUTOMATIC:
        return  # delivered, or refunded (or being refunded) already
    logger.warning("paid final for user %s ended undelivered: %r", who.user_id, error)
    await refund_and_tell(flow, who, current, f"final job ended undelivered: {error!r}", "")
    with contextlib.suppress(NoSession, InvalidEvent, TelegramError):
        await final_failed(flow, who, None)


async def refund_undelivered(flow: Flow, who: Who) -> None:
    """The user deleted their data while a paid final was being made (its job is stopped, so
    nothing will be delivered): refund it now."""
    for payment in await flow.services.storage.payments.of_user(who.user_id):
        if payment.state in paid_finals.AUTOMATIC:
            await refund_and_tell(flow, who, payment, "user deleted their data before delivery", "")


async def refunded_payment(update: Update, context: BotContext) -> None:
    """Telegram's notice of a refund (ours): nothing to do, it is in the ledger already."""
    refunded = update.effective_message.refunded_payment
    logger.info("Telegram confirmed the refund of %s", refunded.telegram_payment_charge_id)


# -- restart recovery ---------------------------------------------------------------------------


async def _recover_one(flow: Flow, who: Who, payment: PaymentRecord) -> None:
    storage = flow.services.storage
    if payment.state == "refund_pending":
        await refund_and_tell(flow, who, payment, payment.refund_reason or "retried at start")
        return
    loaded = await flow.store.load(who.user_id)
    session = loaded.session if loaded else None
    if _pays_for(session, payment):
        assert session is not None
        if session.state is State.FINALIZING:  # the final job was resumed at this start
            await storage.payments.move(payment.charge_id, "delivering")
            watch_job(flow, who, payment)
            return
        if session.state is State.DONE:  # both documents went out before the stop
            await storage.payments.move(payment.charge_id, "delivered")
            return
        if payment.state == "paid" and session.state is State.REVIEWING:
            await fulfil(flow, who, payment)
            return
    await refund_and_tell(flow, who, payment, "interrupted by a restart")


async def recover(app: IdPhotoApplication) -> None:
    """Payments neither delivered nor refunded when the bot stopped: make the final once (when
    the conversation still waits for it), or refund. Runs after the final jobs were resumed."""
    flow = Flow(app, start_effect)
    storage = app.services.storage
    for payment in await storage.payments.unfinished():
        stored = await storage.sessions.load(session_key(payment.user_id))
        lang = await storage.users.language(payment.user_id) or (
            stored_language(stored.data) if stored else DEFAULT_LANGUAGE
        )
        who = Who(payment.user_id, payment.chat_id, lang)
        try:
            await _recover_one(flow, who, payment)
        except TelegramError as error:
            logger.warning("payment %s not recovered yet: %s", payment.charge_id, error)
