"""Small helpers shared by the handlers: who is talking, in which language, replies."""

from __future__ import annotations

from telegram import Update

from bot.i18n import normalise_language, t
from bot.services import BotContext
from handlers.flow import Flow, Who
from handlers.jobs import start_effect


async def who_of(update: Update, context: BotContext) -> Who:
    """The user behind ``update``; their language: the one they chose, else Telegram's."""
    user = update.effective_user
    chat = update.effective_chat
    assert user is not None and chat is not None
    stored = await context.services.storage.users.language(user.id)
    return Who(user.id, chat.id, stored or normalise_language(user.language_code))


def flow_of(context: BotContext) -> Flow:
    return Flow(context.application, start_effect)  # type: ignore[arg-type]


async def reply(update: Update, who: Who, message_id: str, **args: object) -> None:
    message = update.effective_message
    if message is not None:
        await message.reply_text(t(who.lang, message_id, **args))
