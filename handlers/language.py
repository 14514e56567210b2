"""``/language``: buttons in each language's own name; the choice is remembered per user (and,
from an admin in a group, for the group's messages). The conversation keeps its place."""

from __future__ import annotations

from dataclasses import replace

from babel import Locale
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.i18n import available_languages, t
from bot.services import BotContext
from handlers.callback_data import ButtonData
from handlers.common import flow_of, who_of
from handlers.flow import Who

#: Language menus are not tied to a conversation: they never expire.
LANGUAGE_MENU = "~"
LANGUAGE_ACTION = "lang"
GROUP_LANGUAGE_ACTION = "glang"


def native_name(lang: str) -> str:
    """The language's name in itself, as its speakers would look for it ("Русский", "中文")."""
    name = Locale.parse(lang).get_display_name(lang) or lang
    return name[:1].upper() + name[1:]


def language_keyboard(owner: str, action: str) -> InlineKeyboardMarkup:
    buttons = [
        InlineKeyboardButton(
            native_name(lang), callback_data=ButtonData(owner, action, lang).encode()
        )
        for lang in available_languages()
    ]
    return InlineKeyboardMarkup([buttons[i : i + 3] for i in range(0, len(buttons), 3)])


async def language(update: Update, context: BotContext) -> None:
    who = await who_of(update, context)
    await update.effective_message.reply_text(
        t(who.lang, "choose-language"),
        reply_markup=language_keyboard(LANGUAGE_MENU, LANGUAGE_ACTION),
    )


async def language_chosen(update: Update, context: BotContext, lang: str) -> None:
    """Remember the language, confirm in it, and show the user's current step again in it."""
    query = update.callback_query
    if lang not in available_languages():
        await query.answer()
        return
    user = update.effective_user
    await context.services.storage.set_user_language(user.id, lang)
    await query.answer()
    await query.edit_message_text(t(lang, "language-set", language=native_name(lang)))
    flow = flow_of(context)
    loaded = await flow.store.load(user.id)
    if loaded is not None:
        who = Who(user.id, update.effective_chat.id, lang)
        await flow.show(who, flow.screens(loaded.session, lang).for_state())


async def group_language(update: Update, context: BotContext) -> None:
    from handlers.groups import GROUP_MENU_PREFIX, admin_command

    async def ask(update: Update, context: BotContext) -> None:
        who = await who_of(update, context)
        owner = f"{GROUP_MENU_PREFIX}{update.effective_user.id}"
        await update.effective_message.reply_text(
            t(who.lang, "choose-language"),
            reply_markup=language_keyboard(owner, GROUP_LANGUAGE_ACTION),
        )

    await admin_command(ask)(update, context)


async def group_language_chosen(update: Update, context: BotContext, lang: str) -> None:
    from handlers.groups import group_settings, save_settings

    chat_id = update.effective_chat.id
    settings = await group_settings(context, chat_id)
    await save_settings(context, chat_id, replace(settings, language=lang))
    await update.callback_query.answer()
    await update.callback_query.edit_message_text(
        t(lang, "language-set", language=native_name(lang))
    )
