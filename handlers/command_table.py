"""Every command in one table: where it works, its handler, and the "/" menus that list it.

``register_commands`` adds a ``CommandHandler`` per row; ``set_command_menus`` sends each menu
(private chats, group members, group administrators) in every language from the same rows, so the
menus can never disagree with what the bot answers.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import Enum

from telegram import (
    BotCommand,
    BotCommandScope,
    BotCommandScopeAllChatAdministrators,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    Update,
)
from telegram.error import TelegramError
from telegram.ext import Application, CommandHandler, filters

from bot.i18n import DEFAULT_LANGUAGE, available_languages, t
from bot.services import BotContext
from handlers import commands, groups, language, ops, payment_commands

logger = logging.getLogger(__name__)

Handler = Callable[[Update, BotContext], Awaitable[None]]


class Chat(Enum):
    """Where a command is answered."""

    PRIVATE = "private"
    GROUP = "group"


class Menu(Enum):
    """The "/" menus Telegram shows, one per scope."""

    PRIVATE = "private"
    GROUP = "group"
    GROUP_ADMINS = "group admins"


@dataclass(frozen=True)
class Command:
    name: str
    callback: Handler
    chat: Chat
    #: The menus that list it (its description: ``cmd-<name>`` in the catalogs).
    menus: frozenset[Menu] = frozenset()


def _private(name: str, callback: Handler, *, listed: bool = True) -> Command:
    return Command(name, callback, Chat.PRIVATE, frozenset({Menu.PRIVATE} if listed else ()))


def _group(name: str, callback: Handler, *menus: Menu) -> Command:
    return Command(name, callback, Chat.GROUP, frozenset(menus))


COMMANDS: tuple[Command, ...] = (
    _private("start", commands.start),
    _private("new", commands.new),
    _private("cancel", commands.cancel),
    _private("help", commands.help_command),
    _private("language", language.language),
    _private("privacy", commands.privacy),
    _private("deletedata", commands.delete_data),
    _private("paysupport", payment_commands.paysupport),  # Telegram asks it of paid bots
    _private("terms", payment_commands.terms),
    _private("ops", ops.ops, listed=False),  # operators only
    _group("idphoto", groups.idphoto, Menu.GROUP, Menu.GROUP_ADMINS),
    _group("start", groups.idphoto),
    _group("help", groups.idphoto),
    _group("setspec", groups.setspec, Menu.GROUP_ADMINS),
    _group("setbg", groups.setbg, Menu.GROUP_ADMINS),
    _group("quota", groups.quota, Menu.GROUP_ADMINS),
    _group("budget", groups.budget, Menu.GROUP_ADMINS),
    _group("enable", groups.enable, Menu.GROUP_ADMINS),
    _group("disable", groups.disable, Menu.GROUP_ADMINS),
    _group("sponsor", payment_commands.sponsor, Menu.GROUP_ADMINS),
    _group("settings", groups.settings_command, Menu.GROUP_ADMINS),
    _group("stats", groups.stats, Menu.GROUP_ADMINS),
    _group("language", language.group_language, Menu.GROUP_ADMINS),
)

_CHAT_FILTERS = {Chat.PRIVATE: filters.ChatType.PRIVATE, Chat.GROUP: filters.ChatType.GROUPS}
_MENU_SCOPES: dict[Menu, Callable[[], BotCommandScope]] = {
    Menu.PRIVATE: BotCommandScopeAllPrivateChats,
    Menu.GROUP: BotCommandScopeAllGroupChats,
    Menu.GROUP_ADMINS: BotCommandScopeAllChatAdministrators,
}


def register_commands(app: Application) -> None:
    for command in COMMANDS:
        app.add_handler(
            CommandHandler(command.name, command.callback, filters=_CHAT_FILTERS[command.chat])
        )


def menu_names(menu: Menu) -> tuple[str, ...]:
    """The commands ``menu`` lists, in the table's order."""
    return tuple(command.name for command in COMMANDS if menu in command.menus)


async def set_command_menus(app: Application) -> None:
    """The "/" menu per scope and language (English is the default menu)."""
    for menu, scope in _MENU_SCOPES.items():
        for lang in available_languages():
            listed = [BotCommand(name, t(lang, f"cmd-{name}")) for name in menu_names(menu)]
            code = None if lang == DEFAULT_LANGUAGE else lang
            try:
                await app.bot.set_my_commands(listed, scope=scope(), language_code=code)
            except TelegramError as error:
                logger.warning("could not set the %s command menu for %s: %s", lang, menu, error)
