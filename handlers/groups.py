"""Groups: members open the private flow through a deep link; admins set the group's defaults,
quota and budget with commands. Group menus answer only the admin who opened them."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import UTC, datetime

from telegram import ChatMember, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import TelegramError

from bot.i18n import normalise_language, t
from bot.limits import GroupSettings, Quota, period_start
from bot.services import BotContext
from bot.specs import CustomSizeError, looks_like_custom_size, parse_custom_size
from conversation.options import parse_hex_color
from handlers.callback_data import ButtonData
from handlers.screens import color_label, spec_title

logger = logging.getLogger(__name__)

#: Group menus carry ``@<user id>`` where private menus carry a session id.
GROUP_MENU_PREFIX = "@"
ADMIN_STATUSES = (ChatMember.OWNER, ChatMember.ADMINISTRATOR)
SPEC_CHOICES = 6

Handler = Callable[[Update, BotContext], Awaitable[None]]


async def group_settings(context: BotContext, chat_id: int) -> GroupSettings:
    return GroupSettings.from_dict(await context.services.storage.group_settings(chat_id))


async def save_settings(context: BotContext, chat_id: int, settings: GroupSettings) -> None:
    await context.services.storage.save_group_settings(chat_id, settings.title, settings.to_dict())


def group_language(update: Update, settings: GroupSettings) -> str:
    user = update.effective_user
    return settings.language or normalise_language(user.language_code if user else None)


async def is_admin(context: BotContext, chat_id: int, user_id: int) -> bool:
    """The group's creator or an administrator, per Telegram (cached for a short while)."""
    cache = context.services.admins
    known = cache.get(chat_id, user_id)
    if known is not None:
        return known
    try:
        member = await context.bot.get_chat_member(chat_id, user_id)
        admin = member.status in ADMIN_STATUSES
    except TelegramError as error:
        logger.warning("getChatMember failed for chat %s: %s", chat_id, error)
        return False
    cache.put(chat_id, user_id, admin)
    return admin


async def _reply(update: Update, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    await update.effective_message.reply_text(text, reply_markup=markup)


async def _current(update: Update, context: BotContext) -> tuple[GroupSettings, str]:
    chat = update.effective_chat
    settings = await group_settings(context, chat.id)
    if chat.title and settings.title != chat.title:
        settings = replace(settings, title=chat.title)
    return settings, group_language(update, settings)


async def idphoto(update: Update, context: BotContext) -> None:
    """Any member: a button that opens the private chat with the group's defaults applied."""
    settings, lang = await _current(update, context)
    chat_id = update.effective_chat.id
    await save_settings(context, chat_id, settings)
    if not settings.enabled:
        await _reply(update, t(lang, "group-disabled"))
        return
    url = f"https://t.me/{context.bot.username}?start=g{chat_id}"
    markup = InlineKeyboardMarkup([[InlineKeyboardButton(t(lang, "group-open-button"), url=url)]])
    await _reply(update, t(lang, "group-open-private"), markup)


def admin_command(handler: Handler) -> Handler:
    """Run ``handler`` for the group's admins only; others get a short polite refusal."""

    async def guarded(update: Update, context: BotContext) -> None:
        chat, user = update.effective_chat, update.effective_user
        if not await is_admin(context, chat.id, user.id):
            settings, lang = await _current(update, context)
            await _reply(update, t(lang, "group-admins-only"))
            return
        await handler(update, context)

    guarded.__name__ = handler.__name__
    guarded.__doc__ = handler.__doc__
    return guarded


def _argument(context: BotContext) -> str:
    return " ".join(context.args or []).strip()


@admin_command
async def setspec(update: Update, context: BotContext) -> None:
    """``/setspec <search>``: buttons with the matches; the tap sets the group's document."""
    settings, lang = await _current(update, context)
    query = _argument(context)
    if not query:
        await _reply(update, t(lang, "group-setspec-usage"))
        return
    if looks_like_custom_size(query):
        try:
            specs = [parse_custom_size(query)]
        except CustomSizeError as error:
            await _reply(update, error.text.render(lang))
            return
    else:
        specs = context.services.catalog.search(query, lang=lang, limit=SPEC_CHOICES)
    if not specs:
        await _reply(update, t(lang, "spec-search-none", query=query))
        return
    owner = f"{GROUP_MENU_PREFIX}{update.effective_user.id}"
    rows = [
        [
            InlineKeyboardButton(
                spec_title(spec, lang), callback_data=ButtonData(owner, "gspec", spec.id).encode()
            )
        ]
        for spec in specs
    ]
    await _reply(update, t(lang, "group-setspec-pick"), InlineKeyboardMarkup(rows))


@admin_command
async def setbg(update: Update, context: BotContext) -> None:
    settings, lang = await _current(update, context)
    value = _argument(context)
    if value.lower() == "off":
        await save_settings(context, update.effective_chat.id, replace(settings, bg_color=None))
        await _reply(update, t(lang, "group-bg-cleared"))
        return
    color = parse_hex_color(value)
    if color is None:
        await _reply(update, t(lang, "group-setbg-usage"))
        return
    await save_settings(context, update.effective_chat.id, replace(settings, bg_color=color))
    await _reply(update, t(lang, "group-bg-set", color=color_label(lang, color)))


@admin_command
async def quota(update: Update, context: BotContext) -> None:
    settings, lang = await _current(update, context)
    value = _argument(context)
    if value.lower() == "off":
        await save_settings(context, update.effective_chat.id, replace(settings, quota=None))
        await _reply(update, t(lang, "group-quota-cleared"))
        return
    parsed = Quota.parse(value)
    if parsed is None:
        await _reply(update, t(lang, "group-quota-usage"))
        return
    await save_settings(context, update.effective_chat.id, replace(settings, quota=parsed))
    await _reply(update, t(lang, "group-quota-set", count=parsed.count, period=parsed.period))


@admin_command
async def budget(update: Update, context: BotContext) -> None:
    settings, lang = await _current(update, context)
    value = _argument(context).lower()
    if value == "off":
        await save_settings(context, update.effective_chat.id, replace(settings, budget=None))
        await _reply(update, t(lang, "group-budget-cleared"))
        return
    amount = value.removesuffix("per month").removesuffix("/month").strip()
    if not amount.isdigit():
        await _reply(update, t(lang, "group-budget-usage"))
        return
    await save_settings(context, update.effective_chat.id, replace(settings, budget=int(amount)))
    await _reply(update, t(lang, "group-budget-set", credits=int(amount)))


async def _set_enabled(update: Update, context: BotContext, enabled: bool) -> None:
    settings, lang = await _current(update, context)
    await save_settings(context, update.effective_chat.id, replace(settings, enabled=enabled))
    await _reply(update, t(lang, "group-enabled" if enabled else "group-disabled-now"))


@admin_command
async def enable(update: Update, context: BotContext) -> None:
    await _set_enabled(update, context, True)


@admin_command
async def disable(update: Update, context: BotContext) -> None:
    await _set_enabled(update, context, False)


async def _month_usage(context: BotContext, chat_id: int) -> dict[str, int]:
    since = period_start("month", datetime.now(UTC)).timestamp()
    return await context.services.storage.ledger_summary(since, group_id=chat_id)


@admin_command
async def settings_command(update: Update, context: BotContext) -> None:
    settings, lang = await _current(update, context)
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
    await _reply(update, text)


@admin_command
async def stats(update: Update, context: BotContext) -> None:
    settings, lang = await _current(update, context)
    used = await _month_usage(context, update.effective_chat.id)
    await _reply(update, t(lang, "group-stats", group=settings.title, **used))


async def group_button(update: Update, context: BotContext, data: ButtonData) -> None:
    """A tap on a group menu: only its opener (still an admin) may use it."""
    query = update.callback_query
    chat, user = update.effective_chat, update.effective_user
    settings, lang = await _current(update, context)
    if data.session_id != f"{GROUP_MENU_PREFIX}{user.id}":
        await query.answer(t(lang, "menu-not-yours"), show_alert=True)
        return
    if not await is_admin(context, chat.id, user.id):
        await query.answer(t(lang, "group-admins-only"), show_alert=True)
        return
    if data.action == "glang":
        from handlers.language import group_language_chosen

        await group_language_chosen(update, context, data.arg)
        return
    spec = context.services.catalog.get(data.arg) if data.action == "gspec" else None
    if spec is None:
        await query.answer(t(lang, "menu-expired"), show_alert=True)
        return
    await save_settings(context, chat.id, replace(settings, spec_id=spec.id))
    await query.answer()
    await query.edit_message_text(t(lang, "group-spec-set", spec=spec_title(spec, lang)))


async def member_changed(update: Update, context: BotContext) -> None:
    """Someone's status changed in a group: forget what we knew about their rights."""
    change = update.chat_member or update.my_chat_member
    if change is not None:
        context.services.admins.forget(change.chat.id, change.new_chat_member.user.id)
