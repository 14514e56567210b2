"""The SQLite database: one connection on one worker thread, the schema, migrations, the data key.

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

from bot.storage.crypto import (
    BlobCipher,
    DataKeyError,
    key_file_for,
    new_key_text,
    parse_key,
    read_key_file,
    write_key_file,
)

T = TypeVar("T")
logger = logging.getLogger(__name__)

SCHEMA_VERSION = 2
KEY_CHECK = "data_key_check"
#: Tables of earlier versions that nothing reads any more (PTB persistence, deliveries).
DROPPED_TABLES = ("ptb_data", "ptb_conversations", "deliveries")
#: Columns added after a table was first created: (table, column, type). Added at start if missing.
MIGRATIONS: tuple[tuple[str, str, type], ...] = (
    ("tasks", "compliance", str),
    ("tasks", "ref", str),
    ("tasks", "erased", int),
)


def now() -> float:
    return time.time()


def _create_schema(db: sqlite_utils.Database) -> None:
    """Create every table and index if missing (idempotent: safe on every start)."""
    db["meta"].create({"key": str, "value": str}, pk="key", if_not_exists=True)
    db["users"].create(
        {"id": int, "language": str, "first_seen": float, "last_seen": float},
        pk="id",
        if_not_exists=True,
    )
    db["sessions"].create(
        {
            "key": str,
            "user_id": int,
            "chat_id": int,
            "state": str,
            "data": str,
            "version": int,
            "updated_at": float,
        },
        pk="key",
        if_not_exists=True,
    )
    db["tasks"].create(
        {
            "id": int,
            "task_id": str,
            "image_id": str,
            "user_id": int,
            "chat_id": int,
            "group_id": int,
            "purpose": str,
            "params": str,
            "state": int,
            "state_detail": str,
            "credits_expected": int,
            "credits_charged": int,
            "error": str,
            "started_at": float,
            "finished_at": float,
            "duration_ms": int,
        },
        pk="id",
        if_not_exists=True,
    )
    db["groups"].create(
        {"chat_id": int, "title": str, "settings": str, "updated_at": float},
        pk="chat_id",
        if_not_exists=True,
    )
    db["blobs"].create(
        {
            "key": str,
            "user_id": int,
            "kind": str,
            "grp": str,
            "data": bytes,
            "created_at": float,
            "expires_at": float,
        },
        pk="key",
        if_not_exists=True,
    )
    db["erasures"].create({"user_ref": str, "erased_at": float}, pk="user_ref", if_not_exists=True)


def _create_indexes(db: sqlite_utils.Database) -> None:
    db["tasks"].create_index(["user_id", "started_at"], if_not_exists=True)
    db["tasks"].create_index(["group_id", "started_at"], if_not_exists=True)
    db["tasks"].create_index(["task_id"], if_not_exists=True)
    db["tasks"].create_index(["ref"], if_not_exists=True)
    db["sessions"].create_index(["user_id"], if_not_exists=True)
    db["blobs"].create_index(["user_id", "kind", "created_at"], if_not_exists=True)
    db["blobs"].create_index(["expires_at"], if_not_exists=True)


def _migrate(db: sqlite_utils.Database, cipher: BlobCipher) -> None:
    """Bring a database of any earlier version up to :data:`SCHEMA_VERSION`."""
    for table, column, kind in MIGRATIONS:
        if column not in db[table].columns_dict:
            db[table].add_column(column, kind)
    if db["originals"].exists():  # version 1 kept photos in plain bytes: seal them, drop the table
        for row in db.query("SELECT * FROM originals"):
            key = row["key"]
            db.execute(
                "INSERT OR IGNORE INTO blobs "
                "(key, user_id, kind, grp, data, created_at, expires_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    key,
                    row["user_id"],
                    blob_kind(key),
                    blob_group(key),
                    cipher.seal(row["data"], key.encode()),
                    row["created_at"],
                    row["expires_at"],
                ],
            )
        db["originals"].drop()
    for table in DROPPED_TABLES:
        if db[table].exists():
            db[table].drop()
    _create_indexes(db)
    db.execute(
        "INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [str(SCHEMA_VERSION)],
    )


def blob_kind(key: str) -> str:
    """``photo`` (an upload) or ``final`` (a result and its sheet): the key's first part."""
    return key.split(":", 1)[0]


def blob_group(key: str) -> str:
    """The photo a blob belongs to: a final's sheet counts with its final."""
    return key.removesuffix(":sheet")


def meta_value(db: sqlite_utils.Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def set_meta(db: sqlite_utils.Database, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )


def resolve_key(db_path: Path, configured: str | None, check: str | None) -> BlobCipher:
    """The cipher for ``db_path``: ``IDPHOTO_DATA_KEY``, else the key file (made when the
    database holds no encrypted data yet). Raises :class:`DataKeyError` when it cannot open
    what is stored."""
    key_file = key_file_for(db_path)
    if configured:
        cipher, source = BlobCipher(parse_key(configured, "IDPHOTO_DATA_KEY")), "IDPHOTO_DATA_KEY"
    elif key_file.exists():
        cipher, source = BlobCipher(read_key_file(key_file)), f"the key file {key_file}"
    elif check is not None:
        raise DataKeyError(
            f"the database {db_path} holds encrypted photos but IDPHOTO_DATA_KEY is not set and "
            f"{key_file} is missing: restore the key it was written with"
        )
    else:
        write_key_file(key_file, new_key_text())
        logger.info("generated a new data key in %s (mode 0600): back it up", key_file)
        cipher, source = BlobCipher(read_key_file(key_file)), f"the key file {key_file}"
    if check is not None and not cipher.matches(check) and not configured:
        cipher = _finish_rotation(key_file, check) or cipher
    if check is not None and not cipher.matches(check):
        raise DataKeyError(
            f"{source} is not the key the database {db_path} was encrypted with: "
            "start with the original key (or rotate it with `idphoto-bot rotate-key`)"
        )
    return cipher


def _finish_rotation(key_file: Path, check: str) -> BlobCipher | None:
    """A rotation that stopped between its commit and the key file's replacement left the new
    key in ``<key file>.new``: if that is the database's key, finish the replacement."""
    staged = key_file.with_name(key_file.name + ".new")
    if not staged.exists():
        return None
    cipher = BlobCipher(read_key_file(staged))
    if not cipher.matches(check):
        return None
    staged.replace(key_file)
    logger.info("finished an interrupted key rotation: %s replaced by its new key", key_file)
    return cipher


def connect(path: Path) -> sqlite_utils.Database:
    """A connection with the bot's pragmas (WAL, secure_delete) and the schema created."""
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), check_same_thread=False, timeout=30)
    db = sqlite_utils.Database(conn)
    db.enable_wal()
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA secure_delete=ON")
    _create_schema(db)
    return db


def open_database(
    path: Path, configured_key: str | None
) -> tuple[sqlite_utils.Database, BlobCipher]:
    """Open (creating or migrating) the database at ``path`` and check its data key."""
    db = connect(path)
    try:
        with db.conn:
            cipher = resolve_key(path, configured_key, meta_value(db, KEY_CHECK))
            _migrate(db, cipher)
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


def update(
    db: sqlite_utils.Database, table: str, pk: str, key: Any, changes: dict[str, Any]
) -> int:
    assignments = ", ".join(f"[{name}] = ?" for name in changes)
    cursor = db.execute(
        f"UPDATE [{table}] SET {assignments} WHERE [{pk}] = ?", [*changes.values(), key]
    )
    return cursor.rowcount
