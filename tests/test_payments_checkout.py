"""The pre-checkout decision without Telegram: which invoice may be paid, and what the user is
told (a catalog message id) when it may not."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.checkout import Checkout, checkout_refusal
from bot.invoice_payload import InvoicePayload
from conversation.machine import Session
from conversation.options import PhotoOptions, PhotoRef
from conversation.states import State

PRICE = 50


def reviewing(version: int = 4) -> Session:
    return Session(
        id="Sess-1_x",
        state=State.REVIEWING,
        options=PhotoOptions(spec_id="us_passport"),
        photo=PhotoRef("photo:1", 1000, 1200, "img-1"),
        options_version=version,
        preview_version=version,
    )


def invoice_for(session: Session, *, amount: int = PRICE, currency: str = "XTR") -> Checkout:
    payload = InvoicePayload.new(session.id, session.options_version).encode()
    return Checkout(payload=payload, currency=currency, amount=amount)


def refusal(checkout: Checkout, session: Session | None, *, paid: bool = False) -> str | None:
    return checkout_refusal(checkout, session, already_paid=paid, price=PRICE)


def test_an_invoice_for_the_current_preview_may_be_paid():
    session = reviewing()
    assert refusal(invoice_for(session), session) is None


def test_options_changed_since_the_invoice_is_declined():
    session = reviewing(4)
    changed = replace(session, options_version=5, preview_version=5)
    assert refusal(invoice_for(session), changed) == "pay-declined-options"


def test_an_invoice_of_an_ended_session_is_declined():
    session = reviewing()
    after_new = replace(session, id="Other-22", state=State.AWAITING_PHOTO)
    assert refusal(invoice_for(session), after_new) == "pay-declined-session"
    assert refusal(invoice_for(session), None) == "pay-declined-session"


def test_a_final_already_paid_is_not_sold_twice():
    session = reviewing()
    assert refusal(invoice_for(session), session, paid=True) == "pay-declined-paid"


@pytest.mark.parametrize("state", [State.FINALIZING, State.DONE])
def test_a_final_being_made_or_made_is_not_sold_again(state):
    session = reviewing()
    assert refusal(invoice_for(session), replace(session, state=state)) == "pay-declined-paid"


def test_a_preview_that_is_not_current_is_declined():
    session = reviewing()
    assert refusal(invoice_for(session), replace(session, state=State.PREVIEWING)) == (
        "pay-declined-options"
    )
    assert refusal(invoice_for(session), replace(session, preview_version=None)) == (
        "pay-declined-options"
    )


def test_a_changed_price_or_another_currency_is_declined():
    session = reviewing()
    assert refusal(invoice_for(session, amount=40), session) == "pay-declined-invalid"
    assert refusal(invoice_for(session, currency="EUR"), session) == "pay-declined-invalid"


def test_a_forged_payload_is_declined():
    session = reviewing()
    forged = Checkout(payload=f"{session.id}|4", currency="XTR", amount=PRICE)
    assert refusal(forged, session) == "pay-declined-invalid"
