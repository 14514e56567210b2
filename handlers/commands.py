"""Private-chat commands: /start (with deep-link payloads), /new, /cancel, /help, /privacy,
/deletedata."""

from __future__ import annotations

import asyncio
import logging

from telegram import Update

from bot.i18n import t
from bot.privacy import privacy_text
from bot.services import BotContext
from conversation import events as ev
from handlers import payments
from handlers.common import flow_of, reply, who_of
from handlers.jobs import final_job_name, preview_job_name
from handlers.screens import spec_title

logger = logging.getLogger(__name__)

#: Deep-link payload prefixes: ``s-<spec id>`` pre-selects a spec, ``g<chat id>`` a group.
SPEC_PAYLOAD = "s-"
GROUP_PAYLOAD = "g"


async def start_event(context: BotContext, payload: str | None) -> ev.Start:
    """The Start event for a ``/start`` payload: a spec, or a group's defaults."""
    services = context.services
    if payload and payload.startswith(SPEC_PAYLOAD):
        spec_id = payload.removeprefix(SPEC_PAYLOAD)
        if services.catalog.get(spec_id) is not None:
            return ev.Start(spec_id=spec_id)
    if payload and payload.startswith(GROUP_PAYLOAD) and payload[1:].lstrip("-").isdigit():
        group_id = int(payload[1:])
        settings = await services.storage.groups.settings(group_id) or {}
        if settings.get("enabled", True):
            return ev.Start(
                spec_id=settings.get("spec_id"),
                bg_color=settings.get("bg_color"),
                group_id=group_id,
            )
    return ev.Start()


async def start(update: Update, context: BotContext) -> None:
    who = await who_of(update, context)
    # Only an explicit /language choice is stored: otherwise Telegram's current language is used.
    await context.services.storage.users.touch(who.user_id)
    payload = context.args[0] if context.args else None
    event = await start_event(context, payload)
    flow = flow_of(context)
    text = t(who.lang, "welcome")
    if event.spec_id:
        spec = context.services.catalog.get(event.spec_id)
        if spec is not None:
            text += "\n\n" + t(who.lang, "welcome-preselected", spec=spec_title(spec, who.lang))
    await update.effective_message.reply_text(text)
    await flow.apply(who, event, show=False)


async def new(update: Update, context: BotContext) -> None:
    """Start over: keep the group the user came from, forget the photo and options."""
    who = await who_of(update, context)
    flow = flow_of(context)
    loaded = await flow.store.load(who.user_id)
    group_id = loaded.session.group_id if loaded else None
    event = await start_event(context, f"{GROUP_PAYLOAD}{group_id}" if group_id else None)
    await context.services.storage.blobs.delete_user(who.user_id)
    await flow.apply(who, event)


async def cancel(update: Update, context: BotContext) -> None:
    who = await who_of(update, context)
    flow = flow_of(context)
    async with context.services.locks.hold(who.user_id):
        existed = await flow.store.load(who.user_id) is not None
        await flow.store.delete(who.user_id)
    await reply(update, who, "cancelled" if existed else "nothing-to-cancel")


async def help_command(update: Update, context: BotContext) -> None:
    who = await who_of(update, context)
    await reply(update, who, "help")


#: Seconds /deletedata waits for the user's cancelled jobs to stop before erasing anyway.
JOB_STOP_SECONDS = 10.0


async def privacy(update: Update, context: BotContext) -> None:
    """What is kept, why, for how long and who else gets the photo: from the configuration."""
    who = await who_of(update, context)
    await update.effective_message.reply_text(privacy_text(context.services.config, who.lang))


async def _stop_jobs(context: BotContext, user_id: int) -> None:
    """Cancel the user's running preview and final, and wait for them (bounded). Outside the
    user's lock: the jobs take it. A charged final PicWish accepted stays pending in the ledger,
    and the erasure records it as charged."""
    work = context.services.work
    names = (preview_job_name(user_id), final_job_name(user_id))
    running = [task for name in names if (task := work.tasks.get(name)) is not None]
    for task in running:
        task.cancel()
    if running:
        await asyncio.wait(running, timeout=JOB_STOP_SECONDS)


async def delete_data(update: Update, context: BotContext) -> None:
    """Stop the user's jobs, then erase everything that can identify them."""
    who = await who_of(update, context)
    await _stop_jobs(context, who.user_id)
    await payments.refund_undelivered(flow_of(context), who)  # a paid final stopped: refunded
    async with context.services.locks.hold(who.user_id):
        await context.services.storage.erasure.erase_user(who.user_id)
    context.application.drop_user_data(who.user_id)
    await reply(update, who, "data-deleted")
