"""Taps on the private conversation's buttons (``FlowButton``): paging through a menu, or an
event for the conversation; stale, forged or unknown taps are answered, never acted on."""

from __future__ import annotations

import logging

from telegram import CallbackQuery, Update
from telegram.error import TelegramError

from bot.i18n import t
from bot.services import BotContext
from conversation.machine import InvalidEvent, Session, transition
from conversation.states import State
from handlers import payments
from handlers.buttons import CHARGED, Action, FlowButton
from handlers.common import flow_of, who_of
from handlers.flow import Flow, Loaded, NoSession, Who
from handlers.jobs import final_key

logger = logging.getLogger(__name__)


async def expired(update: Update, context: BotContext) -> None:
    """Any tap no family accepts (an old version's button, forged data): "menu expired"."""
    query = update.callback_query
    who = await who_of(update, context)
    logger.info("expired or unknown button %r from user %s", query.data, who.user_id)
    await _expired(query, who)


async def _expired(query: CallbackQuery, who: Who) -> None:
    await query.answer(t(who.lang, "menu-expired"), show_alert=True)
    if query.message is not None and query.message.reply_markup is not None:
        try:
            await query.message.edit_reply_markup(reply_markup=None)
        except TelegramError as error:  # removing a dead keyboard is best effort
            logger.debug("could not remove an expired keyboard: %s", error)


async def _session_of(
    update: Update, context: BotContext
) -> tuple[Flow, Who, FlowButton, Loaded] | None:
    """The tap and the conversation it belongs to; None (answered) when it is not this one."""
    query = update.callback_query
    who = await who_of(update, context)
    flow = flow_of(context)
    button = FlowButton.decode(query.data)
    loaded = await flow.store.load(who.user_id)
    if button is None or loaded is None or loaded.session.id != button.session_id:
        await _expired(query, who)
        return None
    return flow, who, button, loaded


async def navigate(update: Update, context: BotContext) -> None:
    """``specpage`` / ``outfitgroup``: another page of the same menu (no state change)."""
    found = await _session_of(update, context)
    if found is None:
        return
    flow, who, button, loaded = found
    query = update.callback_query
    screens = flow.screens(loaded.session, who.lang)
    state = loaded.session.state
    if button.action is Action.SPEC_PAGE and state is State.CHOOSING_SPEC:
        screen = screens.choose_spec(button.page)
    elif button.action is Action.OUTFIT_GROUP and state is State.CHOOSING_OUTFIT:
        group = button.outfit_group
        screen = screens.outfit_page(group, button.page) if group else screens.choose_outfit()
    else:
        await _expired(query, who)
        return
    await query.answer()
    await flow.show(who, screen, query.message)


def _busy_reason(session: Session) -> str | None:
    if session.state is State.FINALIZING:
        return "final-already-running"
    if session.state is State.PREVIEWING:
        return "preview-already-running"
    return None


async def _final_blocked(flow: Flow, who: Who, session: Session, query: CallbackQuery) -> bool:
    """Tell the user which limit stops the final (and when it resets); True if one does."""
    spec = flow.services.catalog.get(session.options.spec_id or "")
    if spec is None:
        return False
    price = flow.services.final_price(spec, session.options)
    reason = await flow.services.limits.final_blocked(
        user_id=who.user_id, group_id=session.group_id, price=price, ref=final_key(session)
    )
    if reason is None:
        return False
    await query.answer()
    await flow.bot.send_message(who.chat_id, reason.render(who.lang))
    return True


async def _unknown_spec(flow: Flow, who: Who, loaded: Loaded, query: CallbackQuery) -> None:
    """A document the catalog no longer has: back to the document menu, saying why."""
    await query.answer()
    screen = flow.screens(loaded.session, who.lang).choose_spec()
    note = t(who.lang, "spec-unknown")
    await flow.show(who, screen.with_note(note), query.message)


async def button(update: Update, context: BotContext) -> None:
    """A tap that is a conversation event: checked against the session first (a dry run)."""
    found = await _session_of(update, context)
    if found is None:
        return
    flow, who, tapped, loaded = found
    query = update.callback_query
    event = tapped.event()
    try:
        # refuse a stale tap before anything
        transition(loaded.session, event, flow.abilities(loaded.session))
    except InvalidEvent as error:
        logger.info("refused tap %r from user %s: %s", query.data, who.user_id, error)
        busy = _busy_reason(loaded.session)
        await query.answer(t(who.lang, busy or "menu-expired"), show_alert=busy is None)
        return
    spec = flow.services.catalog.get(tapped.arg) if tapped.action is Action.SPEC else None
    if tapped.action is Action.SPEC and spec is None:
        await _unknown_spec(flow, who, loaded, query)
        return
    if tapped.action in CHARGED and await _final_blocked(flow, who, loaded.session, query):
        return
    session = loaded.session
    if tapped.action is Action.FINAL and flow.services.stars.price(
        session.options.spec_id, session.group_id
    ):
        await query.answer()
        await payments.send_invoice(flow, who, session)  # the invoice is the confirmation
        return
    # Answer at once: Telegram drops answers after ~15 s, and answers are not rate-limited.
    await query.answer()
    try:
        await flow.apply(who, event, origin=query.message, rules=spec)
    except (NoSession, InvalidEvent) as error:  # the conversation moved on since the dry run
        logger.info("tap %r from user %s came too late: %s", query.data, who.user_id, error)
