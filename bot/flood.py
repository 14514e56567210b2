"""Telegram's flood limits on the bot's side: python-telegram-bot's ``AIORateLimiter`` (overall
rate, 20/min per group, waits out a 429) that can also say whether it has room right now, so
that cosmetic calls (progress edits) give way to replies when the bot is busy, and that reports
its queue length and waits to the bot's metrics."""

from __future__ import annotations

import time
from collections.abc import Callable, Coroutine
from typing import Any

from telegram._utils.types import JSONDict
from telegram.ext import AIORateLimiter

from bot.metrics import Metrics

#: Telegram's documented overall limit for a bot, calls per second.
TELEGRAM_OVERALL_RATE = 30.0

Callback = Callable[..., Coroutine[Any, Any, bool | JSONDict | list[JSONDict]]]


class FloodLimiter(AIORateLimiter):
    """``AIORateLimiter`` plus :meth:`has_room` and metrics (queue length, wait per call)."""

    __slots__ = ("_metrics",)

    def __init__(
        self,
        overall_rate: float = TELEGRAM_OVERALL_RATE,
        max_retries: int = 3,
        metrics: Metrics | None = None,
    ) -> None:
        super().__init__(overall_max_rate=overall_rate, max_retries=max_retries)
        self._metrics = metrics

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
        if metrics is None:
            return await super().process_request(
                callback, args, kwargs, endpoint, data, rate_limit_args
            )
        entered = time.perf_counter()
        queued = True
        metrics.flood_queue.inc()

        def leave_queue() -> None:
            nonlocal queued
            if queued:
                queued = False
                metrics.flood_queue.dec()
                metrics.flood_wait.observe(time.perf_counter() - entered)

        async def sent(*a: Any, **kw: Any) -> bool | JSONDict | list[JSONDict]:
            leave_queue()  # a retry after a 429 calls this again: counted once
            return await callback(*a, **kw)

        try:
            return await super().process_request(
                sent, args, kwargs, endpoint, data, rate_limit_args
            )
        finally:
            if queued:  # cancelled or failed before it went out
                queued = False
                metrics.flood_queue.dec()
