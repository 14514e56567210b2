"""Background jobs: the free preview and the charged final.

They run outside the update that started them (a PicWish task takes seconds), so the user can
keep tapping; results for options that changed meanwhile are dropped, not shown. No progress
edits (issue #19): the preview replaces the working message, the final's files arrive below the
preview, and slow work shows Telegram's "sending a photo…" chat action.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

from telegram import InputFile, Message
from telegram.error import BadRequest, Forbidden

from bot import engine, imaging
from bot.flood import urgent
from bot.i18n import Text, t
from bot.invoice_payload import final_ref
from bot.ledger import TaskContext
from bot.photo_backend import ImageExpired, PhotoError, PhotoResult, TaskFailed
from bot.specs import Spec, size_label
from bot.specs.picwish_params import file_size_bytes
from conversation import events as ev
from conversation.machine import Effect, InvalidEvent, Session, StartFinal, StartPreview
from handlers import paid_finals
from handlers.flow import CAPTION_LIMIT, Flow, NoSession, Who, session_key
from handlers.screens import spec_title

logger = logging.getLogger(__name__)


class DataErased(Exception):
    """The user deleted their data while the job ran: nothing more is stored or sent."""


class PhotoUnavailable(Exception):
    """The kept original has expired and PicWish no longer has the image: ask for a new photo."""

    text = Text("photo-expired")


T = TypeVar("T")


async def _no_progress(percent: int) -> None:
    """Progress is not shown as edits (each would be a Telegram call): see the module doc."""


async def _with_chat_action(flow: Flow, who: Who, work: Awaitable[T]) -> T:
    """Await ``work``; while it takes long, the chat shows "sending a photo…"."""
    task = asyncio.ensure_future(work)
    action = asyncio.ensure_future(flow.chat_action_while(who, task))
    try:
        return await task
    finally:
        action.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await action


def preview_job_name(user_id: int) -> str:
    """The name of the user's preview job in ``services.work``."""
    return f"preview:{session_key(user_id)}"


def final_job_name(user_id: int) -> str:
    """The name of the user's final job in ``services.work``."""
    return f"final:{session_key(user_id)}"


def start_effect(
    flow: Flow, who: Who, session: Session, effect: Effect, status: Message | None = None
) -> None:
    """The flow's effect runner: a preview or a final as a background job, one per user."""
    with urgent():  # the user waits for it: its calls go before newcomers' (the task inherits)
        if isinstance(effect, StartPreview):
            job = run_preview(flow, who, effect, status)
            flow.services.work.start(flow.app, preview_job_name(who.user_id), job, supersede=True)
        elif isinstance(effect, StartFinal):
            job = run_final(flow, who, status)
            flow.services.work.start(flow.app, final_job_name(who.user_id), job)


def _spec_of(flow: Flow, session: Session) -> Spec:
    spec = flow.services.catalog.get(session.options.spec_id or "")
    if spec is None:
        raise LookupError(f"unknown spec {session.options.spec_id!r}")
    return spec


async def call_backend(
    flow: Flow,
    who: Who,
    session: Session,
    *,
    preview: bool,
    on_progress: Callable[[int], Awaitable[None]],
) -> PhotoResult:
    """One task: by ``image_id`` when the backend has the photo, else one upload.

    An ``image_id`` the backend no longer knows is replaced by one re-upload of the kept original.
    """
    services = flow.services
    assert session.photo is not None
    context = TaskContext(
        user_id=who.user_id,
        chat_id=who.chat_id,
        group_id=session.group_id,
        purpose="preview" if preview else "final",
        ref=None if preview else final_key(session),
    )
    job = services.job(_spec_of(flow, session), session.options, preview=preview)
    if session.photo.image_id:
        try:
            return await services.backend.make(
                job.with_image_id(session.photo.image_id), on_progress=on_progress, context=context
            )
        except ImageExpired:
            logger.info("image_id expired for user %s: uploading the kept original", who.user_id)
    original = await services.storage.blobs.get(session.photo.original_key)
    if original is None:
        raise PhotoUnavailable()
    return await services.backend.make(
        job.with_upload(original), on_progress=on_progress, context=context
    )


async def _resumed_final(flow: Flow, who: Who, session: Session) -> PhotoResult | None:
    """The final the backend was making when the bot stopped: waited for, not paid for again.

    None when there is none, or when it failed (nothing was charged: a new one is made). Other
    errors propagate and the task stays pending for the next attempt.
    """
    backend = flow.services.backend
    pending = await backend.pending(final_key(session))
    if pending is None:
        return None
    logger.info("user %s: resuming final task %s after a restart", who.user_id, pending.task_id)
    try:
        return await backend.resume(pending, on_progress=_no_progress)
    except TaskFailed as error:
        logger.info("the resumed task %s had failed: %s", pending.task_id, error)
        return None


async def _record_upload(flow: Flow, who: Who, session: Session, image_id: str) -> None:
    if session.photo is not None and session.photo.image_id != image_id:
        await flow.apply(who, ev.ImageUploaded(image_id), show=False)


async def _current(flow: Flow, who: Who) -> Session | None:
    loaded = await flow.store.load(who.user_id)
    return loaded.session if loaded else None


async def run_preview(
    flow: Flow, who: Who, effect: StartPreview, status: Message | None = None
) -> None:
    """Make the free preview for ``effect.options_version`` and show it if still wanted: in
    ``status`` (the working message) when it holds a picture, else as a new photo."""
    session = await _current(flow, who)
    if session is None or session.options_version != effect.options_version:
        return
    if flow.services.catalog.get(session.options.spec_id or "") is None:
        await _spec_gone(flow, who, status)
        return
    report = _photo_report(flow, session)
    await _tell_upload_problems(flow, who, session, report)
    blocked = await flow.services.limits.preview_blocked(who.user_id)
    if blocked is not None:
        await _preview_failed(flow, who, effect, blocked.render(who.lang), status)
        return
    try:
        result = await _with_chat_action(
            flow, who, call_backend(flow, who, session, preview=True, on_progress=_no_progress)
        )
    except (PhotoError, PhotoUnavailable) as error:
        logger.info("preview failed for user %s: %s", who.user_id, error)
        await _preview_failed(flow, who, effect, error.text.render(who.lang), status)
        return
    await _record_upload(flow, who, session, result.image_id)
    try:
        transition = await flow.apply(
            who, ev.PreviewReady(result.image_id, effect.options_version), show=False
        )
    except NoSession:
        return
    if not transition.changed:
        return  # the user changed an option meanwhile: a newer preview is on its way
    left = await flow.services.limits.finals_left(user_id=who.user_id, group_id=session.group_id)
    screens = flow.screens(transition.session, who.lang, finals_left=left)
    caption = screens.preview_caption()
    if report is not None:
        report = _photo_report(flow, session, leftovers=result.leftovers)
        assert report is not None
        caption = with_checklist(caption, report, who.lang)
    else:  # face checks are off: only the pixel count is known
        spec = _spec_of(flow, transition.session)
        warning = imaging.resolution_warning(session.photo, spec.px_width, spec.px_height)
        if warning is not None:
            caption += "\n⚠️ " + warning.render(who.lang)
    keyboard = screens.review_keyboard(offer_final=True)
    await flow.show_preview(who, status, result.image, caption, keyboard)
    flow.services.metrics.preview_made()


def _photo_report(
    flow: Flow, session: Session, *, leftovers: float | None = None
) -> engine.QualityReport | None:
    """The photo checks of the session's photo for its document (None: face checks are off);
    with ``leftovers``, the offline engine's cut-out of a made photo is judged too."""
    photo = session.photo
    if photo is None or photo.measures is None:
        return None
    measures = engine.PhotoMeasures.from_dict(photo.measures)
    return engine.judge(measures, _spec_of(flow, session), leftovers=leftovers)


async def _tell_upload_problems(
    flow: Flow, who: Who, session: Session, report: engine.QualityReport | None
) -> None:
    """Before the first preview of a photo for a document: what will likely get it rejected,
    with a tip each (the preview still follows; a new photo can be sent at any time)."""
    spec_id = session.options.spec_id
    if report is None or session.photo is None or spec_id is None:
        return
    if spec_id in session.photo.judged_for:
        return
    text = engine.render_upload_problems(report, who.lang)
    if text is not None:
        await flow.bot.send_message(who.chat_id, text)
    try:
        await flow.apply(who, ev.PhotoJudged(spec_id), show=False)
    except NoSession:
        return


def with_checklist(caption: str, report: engine.QualityReport, lang: str) -> str:
    """``caption`` with the photo checks' checklist below, shortened to fit a caption."""
    for lines in range(engine.CHECKLIST_LINES, 0, -1):
        full = f"{caption}\n\n{engine.render_checklist(report, lang, max_lines=lines)}"
        if len(full) <= CAPTION_LIMIT:
            return full
    return caption


async def _spec_gone(flow: Flow, who: Who, status: Message | None) -> None:
    """The session's document is no longer in the catalog (an upgrade dropped it, or a forged
    tap): back to the document menu, saying why, instead of a job that fails at every start."""
    try:
        await flow.apply(
            who, ev.ChangeRequested("spec"), origin=status, note=t(who.lang, "spec-unknown")
        )
    except (NoSession, InvalidEvent) as error:
        logger.info("user %s: unknown document, session moved on: %s", who.user_id, error)


async def _preview_failed(
    flow: Flow, who: Who, effect: StartPreview, reason: str, status: Message | None
) -> None:
    """Say why in the working message, with the way on (try again, change an option)."""
    try:
        transition = await flow.apply(who, ev.PreviewFailed(effect.options_version), show=False)
    except NoSession:
        return
    if transition.changed:
        screen = flow.screens(transition.session, who.lang).review_failed(reason)
        await flow.show(who, screen, status)


def final_key(session: Session) -> str:
    """The key of this session's final: its ledger tasks, kept result, reservation, payment."""
    return final_ref(session.id, session.options_version)


@dataclass(frozen=True)
class FinalFiles:
    """What the user gets: the checked photo and the print sheet, named and captioned."""

    photo: bytes
    photo_name: str
    sheet: bytes
    sheet_name: str
    sheet_caption: Text


@dataclass(frozen=True)
class FinalResult:
    photo: bytes
    sheet: bytes | None
    #: The task that made it (None when a kept result is delivered again).
    task_id: str | None
    #: What that task charged (None for a kept result: it was settled when it was made).
    credits_charged: int | None = None


async def _final_result(flow: Flow, who: Who, session: Session, since: float) -> FinalResult:
    """The charged result (photo, PicWish sheet) for these options: made once, kept, reused.

    ``DataErased`` when the user deleted their data after ``since`` (the job's start)."""
    storage = flow.services.storage
    key = final_key(session)
    kept = await storage.blobs.get(key)
    if kept is not None:
        logger.info("re-delivering the kept final for user %s (no new charge)", who.user_id)
        return FinalResult(kept, await storage.blobs.get(f"{key}:sheet"), None)
    result = await _resumed_final(flow, who, session) or await call_backend(
        flow, who, session, preview=False, on_progress=_no_progress
    )
    ttl = flow.services.config.keep_original_hours * 3600
    if not await storage.blobs.keep(key, who.user_id, result.image, ttl, since=since):
        raise DataErased()
    sheet_key = f"{key}:sheet"
    if result.layout and not await storage.blobs.keep(
        sheet_key, who.user_id, result.layout, ttl, since=since
    ):
        raise DataErased()
    await _record_upload(flow, who, session, result.image_id)
    return FinalResult(result.image, result.layout, result.task_id, result.credits_charged)


async def _checked_photo(spec: Spec, photo: bytes, bg_color: str) -> bytes:
    """The deliverable photo: verified (size, format, DPI) and inside the spec's file sizes."""
    checked = await imaging.verify_result_async(
        photo,
        px_width=spec.px_width,
        px_height=spec.px_height,
        dpi=spec.dpi,
        file_format=spec.file_format,
        bg_color=bg_color,
    )
    min_bytes, max_bytes = file_size_bytes(spec)
    if spec.file_format == "jpg" and (min_bytes or max_bytes):
        checked = await imaging.fit_file_size_async(
            checked, min_bytes=min_bytes, max_bytes=max_bytes, dpi=spec.dpi
        )
    return checked


async def _final_files(
    spec: Spec,
    session: Session,
    photo: bytes,
    picwish_sheet: bytes | None,
    slots: asyncio.Semaphore,
) -> FinalFiles:
    options = session.options
    async with slots:
        checked = await _checked_photo(spec, photo, options.bg_color or spec.background)
    mm = spec.frame_mm
    name = imaging.deliverable_file_name(
        spec.slug,
        (spec.mm_width, spec.mm_height) if spec.mm_width else None,
        (spec.px_width, spec.px_height),
        spec.file_format,
    )
    sheet_options = imaging.SheetOptions(
        paper=options.paper,
        vertical=options.vertical,
        dpi=imaging.sheet_extras.sheet_dpi(spec.dpi),
        bg_color=options.sheet_color,
        qr_data=options.sheet_qr,
        label_text=options.sheet_label,
    )
    layout = imaging.sheet_layout(mm, sheet_options)
    async with slots:
        sheet = picwish_sheet or await imaging.render_sheet_async(checked, mm, sheet_options)
    return FinalFiles(
        photo=checked,
        photo_name=name,
        sheet=sheet,
        sheet_name=imaging.sheet_file_name(spec.slug, mm, options.paper),
        sheet_caption=imaging.sheet_caption(layout),
    )


#: Failures whose own text already says nothing was charged.
SAYS_NOT_CHARGED = frozenset({"picwish-task-failed", "picwish-invalid-image"})


async def _reserve(flow: Flow, who: Who, session: Session, spec: Spec) -> Text | None:
    """Hold the final's price against every limit (one transaction); the reason if refused.
    A final already reserved or settled under this key (a resumed job) keeps its reservation."""
    outcome = await flow.services.limits.reserve_final(
        ref=final_key(session),
        user_id=who.user_id,
        group_id=session.group_id,
        price=flow.services.final_price(spec, session.options),
    )
    return outcome if isinstance(outcome, Text) else None


async def _failure_text(flow: Flow, who: Who, key: str, error: Exception) -> str:
    """Settle or release the final's reservation for ``error``, and say what is true about it:
    charged (kept, delivered again for free), still being made, or not charged."""
    limits, lang = flow.services.limits, who.lang
    reason = error.text.render(lang)  # type: ignore[attr-defined]
    if isinstance(error, PhotoError) and error.credits_charged > 0:  # made, output lost
        await limits.settle(key, error.credits_charged)
        return t(lang, "final-charged-retry", reason=reason)
    if isinstance(error, imaging.ImagingError):  # made (settled already), not deliverable
        held = await flow.services.storage.reservations.get(key)
        charged = held is not None and held.credits_charged > 0
        return t(lang, "final-charged-unusable" if charged else "final-failed", reason=reason)
    if isinstance(error, PhotoError) and error.may_still_finish and error.task_id:
        return t(lang, "final-pending")  # the task may still be charged: its room stays held
    await limits.release(key)
    if isinstance(error, PhotoError) and error.message_id in SAYS_NOT_CHARGED:
        return t(lang, "final-retry", reason=reason)
    return t(lang, "final-failed", reason=reason)


async def _failed_and_refunded(
    flow: Flow,
    who: Who,
    session: Session,
    text: str,
    reason: str,
    cause: object,
    status: Message | None = None,
) -> None:
    """Back to the review saying ``text``; a paid final is refunded first (the refund's note,
    with ``reason``, replaces ``text``: issue #15)."""
    refunded = await paid_finals.final_failed(
        flow.services.storage,
        flow.bot,
        who.lang,
        session,
        reason=reason,
        cause=str(cause),
        metrics=flow.services.metrics,
    )
    await final_failed(flow, who, refunded or text, status)


async def run_final(flow: Flow, who: Who, status: Message | None = None) -> None:
    """Make the final (reserved, then charged once), deliver the photo and the sheet; the sheet
    carries the "Done" screen (another size, a new photo): no message of its own."""
    started = time.time()
    session = await _current(flow, who)
    if session is None or session.options.spec_id is None:
        return
    spec = flow.services.catalog.get(session.options.spec_id)
    if spec is None:  # dropped from the catalog (an upgrade): nothing reserved, nothing made
        await final_failed(flow, who, None)
        await _spec_gone(flow, who, None)
        return
    refused = await _reserve(flow, who, session, spec)
    if refused is not None:
        reason = refused.render(who.lang)
        await _failed_and_refunded(flow, who, session, reason, reason, refused, status)
        return
    key = final_key(session)
    try:
        result = await _with_chat_action(flow, who, _final_result(flow, who, session, started))
        if result.credits_charged is not None:
            await flow.services.limits.settle(key, result.credits_charged)
        files = await _final_files(
            spec, session, result.photo, result.sheet, flow.services.image_slots
        )
    except (PhotoError, PhotoUnavailable, imaging.ImagingError) as error:
        logger.warning("final failed for user %s: %s", who.user_id, error)
        text = await _failure_text(flow, who, key, error)
        reason = error.text.render(who.lang)
        await _failed_and_refunded(flow, who, session, text, reason, error, status)
        return
    except DataErased:
        logger.info("user %s deleted their data during the final: nothing delivered", who.user_id)
        return
    lang = who.lang
    done = flow.screens(session, lang).done()
    caption = t(
        lang,
        "final-photo-caption",
        spec=spec_title(spec, lang),
        size=size_label(spec, lang),
        pixels=f"{spec.px_width}×{spec.px_height}",
        kb=round(len(files.photo) / 1000),
    )
    report = _photo_report(flow, session)
    if report is not None:  # the verdict the preview showed, again
        caption = with_checklist(caption, report, lang)
    try:
        await flow.bot.send_document(
            who.chat_id,
            InputFile(files.photo, filename=files.photo_name),
            caption=caption,
            disable_content_type_detection=True,
        )
        await flow.bot.send_document(
            who.chat_id,
            InputFile(files.sheet, filename=files.sheet_name),
            caption=f"{files.sheet_caption.render(lang)}\n\n{done.text}",
            reply_markup=done.keyboard,
            disable_content_type_detection=True,
        )
    except (Forbidden, BadRequest) as error:
        # The result is kept: a retry re-delivers it without a new charge.
        logger.warning("could not deliver the final to user %s: %s", who.user_id, error)
        refunded = await paid_finals.final_failed(
            flow.services.storage,
            flow.bot,
            lang,
            session,
            reason="",
            cause=f"delivery: {error}",
            metrics=flow.services.metrics,
        )
        await final_failed(flow, who, refunded, status)
        return
    flow.services.metrics.final_delivered()
    # At once: "Another size" on the sheet must find the conversation done ("Done" rode on the
    # sheet). The user may have moved on meanwhile (/new, another photo).
    with contextlib.suppress(NoSession, InvalidEvent):
        await flow.apply(who, ev.FinalDelivered(), show=False)
    await paid_finals.final_delivered(flow.services.storage, session)
    await _check_compliance(flow, who, spec, session, files.photo, result.task_id)


async def _check_compliance(
    flow: Flow, who: Who, spec: Spec, session: Session, photo: bytes, task_id: str | None
) -> None:
    """Measure a PicWish result against the spec's bands; tell the user and the ledger if off.

    (The offline engine measures its own results before returning them.)
    """
    if flow.services.config.backend != "picwish" or not flow.services.config.face_checks:
        return
    options = session.options
    report = await engine.check_result(
        photo,
        spec,
        bg_color=options.bg_color or spec.background,
        bg_color2=options.bg_color2,
        label=f"user {who.user_id} task {task_id}",
    )
    if task_id is not None:
        await flow.services.storage.ledger.note_compliance(task_id, report.summary)
    if not report.ok:
        await flow.bot.send_message(who.chat_id, engine.render_problems(report.problems, who.lang))


async def final_failed(
    flow: Flow, who: Who, text: str | None, status: Message | None = None
) -> None:
    """Back to the review screen after a final that did not reach the user; say why (in the
    preview's caption, ``status``, when there is one)."""
    try:
        transition = await flow.apply(who, ev.FinalFailed(), show=False)
    except (NoSession, InvalidEvent):  # the user moved on meanwhile: just say it
        if text is not None:
            await _tell(flow, who, text)
        return
    if text is None:
        return
    screen = flow.screens(transition.session, who.lang).review_failed(text)
    try:
        await flow.show(who, screen, status)
    except Forbidden:
        logger.info("user %s blocked the bot", who.user_id)


async def _tell(flow: Flow, who: Who, text: str) -> None:
    try:
        await flow.bot.send_message(who.chat_id, text)
    except Forbidden:
        logger.info("user %s blocked the bot", who.user_id)
