"""Telegram glue: turns updates into conversation events and results into messages."""

from __future__ import annotations

from telegram.ext import Application, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from handlers import callbacks, commands, errors, messages


def register_handlers(app: Application) -> None:
    private = filters.ChatType.PRIVATE
    app.add_handler(CommandHandler("start", commands.start, filters=private))
    app.add_handler(CommandHandler("new", commands.new, filters=private))
    app.add_handler(CommandHandler("cancel", commands.cancel, filters=private))
    app.add_handler(CommandHandler("help", commands.help_command, filters=private))
    app.add_handler(CommandHandler("deletedata", commands.delete_data, filters=private))
    app.add_handler(
        MessageHandler(private & (filters.PHOTO | filters.Document.ALL), messages.photo_or_file)
    )
    app.add_handler(MessageHandler(private & filters.TEXT & ~filters.COMMAND, messages.text))
    app.add_handler(
        MessageHandler(private & ~filters.COMMAND & ~filters.StatusUpdate.ALL, messages.unsupported)
    )
    app.add_handler(CallbackQueryHandler(callbacks.button))
    app.add_error_handler(errors.on_error)
