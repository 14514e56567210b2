"""Group chats' settings (spec, background, quotas, budget) as set by their administrators."""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from bot.storage.database import Database, now, rows, upsert


def read_settings(db: sqlite_utils.Database, chat_id: int) -> dict[str, Any] | None:
    """A group's settings, on the database thread (inside the caller's transaction)."""
    found = rows(db, "groups", "chat_id = ?", [chat_id], select="settings")
    return json.loads(found[0]["settings"]) if found else None


class Groups:
    def __init__(self, database: Database) -> None:
        self._db = database

    async def settings(self, chat_id: int) -> dict[str, Any] | None:
        return await self._db.run(lambda db: read_settings(db, chat_id))

    async def all_settings(self) -> dict[int, dict[str, Any]]:
        """Every group's settings (read once at start, e.g. which groups sponsor finals)."""

        def op(db: sqlite_utils.Database) -> dict[int, dict[str, Any]]:
            found = db.execute("SELECT chat_id, settings FROM groups").fetchall()
            return {chat_id: json.loads(settings or "{}") for chat_id, settings in found}

        return await self._db.run(op)

    async def save(self, chat_id: int, title: str, settings: dict[str, Any]) -> None:
        record = {
            "chat_id": chat_id,
            "title": title,
            "settings": json.dumps(settings, sort_keys=True),
            "updated_at": now(),
        }
        await self._db.run(lambda db: upsert(db, "groups", record, "chat_id"))
