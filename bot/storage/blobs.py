"""Kept images (uploaded originals, finals and their sheets): the only place image bytes are
stored or read. Every blob is sealed with AES-GCM (see :mod:`bot.storage.crypto`), kept only
until it expires, and at most ``photos_per_user`` uploads (and finals) per user are kept."""

from __future__ import annotations

import sqlite_utils

from bot.storage.database import Database, now, rows
from bot.storage.erasure import erased_since
from bot.storage.schema import blob_group, blob_kind

DEFAULT_PHOTOS_PER_USER = 3


def _drop_beyond_limit(db: sqlite_utils.Database, user_id: int, kind: str, limit: int) -> None:
    """Keep the user's ``limit`` newest photos of ``kind``; an older upload goes with the
    sessions that were built on it."""
    old = [
        row["grp"]
        for row in db.query(
            "SELECT grp FROM blobs WHERE user_id = ? AND kind = ? GROUP BY grp "
            "ORDER BY MAX(created_at) DESC, MAX(rowid) DESC LIMIT -1 OFFSET ?",
            [user_id, kind, limit],
        )
    ]
    if not old:
        return
    marks = ",".join("?" for _ in old)
    db.execute(f"DELETE FROM blobs WHERE user_id = ? AND grp IN ({marks})", [user_id, *old])
    if kind == "photo":
        db.execute(
            "DELETE FROM sessions WHERE user_id = ? AND "
            f"json_extract(data, '$.photo.original_key') IN ({marks})",
            [user_id, *old],
        )


class Blobs:
    def __init__(
        self, database: Database, photos_per_user: int | None = DEFAULT_PHOTOS_PER_USER
    ) -> None:
        self._db = database
        self.photos_per_user = photos_per_user

    async def keep(
        self,
        key: str,
        user_id: int,
        data: bytes,
        ttl_seconds: float,
        *,
        since: float | None = None,
    ) -> bool:
        """Seal and keep ``data`` under ``key`` for ``ttl_seconds``. With ``since`` (when the
        job that made it started), nothing is kept — False — if the user deleted their data
        after that moment: a job finishing late cannot bring their photos back."""
        limit = self.photos_per_user

        def op(db: sqlite_utils.Database) -> bool:
            if since is not None and erased_since(db, user_id, since):
                return False
            t = now()
            db.execute(
                "INSERT INTO blobs (key, user_id, kind, grp, data, created_at, expires_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
                "user_id = excluded.user_id, data = excluded.data, "
                "created_at = excluded.created_at, expires_at = excluded.expires_at",
                [
                    key,
                    user_id,
                    blob_kind(key),
                    blob_group(key),
                    self._db.cipher.seal(data, key.encode()),  # on the database thread
                    t,
                    t + ttl_seconds,
                ],
            )
            if limit is not None:
                _drop_beyond_limit(db, user_id, blob_kind(key), limit)
            return True

        return await self._db.run(op)

    async def get(self, key: str) -> bytes | None:
        """The kept bytes under ``key``, or None when missing or expired."""

        def op(db: sqlite_utils.Database) -> bytes | None:
            found = rows(db, "blobs", "key = ? AND expires_at > ?", [key, now()], select="data")
            return self._db.cipher.open(found[0]["data"], key.encode()) if found else None

        return await self._db.run(op)

    async def delete_user(self, user_id: int) -> int:
        """Forget a user's kept photos and finals (their conversation ended)."""
        return await self._db.run(
            lambda db: db.execute("DELETE FROM blobs WHERE user_id = ?", [user_id]).rowcount
        )
