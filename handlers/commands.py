"""Private-chat commands: /start (with deep-link payloads), /new, /cancel, /help, /privacy,
/deletedata."""

from __future__ import annotations

import asyncio
import logging

from telegram import Update

from bot.deeplinks import GroupLink, SpecLink, group_payload, parse_start
from bot.i18n import Text, t
from bot.limits import GroupSettings
from bot.membership import is_member, member_status
from bot.privacy import privacy_text
from bot.services import BotContext
from conversation import events as ev
from handlers import payments
from handlers.common import flow_of, reply, who_of
from handlers.jobs import final_job_name, preview_job_name
from handlers.screens import spec_title

logger = logging.getLogger(__name__)


async def start_event(
    context: BotContext, user_id: int, payload: str | None
) -> tuple[ev.Start, Text | None]:
    """The Start event for a ``/start`` payload (a spec, or a group's defaults), and a note when
    a group link does not apply. Payloads are parsed strictly: anything else is a plain start."""
    link = parse_start(payload)
    if isinstance(link, SpecLink) and context.services.catalog.get(link.spec_id) is not None:
        return ev.Start(spec_id=link.spec_id), None
    if isinstance(link, GroupLink):
        return await _group_start(context, user_id, link.group_id)
    return ev.Start(), None


async def _group_start(
    context: BotContext, user_id: int, group_id: int
) -> tuple[ev.Start, Text | None]:
    """A group's session only for a group the bot knows, open, and that the user belongs to
    (asked of Telegram, cached briefly); otherwise the user's own session, saying why."""
    stored = await context.services.storage.groups.settings(group_id)
    if stored is None:
        return ev.Start(), Text("group-link-unknown")
    settings = GroupSettings.from_dict(stored)
    status = await member_status(context.bot, context.services.members, group_id, user_id)
    if not is_member(status):
        logger.info("user %s opened group %s's link but is %s there", user_id, group_id, status)
        return ev.Start(), Text("group-link-not-member", {"group": settings.title})
    if not settings.enabled:
        return ev.Start(), Text("limit-group-disabled", {"group": settings.title})
    return ev.Start(spec_id=settings.spec_id, bg_color=settings.bg_color, group_id=group_id), None


async def start(update: Update, context: BotContext) -> None:
    who = await who_of(update, context)
    # Only an explicit /language choice is stored: otherwise Telegram's current language is used.
    await context.services.storage.users.touch(who.user_id)
    payload = context.args[0] if context.args else None
    event, note = await start_event(context, who.user_id, payload)
    flow = flow_of(context)
    text = t(who.lang, "welcome")
    if note is not None:
        text += "\n\n" + note.render(who.lang)
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
    payload = group_payload(group_id) if group_id else None
    event, note = await start_event(context, who.user_id, payload)
    await context.services.storage.blobs.delete_user(who.user_id)
    await flow.apply(who, event, note=note.render(who.lang) if note else None)


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
