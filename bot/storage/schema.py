"""The schema (created and migrated through sqlite-utils) and the ``meta`` table's values."""

from __future__ import annotations

import sqlite_utils

from bot.storage.crypto import BlobCipher

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


def create_schema(db: sqlite_utils.Database) -> None:
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
    db["reservations"].create(
        {
            "ref": str,
            "user_id": int,
            "group_id": int,
            "price": int,
            "status": str,
            "credits_charged": int,
            "created_at": float,
            "finished_at": float,
        },
        pk="ref",
        if_not_exists=True,
    )
    db["payments"].create(PAYMENT_COLUMNS, pk="charge_id", if_not_exists=True)


#: Telegram Stars payments (issue 15), see :mod:`bot.storage.payments`.
PAYMENT_COLUMNS: dict[str, type] = {
    "charge_id": str,  # telegram_payment_charge_id: unique, needed to refund
    "provider_charge_id": str,
    "user_id": int,
    "chat_id": int,
    "session_id": str,
    "options_version": int,
    "final_ref": str,
    "amount": int,
    "currency": str,
    "state": str,
    "paid_at": float,
    "updated_at": float,
    "refunded_at": float,
    "refund_reason": str,
}


def _create_indexes(db: sqlite_utils.Database) -> None:
    db["payments"].create_index(["final_ref"], if_not_exists=True)
    db["payments"].create_index(["state"], if_not_exists=True)
    db["payments"].create_index(["user_id", "paid_at"], if_not_exists=True)
    db["tasks"].create_index(["user_id", "started_at"], if_not_exists=True)
    db["tasks"].create_index(["group_id", "started_at"], if_not_exists=True)
    db["tasks"].create_index(["task_id"], if_not_exists=True)
    db["tasks"].create_index(["ref"], if_not_exists=True)
    db["sessions"].create_index(["user_id"], if_not_exists=True)
    db["reservations"].create_index(["group_id", "created_at"], if_not_exists=True)
    db["reservations"].create_index(["user_id", "created_at"], if_not_exists=True)
    db["reservations"].create_index(["created_at"], if_not_exists=True)
    db["blobs"].create_index(["user_id", "kind", "created_at"], if_not_exists=True)
    db["blobs"].create_index(["expires_at"], if_not_exists=True)


def migrate(db: sqlite_utils.Database, cipher: BlobCipher) -> None:
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
