"""What every group-admin command and menu shares: the group's settings, its language, who is
an admin (asked of Telegram, cached briefly), the admins-only guard, and the menu opener check."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import replace

from telegram import InlineKeyboardMarkup, Update
from telegram.error import TelegramError

from bot import membership
from bot.i18n import normalise_language, t
from bot.limits import GroupSettings
from bot.membership import member_status
from bot.services import BotContext
from handlers.buttons import GroupButton

logger = logging.getLogger(__name__)


Handler = Callable[[Update, BotContext], Awaitable[None]]


async def group_settings(context: BotContext, chat_id: int) -> GroupSettings:
    return GroupSettings.from_dict(await context.services.storage.groups.settings(chat_id))


async def save_settings(context: BotContext, chat_id: int, settings: GroupSettings) -> None:
    await context.services.storage.groups.save(chat_id, settings.title, settings.to_dict())


def group_language(update: Update, settings: GroupSettings) -> str:
    """The group's language as its admins chose it, else the language of who is speaking."""
    user = update.effective_user
    return settings.language or normalise_language(user.language_code if user else None)


async def current_settings(update: Update, context: BotContext) -> tuple[GroupSettings, str]:
    """The group's settings (with its current title) and the language to answer in."""
    chat = update.effective_chat
    settings = await group_settings(context, chat.id)
    if chat.title and settings.title != chat.title:
        settings = replace(settings, title=chat.title)
    return settings, group_language(update, settings)


async def is_admin(context: BotContext, chat_id: int, user_id: int) -> bool:
    """The group's creator or an administrator, per Telegram (cached for a short while)."""
    try:
        status = await member_status(context.bot, context.services.members, chat_id, user_id)
    except TelegramError as error:
        logger.warning("getChatMember failed for chat %s: %s", chat_id, error)
        return False
    return membership.is_admin(status)


async def reply(update: Update, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    await update.effective_message.reply_text(text, reply_markup=markup)


def admin_command(handler: Handler) -> Handler:
    """Run ``handler`` for the group's admins only; others get a short polite refusal."""

    async def guarded(update: Update, context: BotContext) -> None:
        chat, user = update.effective_chat, update.effective_user
        if not await is_admin(context, chat.id, user.id):
            _, lang = await current_settings(update, context)
            await reply(update, t(lang, "group-admins-only"))
            return
        await handler(update, context)

    guarded.__name__ = handler.__name__
    guarded.__doc__ = handler.__doc__
    return guarded


async def opener_tap(update: Update, context: BotContext) -> GroupButton | None:
    """A tap on a group admin's menu, when it comes from the admin who opened it (still an
    admin); anyone else is told why not (None)."""
    query = update.callback_query
    chat, user = update.effective_chat, update.effective_user
    button = GroupButton.decode(query.data)
    assert button is not None  # routed by GroupButton.matches_*
    _, lang = await current_settings(update, context)
    if user.id != button.admin_id:
        await query.answer(t(lang, "menu-not-yours"), show_alert=True)
        return None
    if not await is_admin(context, chat.id, user.id):
        await query.answer(t(lang, "group-admins-only"), show_alert=True)
        return None
    return button
