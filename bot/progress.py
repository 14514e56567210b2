"""Progress reporting shared by every photo backend: strictly increasing, never fatal."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

ProgressCallback = Callable[[int], Awaitable[None]]

logger = logging.getLogger(__name__)


class ProgressReporter:
    """Forwards strictly increasing progress values; a failing callback is logged, not fatal."""

    def __init__(self, callback: ProgressCallback | None, source: str = "photo") -> None:
        self._callback = callback
        self._source = source
        self._last = -1

    async def report(self, value: int) -> None:
        if self._callback is None or value <= self._last:
            return
        self._last = value
        try:
            await self._callback(value)
        except Exception:
            logger.warning("%s progress callback failed", self._source, exc_info=True)
