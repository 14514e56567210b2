"""Telegram Stars, the parts without Telegram: the price setting, the invoice payload codec,
the payments table (recorded first, once; moved by compare-and-set; totals for /ops)."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime

import pytest

from bot.config import ConfigError, load_config
from bot.invoice_payload import MAX_PAYLOAD_BYTES, InvoicePayload, PayloadError
from bot.limits import GroupSettings
from bot.stars_pricing import StarsPricing
from bot.storage import Storage
from bot.storage.keys import new_key_text
from bot.storage.payments import NewPayment

BASE = {"TELEGRAM_BOT_TOKEN": "123456:ABCdef_ghi-JKL", "PICWISH_API_KEY": "pw-key"}


def load(**env: str):
    return load_config({**BASE, **env}, dotenv_path=None)


@pytest.fixture
async def storage(tmp_path):
    store = Storage(tmp_path / "bot.db", data_key=new_key_text())
    await store.open()
    yield store
    await store.close()


def payment(charge: str = "ch-1", *, amount: int = 50, ref_version: int = 3) -> NewPayment:
    return NewPayment(
        charge_id=charge,
        provider_charge_id=f"prov-{charge}",
        user_id=1001,
        chat_id=1001,
        session_id="AbC-d_9x",
        options_version=ref_version,
        final_ref=f"final:AbC-d_9x:{ref_version}",
        amount=amount,
    )


# -- configuration ---------------------------------------------------------------------------


def test_without_a_price_finals_stay_free():
    config = load()
    assert config.stars_price == 0
    assert not config.payments_enabled
    assert config.price_in_stars("us-passport") == 0


def test_the_price_applies_to_every_document_unless_overridden():
    config = load(IDPHOTO_STARS_PRICE="50", IDPHOTO_STARS_PRICES="us-passport=75, cn-visa=0")
    assert config.payments_enabled
    assert config.price_in_stars("de_passport") == 50
    assert config.price_in_stars("us-passport") == 75
    assert config.price_in_stars("cn-visa") == 0
    assert config.price_in_stars(None) == 50


def test_an_override_alone_turns_payments_on_for_that_document():
    config = load(IDPHOTO_STARS_PRICES="us-passport=75")
    assert config.payments_enabled
    assert config.price_in_stars("us-passport") == 75
    assert config.price_in_stars("de_passport") == 0


@pytest.mark.parametrize("raw", ["-5", "1.5", "fifty", "10001"])
def test_a_malformed_price_is_refused_naming_the_variable(raw):
    with pytest.raises(ConfigError, match="IDPHOTO_STARS_PRICE"):
        load(IDPHOTO_STARS_PRICE=raw)


def test_a_malformed_override_is_refused_with_an_example():
    with pytest.raises(ConfigError, match="us-passport=75"):
        load(IDPHOTO_STARS_PRICES="us-passport:75")


def test_a_group_is_not_sponsored_until_an_admin_says_so():
    assert GroupSettings().sponsored is False
    settings = GroupSettings.from_dict({**GroupSettings().to_dict(), "sponsored": True})
    assert settings.sponsored is True
    assert GroupSettings.from_dict({"title": "old row"}).sponsored is False


# -- invoice payload -------------------------------------------------------------------------


def test_a_payload_round_trips_and_names_the_final():
    payload = InvoicePayload.new("AbC-d_9x", 7)
    decoded = InvoicePayload.decode(payload.encode())
    assert decoded == payload
    assert decoded.final_ref == "final:AbC-d_9x:7"


def test_every_invoice_gets_its_own_nonce():
    first, second = InvoicePayload.new("AbC-d_9x", 7), InvoicePayload.new("AbC-d_9x", 7)
    assert first.nonce != second.nonce
    assert first.encode() != second.encode()


def test_the_payload_carries_no_user_data_and_fits_telegrams_limit():
    text = InvoicePayload.new("x" * 64, 999_999_999).encode()
    assert len(text.encode()) <= MAX_PAYLOAD_BYTES
    assert text.split(".")[:3] == ["f1", "x" * 64, "999999999"]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "hello",
        "f1.AbC.7",
        "f1.AbC.07.nonce123",
        "f1.AbC.-1.nonce123",
        "f1.AbC.7.short",
        "f1.A b.7.nonce123",
        "f1.AbC.7.nonce123\n",
        "f1.AbC.٧.nonce123",
        "f2.AbC.7.nonce123",
        "f1." + "x" * 120 + ".7.nonce123",
    ],
)
def test_a_payload_the_bot_did_not_write_is_refused(text):
    with pytest.raises(PayloadError):
        InvoicePayload.decode(text)


def test_a_session_id_that_could_not_be_parsed_back_is_refused_when_invoicing():
    with pytest.raises(PayloadError):
        InvoicePayload.new("has.dot", 1)


# -- payments table --------------------------------------------------------------------------


async def test_a_payment_is_recorded_as_paid(storage):
    assert await storage.payments.record(payment()) is True
    row = await storage.payments.get("ch-1")
    assert (row.state, row.amount, row.currency, row.user_id) == ("paid", 50, "XTR", 1001)
    assert row.final_ref == "final:AbC-d_9x:3"


async def test_recording_the_same_charge_twice_says_already_seen(storage):
    assert await storage.payments.record(payment()) is True
    await storage.payments.move("ch-1", "delivering")
    assert await storage.payments.record(payment(amount=999)) is False
    row = await storage.payments.get("ch-1")
    assert (row.state, row.amount) == ("delivering", 50)


async def test_only_one_worker_may_start_delivering(storage):
    await storage.payments.record(payment())
    assert await storage.payments.move("ch-1", "delivering") is True
    assert await storage.payments.move("ch-1", "delivering") is False


async def test_a_delivered_final_is_not_refunded_automatically(storage):
    await storage.payments.record(payment())
    await storage.payments.move("ch-1", "delivering")
    await storage.payments.move("ch-1", "delivered")
    automatic = ("paid", "delivering")
    assert not await storage.payments.move("ch-1", "refund_pending", only_from=automatic)
    assert (await storage.payments.get("ch-1")).state == "delivered"
    assert await storage.payments.move("ch-1", "refund_pending", reason="operator")


async def test_a_refund_records_its_time_and_reason_and_is_final(storage):
    await storage.payments.record(payment())
    await storage.payments.move("ch-1", "refund_pending", reason="picwish failed")
    assert await storage.payments.move("ch-1", "refunded")
    row = await storage.payments.get("ch-1")
    assert (row.state, row.refund_reason) == ("refunded", "picwish failed")
    assert row.refunded_at is not None
    assert not await storage.payments.move("ch-1", "delivering")
    assert not await storage.payments.move("ch-1", "refunded")


async def test_unfinished_lists_paid_but_neither_delivered_nor_refunded(storage):
    for charge in ("a", "b", "c", "d"):
        await storage.payments.record(payment(charge))
    await storage.payments.move("b", "delivering")
    await storage.payments.move("c", "delivering")
    await storage.payments.move("c", "delivered")
    await storage.payments.move("d", "refund_pending")
    await storage.payments.move("d", "refunded")
    assert [p.charge_id for p in await storage.payments.unfinished()] == ["a", "b"]


async def test_a_final_is_held_by_its_payment_until_refunded(storage):
    await storage.payments.record(payment(ref_version=3))
    assert (await storage.payments.holding("final:AbC-d_9x:3")).charge_id == "ch-1"
    assert await storage.payments.holding("final:AbC-d_9x:4") is None
    await storage.payments.move("ch-1", "refund_pending")
    assert await storage.payments.holding("final:AbC-d_9x:3") is None


async def test_a_users_payments_come_newest_first(storage):
    for charge in ("old", "new"):
        await storage.payments.record(payment(charge))
        await asyncio.sleep(0.01)
    assert [p.charge_id for p in await storage.payments.of_user(1001)] == ["new", "old"]
    assert await storage.payments.of_user(2002) == []


async def test_totals_show_received_refunded_and_net_per_day_and_month(storage):
    await storage.payments.record(payment("a", amount=50))
    await storage.payments.record(payment("b", amount=30))
    await storage.payments.move("b", "refund_pending")
    await storage.payments.move("b", "refunded")
    today = datetime.now(UTC).strftime("%Y-%m-%d")
    [day] = await storage.payments.totals("day", since=0)
    assert (day.period, day.received, day.refunded, day.net) == (today, 80, 30, 50)
    [month] = await storage.payments.totals("month", since=0)
    assert (month.period, month.net) == (today[:7], 50)
    assert await storage.payments.totals("day", since=time.time() + 60) == []


# -- who pays how much -------------------------------------------------------------------------


def test_a_sponsored_groups_members_pay_nothing_others_pay_the_price():
    pricing = StarsPricing(load(IDPHOTO_STARS_PRICE="50"))
    pricing.set_sponsored(-100123, True)
    assert pricing.price("us-passport", -100123) == 0
    assert pricing.price("us-passport", -100999) == 50
    assert pricing.price("us-passport", None) == 50
    pricing.set_sponsored(-100123, False)
    assert pricing.price("us-passport", -100123) == 50


async def test_sponsoring_groups_are_read_from_the_database_at_start(storage):
    await storage.groups.save(-1001, "Club", GroupSettings(title="Club", sponsored=True).to_dict())
    await storage.groups.save(-1002, "Other", GroupSettings(title="Other").to_dict())
    pricing = StarsPricing(load(IDPHOTO_STARS_PRICE="50"))
    await pricing.load(storage)
    assert pricing.sponsored_groups == {-1001}
