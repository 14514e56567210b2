"""The bot's Prometheus metrics (prometheus-client), one registry per Application.

Every label value comes from a small fixed set (update types, handler families, task purposes
and outcomes): never a user id, a chat id or anything a user typed. Unknown values are counted
under ``other`` so that nobody can grow the label space by sending odd updates.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST
from telegram import Update
from telegram.ext import BaseUpdateProcessor

#: ``Content-Type`` of :meth:`Metrics.render`.
CONTENT_TYPE = CONTENT_TYPE_LATEST
#: Update types Telegram may send (``Update.ALL_TYPES``): the only values of ``type``.
UPDATE_TYPES = frozenset(Update.ALL_TYPES)
PURPOSES = frozenset({"preview", "final", "sheet"})
OUTCOMES = frozenset({"ok", "failed", "timeout", "refused", "pending"})
#: Seconds; a step of the conversation is usually tens of ms, the photo step and a delivery
#: hundreds, a PicWish wait seconds.
STEP_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
FLOOD_BUCKETS = (0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)


def _bounded(value: str, allowed: frozenset[str]) -> str:
    return value if value in allowed else "other"


class Metrics:
    """Counters, gauges and histograms of one bot, in a registry of their own (not the
    process-wide default registry: two Applications in one process — the tests — never mix)."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.updates = Counter(
            "idphoto_updates_received", "Updates received from Telegram, by type", ["type"],
            registry=r,
        )  # fmt: skip
        self.handler_errors = Counter(
            "idphoto_handler_errors", "Errors raised while handling an update", registry=r
        )
        self.step_seconds = Histogram(
            "idphoto_step_seconds", "Time to handle one update, by handler family", ["step"],
            buckets=STEP_BUCKETS, registry=r,
        )  # fmt: skip
        self.flood_queue = Gauge(
            "idphoto_flood_queue_length",
            "Bot API calls waiting in the bot's flood limiter (Telegram's ~30 calls/s)",
            registry=r,
        )
        self.flood_wait = Histogram(
            "idphoto_flood_wait_seconds", "Time a Bot API call waited in the flood limiter",
            buckets=FLOOD_BUCKETS, registry=r,
        )  # fmt: skip
        self.picwish_tasks = Counter(
            "idphoto_picwish_tasks", "PicWish tasks, by purpose and outcome",
            ["purpose", "outcome"], registry=r,
        )  # fmt: skip
        self.credits = Counter("idphoto_picwish_credits_spent", "PicWish credits spent", registry=r)
        self.stars_received = Counter(
            "idphoto_stars_received", "Telegram Stars received in payments", registry=r
        )
        self.stars_refunded = Counter(
            "idphoto_stars_refunded", "Telegram Stars refunded", registry=r
        )
        self.previews = Counter("idphoto_previews", "Previews shown to users", registry=r)
        self.finals = Counter("idphoto_finals", "Finals delivered to users", registry=r)
        self.sessions = Gauge("idphoto_active_sessions", "Conversations in progress", registry=r)
        self.telegram_ok = Gauge(
            "idphoto_telegram_last_success_timestamp",
            "Unix time of the last Bot API call that Telegram answered with success",
            registry=r,
        )

    # -- what the bot records (call sites: the update flow, the flood limiter, the handlers) --

    def update_received(self, update: object) -> None:
        self.updates.labels(update_type(update)).inc()

    def handler_error(self) -> None:
        self.handler_errors.inc()

    def observe_step(self, step: str, seconds: float) -> None:
        self.step_seconds.labels(step).observe(seconds)

    def picwish_task(self, purpose: str, outcome: str) -> None:
        self.picwish_tasks.labels(_bounded(purpose, PURPOSES), _bounded(outcome, OUTCOMES)).inc()

    def credits_spent(self, credits: int) -> None:
        if credits > 0:
            self.credits.inc(credits)

    def stars_paid(self, amount: int) -> None:
        self.stars_received.inc(amount)

    def stars_refund(self, amount: int) -> None:
        self.stars_refunded.inc(amount)

    def preview_made(self) -> None:
        self.previews.inc()

    def final_delivered(self) -> None:
        self.finals.inc()

    def active_sessions(self, count: int) -> None:
        self.sessions.set(count)

    def telegram_answered(self, at: float | None = None) -> None:
        """Telegram answered a call with success at ``at`` (Unix time; default: now)."""
        self.telegram_ok.set(time.time() if at is None else at)

    def render(self) -> bytes:
        """The Prometheus text format of everything above."""
        return generate_latest(self.registry)


def update_type(update: object) -> str:
    """``message``, ``callback_query``, ``pre_checkout_query``, … (``other`` for anything else)."""
    if isinstance(update, Update):
        for kind in Update.ALL_TYPES:
            if getattr(update, kind, None) is not None:
                return kind
    return "other"


def handler_family(update: object) -> str:
    """The kind of step an update is, in a few words with no user content: ``command``,
    ``photo``, ``document``, ``text``, ``button``, ``member``, ``payment`` or ``other``."""
    if not isinstance(update, Update):
        return "other"
    if update.callback_query is not None:
        return "button"
    if update.pre_checkout_query is not None:
        return "payment"
    if update.chat_member is not None or update.my_chat_member is not None:
        return "member"
    message = update.message
    if message is None:
        return "other"
    if message.successful_payment is not None:
        return "payment"
    if message.text is not None:
        return "command" if message.text.startswith("/") else "text"
    if message.photo:
        return "photo"
    return "document" if message.document is not None else "other"


class MeteredUpdateProcessor(BaseUpdateProcessor):
    """Wraps the Application's update processor: counts every update by type and times its
    handling by handler family (the time inside the inner processor's ordering)."""

    def __init__(self, inner: BaseUpdateProcessor, metrics: Metrics) -> None:
        super().__init__(inner.max_concurrent_updates)
        self._inner = inner
        self._metrics = metrics

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        self._metrics.update_received(update)
        await self._inner.do_process_update(update, self._timed(update, coroutine))

    async def _timed(self, update: object, coroutine: Awaitable[Any]) -> None:
        started = time.perf_counter()
        try:
            await coroutine
        finally:
            self._metrics.observe_step(handler_family(update), time.perf_counter() - started)

    async def initialize(self) -> None:
        await self._inner.initialize()

    async def shutdown(self) -> None:
        await self._inner.shutdown()
