"""Runs one conversation event for one user: load the session, transition, save, show, act.

A per-user lock makes every read-modify-write of a session atomic, whether it comes from an
update handler or from a background job finishing a preview.

One message per screen (issue #19): a menu is edited in place (``editMessageText``, or the
caption of the preview it was opened from); choosing a document turns its menu into the
document's rules and sends the document's diagram (by Telegram's file id once drawn) as the
working message, which the preview then replaces (``editMessageMedia``). Nothing is sent to be
deleted later.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass

from telegram import Bot, InlineKeyboardMarkup, InputMediaPhoto, Message
from telegram.constants import ChatAction
from telegram.error import BadRequest, TelegramError

from bot.flood import urgent
from bot.i18n import DEFAULT_LANGUAGE, t
from bot.services import IdPhotoApplication, Services
from bot.specs import Spec, render_diagram
from bot.storage.sessions import StaleSession
from conversation import events as ev
from conversation.machine import Abilities, Effect, Session, Transition, transition
from conversation.states import State
from handlers.screens import Screen, ScreenBuilder, rules_card

logger = logging.getLogger(__name__)


def session_key(user_id: int) -> str:
    return f"user:{user_id}"


CAPTION_LIMIT = 1024
#: Seconds of work before the chat shows "sending a photo…", and how often it is renewed
#: (Telegram shows a chat action for up to 5 s). A 2-3 s PicWish task needs none.
CHAT_ACTION_AFTER = 4.0
CHAT_ACTION_EVERY = 4.5
#: Where a stored session keeps the language its user was last answered in.
LANGUAGE_KEY = "lang"


def stored_language(data: dict[str, object]) -> str:
    """The language a stored session's user was last answered in (English if unknown)."""
    lang = data.get(LANGUAGE_KEY)
    return lang if isinstance(lang, str) else DEFAULT_LANGUAGE


class NoSession(Exception):
    """The user has no conversation (never started, cancelled or timed out)."""


@dataclass(frozen=True)
class Loaded:
    session: Session
    version: int


class SessionStore:
    """Sessions in SQLite: written on every transition, so a restart never loses a user's place."""

    def __init__(self, services: Services) -> None:
        self.storage = services.storage

    async def load(self, user_id: int) -> Loaded | None:
        stored = await self.storage.sessions.load(session_key(user_id))
        if stored is None:
            return None
        return Loaded(Session.from_dict(stored.state, stored.data), stored.version)

    async def save(self, who: Who, session: Session, version: int) -> Loaded:
        """Save ``session`` with the language the user was last answered in (for messages sent
        without an update: after a restart, when a conversation times out)."""
        saved = await self.storage.sessions.save(
            session_key(who.user_id),
            user_id=who.user_id,
            chat_id=who.chat_id,
            state=session.state.value,
            data={**session.to_dict(), LANGUAGE_KEY: who.lang},
            expected_version=version,
        )
        if not saved:  # another writer saved or deleted it since it was loaded
            raise StaleSession(session_key(who.user_id))
        return Loaded(session, version + 1)

    async def delete(self, user_id: int) -> None:
        """End the conversation and keep nothing of it (session and photos)."""
        await self.storage.sessions.delete(session_key(user_id))
        await self.storage.blobs.delete_user(user_id)


@dataclass(frozen=True)
class Who:
    """The user a conversation belongs to, where to talk to them, and in which language."""

    user_id: int
    chat_id: int
    lang: str


#: Starts the work an effect asks for (``handlers.jobs.start_effect``): the flow only says what.
EffectRunner = Callable[["Flow", Who, Session, Effect, Message | None], None]


class Flow:
    """The conversation engine bound to one Application's services and bot.

    ``apply`` runs an event and hands the effects it produced (a preview, a final) to the
    injected ``run_effect``, which starts them as background jobs.
    """

    def __init__(self, app: IdPhotoApplication, run_effect: EffectRunner | None = None) -> None:
        self.app = app
        self._run_effect = run_effect
        self.services = app.services
        self.bot: Bot = app.bot
        self.store = SessionStore(app.services)

    def abilities(self, session: Session) -> Abilities:
        """What the backend can do (a step it cannot do is skipped), and whether ``session``'s
        final is paid in Telegram Stars (the payment confirms it: no free one-tap final)."""
        stars = self.services.stars.price(session.options.spec_id, session.group_id)
        return Abilities(outfits=self.services.backend.supports_outfits, paid_finals=stars > 0)

    def screens(
        self, session: Session, lang: str, finals_left: tuple[int, int, str] | None = None
    ) -> ScreenBuilder:
        """The screens of ``session`` in ``lang`` (``finals_left``: a quota's free finals left,
        for the preview's price line)."""
        return ScreenBuilder(
            session,
            lang,
            self.services.catalog,
            final_price=self.services.final_price,
            outfits=self.services.backend.supports_outfits,
            stars=self.services.stars.price(session.options.spec_id, session.group_id),
            finals_left=finals_left,
        )

    async def apply(
        self,
        who: Who,
        event: object,
        *,
        origin: Message | None = None,
        show: bool = True,
        rules: Spec | None = None,
        note: str | None = None,
    ) -> Transition:
        """Apply ``event`` to ``who``'s session (InvalidEvent propagates), save, show, act.

        ``origin`` is the message tapped (its screen is edited in place); ``rules``, a document
        just chosen (its rules card is shown with the working screen); ``note`` goes above the
        new screen's text, in the same message.
        """
        async with self.services.locks.hold(who.user_id):
            loaded = await self.store.load(who.user_id)
            if loaded is None:
                if not isinstance(event, ev.Start):
                    raise NoSession(who.user_id)
                current, version = Session(id=""), 0
            else:
                current, version = loaded.session, loaded.version
            result = transition(current, event, self.abilities(current))
            if result.changed or result.session != current:
                await self.store.save(who, result.session, version)
            shown = None
            if show and result.changed:
                with urgent() if _under_way(result.session) else contextlib.nullcontext():
                    shown = await self.present(who, result.session, origin, rules=rules, note=note)
        for effect in result.effects:
            # A job's result replaces the message that shows the "working" screen.
            self.start_effect(who, result.session, effect, shown)
        return result

    async def present(
        self,
        who: Who,
        session: Session,
        origin: Message | None,
        *,
        rules: Spec | None = None,
        note: str | None = None,
    ) -> Message:
        """Show ``session``'s screen, in ``origin`` where it can be edited in place."""
        if session.state is State.PREVIEWING:
            return await self.show_working(who, session, origin, rules=rules, note=note)
        screens = self.screens(session, who.lang)
        if session.state is State.FINALIZING and (origin is None or not origin.photo):
            screen = Screen(t(who.lang, "screens-finalizing"))  # e.g. after a payment
        else:
            screen = screens.for_state()
        return await self.show(who, screen.with_note(note) if note else screen, origin)

    def start_effect(
        self, who: Who, session: Session, effect: Effect, status: Message | None = None
    ) -> None:
        """Start what ``effect`` asks for (progress goes to ``status`` if given)."""
        if self._run_effect is None:
            raise RuntimeError("this Flow was built without an effect runner")
        self._run_effect(self, who, session, effect, status)

    async def show(self, who: Who, screen: Screen, origin: Message | None = None) -> Message:
        """Show ``screen`` in the tapped message (its text, or the caption of the preview it
        was opened from), else as a new message."""
        if origin is not None and origin.text is not None:
            edited = await self._edit(origin, screen.text, screen.keyboard, caption=False)
            if edited is not None:
                return edited
        elif origin is not None and origin.photo and len(screen.text) <= CAPTION_LIMIT:
            edited = await self._edit(origin, screen.text, screen.keyboard, caption=True)
            if edited is not None:
                return edited
        elif origin is not None and origin.reply_markup is not None:
            await self.remove_keyboard(origin)
        return await self.bot.send_message(who.chat_id, screen.text, reply_markup=screen.keyboard)

    async def _edit(
        self, origin: Message, text: str, keyboard: InlineKeyboardMarkup | None, *, caption: bool
    ) -> Message | None:
        """Edit ``origin``'s text or caption (and keyboard); None when Telegram refuses."""
        try:
            if caption:
                edited = await self.bot.edit_message_caption(
                    chat_id=origin.chat_id,
                    message_id=origin.message_id,
                    caption=text,
                    reply_markup=keyboard,
                )
            else:
                edited = await self.bot.edit_message_text(
                    text,
                    chat_id=origin.chat_id,
                    message_id=origin.message_id,
                    reply_markup=keyboard,
                )
        except BadRequest as error:
            if "not modified" in str(error).lower():
                return origin
            logger.info("could not edit message %s: %s", origin.message_id, error)
            return None
        return edited if isinstance(edited, Message) else origin

    async def show_working(
        self,
        who: Who,
        session: Session,
        origin: Message | None,
        *,
        rules: Spec | None = None,
        note: str | None = None,
    ) -> Message:
        """The working screen of a preview; the message it returns is the one the preview will
        replace. A document just chosen from a text menu turns that menu into its rules card
        and sends its diagram; from the preview, the diagram (or, for any other change, the
        working caption) replaces the preview until the new one is ready."""
        working = t(who.lang, "screens-previewing")
        if origin is not None and origin.text is not None:
            card = rules_card(rules, who.lang) if rules else working
            await self._edit(origin, _joined(note, card), None, caption=False)
            if rules is None:
                return origin
            return await self.send_diagram(who, rules, working)
        if origin is not None and origin.photo:
            if rules is not None:
                caption = _caption(rules_card(rules, who.lang), working)
                if await self._edit_to_diagram(who, origin, rules, caption):
                    return origin
            if await self._edit(origin, working, None, caption=True) is not None:
                return origin
        spec = rules or self.services.catalog.get(session.options.spec_id or "")
        if spec is None:
            return await self.bot.send_message(who.chat_id, _joined(note, working))
        caption = _caption(_joined(note, rules_card(spec, who.lang)), working)
        return await self.send_diagram(who, spec, caption)

    async def send_diagram(self, who: Who, spec: Spec, caption: str | None) -> Message:
        """The document's diagram by Telegram's file_id when it was sent before, else drawn and
        uploaded (once per document and language)."""
        pictures, key = self.services.pictures, ("diagram", spec, who.lang)
        file_id = pictures.file_id(key)
        if file_id is not None:
            try:
                return await self.bot.send_photo(who.chat_id, file_id, caption=caption)
            except BadRequest as error:  # e.g. the bot's token changed: file ids are per bot
                logger.info("diagram file_id refused, drawing it again: %s", error)
                pictures.forget(key)
        drawing = await pictures.drawing(key, lambda: render_diagram(spec, who.lang))
        sent = await self.bot.send_photo(who.chat_id, drawing, caption=caption)
        if sent.photo:
            pictures.remember(key, sent.photo[-1].file_id)
        return sent

    async def _edit_to_diagram(self, who: Who, message: Message, spec: Spec, caption: str) -> bool:
        """Put the document's diagram in ``message`` (the preview being redone)."""
        pictures, key = self.services.pictures, ("diagram", spec, who.lang)
        file_id = pictures.file_id(key)
        if file_id is not None and await self.replace_photo(message, file_id, caption, None):
            return True
        pictures.forget(key)
        drawing = await pictures.drawing(key, lambda: render_diagram(spec, who.lang))
        edited = await self.replace_photo(message, drawing, caption, None)
        if edited is not None and edited.photo:
            pictures.remember(key, edited.photo[-1].file_id)
        return edited is not None

    async def replace_photo(
        self,
        message: Message,
        photo: bytes | str,
        caption: str,
        keyboard: InlineKeyboardMarkup | None,
    ) -> Message | None:
        """Swap ``message``'s picture (``editMessageMedia``); None when Telegram refuses."""
        try:
            edited = await self.bot.edit_message_media(
                InputMediaPhoto(photo, caption=caption),
                chat_id=message.chat_id,
                message_id=message.message_id,
                reply_markup=keyboard,
            )
        except BadRequest as error:
            logger.info("could not replace the photo of message %s: %s", message.message_id, error)
            return None
        return edited if isinstance(edited, Message) else message

    async def show_preview(
        self,
        who: Who,
        status: Message | None,
        image: bytes,
        caption: str,
        keyboard: InlineKeyboardMarkup,
    ) -> Message:
        """The preview in the working message (``editMessageMedia``), else as a new photo."""
        if status is not None and status.photo:
            edited = await self.replace_photo(status, image, caption, keyboard)
            if edited is not None:
                return edited
        sent = await self.bot.send_photo(
            who.chat_id, photo=image, caption=caption, reply_markup=keyboard
        )
        if status is not None and status.text is not None:
            await self._edit(status, t(who.lang, "screens-preview-below"), None, caption=False)
        return sent

    async def chat_action_while(self, who: Who, work: asyncio.Future[object]) -> None:
        """Show "sending a photo…" while ``work`` runs longer than :data:`CHAT_ACTION_AFTER`
        seconds: no call at all for quick work, one every few seconds for slow work."""
        delay = CHAT_ACTION_AFTER
        while not work.done():
            done, _ = await asyncio.wait([work], timeout=delay)
            if done or not self.telegram_has_room():
                delay = CHAT_ACTION_EVERY
                continue
            try:
                await self.bot.send_chat_action(who.chat_id, ChatAction.UPLOAD_PHOTO)
            except TelegramError as error:  # cosmetic: never fail the work for it
                logger.debug("chat action failed: %s", error)
            delay = CHAT_ACTION_EVERY

    def telegram_has_room(self) -> bool:
        """False while the bot's Telegram budget is busy: cosmetic calls give way to replies."""
        has_room = getattr(self.bot.rate_limiter, "has_room", None)
        return has_room is None or bool(has_room())

    async def remove_keyboard(self, message: Message) -> None:
        """Take the buttons off a menu that has been answered (skipped while Telegram's budget
        is busy: a tap on an old menu is answered anyway)."""
        if not self.telegram_has_room():
            return
        try:
            await self.bot.edit_message_reply_markup(
                chat_id=message.chat_id, message_id=message.message_id, reply_markup=None
            )
        except BadRequest as error:
            logger.debug("could not remove keyboard: %s", error)


def _joined(note: str | None, text: str) -> str:
    return f"{note}\n\n{text}" if note else text


def _caption(card: str, working: str) -> str:
    """The rules card above the working line, or the working line alone if both do not fit."""
    both = f"{card}\n\n{working}"
    return both if len(both) <= CAPTION_LIMIT else working


def _under_way(session: Session) -> bool:
    """The user has a photo and a document: their screens go before newcomers' (see
    :func:`bot.flood.urgent`)."""
    return (
        session.photo is not None
        and session.options.spec_id is not None
        and session.state is not State.AWAITING_PHOTO
    )
