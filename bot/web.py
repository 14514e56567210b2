"""The bot's HTTP server (aiohttp): Telegram's webhook, ``/healthz``, ``/readyz``, ``/metrics``.

The webhook checks ``X-Telegram-Bot-Api-Secret-Token`` (403 otherwise, nothing processed),
answers 400 to a body that is not an update, and otherwise only puts the update on the
Application's queue and answers at once, so Telegram never waits for (or retries) a slow step.
While the bot starts or stops it answers 503: Telegram keeps the update and sends it again.
"""

from __future__ import annotations

import hmac
import json
import logging
import time
from dataclasses import dataclass

from aiohttp import web
from telegram import Update
from telegram.ext import Application

from bot.metrics import CONTENT_TYPE, Metrics
from bot.readiness import Readiness

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
#: Telegram's updates are a few KB; anything much bigger is not one.
MAX_BODY_BYTES = 1024 * 1024


@dataclass(frozen=True)
class Webhook:
    """Where Telegram POSTs updates and the secret it sends with each."""

    path: str
    secret: str


@dataclass
class WebState:
    """What the handlers need; ``accepting`` is False while the bot starts and stops."""

    app: Application
    metrics: Metrics
    readiness: Readiness
    webhook: Webhook | None
    accepting: bool = False


STATE = web.AppKey("state", WebState)


async def healthz(request: web.Request) -> web.Response:
    return web.Response(text="ok")


async def readyz(request: web.Request) -> web.Response:
    problem = await request.app[STATE].readiness.problem()
    if problem is not None:
        return web.Response(status=503, text=problem)
    return web.Response(text="ready")


async def metrics(request: web.Request) -> web.Response:
    state = request.app[STATE]
    last = state.readiness.telegram_last_success()  # monotonic: as Unix time for Prometheus
    if last is not None:
        state.metrics.telegram_answered(time.time() - (time.monotonic() - last))
    body = state.metrics.render()
    return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE})


def _secret_ok(request: web.Request, secret: str) -> bool:
    given = request.headers.get(SECRET_HEADER, "")
    return hmac.compare_digest(given.encode("utf-8", "replace"), secret.encode("utf-8"))


def _parse_update(body: bytes, app: Application) -> Update | None:
    """The update in ``body``, or None when it is not one."""
    try:
        data = json.loads(body)
        if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
            return None
        return Update.de_json(data, app.bot)
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


async def webhook(request: web.Request) -> web.Response:
    state = request.app[STATE]
    assert state.webhook is not None
    if not _secret_ok(request, state.webhook.secret):
        logger.warning("webhook: a request without the right secret header was refused")
        return web.Response(status=403, text="forbidden")
    if not state.accepting:
        return web.Response(status=503, text="not accepting updates now")
    update = _parse_update(await request.read(), state.app)
    if update is None:
        return web.Response(status=400, text="not a Telegram update")
    await state.app.update_queue.put(update)
    return web.Response(text="ok")


def build_web_app(state: WebState) -> web.Application:
    """The aiohttp application: the three GET endpoints, and the webhook when there is one."""
    server = web.Application(client_max_size=MAX_BODY_BYTES)
    server[STATE] = state
    server.router.add_get("/healthz", healthz)
    server.router.add_get("/readyz", readyz)
    server.router.add_get("/metrics", metrics)
    if state.webhook is not None:
        server.router.add_post(state.webhook.path, webhook)
    return server


async def start_server(state: WebState, host: str, port: int) -> web.AppRunner:
    """Listen on ``host``:``port``; ``await runner.cleanup()`` stops it."""
    runner = web.AppRunner(build_web_app(state), access_log=None)
    await runner.setup()
    await web.TCPSite(runner, host, port).start()
    return runner


def bound_port(runner: web.AppRunner) -> int | None:
    """The port actually listened on (useful with port 0 in tests)."""
    for address in runner.addresses:
        if isinstance(address, tuple) and len(address) >= 2:
            return int(address[1])
    return None
