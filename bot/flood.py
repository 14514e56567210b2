"""Telegram's flood limits on the bot's side: python-telegram-bot's ``AIORateLimiter`` (overall
rate, 20/min per group, waits out a 429) that can also say whether it has room right now, so
that cosmetic calls (progress edits) give way to replies when the bot is busy."""

from __future__ import annotations

from telegram.ext import AIORateLimiter

#: Telegram's documented overall limit for a bot, calls per second.
TELEGRAM_OVERALL_RATE = 30.0


class FloodLimiter(AIORateLimiter):
    """``AIORateLimiter`` plus :meth:`has_room`."""

    __slots__ = ()

    def __init__(self, overall_rate: float = TELEGRAM_OVERALL_RATE, max_retries: int = 3) -> None:
        super().__init__(overall_max_rate=overall_rate, max_retries=max_retries)

    def has_room(self) -> bool:
        """True while at least half of the overall budget is free (no queue building up) and
        no 429 pause is in force."""
        # AIORateLimiter's own state (python-telegram-bot 22.x, pinned below 23 in pyproject;
        # tests/test_flood.py fails if these attributes change).
        if not self._retry_after_event.is_set():
            return False
        limiter = self._base_limiter
        return limiter is None or limiter.has_capacity(limiter.max_rate / 2)
