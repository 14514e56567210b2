"""Telegram's flood limits on the bot's side: python-telegram-bot's ``AIORateLimiter`` (overall
rate, 20/min per group, waits out a 429) that can also say whether it has room right now, so
that cosmetic calls (progress edits) give way to replies when the bot is busy, and that reports
its queue length and waits to the bot's metrics.

Calls made inside :func:`urgent` (a user who has chosen a document: the working screen, the
preview, the files) go before the others (a welcome, a document menu) while the budget is short:
at most one second's worth of ordinary calls waits inside the overall limiter at a time, so an
urgent call never queues behind a burst of newcomers. Finishing what users are waiting for
first keeps their waits short; newcomers are let in as capacity frees up (issue #19)."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable, Coroutine, Iterator
from contextvars import ContextVar
from typing import Any

from telegram._utils.types import JSONDict
from telegram.ext import AIORateLimiter

from bot.metrics import Metrics

#: Telegram's documented overall limit for a bot, calls per second.
TELEGRAM_OVERALL_RATE = 30.0

Callback = Callable[..., Coroutine[Any, Any, bool | JSONDict | list[JSONDict]]]

#: True inside :func:`urgent` (a context variable: tasks started there inherit it).
_URGENT: ContextVar[bool] = ContextVar("idphoto_urgent_telegram_calls", default=False)


@contextlib.contextmanager
def urgent() -> Iterator[None]:
    """Telegram calls made in this block (and in tasks started in it) go first."""
    token = _URGENT.set(True)
    try:
        yield
    finally:
        _URGENT.reset(token)


class FloodLimiter(AIORateLimiter):
    """``AIORateLimiter`` plus :meth:`has_room` and metrics (queue length, wait per call)."""

    __slots__ = ("_metrics", "_ordinary_limit", "_ordinary_gate", "_urgent_waiting", "_idle")

    def __init__(
        self,
        overall_rate: float = TELEGRAM_OVERALL_RATE,
        max_retries: int = 3,
        metrics: Metrics | None = None,
    ) -> None:
        super().__init__(overall_max_rate=overall_rate, max_retries=max_retries)
        self._metrics = metrics
        #: Ordinary calls let into the overall limiter at a time (one second's worth).
        self._ordinary_limit = max(1, int(overall_rate))
        self._ordinary_gate: asyncio.Semaphore | None = None
        #: Urgent calls not yet sent; ordinary ones wait while there are any.
        self._urgent_waiting = 0
        self._idle: asyncio.Event | None = None

    def has_room(self) -> bool:
        """True while at least half of the overall budget is free (no queue building up) and
        no 429 pause is in force."""
        # AIORateLimiter's own state (python-telegram-bot 22.x, pinned below 23 in pyproject;
        # tests/test_flood.py fails if these attributes change).
        if not self._retry_after_event.is_set():
            return False
        limiter = self._base_limiter
        return limiter is None or limiter.has_capacity(limiter.max_rate / 2)

    async def process_request(
        self,
        callback: Callback,
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | JSONDict | list[JSONDict]:
        metrics = self._metrics
        entered = time.perf_counter()
        queued = True
        if metrics is not None:
            metrics.flood_queue.inc()

        def leave_queue(*, went_out: bool) -> None:
            nonlocal queued
            if queued:
                queued = False
                if metrics is not None:
                    metrics.flood_queue.dec()
                    if went_out:
                        metrics.flood_wait.observe(time.perf_counter() - entered)

        async def sent(*a: Any, **kw: Any) -> bool | JSONDict | list[JSONDict]:
            leave_queue(went_out=True)  # a retry after a 429 calls this again: counted once
            return await callback(*a, **kw)

        try:
            return await self._in_turn(sent, args, kwargs, endpoint, data, rate_limit_args)
        finally:
            leave_queue(went_out=False)  # cancelled or failed before it went out

    async def _in_turn(
        self,
        callback: Callback,
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | JSONDict | list[JSONDict]:
        """Urgent calls straight to the overall limiter; ordinary ones one second's worth at a
        time, and only while no urgent call waits."""
        parent = super()
        if data.get("chat_id") is None or self._base_limiter is None:  # not held to the rate
            return await parent.process_request(
                callback, args, kwargs, endpoint, data, rate_limit_args
            )
        if self._ordinary_gate is None or self._idle is None:  # made inside the running loop
            self._ordinary_gate = asyncio.Semaphore(self._ordinary_limit)
            self._idle = asyncio.Event()
            self._idle.set()
        idle = self._idle
        if _URGENT.get():
            self._urgent_waiting += 1
            idle.clear()
            waiting = True

            def gone() -> None:
                nonlocal waiting
                if waiting:
                    waiting = False
                    self._urgent_waiting -= 1
                    if not self._urgent_waiting:
                        idle.set()

            async def out(*a: Any, **kw: Any) -> bool | JSONDict | list[JSONDict]:
                gone()  # sent: ordinary calls need not wait for its answer
                return await callback(*a, **kw)

            try:
                return await parent.process_request(
                    out, args, kwargs, endpoint, data, rate_limit_args
                )
            finally:
                gone()
        async with self._ordinary_gate:
            while self._urgent_waiting:
                await idle.wait()
            return await parent.process_request(
                callback, args, kwargs, endpoint, data, rate_limit_args
            )
