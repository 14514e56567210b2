"""Storage: the SQLite database (through sqlite-utils) — schema, migrations and every query.

All SQLite work runs on one dedicated worker thread, so the event loop never blocks on the disk
and writes are serialised without extra locking. Call :meth:`Storage.open` once at start.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import sqlite_utils

from bot.ledger import PendingTask

T = TypeVar("T")

SCHEMA_VERSION = 1
#: Seconds after which a charged task PicWish never finished is no longer waited for.
PENDING_TASK_MAX_AGE = 600.0


def now() -> float:
    return time.time()


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
    db["deliveries"].create(
        {
            "id": int,
            "user_id": int,
            "chat_id": int,
            "kind": str,
            "file_name": str,
            "size_bytes": int,
            "task_row": int,
            "created_at": float,
        },
        pk="id",
        if_not_exists=True,
    )
    db["groups"].create(
        {"chat_id": int, "title": str, "settings": str, "updated_at": float},
        pk="chat_id",
        if_not_exists=True,
    )
    db["originals"].create(
        {"key": str, "user_id": int, "data": bytes, "created_at": float, "expires_at": float},
        pk="key",
        if_not_exists=True,
    )
    db["ptb_data"].create(
        {"kind": str, "id": int, "data": str}, pk=("kind", "id"), if_not_exists=True
    )
    db["ptb_conversations"].create(
        {"name": str, "key": str, "state": str}, pk=("name", "key"), if_not_exists=True
    )
    _add_missing_columns(db)
    db["tasks"].create_index(["user_id", "started_at"], if_not_exists=True)
    db["tasks"].create_index(["group_id", "started_at"], if_not_exists=True)
    db["tasks"].create_index(["task_id"], if_not_exists=True)
    db["tasks"].create_index(["ref"], if_not_exists=True)
    db["sessions"].create_index(["user_id"], if_not_exists=True)
    db["originals"].create_index(["expires_at"], if_not_exists=True)
    db["meta"].upsert({"key": "schema_version", "value": str(SCHEMA_VERSION)}, pk="key")


#: Columns added after a table was first created: (table, column, type). Added at start if missing.
MIGRATIONS: tuple[tuple[str, str, type], ...] = (
    ("tasks", "compliance", str),
    ("tasks", "ref", str),
)


def _add_missing_columns(db: sqlite_utils.Database) -> None:
    for table, column, kind in MIGRATIONS:
        if column not in db[table].columns_dict:
            db[table].add_column(column, kind)


# Runtime reads and writes go through these few statements rather than sqlite-utils' Table API,
# which asks SQLite for the table list (and columns) on every call: under load that doubled the
# database thread's work. sqlite-utils still creates and migrates the schema.


def _rows(
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


def _insert(db: sqlite_utils.Database, table: str, record: dict[str, Any]) -> int:
    columns = ", ".join(f"[{name}]" for name in record)
    marks = ", ".join("?" for _ in record)
    cursor = db.execute(
        f"INSERT INTO [{table}] ({columns}) VALUES ({marks})", list(record.values())
    )
    return int(cursor.lastrowid or 0)


def _upsert(
    db: sqlite_utils.Database, table: str, record: dict[str, Any], pk: str | tuple[str, ...]
) -> None:
    """Insert ``record``, or update the given columns of the row with the same primary key."""
    keys = (pk,) if isinstance(pk, str) else pk
    columns = ", ".join(f"[{name}]" for name in record)
    marks = ", ".join("?" for _ in record)
    changes = ", ".join(f"[{name}] = excluded.[{name}]" for name in record if name not in keys)
    conflict = ", ".join(f"[{name}]" for name in keys)
    action = f"UPDATE SET {changes}" if changes else "NOTHING"
    db.execute(
        f"INSERT INTO [{table}] ({columns}) VALUES ({marks}) ON CONFLICT ({conflict}) DO {action}",
        list(record.values()),
    )


def _update(
    db: sqlite_utils.Database, table: str, pk: str, key: Any, changes: dict[str, Any]
) -> None:
    assignments = ", ".join(f"[{name}] = ?" for name in changes)
    db.execute(f"UPDATE [{table}] SET {assignments} WHERE [{pk}] = ?", [*changes.values(), key])


class Storage:
    """The bot's database. Every public method is a coroutine run on the storage thread."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sqlite")
        self._db: sqlite_utils.Database | None = None

    # -- lifecycle -------------------------------------------------------------------------
    async def open(self) -> None:
        if self._db is None:
            await self._run_raw(self._open_sync)

    def _open_sync(self) -> None:
        if self.path.parent and not self.path.parent.exists():
            self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(self.path), check_same_thread=False, timeout=30)
        db = sqlite_utils.Database(conn)
        db.enable_wal()
        db.execute("PRAGMA synchronous=NORMAL")
        _create_schema(db)
        self._db = db

    async def close(self) -> None:
        if self._db is not None:
            db, self._db = self._db, None
            await self._run_raw(db.close)
        self._executor.shutdown(wait=True)

    async def _run_raw(self, fn: Callable[[], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._executor, fn)

    async def _run(self, fn: Callable[[sqlite_utils.Database], T]) -> T:
        if self._db is None:
            await self.open()
        db = self._db
        assert db is not None

        def call() -> T:
            with db.conn:  # one transaction per call
                return fn(db)

        return await self._run_raw(call)

    # -- users ------------------------------------------------------------------------------
    async def touch_user(self, user_id: int, language: str | None = None) -> None:
        def op(db: sqlite_utils.Database) -> None:
            t = now()
            existing = _rows(db, "users", "id = ?", [user_id], select="id")
            if existing:
                _update(db, "users", "id", user_id, {"last_seen": t})
            else:
                _insert(
                    db,
                    "users",
                    {"id": user_id, "language": language, "first_seen": t, "last_seen": t},
                )

        await self._run(op)

    async def user_language(self, user_id: int) -> str | None:
        def op(db: sqlite_utils.Database) -> str | None:
            rows = _rows(db, "users", "id = ?", [user_id], select="language")
            return rows[0]["language"] if rows else None

        return await self._run(op)

    async def set_user_language(self, user_id: int, language: str) -> None:
        def op(db: sqlite_utils.Database) -> None:
            t = now()
            _upsert(db, "users", {"id": user_id, "language": language, "last_seen": t}, "id")

        await self._run(op)

    # -- sessions ---------------------------------------------------------------------------
    async def load_session(self, key: str) -> StoredSession | None:
        found = await self._sessions_where("key = ?", [key])
        return found[0] if found else None

    async def _sessions_where(self, where: str, params: list[Any]) -> list[StoredSession]:
        def op(db: sqlite_utils.Database) -> list[StoredSession]:
            return [
                StoredSession(
                    key=r["key"],
                    user_id=r["user_id"],
                    chat_id=r["chat_id"],
                    state=r["state"],
                    data=json.loads(r["data"]),
                    version=r["version"],
                    updated_at=r["updated_at"],
                )
                for r in _rows(db, "sessions", where, params)
            ]

        return await self._run(op)

    async def save_session(
        self,
        key: str,
        *,
        user_id: int,
        chat_id: int,
        state: str,
        data: dict[str, Any],
        version: int,
    ) -> None:
        record = {
            "key": key,
            "user_id": user_id,
            "chat_id": chat_id,
            "state": state,
            "data": json.dumps(data, sort_keys=True),
            "version": version,
            "updated_at": now(),
        }
        await self._run(lambda db: _upsert(db, "sessions", record, "key"))

    async def delete_session(self, key: str) -> None:
        await self._run(lambda db: db.execute("DELETE FROM sessions WHERE key = ?", [key]))

    async def sessions_in_states(self, states: tuple[str, ...]) -> list[StoredSession]:
        marks = ",".join("?" for _ in states)
        return await self._sessions_where(f"state IN ({marks})", list(states))

    async def idle_sessions(self, older_than: float) -> list[StoredSession]:
        return await self._sessions_where("updated_at < ?", [older_than])

    # -- originals (kept so an expired last_id can be replaced by one re-upload) -------------
    async def keep_original(self, key: str, user_id: int, data: bytes, ttl_seconds: float) -> None:
        t = now()
        record = {
            "key": key,
            "user_id": user_id,
            "data": data,
            "created_at": t,
            "expires_at": t + ttl_seconds,
        }
        await self._run(lambda db: _upsert(db, "originals", record, "key"))

    async def original(self, key: str) -> bytes | None:
        def op(db: sqlite_utils.Database) -> bytes | None:
            rows = _rows(db, "originals", "key = ? AND expires_at > ?", [key, now()])
            return rows[0]["data"] if rows else None

        return await self._run(op)

    async def delete_originals(self, user_id: int) -> None:
        """Forget a user's kept photos and finals (their conversation ended)."""
        await self._run(lambda db: db.execute("DELETE FROM originals WHERE user_id = ?", [user_id]))

    async def purge_expired_originals(self) -> int:
        def op(db: sqlite_utils.Database) -> int:
            return db.execute("DELETE FROM originals WHERE expires_at <= ?", [now()]).rowcount

        return await self._run(op)

    # -- ledger (implements bot.picwish.TaskLedger) ----------------------------------------
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
        return await self._run(lambda db: _insert(db, "tasks", record))

    async def task_created(self, row_id: int, task_id: str) -> None:
        await self._run(lambda db: _update(db, "tasks", "id", row_id, {"task_id": task_id}))

    async def pending_task(
        self, ref: str, max_age: float = PENDING_TASK_MAX_AGE
    ) -> PendingTask | None:
        """See ``TaskLedger.pending_task``; a task older than ``max_age`` seconds is not waited
        for any more (PicWish finishes in seconds: one still running after that is stuck)."""

        def op(db: sqlite_utils.Database) -> PendingTask | None:
            rows = _rows(
                db,
                "tasks",
                "ref = ? AND finished_at IS NULL AND task_id IS NOT NULL AND started_at > ?",
                [ref, now() - max_age],
                select="id, task_id, credits_expected",
                order_by="id DESC",
            )
            if not rows:
                return None
            row = rows[0]
            return PendingTask(row["id"], row["task_id"], row["credits_expected"] or 0)

        return await self._run(op)

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
        await self._run(lambda db: _update(db, "tasks", "id", row_id, changes))

    async def ledger_summary(
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
            row = db.execute(sql, params).fetchone()
            return dict(
                zip(("previews", "finals", "credits", "failures", "users"), row, strict=True)
            )

        return await self._run(op)

    async def preview_requests(self, user_id: int, since: float) -> int:
        """Preview requests a user made since ``since`` (whatever their outcome)."""

        def op(db: sqlite_utils.Database) -> int:
            return db.execute(
                "SELECT COUNT(*) FROM tasks WHERE user_id = ? AND purpose = 'preview' "
                "AND started_at >= ?",
                [user_id, since],
            ).fetchone()[0]

        return await self._run(op)

    async def top_groups(self, since: float, limit: int = 5) -> list[tuple[int, str, int, int]]:
        """(group id, title, finals, credits) of the groups that spent most since ``since``."""

        def op(db: sqlite_utils.Database) -> list[tuple[int, str, int, int]]:
            rows = db.execute(
                "SELECT t.group_id, COALESCE(g.title, ''), "
                "SUM(t.purpose = 'final' AND t.state = 1), SUM(t.credits_charged) "
                "FROM tasks t LEFT JOIN groups g ON g.chat_id = t.group_id "
                "WHERE t.group_id IS NOT NULL AND t.started_at >= ? "
                "GROUP BY t.group_id ORDER BY SUM(t.credits_charged) DESC, t.group_id LIMIT ?",
                [since, limit],
            ).fetchall()
            return [tuple(row) for row in rows]

        return await self._run(op)

    async def note_compliance(self, task_id: str, summary: str) -> None:
        """Record what the compliance check measured on a task's result (for the operator)."""
        await self._run(
            lambda db: db.execute(
                "UPDATE tasks SET compliance = ? WHERE task_id = ?", [summary, task_id]
            )
        )

    async def tasks(self, where: str = "1", params: list[Any] | None = None) -> list[dict]:
        def op(db: sqlite_utils.Database) -> list[dict]:
            return _rows(db, "tasks", where, params or [], order_by="id")

        return await self._run(op)

    # -- deliveries ---------------------------------------------------------------------------
    async def record_delivery(
        self,
        *,
        user_id: int,
        chat_id: int,
        kind: str,
        file_name: str,
        size_bytes: int,
        task_row: int | None,
    ) -> None:
        record = {
            "user_id": user_id,
            "chat_id": chat_id,
            "kind": kind,
            "file_name": file_name,
            "size_bytes": size_bytes,
            "task_row": task_row,
            "created_at": now(),
        }
        await self._run(lambda db: _insert(db, "deliveries", record))

    # -- groups -------------------------------------------------------------------------------
    async def group_settings(self, chat_id: int) -> dict[str, Any] | None:
        def op(db: sqlite_utils.Database) -> dict[str, Any] | None:
            rows = _rows(db, "groups", "chat_id = ?", [chat_id])
            return json.loads(rows[0]["settings"]) if rows else None

        return await self._run(op)

    async def save_group_settings(self, chat_id: int, title: str, settings: dict[str, Any]) -> None:
        record = {
            "chat_id": chat_id,
            "title": title,
            "settings": json.dumps(settings, sort_keys=True),
            "updated_at": now(),
        }
        await self._run(lambda db: _upsert(db, "groups", record, "chat_id"))

    # -- privacy ------------------------------------------------------------------------------
    async def delete_user_data(self, user_id: int) -> None:
        """Remove a user's photos, sessions and personal data; anonymise their ledger lines."""

        def op(db: sqlite_utils.Database) -> None:
            db.execute("DELETE FROM originals WHERE user_id = ?", [user_id])
            db.execute("DELETE FROM sessions WHERE user_id = ?", [user_id])
            db.execute("DELETE FROM users WHERE id = ?", [user_id])
            db.execute("DELETE FROM ptb_data WHERE kind = 'user' AND id = ?", [user_id])
            db.execute("DELETE FROM deliveries WHERE user_id = ?", [user_id])
            db.execute(
                "UPDATE tasks SET user_id = NULL, chat_id = NULL, params = '{}' WHERE user_id = ?",
                [user_id],
            )

        await self._run(op)

    # -- python-telegram-bot persistence ------------------------------------------------------
    async def ptb_load(self, kind: str) -> dict[int, Any]:
        def op(db: sqlite_utils.Database) -> dict[int, Any]:
            return {
                r["id"]: json.loads(r["data"]) for r in _rows(db, "ptb_data", "kind = ?", [kind])
            }

        return await self._run(op)

    async def ptb_save(self, kind: str, item_id: int, data: Any) -> None:
        record = {"kind": kind, "id": item_id, "data": json.dumps(data, sort_keys=True)}
        await self._run(lambda db: _upsert(db, "ptb_data", record, ("kind", "id")))

    async def ptb_drop(self, kind: str, item_id: int) -> None:
        await self._run(
            lambda db: db.execute("DELETE FROM ptb_data WHERE kind = ? AND id = ?", [kind, item_id])
        )

    async def ptb_conversations(self, name: str) -> dict[tuple, object]:
        def op(db: sqlite_utils.Database) -> dict[tuple, object]:
            return {
                tuple(json.loads(r["key"])): json.loads(r["state"])
                for r in _rows(db, "ptb_conversations", "name = ?", [name])
            }

        return await self._run(op)

    async def ptb_save_conversation(self, name: str, key: tuple, state: object | None) -> None:
        key_json = json.dumps(list(key))

        def op(db: sqlite_utils.Database) -> None:
            if state is None:
                db.execute(
                    "DELETE FROM ptb_conversations WHERE name = ? AND key = ?", [name, key_json]
                )
            else:
                record = {"name": name, "key": key_json, "state": json.dumps(state)}
                _upsert(db, "ptb_conversations", record, ("name", "key"))

        await self._run(op)
