"""Runs the Application until stopped: long polling or Telegram's webhook, the HTTP server
(health, readiness, metrics) beside it, and a graceful stop.

Stopping: no new updates are taken (polling stops; the webhook answers 503 so Telegram keeps
them for the next start), finals under way get ``IDPHOTO_SHUTDOWN_GRACE`` seconds to finish
(``handlers.lifecycle.on_stopping``), and a charged final still running stays recorded as
pending: the next start waits for the same PicWish task instead of paying again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time

from aiohttp import web
from telegram.error import TelegramError

from bot.config import Config
from bot.readiness import Readiness
from bot.services import IdPhotoApplication
from bot.web import Webhook, WebState, start_server
from handlers.lifecycle import on_started, on_stopping

logger = logging.getLogger(__name__)

#: The update types the bot handles (``allowed_updates``): messages and commands, buttons,
#: groups adding/removing the bot or a member, and the Stars payments' pre-checkout query.
ALLOWED_UPDATES = (
    "message",
    "callback_query",
    "pre_checkout_query",
    "my_chat_member",
    "chat_member",
)
#: When no Bot API call has succeeded for this long, the bot asks Telegram something cheap, so
#: that an idle bot stays "ready" and a broken connection shows within a minute.
HEARTBEAT_SECONDS = 20.0
#: At a stop, how long updates already taken (answered to Telegram) may take to be handled
#: before the finals' grace begins.
DRAIN_SECONDS = 5.0


def _last_success(app: IdPhotoApplication) -> float | None:
    return getattr(app.bot.request, "last_success", None)


def mode_line(config: Config, port: int | None) -> str:
    """What ``idphoto-bot run`` logs at start: never the secret (nor the token)."""
    mode = f"webhook at path {config.webhook_path}" if config.webhook_url else "long polling"
    http = f"HTTP on {config.http_host}:{port}" if port is not None else "no HTTP server"
    return f"mode: {mode}; {http}; backend: {config.backend}"


async def _heartbeat(app: IdPhotoApplication) -> None:
    """Keep "the last call to Telegram succeeded" current while the bot is idle; in webhook
    mode, report the delivery errors Telegram sees (getWebhookInfo)."""
    last_error: str | None = None
    while True:
        await asyncio.sleep(HEARTBEAT_SECONDS / 4)
        last = _last_success(app)
        if last is not None and time.monotonic() - last < HEARTBEAT_SECONDS:
            continue
        try:
            info = await app.bot.get_webhook_info()
        except TelegramError as error:
            logger.warning("Telegram did not answer the health check: %s", error)
            continue
        if info.last_error_message and info.last_error_message != last_error:
            logger.warning("Telegram reports a webhook delivery error: %s", info.last_error_message)
        last_error = info.last_error_message


async def _take_updates(app: IdPhotoApplication, config: Config, poll_timeout: int) -> None:
    if config.webhook_url is not None:
        await app.bot.set_webhook(
            config.webhook_url,
            secret_token=config.webhook_secret,
            allowed_updates=list(ALLOWED_UPDATES),
            drop_pending_updates=False,
        )
        return
    assert app.updater is not None
    await app.updater.start_polling(
        timeout=poll_timeout, allowed_updates=list(ALLOWED_UPDATES), drop_pending_updates=False
    )


async def _start_http(state: WebState, config: Config) -> web.AppRunner | None:
    if config.http_port is None:
        return None
    return await start_server(state, config.http_host, config.http_port)


async def _drain_updates(app: IdPhotoApplication, seconds: float) -> None:
    """Let the updates already taken be handled (a tap on "Yes, make it" starts its final now,
    so that the final gets its grace), for at most ``seconds``."""
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(app.update_queue.join(), timeout=seconds)


def web_state(app: IdPhotoApplication) -> WebState:
    config = app.services.config
    webhook = None
    if config.webhook_path is not None and config.webhook_secret is not None:
        webhook = Webhook(config.webhook_path, config.webhook_secret)
    readiness = Readiness(config.db_path, lambda: _last_success(app))
    return WebState(app, app.services.metrics, readiness, webhook)


async def serve(app: IdPhotoApplication, stop: asyncio.Event, poll_timeout: int = 30) -> None:
    """Start the bot (polling or webhook, per the config), run until ``stop`` is set, then stop
    gracefully (see the module docstring)."""
    config = app.services.config
    state = web_state(app)
    runner = await _start_http(state, config)  # /healthz answers while the bot starts
    try:
        async with app:
            await app.start()
            await on_started(app)
            state.accepting = True
            await _take_updates(app, config, poll_timeout)
            state.readiness.serving = True
            logger.info(
                "bot started as @%s; %s", app.bot.username, mode_line(config, config.http_port)
            )
            heartbeat = asyncio.create_task(_heartbeat(app), name="telegram-heartbeat")
            try:
                await stop.wait()
            finally:
                logger.info(
                    "stopping: no new updates; finals under way get up to %g s",
                    config.shutdown_grace,
                )
                state.accepting = False
                state.readiness.serving = False
                heartbeat.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await heartbeat
                if app.updater is not None and app.updater.running:
                    await app.updater.stop()
                await _drain_updates(app, min(DRAIN_SECONDS, config.shutdown_grace))
                await on_stopping(app)
                await app.stop()
    finally:
        if runner is not None:
            await runner.cleanup()
        await app.services.backend.close()
        await app.services.storage.close()
