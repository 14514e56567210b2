"""May this invoice be paid now? The pure part of the pre-checkout answer (issue 15).

The handler gathers the facts (the stored session, whether a payment already holds the final,
today's price) and asks :func:`checkout_refusal`; the operator's limits are checked after it,
by :meth:`bot.limits.LimitChecker.final_blocked`. A refusal is a catalog message id, shown by
Telegram on the payment screen in the user's language.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.invoice_payload import InvoicePayload, PayloadError
from conversation.machine import Session
from conversation.states import State

STARS = "XTR"


@dataclass(frozen=True)
class Checkout:
    """What Telegram asks about: the invoice's payload, currency and amount."""

    payload: str
    currency: str
    amount: int


def decode(payload: str) -> InvoicePayload | None:
    try:
        return InvoicePayload.decode(payload)
    except PayloadError:
        return None


def checkout_refusal(
    checkout: Checkout, session: Session | None, *, already_paid: bool, price: int
) -> str | None:
    """Why this invoice may not be paid (a message id), or None when it may.

    ``session`` is the user's current conversation, ``already_paid`` whether a payment holds the
    invoice's final (paid, being made or delivered), ``price`` what that final costs now.
    """
    invoice = decode(checkout.payload)
    if invoice is None or checkout.currency != STARS:
        return "pay-declined-invalid"
    if session is None or session.id != invoice.session_id:
        return "pay-declined-session"
    if already_paid:
        return "pay-declined-paid"
    if session.options_version != invoice.options_version:
        return "pay-declined-options"
    if session.state in (State.FINALIZING, State.DONE):
        return "pay-declined-paid"
    if session.state is not State.REVIEWING or not session.has_current_preview:
        return "pay-declined-options"
    if price <= 0 or checkout.amount != price:
        return "pay-declined-invalid"  # the operator changed the price since the invoice
    return None
