"""Inline-button taps in private chats: decoded into conversation events, stale ones refused."""

from __future__ import annotations

import logging

from telegram import CallbackQuery, Update
from telegram.error import TelegramError

from bot.i18n import t
from bot.services import BotContext
from conversation import events as ev
from conversation.machine import InvalidEvent, Session, transition
from conversation.states import State
from handlers.callback_data import ButtonData, decode
from handlers.common import flow_of, who_of
from handlers.flow import Flow, Loaded, NoSession, Who
from handlers.groups import GROUP_MENU_PREFIX, group_button
from handlers.language import LANGUAGE_MENU, language_chosen

logger = logging.getLogger(__name__)


def _paper(arg: str) -> ev.PaperChosen:
    paper, _, vertical = arg.partition(":")
    return ev.PaperChosen(paper, vertical == "1")


def _background(arg: str) -> ev.BackgroundChosen:
    color, _, color2 = arg.partition("-")
    return ev.BackgroundChosen(color, color2 or None)


#: Button action → the event it stands for.
EVENTS = {
    "spec": lambda arg: ev.SpecChosen(arg),
    "bg": _background,
    "bgcustom": lambda arg: ev.CustomColorRequested(),
    "outfit": lambda arg: ev.OutfitChosen(arg or None),
    "touchup": lambda arg: ev.TouchupCycled(arg),
    "continue": lambda arg: ev.Continue(),
    "paper": _paper,
    "sheetcolor": lambda arg: ev.SheetColorChosen(arg),
    "sheettext": lambda arg: ev.SheetTextRequested(arg),
    "sheetnone": lambda arg: ev.SheetTextSet(None),
    "change": lambda arg: ev.ChangeRequested(arg),
    "retry": lambda arg: ev.PreviewRequested(),
    "final": lambda arg: ev.FinalRequested(),
    "confirm": lambda arg: ev.FinalConfirmed(),
    "back": lambda arg: ev.Back(),
    "newphoto": lambda arg: ev.NewPhoto(),
    "another": lambda arg: ev.AnotherSize(),
}


async def _expired(query: CallbackQuery, who: Who) -> None:
    await query.answer(t(who.lang, "menu-expired"), show_alert=True)
    if query.message is not None and query.message.reply_markup is not None:
        try:
            await query.message.edit_reply_markup(reply_markup=None)
        except TelegramError as error:  # removing a dead keyboard is best effort
            logger.debug("could not remove an expired keyboard: %s", error)


def _busy_reason(session: Session) -> str | None:
    if session.state is State.FINALIZING:
        return "final-already-running"
    if session.state is State.PREVIEWING:
        return "preview-already-running"
    return None


async def _navigate(flow: Flow, who: Who, loaded: Loaded, data: ButtonData, query) -> bool:
    """Buttons that only page through a menu (no state change). True when handled."""
    screens = flow.screens(loaded.session, who.lang)
    if data.action == "specpage" and loaded.session.state is State.CHOOSING_SPEC:
        await flow.show(who, screens.choose_spec(int(data.arg or 0)), query.message)
        return True
    if data.action == "outfitgroup" and loaded.session.state is State.CHOOSING_OUTFIT:
        if not data.arg:
            await flow.show(who, screens.choose_outfit(), query.message)
        else:
            group, _, page = data.arg.partition(":")
            await flow.show(who, screens.outfit_page(group, int(page or 0)), query.message)
        return True
    return False


#: Taps that lead to a charged final: checked against quotas, budgets and ceilings first.
CHARGED_ACTIONS = frozenset({"final", "confirm"})


async def _final_blocked(flow: Flow, who: Who, session: Session, query: CallbackQuery) -> bool:
    """Tell the user which limit stops the final (and when it resets); True if one does."""
    spec = flow.services.catalog.get(session.options.spec_id or "")
    if spec is None:
        return False
    price = flow.services.final_price(spec, session.options)
    reason = await flow.services.limits.final_blocked(
        user_id=who.user_id, group_id=session.group_id, price=price
    )
    if reason is None:
        return False
    await query.answer()
    await flow.bot.send_message(who.chat_id, reason.render(who.lang))
    return True


async def button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    who = await who_of(update, context)
    flow = flow_of(context)
    data = decode(query.data)
    if data is not None and data.session_id == LANGUAGE_MENU:
        await language_chosen(update, context, data.arg)
        return
    if data is not None and data.session_id.startswith(GROUP_MENU_PREFIX):
        await group_button(update, context, data)
        return
    loaded = await flow.store.load(who.user_id)
    if data is None or loaded is None or loaded.session.id != data.session_id:
        await _expired(query, who)
        return
    if await _navigate(flow, who, loaded, data, query):
        await query.answer()
        return
    make_event = EVENTS.get(data.action)
    if make_event is None:
        await _expired(query, who)
        return
    try:
        event = make_event(data.arg)
        # A dry run: refuse a stale tap before anything else.
        transition(loaded.session, event, flow.abilities)
    except (InvalidEvent, ValueError) as error:
        logger.info("refused tap %r from user %s: %s", query.data, who.user_id, error)
        busy = _busy_reason(loaded.session)
        await query.answer(t(who.lang, busy or "menu-expired"), show_alert=busy is None)
        return
    if data.action in CHARGED_ACTIONS and await _final_blocked(flow, who, loaded.session, query):
        return
    # Answer at once: Telegram drops answers after ~15 s, and answers are not rate-limited.
    await query.answer()
    prelude = None
    if data.action == "spec" and (spec := flow.services.catalog.get(data.arg)) is not None:

        async def prelude(_: Session) -> None:
            await flow.send_spec_card(who, spec)

    try:
        await flow.apply(who, event, origin=query.message, prelude=prelude)
    except (NoSession, InvalidEvent) as error:  # the conversation moved on since the dry run
        logger.info("tap %r from user %s came too late: %s", query.data, who.user_id, error)
