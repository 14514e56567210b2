"""Telegram glue: turns updates into conversation events and results into messages.

``register_handlers`` is the one wiring place: which function answers which update. Commands come
from ``handlers.command_table``; buttons are routed by family (``handlers.buttons``).
"""

from __future__ import annotations

from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ChatMemberHandler,
    MessageHandler,
    filters,
)

from handlers import callbacks, errors, groups, language, messages, payments
from handlers.buttons import FlowButton, GroupButton, LanguageButton
from handlers.command_table import register_commands


def register_handlers(app: Application) -> None:
    private = filters.ChatType.PRIVATE
    payments.register(app)  # pre-checkout queries, successful and refunded payments
    register_commands(app)
    app.add_handler(
        MessageHandler(private & (filters.PHOTO | filters.Document.ALL), messages.photo_or_file)
    )
    app.add_handler(MessageHandler(private & filters.TEXT & ~filters.COMMAND, messages.text))
    app.add_handler(
        MessageHandler(private & ~filters.COMMAND & ~filters.StatusUpdate.ALL, messages.unsupported)
    )
    # Buttons, one family each (drawn, decoded and validated in handlers/buttons.py).
    app.add_handler(CallbackQueryHandler(callbacks.navigate, pattern=FlowButton.matches_navigation))
    app.add_handler(CallbackQueryHandler(callbacks.button, pattern=FlowButton.matches))
    app.add_handler(CallbackQueryHandler(language.language_chosen, pattern=LanguageButton.matches))
    app.add_handler(
        CallbackQueryHandler(language.group_language_chosen, pattern=GroupButton.matches_language)
    )
    app.add_handler(
        CallbackQueryHandler(groups.group_spec_chosen, pattern=GroupButton.matches_spec)
    )
    app.add_handler(CallbackQueryHandler(callbacks.expired))  # anything else: old or forged
    app.add_handler(ChatMemberHandler(groups.member_changed, ChatMemberHandler.ANY_CHAT_MEMBER))
    app.add_error_handler(errors.on_error)
