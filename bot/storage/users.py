"""Users: when the bot first and last saw them, and the language they chose with /language."""

from __future__ import annotations

import sqlite_utils

from bot.storage.database import Database, now


class Users:
    """The ``language`` column holds only an explicit /language choice; without one the bot
    follows the language Telegram reports on each update."""

    def __init__(self, database: Database) -> None:
        self._db = database

    async def touch(self, user_id: int) -> None:
        """Note that the user was seen now (first seen, if new)."""
        t = now()
        await self._db.run(
            lambda db: db.execute(
                "INSERT INTO users (id, first_seen, last_seen) VALUES (?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET last_seen = excluded.last_seen",
                [user_id, t, t],
            )
        )

    async def language(self, user_id: int) -> str | None:
        """The language the user chose with /language, or None."""

        def op(db: sqlite_utils.Database) -> str | None:
            row = db.execute("SELECT language FROM users WHERE id = ?", [user_id]).fetchone()
            return row[0] if row else None

        return await self._db.run(op)

    async def set_language(self, user_id: int, language: str) -> None:
        t = now()
        await self._db.run(
            lambda db: db.execute(
                "INSERT INTO users (id, language, first_seen, last_seen) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET language = excluded.language, "
                "last_seen = excluded.last_seen",
                [user_id, language, t, t],
            )
        )
