"""``/language``: buttons in each language's own name; the choice is remembered per user (and,
from an admin in a group, for the group's messages). The conversation keeps its place."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from babel import Locale
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.i18n import available_languages, t
from bot.services import BotContext
from handlers.buttons import Action, GroupButton, LanguageButton
from handlers.common import flow_of, who_of
from handlers.flow import Who
from handlers.group_admin import admin_command, group_settings, opener_tap, save_settings


def native_name(lang: str) -> str:
    """The language's name in itself, as its speakers would look for it ("Русский", "中文")."""
    name = Locale.parse(lang).get_display_name(lang) or lang
    return name[:1].upper() + name[1:]


def language_keyboard(encode: Callable[[str], str]) -> InlineKeyboardMarkup:
    """One button per language, in its own name; ``encode`` gives a language's button data."""
    buttons = [
        InlineKeyboardButton(native_name(lang), callback_data=encode(lang))
        for lang in available_languages()
    ]
    return InlineKeyboardMarkup([buttons[i : i + 3] for i in range(0, len(buttons), 3)])


async def language(update: Update, context: BotContext) -> None:
    """``/language`` in a private chat."""
    who = await who_of(update, context)
    await update.effective_message.reply_text(
        t(who.lang, "choose-language"),
        reply_markup=language_keyboard(lambda lang: LanguageButton(lang).encode()),
    )


async def language_chosen(update: Update, context: BotContext) -> None:
    """Remember the language, confirm in it, and show the user's current step again in it."""
    query = update.callback_query
    button = LanguageButton.decode(query.data)
    assert button is not None  # routed here by LanguageButton.matches
    lang = button.lang
    user = update.effective_user
    await context.services.storage.users.set_language(user.id, lang)
    await query.answer()
    await query.edit_message_text(t(lang, "language-set", language=native_name(lang)))
    flow = flow_of(context)
    loaded = await flow.store.load(user.id)
    if loaded is not None:
        who = Who(user.id, update.effective_chat.id, lang)
        await flow.show(who, flow.screens(loaded.session, lang).for_state())


@admin_command
async def group_language(update: Update, context: BotContext) -> None:
    """``/language`` in a group (admins): the language of the group's messages."""
    who = await who_of(update, context)
    admin_id = update.effective_user.id
    await update.effective_message.reply_text(
        t(who.lang, "choose-language"),
        reply_markup=language_keyboard(
            lambda lang: GroupButton(admin_id, Action.GROUP_LANGUAGE, lang).encode()
        ),
    )


async def group_language_chosen(update: Update, context: BotContext) -> None:
    """A language tapped in a group's ``/language`` menu (only by the admin who opened it)."""
    query = update.callback_query
    button = await opener_tap(update, context)
    if button is None:
        return
    chat_id = update.effective_chat.id
    settings = await group_settings(context, chat_id)
    await save_settings(context, chat_id, replace(settings, language=button.arg))
    await query.answer()
    await query.edit_message_text(t(button.arg, "language-set", language=native_name(button.arg)))
