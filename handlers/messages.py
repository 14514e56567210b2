"""Private-chat messages: photos and image files, typed search or colours, anything else."""

from __future__ import annotations

import asyncio
import logging
import secrets
import time

from telegram import Message, Update

from bot import engine, imaging
from bot.i18n import Text, t
from bot.imaging.sheet_extras import SHEET_MIN_DPI, printable_qr, printed_label, sheet_dpi
from bot.services import BotContext
from bot.specs import CustomSizeError, looks_like_custom_size, parse_custom_size
from bot.text_length import echo
from conversation import events as ev
from conversation.machine import InvalidEvent, Session
from conversation.options import PhotoRef, parse_hex_color
from conversation.states import SHEET_TEXT_STATES, State
from handlers.common import flow_of, reply, who_of
from handlers.flow import Flow, NoSession, Who

logger = logging.getLogger(__name__)

SPEC_RESULTS = 8
#: Seconds a photo check may take before the user is told it is being checked.
PHOTO_NOTICE_DELAY = 1.0


def _file_of(message: Message) -> tuple[str, int | None, bool]:
    """(file id, declared size, compressed?) of the photo or document in ``message``."""
    if message.photo:
        largest = max(message.photo, key=lambda size: size.width * size.height)
        return largest.file_id, largest.file_size, True
    assert message.document is not None
    return message.document.file_id, message.document.file_size, False


async def photo_or_file(update: Update, context: BotContext) -> None:
    """A photo, or a file that should be one: check it locally before anything is spent."""
    started = time.time()
    message = update.effective_message
    who = await who_of(update, context)
    flow = flow_of(context)
    loaded = await flow.store.load(who.user_id)
    if loaded is not None and loaded.session.state is State.FINALIZING:
        await reply(update, who, "final-already-running")
        return
    file_id, size, compressed = _file_of(message)
    notice = SlowNotice(message, t(who.lang, "photo-checking"), PHOTO_NOTICE_DELAY)
    try:
        imaging.check_download_size(size)
        telegram_file = await context.bot.get_file(file_id)
        data = bytes(await telegram_file.download_as_bytearray())
        async with context.services.image_slots:
            prepared = await imaging.prepare_upload_async(data)
        measures = None
        if context.services.config.face_checks:  # one face, big enough, before anything is spent
            inspection = await engine.inspect_upload(prepared.jpeg)
            measures = inspection.measures.to_dict()  # judged once the document is known
    except (imaging.ImageRejected, engine.FaceProblem) as error:
        await notice.close()
        await message.reply_text(error.text.render(who.lang))
        return
    except BaseException:
        await notice.close()
        raise
    key = f"photo:{who.user_id}:{secrets.token_urlsafe(8)}"
    storage = context.services.storage
    ttl = context.services.config.keep_original_hours * 3600
    if not await storage.blobs.keep(key, who.user_id, prepared.jpeg, ttl, since=started):
        await notice.close()
        return  # the user deleted their data meanwhile: keep nothing of this photo
    note = t(who.lang, "screens-photo-received")
    if compressed:
        note += "\n" + t(who.lang, "photo-compressed-tip")
    status = await notice.close()
    if status is not None:  # the check was slow enough to say so: that message gets the note
        await status.edit_text(note)
    photo = PhotoRef(
        original_key=key, width=prepared.width, height=prepared.height, measures=measures
    )
    if loaded is None:
        await flow.apply(who, ev.Start(), show=False)
    await flow.apply(who, ev.PhotoReceived(photo), note=None if status else note)


class SlowNotice:
    """A reply ("Checking your photo…") sent only when the work takes longer than ``delay``
    seconds: a quick check answers with one message, not three Bot API calls."""

    def __init__(self, message: Message, text: str, delay: float) -> None:
        self._message, self._text = message, text
        self._sending = False
        self._task: asyncio.Task[Message] = asyncio.create_task(self._send_later(delay))

    async def _send_later(self, delay: float) -> Message:
        await asyncio.sleep(delay)
        self._sending = True
        return await self._message.reply_text(self._text)

    async def close(self) -> Message | None:
        """Stop waiting; the notice if it was sent (or is being sent), else None."""
        if not self._task.done() and not self._sending:
            self._task.cancel()
        await asyncio.wait([self._task])
        if self._task.cancelled():
            return None
        error = self._task.exception()
        if error is not None:
            logger.info("could not send the checking notice: %s", error)
            return None
        return self._task.result()


async def text(update: Update, context: BotContext) -> None:
    """Typed text: a spec search or custom size, a custom colour, or a gentle hint."""
    who = await who_of(update, context)
    flow = flow_of(context)
    loaded = await flow.store.load(who.user_id)
    typed = (update.effective_message.text or "").strip()
    if loaded is None or loaded.session.state is State.AWAITING_PHOTO:
        await reply(update, who, "send-a-photo")
        return
    state = loaded.session.state
    if state is State.CHOOSING_SPEC:
        await _search_specs(flow, who, loaded.session, typed, context)
    elif state is State.AWAITING_CUSTOM_COLOR:
        await _custom_color(flow, update, who, typed)
    elif state in SHEET_TEXT_STATES:
        await _sheet_text(flow, update, who, loaded.session, typed)
    else:
        await reply(update, who, "tap-a-button")


async def _search_specs(flow: Flow, who: Who, session, query: str, context: BotContext) -> None:
    screens = flow.screens(session, who.lang)
    if looks_like_custom_size(query):
        try:
            spec = parse_custom_size(query)
        except CustomSizeError as error:
            await flow.bot.send_message(who.chat_id, error.text.render(who.lang))
            return
        results = [spec]
    else:
        results = context.services.catalog.search(query, lang=who.lang, limit=SPEC_RESULTS)
    await flow.show(who, screens.spec_results(echo(query), results))


async def _custom_color(flow: Flow, update: Update, who: Who, typed: str) -> None:
    parts = typed.replace(",", " ").split()
    colors = [parse_hex_color(part) for part in parts]
    if not 1 <= len(colors) <= 2 or None in colors:
        await reply(update, who, "custom-color-invalid", text=echo(typed, 40))
        return
    event = ev.BackgroundChosen(colors[0], colors[1] if len(colors) == 2 else None)
    try:
        await flow.apply(who, event)
    except (InvalidEvent, NoSession):
        await reply(update, who, "tap-a-button")


async def _sheet_text(flow: Flow, update: Update, who: Who, session: Session, typed: str) -> None:
    """The print sheet's label or QR code text, checked on what will be printed before it is
    kept (the QR code at the sheet's dpi)."""
    if session.state is State.AWAITING_SHEET_LABEL:
        checked = printed_label(typed)
    else:
        spec = flow.services.catalog.get(session.options.spec_id or "")
        checked = printable_qr(typed, sheet_dpi(spec.dpi if spec else SHEET_MIN_DPI))
    if isinstance(checked, Text):
        await reply(update, who, checked.message_id, **checked.args)
        return
    try:
        await flow.apply(who, ev.SheetTextSet(checked))
    except (InvalidEvent, NoSession):
        await reply(update, who, "tap-a-button")


#: Telegram message kinds that look like pictures but are not usable photos.
MOVING_KINDS = ("sticker", "animation", "video", "video_note")


async def unsupported(update: Update, context: BotContext) -> None:
    """Stickers, videos, voice notes, animations…: say what is expected instead."""
    who = await who_of(update, context)
    message = update.effective_message
    loaded = await flow_of(context).store.load(who.user_id)
    if loaded is not None and loaded.session.state is not State.AWAITING_PHOTO:
        await reply(update, who, "tap-a-button")
        return
    kind = next((kind for kind in MOVING_KINDS if getattr(message, kind, None)), None)
    if kind is not None:
        await message.reply_text(imaging.media_kind_rejection(kind).text.render(who.lang))
    else:
        await reply(update, who, "unsupported-message")
