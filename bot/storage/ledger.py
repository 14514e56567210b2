"""The task ledger (table ``tasks``): every preview and final a backend made, what it cost.

Implements :class:`bot.ledger.TaskLedger`. A line whose user deleted their data is
``erased``: it keeps what it cost, never who it was for nor PicWish's task and image ids.
"""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from bot.ledger import CANCELLED, PendingTask
from bot.storage.database import Database, insert, now, rows

#: Seconds after which a charged task PicWish never finished is no longer waited for.
PENDING_TASK_MAX_AGE = 600.0
#: Seconds during which a charged task whose output could not be fetched is fetched again
#: (rather than paid for again) when its final is asked for.
UNFETCHED_TASK_MAX_AGE = 24 * 3600.0
SUMMARY_FIELDS = ("previews", "finals", "credits", "failures", "users")


def _set_on_row(db: sqlite_utils.Database, row_id: int, changes: dict[str, Any]) -> None:
    """Update a ledger line; on an erased line PicWish's ids are dropped, not stored."""
    erased = db.execute("SELECT erased FROM tasks WHERE id = ?", [row_id]).fetchone()
    if erased and erased[0]:
        changes = {**changes, **{k: None for k in ("task_id", "image_id") if k in changes}}
    assignments = ", ".join(f"[{name}] = ?" for name in changes)
    db.execute(f"UPDATE tasks SET {assignments} WHERE id = ?", [*changes.values(), row_id])


class Ledger:
    def __init__(self, database: Database) -> None:
        self._db = database

    async def task_started(self, *, params: dict[str, object], credits: int, context) -> int:
        record = {
            "params": json.dumps(params, sort_keys=True, default=str),
            "credits_expected": credits,
            "credits_charged": 0,
            "user_id": getattr(context, "user_id", None),
            "chat_id": getattr(context, "chat_id", None),
            "group_id": getattr(context, "group_id", None),
            "purpose": getattr(context, "purpose", None),
            "ref": getattr(context, "ref", None),
            "started_at": now(),
        }
        return await self._db.run(lambda db: insert(db, "tasks", record))

    async def task_created(self, row_id: int, task_id: str) -> None:
        await self._db.run(lambda db: _set_on_row(db, row_id, {"task_id": task_id}))

    async def pending_task(
        self, ref: str, max_age: float = PENDING_TASK_MAX_AGE
    ) -> PendingTask | None:
        """See ``TaskLedger.pending_task``; a task older than ``max_age`` seconds is not waited
        for any more (PicWish finishes in seconds: one still running after that is stuck). A
        task that succeeded (charged) but whose output was lost is pending too, for a day: its
        output is fetched again instead of paying for another task."""

        def op(db: sqlite_utils.Database) -> PendingTask | None:
            found = rows(
                db,
                "tasks",
                "ref = ? AND task_id IS NOT NULL AND ((finished_at IS NULL AND started_at > ?) "
                "OR (state = 1 AND error IS NOT NULL AND credits_charged > 0 AND started_at > ?))",
                [ref, now() - max_age, now() - UNFETCHED_TASK_MAX_AGE],
                select="id, task_id, credits_expected",
                order_by="id DESC",
            )
            if not found:
                return None
            row = found[0]
            return PendingTask(row["id"], row["task_id"], row["credits_expected"] or 0)

        return await self._db.run(op)

    async def task_finished(
        self,
        row_id: int,
        *,
        task_id: str | None,
        image_id: str | None,
        state: int | None,
        state_detail: str | None,
        duration_ms: int,
        credits_charged: int,
        error: str | None,
    ) -> None:
        changes = {
            "task_id": task_id,
            "image_id": image_id,
            "state": state,
            "state_detail": state_detail,
            "duration_ms": duration_ms,
            "credits_charged": credits_charged,
            "error": error,
            "finished_at": now(),
        }
        await self._db.run(lambda db: _set_on_row(db, row_id, changes))

    async def summary(
        self, since: float, *, user_id: int | None = None, group_id: int | None = None
    ) -> dict[str, int]:
        """Counts since ``since``: previews and finals made, credits charged, failures, users."""
        where, params = ["started_at >= ?"], [since]
        if user_id is not None:
            where.append("user_id = ?")
            params.append(user_id)
        if group_id is not None:
            where.append("group_id = ?")
            params.append(group_id)
        sql = (
            "SELECT "
            "COALESCE(SUM(purpose = 'preview' AND state = 1), 0) AS previews, "
            "COALESCE(SUM(purpose = 'final' AND state = 1), 0) AS finals, "
            "COALESCE(SUM(credits_charged), 0) AS credits, "
            "COALESCE(SUM(state IS NULL OR state != 1), 0) AS failures, "
            "COUNT(DISTINCT user_id) AS users "
            f"FROM tasks WHERE {' AND '.join(where)}"
        )

        def op(db: sqlite_utils.Database) -> dict[str, int]:
            return dict(zip(SUMMARY_FIELDS, db.execute(sql, params).fetchone(), strict=True))

        return await self._db.run(op)

    async def preview_requests(self, user_id: int, since: float) -> int:
        """Preview requests a user made since ``since`` (whatever their outcome), except those
        cancelled because newer options superseded them (or the bot stopped)."""

        def op(db: sqlite_utils.Database) -> int:
            return db.execute(
                "SELECT COUNT(*) FROM tasks WHERE user_id = ? AND purpose = 'preview' "
                "AND started_at >= ? AND (error IS NULL OR error != ?)",
                [user_id, since, CANCELLED],
            ).fetchone()[0]

        return await self._db.run(op)

    async def top_groups(self, since: float, limit: int = 5) -> list[tuple[int, str, int, int]]:
        """(group id, title, finals, credits) of the groups that spent most since ``since``."""

        def op(db: sqlite_utils.Database) -> list[tuple[int, str, int, int]]:
            found = db.execute(
                "SELECT t.group_id, COALESCE(g.title, ''), "
                "SUM(t.purpose = 'final' AND t.state = 1), SUM(t.credits_charged) "
                "FROM tasks t LEFT JOIN groups g ON g.chat_id = t.group_id "
                "WHERE t.group_id IS NOT NULL AND t.started_at >= ? "
                "GROUP BY t.group_id ORDER BY SUM(t.credits_charged) DESC, t.group_id LIMIT ?",
                [since, limit],
            ).fetchall()
            return [tuple(row) for row in found]

        return await self._db.run(op)

    async def note_compliance(self, task_id: str, summary: str) -> None:
        """Record what the compliance check measured on a task's result (for the operator)."""
        await self._db.run(
            lambda db: db.execute(
                "UPDATE tasks SET compliance = ? WHERE task_id = ?", [summary, task_id]
            )
        )

    async def lines(self, where: str = "1", params: list[Any] | None = None) -> list[dict]:
        """Ledger lines as dicts, oldest first (for the operator and tests)."""
        return await self._db.run(lambda db: rows(db, "tasks", where, params or [], order_by="id"))
