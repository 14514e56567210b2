"""The error handler: log the whole story for the operator, one friendly sentence for the user."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import BadRequest, Forbidden, TelegramError

from bot.i18n import normalise_language, t
from bot.services import BotContext

logger = logging.getLogger(__name__)


async def on_error(update: object, context: BotContext) -> None:
    update_id = update.update_id if isinstance(update, Update) else None
    if isinstance(context.error, BadRequest) and "query is too old" in str(context.error).lower():
        logger.warning("update %s: a button was answered too late", update_id)
        return  # the tap itself was handled; nothing went wrong for the user
    context.services.metrics.handler_error()
    logger.error("error while handling update %s", update_id, exc_info=context.error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    if isinstance(context.error, Forbidden):
        return  # the user blocked the bot: nobody to tell

    user = update.effective_user
    lang = normalise_language(user.language_code if user else None)
    try:
        await context.bot.send_message(update.effective_chat.id, t(lang, "error-generic"))
    except TelegramError as error:
        logger.warning("could not tell the user about the error: %s", error)
