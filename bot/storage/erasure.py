"""Deletion that deletes: a user's erasure, the retention purge, and the "erased at" markers.

Rows are deleted with ``PRAGMA secure_delete`` on (zeroed in place) and the WAL is checkpointed
and truncated afterwards, so no deleted byte survives in the database files. A marker (a keyed
hash of the user id, never the id) remembers for a day that a user erased their data, so a job
that started before cannot store their photos again (see :meth:`bot.storage.blobs.Blobs.keep`).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

import sqlite_utils

from bot.storage.database import Database, now
from bot.storage.schema import meta_value, set_meta

#: How long an erasure marker is kept: far longer than any job runs (PicWish: minutes).
MARKER_SECONDS = 24 * 3600.0
SALT = "erasure_salt"
ERASED_WHILE_RUNNING = "user data erased while the task was running"


def _user_ref(db: sqlite_utils.Database, user_id: int) -> str:
    salt = meta_value(db, SALT)
    if salt is None:
        salt = secrets.token_hex(32)
        set_meta(db, SALT, salt)
    return hmac.new(bytes.fromhex(salt), str(user_id).encode(), hashlib.sha256).hexdigest()


def erased_since(db: sqlite_utils.Database, user_id: int, since: float) -> bool:
    """Whether ``user_id`` erased their data at or after ``since``."""
    row = db.execute(
        "SELECT erased_at FROM erasures WHERE user_ref = ?", [_user_ref(db, user_id)]
    ).fetchone()
    return row is not None and row[0] >= since


def _erase(db: sqlite_utils.Database, user_id: int) -> None:
    db.execute("DELETE FROM blobs WHERE user_id = ?", [user_id])
    db.execute("DELETE FROM sessions WHERE user_id = ?", [user_id])
    db.execute("DELETE FROM users WHERE id = ?", [user_id])
    # Their ledger lines (below) keep what was charged, anonymously: that is what limits count.
    db.execute("DELETE FROM reservations WHERE user_id = ?", [user_id])
    # A charged final PicWish is still making stays charged in the ledger, anonymously.
    db.execute(
        "UPDATE tasks SET credits_charged = credits_expected, state_detail = ? "
        "WHERE user_id = ? AND finished_at IS NULL AND task_id IS NOT NULL",
        [ERASED_WHILE_RUNNING, user_id],
    )
    db.execute(
        "UPDATE tasks SET user_id = NULL, chat_id = NULL, params = '{}', task_id = NULL, "
        "image_id = NULL, ref = NULL, compliance = NULL, erased = 1 WHERE user_id = ?",
        [user_id],
    )
    db.execute(
        "INSERT INTO erasures (user_ref, erased_at) VALUES (?, ?) "
        "ON CONFLICT (user_ref) DO UPDATE SET erased_at = excluded.erased_at",
        [_user_ref(db, user_id), now()],
    )


@dataclass(frozen=True)
class Purged:
    """What a retention purge deleted."""

    blobs: int
    markers: int


def _purge(db: sqlite_utils.Database) -> Purged:
    t = now()
    blobs = db.execute("DELETE FROM blobs WHERE expires_at <= ?", [t]).rowcount
    markers = db.execute("DELETE FROM erasures WHERE erased_at <= ?", [t - MARKER_SECONDS]).rowcount
    return Purged(blobs, markers)


class Erasure:
    def __init__(self, database: Database) -> None:
        self._db = database

    async def erase_user(self, user_id: int) -> None:
        """Remove every row that can identify ``user_id`` (photos, sessions, user row),
        anonymise their ledger lines (PicWish ids dropped), then checkpoint the WAL."""
        await self._db.run(lambda db: _erase(db, user_id))
        await self._db.checkpoint()

    async def erased_since(self, user_id: int, since: float) -> bool:
        """Whether the user erased their data at or after ``since`` (a job's start time)."""
        return await self._db.run(lambda db: erased_since(db, user_id, since))

    async def purge_expired(self) -> Purged:
        """The retention purge (at start and periodically): expired photos and finals, old
        erasure markers; then checkpoint the WAL."""
        purged = await self._db.run(_purge)
        await self._db.checkpoint()
        return purged
