"""A paid final after its payment: marked delivered, or refunded once and automatically.

The final job (``handlers.jobs``) calls :func:`final_delivered` when both documents went out and
:func:`final_failed` when the final could not be made or delivered; a final nobody paid for in
Stars is left to the job's usual messages. :func:`refund` is the one place that calls
``refundStarPayment``: the payment row moves to ``refund_pending`` first (compare-and-set, so
a refund is asked for once), then to ``refunded`` when Telegram confirms it; a refund Telegram
could not make stays ``refund_pending`` and is tried again at the next start.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Literal

from telegram import Bot
from telegram.error import BadRequest, TelegramError

from bot.i18n import t
from bot.invoice_payload import final_ref
from bot.metrics import Metrics
from bot.storage import Storage
from bot.storage.payments import PaymentRecord, PaymentState
from conversation.machine import Session

logger = logging.getLogger(__name__)

#: States an automatic refund may start from: a delivered final is never refunded by itself.
AUTOMATIC: tuple[PaymentState, ...] = ("paid", "delivering")
ALREADY_REFUNDED = "CHARGE_ALREADY_REFUNDED"


@dataclass(frozen=True)
class RefundResult:
    #: refunded: Telegram gave the Stars back; pending: it could not now (tried again at the next
    #: start); not_refundable: delivered (automatic refunds only) or already refunded.
    status: Literal["refunded", "pending", "not_refundable"]
    error: str | None = None


async def refund(
    storage: Storage,
    bot: Bot,
    payment: PaymentRecord,
    cause: str,
    *,
    automatic: bool = True,
    metrics: Metrics | None = None,
) -> RefundResult:
    """Give ``payment``'s Stars back, once. ``cause`` (English, for the operator) is stored."""
    only_from = AUTOMATIC if automatic else None
    moved = await storage.payments.move(
        payment.charge_id, "refund_pending", reason=cause, only_from=only_from
    )
    if not moved:
        current = await storage.payments.get(payment.charge_id)
        if current is None or current.state != "refund_pending":
            return RefundResult("not_refundable")
    try:
        await bot.refund_star_payment(
            user_id=payment.user_id, telegram_payment_charge_id=payment.charge_id
        )
    except BadRequest as error:
        if ALREADY_REFUNDED not in str(error).upper():
            logger.error("refund of payment %s refused: %s", payment.charge_id, error)
            return RefundResult("pending", str(error))
    except TelegramError as error:
        logger.warning("refund of payment %s failed, will retry: %s", payment.charge_id, error)
        return RefundResult("pending", str(error))
    await storage.payments.move(payment.charge_id, "refunded")
    if metrics is not None:
        metrics.stars_refund(payment.amount)
    logger.info(
        "refunded %d stars of payment %s to user %s: %s",
        payment.amount,
        payment.charge_id,
        payment.user_id,
        cause,
    )
    return RefundResult("refunded")


def refund_note(lang: str, payment: PaymentRecord, result: RefundResult, reason: str) -> str:
    """What the user is told after an automatic refund (or its first attempt)."""
    if result.status == "refunded":
        return t(lang, "pay-refunded", stars=payment.amount, reason=reason)
    return t(lang, "pay-refund-pending", stars=payment.amount)


async def paid_for(storage: Storage, session: Session) -> PaymentRecord | None:
    """The payment that holds ``session``'s current final, if it was bought in Stars."""
    return await storage.payments.holding(final_ref(session.id, session.options_version))


async def final_delivered(storage: Storage, session: Session) -> None:
    """Both documents went out: a payment for this final is settled as delivered."""
    payment = await paid_for(storage, session)
    if payment is not None and payment.state in AUTOMATIC:
        await storage.payments.move(payment.charge_id, "delivered")


async def final_failed(
    storage: Storage,
    bot: Bot,
    lang: str,
    session: Session,
    *,
    reason: str,
    cause: str,
    metrics: Metrics | None = None,
) -> str | None:
    """The final could not be made or delivered: refund its payment (once) and return what to
    tell the user; None when no payment holds it (a free final: the job says what it says)."""
    payment = await paid_for(storage, session)
    if payment is None or payment.state not in AUTOMATIC:
        return None
    result = await refund(storage, bot, payment, cause, metrics=metrics)
    return refund_note(lang, payment, result, reason)
