"""Concurrent update processing that still handles one user's updates one at a time.

Many users are served at once, but a user's own updates (two fast taps, a photo then a tap) are
processed in order, which is what the conversation needs to stay consistent. An update first
waits for its user's turn and only then takes one of python-telegram-bot's concurrency slots, so
one user's backlog waits outside the slots and never holds up everyone else.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable
from contextlib import asynccontextmanager
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor


def _serial_key(update: object) -> int | None:
    if isinstance(update, Update):
        if update.effective_user is not None:
            return update.effective_user.id
        if update.effective_chat is not None:
            return update.effective_chat.id
    return None


class PerUserUpdateProcessor(BaseUpdateProcessor):
    """Runs updates of different users concurrently and those of the same user in sequence."""

    def __init__(self, max_concurrent_updates: int = 256) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        self._waiting: dict[int, int] = {}

    async def process_update(  # type: ignore[misc]  # PTB marks it final; see the module doc
        self, update: object, coroutine: Awaitable[Any]
    ) -> None:
        """The user's turn first, then a concurrency slot (PTB's order is slot, then turn)."""
        async with self._turn(_serial_key(update)), self._semaphore:
            await self.do_process_update(update, coroutine)

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        await coroutine

    @asynccontextmanager
    async def _turn(self, key: int | None) -> AsyncIterator[None]:
        """Wait until no earlier update of the same user is running (updates of no user: none)."""
        if key is None:
            yield
            return
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._waiting[key] = self._waiting.get(key, 0) + 1
        try:
            async with lock:
                yield
        finally:
            self._waiting[key] -= 1
            if not self._waiting[key]:
                del self._waiting[key]
                del self._locks[key]

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None
