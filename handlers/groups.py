"""Groups: members open the private flow through a deep link; admins set the group's defaults,
quota and budget with commands. Group menus answer only the admin who opened them."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.deeplinks import group_payload
from bot.i18n import t
from bot.limits import Quota, period_start
from bot.services import BotContext
from bot.specs import CustomSizeError, looks_like_custom_size, parse_custom_size
from conversation.options import parse_hex_color
from handlers.buttons import Action, GroupButton
from handlers.group_admin import (
    admin_command,
    current_settings,
    opener_tap,
    reply,
    save_settings,
)
from handlers.screens import color_label, spec_title

SPEC_CHOICES = 6


async def idphoto(update: Update, context: BotContext) -> None:
    """Any member: a button that opens the private chat with the group's defaults applied."""
    settings, lang = await current_settings(update, context)
    chat_id = update.effective_chat.id
    await save_settings(context, chat_id, settings)
    if not settings.enabled:
        await reply(update, t(lang, "group-disabled"))
        return
    url = f"https://t.me/{context.bot.username}?start={group_payload(chat_id)}"
    markup = InlineKeyboardMarkup([[InlineKeyboardButton(t(lang, "group-open-button"), url=url)]])
    await reply(update, t(lang, "group-open-private"), markup)


def _argument(context: BotContext) -> str:
    return " ".join(context.args or []).strip()


@admin_command
async def setspec(update: Update, context: BotContext) -> None:
    """``/setspec <search>``: buttons with the matches; the tap sets the group's document."""
    settings, lang = await current_settings(update, context)
    query = _argument(context)
    if not query:
        await reply(update, t(lang, "group-setspec-usage"))
        return
    if looks_like_custom_size(query):
        try:
            specs = [parse_custom_size(query)]
        except CustomSizeError as error:
            await reply(update, error.text.render(lang))
            return
    else:
        specs = context.services.catalog.search(query, lang=lang, limit=SPEC_CHOICES)
    if not specs:
        await reply(update, t(lang, "spec-search-none", query=query))
        return
    admin_id = update.effective_user.id
    rows = [
        [
            InlineKeyboardButton(
                spec_title(spec, lang),
                callback_data=GroupButton(admin_id, Action.GROUP_SPEC, spec.id).encode(),
            )
        ]
        for spec in specs
    ]
    await reply(update, t(lang, "group-setspec-pick"), InlineKeyboardMarkup(rows))


@admin_command
async def setbg(update: Update, context: BotContext) -> None:
    settings, lang = await current_settings(update, context)
    value = _argument(context)
    if value.lower() == "off":
        await save_settings(context, update.effective_chat.id, replace(settings, bg_color=None))
        await reply(update, t(lang, "group-bg-cleared"))
        return
    color = parse_hex_color(value)
    if color is None:
        await reply(update, t(lang, "group-setbg-usage"))
        return
    await save_settings(context, update.effective_chat.id, replace(settings, bg_color=color))
    await reply(update, t(lang, "group-bg-set", color=color_label(lang, color)))


@admin_command
async def quota(update: Update, context: BotContext) -> None:
    settings, lang = await current_settings(update, context)
    value = _argument(context)
    if value.lower() == "off":
        await save_settings(context, update.effective_chat.id, replace(settings, quota=None))
        await reply(update, t(lang, "group-quota-cleared"))
        return
    parsed = Quota.parse(value)
    if parsed is None:
        await reply(update, t(lang, "group-quota-usage"))
        return
    await save_settings(context, update.effective_chat.id, replace(settings, quota=parsed))
    await reply(update, t(lang, "group-quota-set", count=parsed.count, period=parsed.period))


@admin_command
async def budget(update: Update, context: BotContext) -> None:
    settings, lang = await current_settings(update, context)
    value = _argument(context).lower()
    if value == "off":
        await save_settings(context, update.effective_chat.id, replace(settings, budget=None))
        await reply(update, t(lang, "group-budget-cleared"))
        return
    amount = value.removesuffix("per month").removesuffix("/month").strip()
    if not amount.isdigit():
        await reply(update, t(lang, "group-budget-usage"))
        return
    await save_settings(context, update.effective_chat.id, replace(settings, budget=int(amount)))
    await reply(update, t(lang, "group-budget-set", credits=int(amount)))


async def _set_enabled(update: Update, context: BotContext, enabled: bool) -> None:
    settings, lang = await current_settings(update, context)
    await save_settings(context, update.effective_chat.id, replace(settings, enabled=enabled))
    await reply(update, t(lang, "group-enabled" if enabled else "group-disabled-now"))


@admin_command
async def enable(update: Update, context: BotContext) -> None:
    await _set_enabled(update, context, True)


@admin_command
async def disable(update: Update, context: BotContext) -> None:
    await _set_enabled(update, context, False)


async def _month_usage(context: BotContext, chat_id: int) -> dict[str, int]:
    since = period_start("month", datetime.now(UTC)).timestamp()
    return await context.services.storage.ledger.summary(since, group_id=chat_id)


@admin_command
async def settings_command(update: Update, context: BotContext) -> None:
    settings, lang = await current_settings(update, context)
    not_set = t(lang, "group-not-set")
    spec = context.services.catalog.get(settings.spec_id) if settings.spec_id else None
    used = await _month_usage(context, update.effective_chat.id)
    text = t(
        lang,
        "group-settings",
        group=settings.title,
        status=t(lang, "group-status-on" if settings.enabled else "group-status-off"),
        spec=spec_title(spec, lang) if spec else not_set,
        background=color_label(lang, settings.bg_color) if settings.bg_color else not_set,
        quota=t(lang, "group-quota-value", count=settings.quota.count, period=settings.quota.period)
        if settings.quota
        else not_set,
        budget=t(lang, "group-budget-value", spent=used["credits"], credits=settings.budget)
        if settings.budget is not None
        else not_set,
    )
    await reply(update, text)


@admin_command
async def stats(update: Update, context: BotContext) -> None:
    settings, lang = await current_settings(update, context)
    used = await _month_usage(context, update.effective_chat.id)
    await reply(update, t(lang, "group-stats", group=settings.title, **used))


async def group_spec_chosen(update: Update, context: BotContext) -> None:
    """A document tapped in a ``/setspec`` menu becomes the group's default."""
    query = update.callback_query
    button = await opener_tap(update, context)
    if button is None:
        return
    settings, lang = await current_settings(update, context)
    spec = context.services.catalog.get(button.arg)
    if spec is None:
        await query.answer(t(lang, "spec-unknown"), show_alert=True)
        return
    await save_settings(context, update.effective_chat.id, replace(settings, spec_id=spec.id))
    await query.answer()
    await query.edit_message_text(t(lang, "group-spec-set", spec=spec_title(spec, lang)))


async def member_changed(update: Update, context: BotContext) -> None:
    """Someone's status changed in a group: forget what we knew about their rights."""
    change = update.chat_member or update.my_chat_member
    if change is not None:
        context.services.members.forget(change.chat.id, change.new_chat_member.user.id)
