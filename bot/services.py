"""The bot's long-lived collaborators, built once per Application and reached from handlers."""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable, Coroutine, Hashable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from telegram.ext import Application, CallbackContext, ExtBot

from bot.config import Config
from bot.ledger_backend import LedgerBackend
from bot.limits import LimitChecker
from bot.membership import MemberCache
from bot.metrics import Metrics
from bot.photo_job import PhotoJob, photo_job
from bot.specs import Catalog, Spec
from bot.stars_pricing import StarsPricing
from bot.storage import Storage
from conversation.options import PhotoOptions


@dataclass
class BackgroundWork:
    """PicWish jobs in flight, one per conversation, so a second tap never starts a second one.

    A job started under a key whose job is still running supersedes it when asked to (a preview
    for options changed meanwhile): the old one is cancelled, so every job in flight is known
    here and a shutdown cancels them all."""

    tasks: dict[str, asyncio.Task[Any]] = field(default_factory=dict)

    def start(
        self,
        app: Application,
        key: str,
        coro: Coroutine[Any, Any, Any],
        *,
        supersede: bool = False,
    ) -> asyncio.Task:
        previous = self.tasks.get(key)
        if supersede and previous is not None and not previous.done():
            previous.cancel()
        task = app.create_task(coro, name=f"job:{key}")
        self.tasks[key] = task
        task.add_done_callback(lambda done: self._forget(key, done))
        return task

    def _forget(self, key: str, task: asyncio.Task[Any]) -> None:
        if self.tasks.get(key) is task:
            del self.tasks[key]

    async def wait_all(self) -> None:
        if self.tasks:
            await asyncio.gather(*self.tasks.values(), return_exceptions=True)


@dataclass
class UserLocks:
    """One asyncio lock per user, created on demand and dropped when nobody holds or waits."""

    _locks: dict[int, asyncio.Lock] = field(default_factory=dict)
    _users: dict[int, int] = field(default_factory=dict)

    @asynccontextmanager
    async def hold(self, user_id: int) -> AsyncIterator[None]:
        lock = self._locks.setdefault(user_id, asyncio.Lock())
        self._users[user_id] = self._users.get(user_id, 0) + 1
        try:
            async with lock:
                yield
        finally:
            self._users[user_id] -= 1
            if not self._users[user_id]:
                del self._users[user_id], self._locks[user_id]


@dataclass
class SentPictures:
    """Pictures the bot draws once and shows to many users (a document's diagram per language).

    The first user's copy is drawn in a worker thread (users asking at the same moment share that
    one drawing); once Telegram has it, later users get Telegram's ``file_id`` and nothing is drawn
    or uploaded again. Bounded: the least recently used entries are forgotten.
    """

    limit: int = 512
    #: Drawings are kept only until Telegram has one (then its file id serves); ~50 KB each.
    drawings_limit: int = 64
    _file_ids: OrderedDict[Hashable, str] = field(default_factory=OrderedDict)
    _drawings: OrderedDict[Hashable, asyncio.Task[bytes]] = field(default_factory=OrderedDict)

    def file_id(self, key: Hashable) -> str | None:
        found = self._file_ids.get(key)
        if found is not None:
            self._file_ids.move_to_end(key)
        return found

    def remember(self, key: Hashable, file_id: str) -> None:
        self._file_ids[key] = file_id
        self._file_ids.move_to_end(key)
        self._drawings.pop(key, None)
        while len(self._file_ids) > self.limit:
            self._file_ids.popitem(last=False)

    def forget(self, key: Hashable) -> None:
        self._file_ids.pop(key, None)

    async def drawing(self, key: Hashable, draw: Callable[[], bytes]) -> bytes:
        task = self._drawings.get(key)
        if task is None or (task.done() and (task.cancelled() or task.exception() is not None)):
            task = asyncio.ensure_future(asyncio.to_thread(draw))
            self._drawings[key] = task
            while len(self._drawings) > self.drawings_limit:
                self._drawings.popitem(last=False)
        return await asyncio.shield(task)


@dataclass
class Services:
    config: Config
    storage: Storage
    #: Makes the photos (PicWish or the offline engine), every task recorded in the ledger.
    backend: LedgerBackend
    catalog: Catalog
    limits: LimitChecker
    work: BackgroundWork = field(default_factory=BackgroundWork)
    locks: UserLocks = field(default_factory=UserLocks)
    #: Group membership and admin rights as Telegram said a short while ago (getChatMember).
    members: MemberCache = field(default_factory=MemberCache)
    #: Decoding a phone photo can take hundreds of MB: at most this many at once (2 cores).
    image_slots: asyncio.Semaphore = field(default_factory=lambda: asyncio.Semaphore(2))
    pictures: SentPictures = field(default_factory=SentPictures)
    #: Prometheus metrics of this bot (its own registry; served at /metrics).
    metrics: Metrics = field(default_factory=Metrics)
    #: What a final costs its user in Telegram Stars (issue 15); built from ``config``.
    stars: StarsPricing = field(init=False)

    def __post_init__(self) -> None:
        self.stars = StarsPricing(self.config)

    def job(self, spec: Spec, options: PhotoOptions, *, preview: bool) -> PhotoJob:
        """The photo job for a user's options (PicWish lays out the sheet when so configured)."""
        backend_sheet = self.config.sheet_source == "picwish"
        return photo_job(spec, options, preview=preview, backend_sheet=backend_sheet)

    def final_price(self, spec: Spec, options: PhotoOptions) -> int:
        """Credits the final costs with these options (0 with the offline engine)."""
        return self.backend.price(self.job(spec, options, preview=False))


class IdPhotoApplication(Application):
    """python-telegram-bot's Application with the bot's :class:`Services` attached."""

    def __init__(self, *, services: Services, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.services = services


class BotContext(CallbackContext[ExtBot, dict, dict, dict]):
    """Handler context with typed access to :class:`Services`."""

    @property
    def services(self) -> Services:
        app = self.application
        assert isinstance(app, IdPhotoApplication)
        return app.services
