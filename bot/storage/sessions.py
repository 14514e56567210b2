"""Conversation sessions: one row per user, saved with a compare-and-swap on its version."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from bot.storage.database import Database, now, rows


class StaleSession(Exception):
    """A session save lost its compare-and-swap: another writer saved or deleted it first."""


@dataclass(frozen=True)
class StoredSession:
    """A user's conversation as stored: its state name, a JSON-able dict of options, a version."""

    key: str
    user_id: int
    chat_id: int
    state: str
    data: dict[str, Any]
    version: int
    updated_at: float


def _session(row: dict[str, Any]) -> StoredSession:
    return StoredSession(
        key=row["key"],
        user_id=row["user_id"],
        chat_id=row["chat_id"],
        state=row["state"],
        data=json.loads(row["data"]),
        version=row["version"],
        updated_at=row["updated_at"],
    )


class Sessions:
    """Load and save sessions. :meth:`save` is a compare-and-swap: it writes only if the stored
    version is still the one the caller loaded (0: no session), and then stores version + 1."""

    def __init__(self, database: Database) -> None:
        self._db = database

    async def load(self, key: str) -> StoredSession | None:
        found = await self._where("key = ?", [key])
        return found[0] if found else None

    async def save(
        self,
        key: str,
        *,
        user_id: int,
        chat_id: int,
        state: str,
        data: dict[str, Any],
        expected_version: int,
    ) -> bool:
        """Store the session as version ``expected_version + 1``; False (nothing written) when
        the stored version is not ``expected_version`` — another writer saved or deleted it."""
        values = [user_id, chat_id, state, json.dumps(data, sort_keys=True), now()]

        def op(db: sqlite_utils.Database) -> bool:
            if expected_version == 0:
                cursor = db.execute(
                    "INSERT INTO sessions (user_id, chat_id, state, data, updated_at, key, version)"
                    " VALUES (?, ?, ?, ?, ?, ?, 1) ON CONFLICT (key) DO NOTHING",
                    [*values, key],
                )
            else:
                cursor = db.execute(
                    "UPDATE sessions SET user_id = ?, chat_id = ?, state = ?, data = ?, "
                    "updated_at = ?, version = version + 1 WHERE key = ? AND version = ?",
                    [*values, key, expected_version],
                )
            return cursor.rowcount == 1

        return await self._db.run(op)

    async def delete(self, key: str) -> None:
        await self._db.run(lambda db: db.execute("DELETE FROM sessions WHERE key = ?", [key]))

    async def in_states(self, states: tuple[str, ...]) -> list[StoredSession]:
        marks = ",".join("?" for _ in states)
        return await self._where(f"state IN ({marks})", list(states))

    async def idle(self, older_than: float) -> list[StoredSession]:
        return await self._where("updated_at < ?", [older_than])

    async def count(self) -> int:
        """How many conversations are stored (the active-sessions gauge)."""
        return await self._db.run(
            lambda db: db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0]
        )

    async def _where(self, where: str, params: list[Any]) -> list[StoredSession]:
        return await self._db.run(
            lambda db: [_session(row) for row in rows(db, "sessions", where, params)]
        )
