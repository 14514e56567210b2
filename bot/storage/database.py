"""The SQLite database: one connection on one worker thread, opened with its data key checked.

All SQLite work runs on one dedicated thread, so the event loop never blocks on the disk and
writes are serialised without extra locking. ``PRAGMA secure_delete`` is on: deleted rows are
overwritten with zeros, and :meth:`Database.checkpoint` empties the WAL after a deletion.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

import sqlite_utils

from bot.storage.crypto import BlobCipher
from bot.storage.keys import resolve_key
from bot.storage.schema import KEY_CHECK, create_schema, meta_value, migrate, set_meta

T = TypeVar("T")
logger = logging.getLogger(__name__)


def now() -> float:
    return time.time()


def connect(path: Path) -> sqlite_utils.Database:
    """A connection with the bot's pragmas (WAL, secure_delete) and the schema created."""
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), check_same_thread=False, timeout=30)
    db = sqlite_utils.Database(conn)
    db.enable_wal()
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA secure_delete=ON")
    create_schema(db)
    return db


def open_database(
    path: Path, configured_key: str | None
) -> tuple[sqlite_utils.Database, BlobCipher]:
    """Open (creating or migrating) the database at ``path`` and check its data key."""
    db = connect(path)
    try:
        with db.conn:
            cipher = resolve_key(path, configured_key, meta_value(db, KEY_CHECK))
            migrate(db, cipher)
            if meta_value(db, KEY_CHECK) is None:
                set_meta(db, KEY_CHECK, cipher.check_value())
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    except BaseException:
        db.close()
        raise
    return db, cipher


def check_data_key(path: Path, configured_key: str | None) -> None:
    """Open and close the database once: :class:`DataKeyError` if its key is wrong or missing
    (the command line runs this before starting, to fail with one line and exit code 2)."""
    db, _ = open_database(path, configured_key)
    db.close()


class Database:
    """The open database and its worker thread; every concern of :mod:`bot.storage` uses it."""

    def __init__(self, path: str | Path, data_key: str | None = None) -> None:
        self.path = Path(path)
        self._data_key = data_key
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sqlite")
        self._db: sqlite_utils.Database | None = None
        self._cipher: BlobCipher | None = None

    @property
    def cipher(self) -> BlobCipher:
        assert self._cipher is not None, "the database is not open"
        return self._cipher

    async def open(self) -> None:
        """Open the database; raises :class:`DataKeyError` if its key is wrong or missing."""
        if self._db is None:
            self._db, self._cipher = await self._on_thread(
                lambda: open_database(self.path, self._data_key)
            )

    async def close(self) -> None:
        if self._db is not None:
            db, self._db = self._db, None
            await self._on_thread(db.close)
        self._executor.shutdown(wait=True)

    async def _on_thread(self, fn: Callable[[], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._executor, fn)

    async def run(self, fn: Callable[[sqlite_utils.Database], T]) -> T:
        """Run ``fn`` on the worker thread, in one transaction."""
        if self._db is None:
            await self.open()
        db = self._db
        assert db is not None

        def call() -> T:
            with db.conn:
                return fn(db)

        return await self._on_thread(call)

    async def checkpoint(self) -> None:
        """Copy the WAL into the database and truncate it, so deleted bytes leave the WAL."""
        await self.run(lambda db: None)  # opens the database if needed
        db = self._db
        assert db is not None
        busy, _, _ = await self._on_thread(
            lambda: db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        )
        if busy:
            logger.warning("the WAL checkpoint was blocked by another reader of %s", self.path)


# Runtime reads and writes go through these few statements rather than sqlite-utils' Table API,
# which asks SQLite for the table list (and columns) on every call: under load that doubled the
# database thread's work. sqlite-utils still creates and migrates the schema.


def rows(
    db: sqlite_utils.Database,
    table: str,
    where: str,
    params: list[Any],
    *,
    select: str = "*",
    order_by: str | None = None,
) -> list[dict[str, Any]]:
    order = f" ORDER BY {order_by}" if order_by else ""
    return list(db.query(f"SELECT {select} FROM [{table}] WHERE {where}{order}", params))


def insert(db: sqlite_utils.Database, table: str, record: dict[str, Any]) -> int:
    columns = ", ".join(f"[{name}]" for name in record)
    marks = ", ".join("?" for _ in record)
    cursor = db.execute(
        f"INSERT INTO [{table}] ({columns}) VALUES ({marks})", list(record.values())
    )
    return int(cursor.lastrowid or 0)


def upsert(db: sqlite_utils.Database, table: str, record: dict[str, Any], pk: str) -> None:
    """Insert ``record``, or update the given columns of the row with the same primary key."""
    columns = ", ".join(f"[{name}]" for name in record)
    marks = ", ".join("?" for _ in record)
    changes = ", ".join(f"[{name}] = excluded.[{name}]" for name in record if name != pk)
    action = f"UPDATE SET {changes}" if changes else "NOTHING"
    db.execute(
        f"INSERT INTO [{table}] ({columns}) VALUES ({marks}) ON CONFLICT ([{pk}]) DO {action}",
        list(record.values()),
    )
