"""Storage: the SQLite database split by concern, reachable as one object.

``storage.sessions`` (conversations, compare-and-swap), ``storage.users`` (explicit language),
``storage.blobs`` (encrypted kept images), ``storage.ledger`` (tasks and what they cost),
``storage.groups`` (group settings), ``storage.reservations`` (finals being made),
``storage.payments`` (Telegram Stars payments) and
``storage.erasure`` (deletion and the retention purge),
all on one connection and one worker thread (:class:`bot.storage.database.Database`).
"""

from __future__ import annotations

from pathlib import Path

from bot.storage.blobs import DEFAULT_PHOTOS_PER_USER, Blobs
from bot.storage.database import Database
from bot.storage.erasure import Erasure, Purged
from bot.storage.groups import Groups
from bot.storage.keys import DataKeyError
from bot.storage.ledger import PENDING_TASK_MAX_AGE, Ledger
from bot.storage.payments import Payments
from bot.storage.reservations import Reservation, Reservations
from bot.storage.sessions import Sessions, StaleSession, StoredSession
from bot.storage.users import Users

__all__ = [
    "PENDING_TASK_MAX_AGE",
    "DataKeyError",
    "Purged",
    "Reservation",
    "StaleSession",
    "Storage",
    "StoredSession",
]


class Storage:
    """The bot's database; call :meth:`open` once at start (it checks the data key)."""

    def __init__(
        self,
        path: str | Path,
        *,
        data_key: str | None = None,
        photos_per_user: int | None = DEFAULT_PHOTOS_PER_USER,
    ) -> None:
        self.database = Database(path, data_key)
        self.path = self.database.path
        self.users = Users(self.database)
        self.sessions = Sessions(self.database)
        self.blobs = Blobs(self.database, photos_per_user)
        self.ledger = Ledger(self.database)
        self.groups = Groups(self.database)
        self.erasure = Erasure(self.database)
        self.reservations = Reservations(self.database)
        self.payments = Payments(self.database)

    async def open(self) -> None:
        """Open (create, migrate) the database — :class:`DataKeyError` if the key is wrong —
        and run the retention purge once (expired photos leave at every start)."""
        await self.database.open()
        await self.erasure.purge_expired()

    async def close(self) -> None:
        await self.database.close()
