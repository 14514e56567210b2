"""Runs one conversation event for one user: load the session, transition, save, show, act.

A per-user lock makes every read-modify-write of a session atomic, whether it comes from an
update handler or from a background job finishing a preview.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from telegram import Bot, Message
from telegram.error import BadRequest

from bot.i18n import DEFAULT_LANGUAGE
from bot.services import IdPhotoApplication, Services
from bot.specs import Spec, render_diagram, requirements_text
from bot.storage.sessions import StaleSession
from conversation import events as ev
from conversation.machine import Abilities, Effect, Session, Transition, transition
from handlers.screens import Screen, ScreenBuilder

logger = logging.getLogger(__name__)


def session_key(user_id: int) -> str:
    return f"user:{user_id}"


CAPTION_LIMIT = 1024
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

    @property
    def abilities(self) -> Abilities:
        """What the backend can do: a step it cannot do is skipped."""
        return Abilities(outfits=self.services.backend.supports_outfits)

    def screens(self, session: Session, lang: str) -> ScreenBuilder:
        return ScreenBuilder(
            session,
            lang,
            self.services.catalog,
            final_price=self.services.final_price,
            outfits=self.services.backend.supports_outfits,
            stars=self.services.stars.price(session.options.spec_id, session.group_id),
        )

    async def apply(
        self,
        who: Who,
        event: object,
        *,
        origin: Message | None = None,
        show: bool = True,
        prelude: Callable[[Session], Awaitable[None]] | None = None,
        note: str | None = None,
    ) -> Transition:
        """Apply ``event`` to ``who``'s session (InvalidEvent propagates), save, show, act.

        ``prelude`` sends something first (e.g. a spec's requirements); the new screen then
        comes below it as a new message, and the tapped menu loses its buttons. ``note`` goes
        above the new screen's text, in the same message.
        """
        async with self.services.locks.hold(who.user_id):
            loaded = await self.store.load(who.user_id)
            if loaded is None:
                if not isinstance(event, ev.Start):
                    raise NoSession(who.user_id)
                current, version = Session(id=""), 0
            else:
                current, version = loaded.session, loaded.version
            result = transition(current, event, self.abilities)
            if result.changed or result.session != current:
                await self.store.save(who, result.session, version)
            shown = None
            if prelude is not None:
                if origin is not None:
                    await self.remove_keyboard(origin)
                await prelude(result.session)
                origin = None
            if show and result.changed:
                screen = self.screens(result.session, who.lang).for_state()
                if note:
                    screen = screen.with_note(note)
                shown = await self.show(who, screen, origin)
        for effect in result.effects:
            # A job's progress continues in the message that shows the "working" screen.
            self.start_effect(who, result.session, effect, shown)
        return result

    def start_effect(
        self, who: Who, session: Session, effect: Effect, status: Message | None = None
    ) -> None:
        """Start what ``effect`` asks for (progress goes to ``status`` if given)."""
        if self._run_effect is None:
            raise RuntimeError("this Flow was built without an effect runner")
        self._run_effect(self, who, session, effect, status)

    async def show(self, who: Who, screen: Screen, origin: Message | None = None) -> Message:
        """Show ``screen``: edit the tapped text message in place, else send a new message."""
        if origin is not None and origin.text is not None:
            try:
                edited = await self.bot.edit_message_text(
                    screen.text,
                    chat_id=origin.chat_id,
                    message_id=origin.message_id,
                    reply_markup=screen.keyboard,
                )
                return edited if isinstance(edited, Message) else origin
            except BadRequest as error:
                if "not modified" in str(error).lower():
                    return origin
                logger.info("could not edit message %s: %s", origin.message_id, error)
        elif origin is not None and origin.reply_markup is not None:
            await self.remove_keyboard(origin)
        return await self.bot.send_message(who.chat_id, screen.text, reply_markup=screen.keyboard)

    async def send_spec_card(self, who: Who, spec: Spec) -> None:
        """The document's rules in one message: a diagram of the frame, requirements below."""
        text = requirements_text(spec, who.lang)
        caption = text if len(text) <= CAPTION_LIMIT else None
        await self._send_diagram(who, spec, caption)
        if caption is None:
            await self.bot.send_message(who.chat_id, text)

    async def _send_diagram(self, who: Who, spec: Spec, caption: str | None) -> None:
        """The diagram by Telegram's file_id when it was sent before, else drawn and uploaded."""
        pictures, key = self.services.pictures, ("diagram", spec, who.lang)
        file_id = pictures.file_id(key)
        if file_id is not None:
            try:
                await self.bot.send_photo(who.chat_id, file_id, caption=caption)
                return
            except BadRequest as error:  # e.g. the bot's token changed: file ids are per bot
                logger.info("diagram file_id refused, drawing it again: %s", error)
                pictures.forget(key)
        drawing = await pictures.drawing(key, lambda: render_diagram(spec, who.lang))
        sent = await self.bot.send_photo(who.chat_id, drawing, caption=caption)
        if sent.photo:
            pictures.remember(key, sent.photo[-1].file_id)

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
