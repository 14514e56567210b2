"""Telegram glue: turns updates into conversation events and results into messages."""

from __future__ import annotations

from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from handlers import callbacks, commands, errors, groups, language, messages, ops

#: Group admin commands and their handlers.
GROUP_ADMIN_COMMANDS = {
    "setspec": groups.setspec,
    "setbg": groups.setbg,
    "quota": groups.quota,
    "budget": groups.budget,
    "enable": groups.enable,
    "disable": groups.disable,
    "settings": groups.settings_command,
    "stats": groups.stats,
    "language": language.group_language,
}


def register_handlers(app: Application) -> None:
    private = filters.ChatType.PRIVATE
    in_group = filters.ChatType.GROUPS
    app.add_handler(CommandHandler("start", commands.start, filters=private))
    app.add_handler(CommandHandler("new", commands.new, filters=private))
    app.add_handler(CommandHandler("cancel", commands.cancel, filters=private))
    app.add_handler(CommandHandler("help", commands.help_command, filters=private))
    app.add_handler(CommandHandler("deletedata", commands.delete_data, filters=private))
    app.add_handler(CommandHandler("ops", ops.ops, filters=private))
    app.add_handler(CommandHandler("language", language.language, filters=private))
    app.add_handler(CommandHandler(["idphoto", "start", "help"], groups.idphoto, filters=in_group))
    for name, handler in GROUP_ADMIN_COMMANDS.items():
        app.add_handler(CommandHandler(name, handler, filters=in_group))
    app.add_handler(
        MessageHandler(private & (filters.PHOTO | filters.Document.ALL), messages.photo_or_file)
    )
    app.add_handler(MessageHandler(private & filters.TEXT & ~filters.COMMAND, messages.text))
    app.add_handler(
        MessageHandler(private & ~filters.COMMAND & ~filters.StatusUpdate.ALL, messages.unsupported)
    )
    app.add_handler(CallbackQueryHandler(callbacks.button))
    app.add_handler(ChatMemberHandler(groups.member_changed, ChatMemberHandler.ANY_CHAT_MEMBER))
    app.add_error_handler(errors.on_error)
