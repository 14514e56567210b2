"""Operator commands (``IDPHOTO_ADMIN_IDS``): ``/ops`` usage today and this month, and
``/ops user <id>`` one user's history — all read from the ledger; with Stars payments on, the
Stars received, refunded and net, and ``/ops refund <charge id>`` (handlers.payment_commands)."""

from __future__ import annotations

from datetime import UTC, datetime

from telegram import Update

from bot.i18n import t
from bot.limits import period_start
from bot.services import BotContext
from handlers import payment_commands
from handlers.common import reply, who_of

HISTORY_LINES = 10


def _prefixed(prefix: str, summary: dict[str, int]) -> dict[str, int]:
    return {f"{prefix}_{key}": value for key, value in summary.items()}


async def ops(update: Update, context: BotContext) -> None:
    who = await who_of(update, context)
    services = context.services
    if who.user_id not in services.config.admin_ids:
        await reply(update, who, "ops-only")
        return
    args = context.args or []
    if args[:1] == ["user"]:
        await _user_history(update, context, args[1:])
        return
    if args[:1] == ["refund"]:
        await payment_commands.ops_refund(update, context, who, args[1:])
        return
    now = datetime.now(UTC)
    storage = services.storage
    day = await storage.ledger.summary(period_start("day", now).timestamp())
    month_start = period_start("month", now).timestamp()
    month = await storage.ledger.summary(month_start)
    groups = [
        t(
            who.lang,
            "ops-group-line",
            title=title or "?",
            id=str(group_id),
            finals=finals,
            credits=credits,
        )
        for group_id, title, finals, credits in await storage.ledger.top_groups(month_start)
    ]
    text = t(
        who.lang,
        "ops-summary",
        **_prefixed("d", day),
        **_prefixed("m", month),
        groups="\n".join(groups) or t(who.lang, "ops-no-groups"),
    )
    if services.config.payments_enabled:
        text += "\n\n" + await payment_commands.stars_summary(services, who.lang)
    await update.effective_message.reply_text(text)


async def _user_history(update: Update, context: BotContext, args: list[str]) -> None:
    who = await who_of(update, context)
    if len(args) != 1 or not args[0].lstrip("-").isdigit():
        await reply(update, who, "ops-user-usage")
        return
    user_id = int(args[0])
    storage = context.services.storage
    month = await storage.ledger.summary(
        period_start("month", datetime.now(UTC)).timestamp(), user_id=user_id
    )
    tasks = (await storage.ledger.lines("user_id = ?", [user_id]))[-HISTORY_LINES:]
    lines = [
        t(
            who.lang,
            "ops-user-line",
            date=datetime.fromtimestamp(task["started_at"], UTC).strftime("%Y-%m-%d %H:%M"),
            purpose=task["purpose"],
            state=task["state"] if task["state"] is not None else "?",
            credits=task["credits_charged"] or 0,
        )
        for task in tasks
    ]
    text = t(
        who.lang,
        "ops-user-history",
        id=str(user_id),
        finals=month["finals"],
        credits=month["credits"],
        lines="\n".join(lines) or t(who.lang, "ops-user-none"),
    )
    await update.effective_message.reply_text(text)
