"""Start-up and shut-down work: command menus, resuming interrupted jobs, periodic clean-up."""

from __future__ import annotations

import asyncio
import logging
import time

from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot import engine
from bot.i18n import t
from bot.memory import give_back_free_memory
from bot.services import IdPhotoApplication
from conversation.machine import Session, StartFinal, StartPreview
from conversation.states import WORKING_STATES, State
from handlers import paid_finals, payments
from handlers.command_table import set_command_menus
from handlers.flow import Flow, Who, stored_language
from handlers.jobs import final_failed, final_key, start_effect

logger = logging.getLogger(__name__)

CLEANUP_INTERVAL = 60.0


async def resume_interrupted(app: IdPhotoApplication) -> None:
    """Previews cut off by a restart start again (free); a final PicWish had accepted is waited
    for and delivered (not paid twice); any other cut-off final is offered again."""
    flow = Flow(app, start_effect)
    stored = await app.services.storage.sessions.in_states(tuple(s.value for s in WORKING_STATES))
    for row in stored:
        session = Session.from_dict(row.state, row.data)
        lang = await app.services.storage.users.language(row.user_id) or stored_language(row.data)
        who = Who(row.user_id, row.chat_id, lang)
        key = final_key(session)
        if session.state is State.PREVIEWING:
            flow.start_effect(who, session, StartPreview(session.options_version))
        elif await app.services.storage.blobs.get(key) is not None:
            flow.start_effect(who, session, StartFinal())  # made and paid: deliver it
        elif await app.services.backend.pending(key) is not None:
            flow.start_effect(who, session, StartFinal())  # PicWish has it: wait for it, deliver
        else:
            # Whether PicWish got the cut-off request is unknown: never repeat it blindly.
            try:
                reason = t(who.lang, "final-interrupted")
                refunded = await paid_finals.final_failed(
                    app.services.storage,
                    app.bot,
                    who.lang,
                    session,
                    reason=reason,
                    cause="restart",
                    metrics=app.services.metrics,
                )
                await final_failed(flow, who, refunded or reason)
            except TelegramError as error:
                logger.info("could not offer the final again to %s: %s", who.user_id, error)


async def clean_up(context: ContextTypes.DEFAULT_TYPE) -> None:
    """End idle conversations politely, delete kept photos that expired, count sessions."""
    app: IdPhotoApplication = context.application  # type: ignore[assignment]
    services = app.services
    flow = Flow(app, start_effect)
    cutoff = time.time() - services.config.session_timeout
    for row in await services.storage.sessions.idle(cutoff):
        if row.state in {s.value for s in WORKING_STATES}:
            continue
        async with services.locks.hold(row.user_id):
            await flow.store.delete(row.user_id)
        lang = await services.storage.users.language(row.user_id) or stored_language(row.data)
        try:
            await app.bot.send_message(row.chat_id, t(lang, "session-timed-out"))
        except TelegramError as error:
            logger.info("could not tell %s their session ended: %s", row.user_id, error)
    purged = await services.storage.erasure.purge_expired()
    if purged.blobs:
        logger.info("deleted %d expired photos", purged.blobs)
    await count_sessions(app)
    await asyncio.to_thread(give_back_free_memory)


async def count_sessions(app: IdPhotoApplication) -> None:
    """Refresh the active-sessions gauge (at start and with every clean-up)."""
    services = app.services
    services.metrics.active_sessions(await services.storage.sessions.count())


async def on_started(app: IdPhotoApplication) -> None:
    await app.services.storage.open()
    await app.services.stars.load(app.services.storage)
    local = app.services.config.backend == "local"
    if app.services.config.face_checks or local:
        await engine.warm_up(full=local)  # load the face models now, not on the first user's photo
    await set_command_menus(app)
    await resume_interrupted(app)
    await payments.recover(app)  # after the finals resumed: paid ones are made once, or refunded
    await count_sessions(app)
    if app.job_queue is not None:
        app.job_queue.run_repeating(clean_up, interval=CLEANUP_INTERVAL, first=CLEANUP_INTERVAL)


async def on_stopping(app: IdPhotoApplication) -> None:
    """Let a charged final finish (bounded); previews resume at the next start."""
    work = app.services.work
    finals = [task for key, task in work.tasks.items() if key.startswith("final:")]
    if finals:
        await asyncio.wait(finals, timeout=app.services.config.shutdown_grace)
    for task in list(work.tasks.values()):
        task.cancel()
    await work.wait_all()
