"""Commands around Telegram Stars payments (issue 15): ``/paysupport`` (help and the user's own
payments, which Telegram requires of a bot that takes payments), ``/terms`` (what is sold and the
refund rule), ``/sponsor on|off`` for group admins, and for operators the Stars figures in
``/ops`` and ``/ops refund <charge id>``."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from telegram import Update
from telegram.error import TelegramError

from bot.i18n import DEFAULT_LANGUAGE, format_when, t
from bot.limits import period_start
from bot.services import BotContext, Services
from bot.storage.payments import PaymentRecord, StarsTotals
from handlers import paid_finals
from handlers.common import who_of
from handlers.flow import Who
from handlers.group_admin import admin_command, current_settings, save_settings

logger = logging.getLogger(__name__)

OPS_DAYS, OPS_MONTHS = 7, 3


# -- commands -----------------------------------------------------------------------------------


def _payment_line(lang: str, payment: PaymentRecord) -> str:
    return t(
        lang,
        "paysupport-line",
        date=format_when(datetime.fromtimestamp(payment.paid_at, UTC), lang),
        stars=payment.amount,
        status=payment.state,
        charge=payment.charge_id,
    )


async def paysupport(update: Update, context: BotContext) -> None:
    """How to get help with a payment, and the user's own payments."""
    who = await who_of(update, context)
    services = context.services
    found = await services.storage.payments.of_user(who.user_id)
    lines = "\n".join(_payment_line(who.lang, p) for p in found)
    contact = services.config.operator_contact or t(who.lang, "paysupport-contact-unset")
    text = t(
        who.lang, "paysupport", contact=contact, payments=lines or t(who.lang, "paysupport-none")
    )
    await update.effective_message.reply_text(text)


async def terms(update: Update, context: BotContext) -> None:
    """What is sold, for how much, and the refund rule (or that nothing is sold)."""
    who = await who_of(update, context)
    config = context.services.config
    if not config.payments_enabled:
        await update.effective_message.reply_text(t(who.lang, "terms-free"))
        return
    text = t(who.lang, "terms", stars=config.stars_price or max(config.stars_prices.values()))
    await update.effective_message.reply_text(text)


@admin_command
async def sponsor(update: Update, context: BotContext) -> None:
    """``/sponsor on|off``: members' finals paid from the group's budget (no invoice), or not."""
    settings, lang = await current_settings(update, context)
    chat_id = update.effective_chat.id
    choice = (context.args or [""])[0].lower()
    if choice not in ("on", "off"):
        status = "on" if settings.sponsored else "off"
        await update.effective_message.reply_text(t(lang, "sponsor-usage", status=status))
        return
    sponsored = choice == "on"
    await save_settings(context, chat_id, replace(settings, sponsored=sponsored))
    context.services.stars.set_sponsored(chat_id, sponsored)
    logger.info("group %s: sponsored finals %s", chat_id, choice)
    key = "sponsor-on" if sponsored else "sponsor-off"
    await update.effective_message.reply_text(t(lang, key, group=settings.title))


# -- operators ----------------------------------------------------------------------------------


def _totals_line(lang: str, totals: StarsTotals) -> str:
    return t(
        lang,
        "ops-stars-line",
        period=totals.period,
        received=totals.received,
        refunded=totals.refunded,
        net=totals.net,
    )


def _current(rows: list[StarsTotals], period: str) -> StarsTotals:
    return next((r for r in rows if r.period == period), StarsTotals(period, 0, 0))


async def stars_summary(services: Services, lang: str) -> str:
    """Stars received, refunded and net: today, this month, the last days and months."""
    now = datetime.now(UTC)
    payments = services.storage.payments
    since_days = period_start("day", now) - timedelta(days=OPS_DAYS - 1)
    days = await payments.totals("day", since_days.timestamp())
    month_start = period_start("month", now)
    since_months = (month_start - timedelta(days=31 * (OPS_MONTHS - 1))).replace(day=1)
    months = await payments.totals("month", since_months.timestamp())
    today = _current(days, now.strftime("%Y-%m-%d"))
    month = _current(months, now.strftime("%Y-%m"))
    none = t(lang, "ops-stars-none")
    return t(
        lang,
        "ops-stars",
        d_received=today.received,
        d_refunded=today.refunded,
        d_net=today.net,
        m_received=month.received,
        m_refunded=month.refunded,
        m_net=month.net,
        days="\n".join(_totals_line(lang, d) for d in days) or none,
        months="\n".join(_totals_line(lang, m) for m in months) or none,
    )


async def ops_refund(update: Update, context: BotContext, who: Who, args: list[str]) -> None:
    """``/ops refund <charge id>``: an operator refunds a payment by hand (logged)."""
    reply = update.effective_message.reply_text
    if len(args) != 1:
        await reply(t(who.lang, "ops-refund-usage"))
        return
    storage, bot = context.services.storage, context.bot
    payment = await storage.payments.get(args[0])
    if payment is None:
        await reply(t(who.lang, "ops-refund-unknown", charge=args[0]))
        return
    if payment.state == "refunded":
        await reply(t(who.lang, "ops-refund-already", charge=payment.charge_id))
        return
    logger.warning("operator %s refunds payment %s", who.user_id, payment.charge_id)
    cause = f"refunded by operator {who.user_id}"
    result = await paid_finals.refund(
        storage, bot, payment, cause, automatic=False, metrics=context.services.metrics
    )
    if result.status != "refunded":
        await reply(
            t(
                who.lang,
                "ops-refund-failed",
                charge=payment.charge_id,
                error=result.error or result.status,
            )
        )
        return
    await reply(
        t(
            who.lang,
            "ops-refund-done",
            stars=payment.amount,
            user=str(payment.user_id),
            charge=payment.charge_id,
        )
    )
    user_lang = await storage.users.language(payment.user_id) or DEFAULT_LANGUAGE
    try:
        await bot.send_message(
            payment.chat_id, t(user_lang, "pay-refunded-by-operator", stars=payment.amount)
        )
    except TelegramError as error:
        logger.info("could not tell user %s about the refund: %s", payment.user_id, error)
