"""Final reservations (table ``reservations``): credits and a final held while a final is made.

A final is *reserved* (one row keyed by the final's ``ref``) when it is confirmed, *settled*
with what PicWish charged once it is made, or *released* when it fails uncharged. Limits count
what the ledger charged plus what open reservations hold, so finals confirmed in the same
instant cannot overspend a budget. :meth:`Reservations.reserve` runs the caller's check and the
insert in one ``BEGIN IMMEDIATE`` transaction on the database thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

import sqlite_utils

from bot.storage.database import Database, now
from bot.storage.groups import read_settings

Status = Literal["reserved", "settled", "released"]
Decision = TypeVar("Decision")

#: Seconds after which an open reservation no longer holds room (its final was lost, e.g. the
#: bot was killed and the session deleted): PicWish finishes in seconds, a payment in minutes.
RESERVATION_MAX_AGE = 3600.0

_COLUMNS = "ref, user_id, group_id, price, status, credits_charged, created_at, finished_at"


@dataclass(frozen=True)
class Reservation:
    """One final's reservation; ``new`` is False when the ref was already reserved or settled."""

    ref: str
    user_id: int
    group_id: int | None
    price: int
    status: Status
    credits_charged: int
    created_at: float
    finished_at: float | None = None
    new: bool = False


def _reservation(row: tuple, *, new: bool = False) -> Reservation:
    return Reservation(*row, new=new)


def find(db: sqlite_utils.Database, ref: str) -> Reservation | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM reservations WHERE ref = ?", [ref]).fetchone()
    return _reservation(row) if row else None


@dataclass(frozen=True)
class Usage:
    """Reads what is used, on the database thread inside the caller's transaction.

    A final counts once per ref: an open (reserved, not yet expired) or settled reservation, or
    a successful ledger final with no reservation (made before reservations existed). Credits are
    the ledger's charges plus what open reservations hold beyond what their ref already charged
    (and a settled reservation's charge the ledger does not show)."""

    db: sqlite_utils.Database
    at: float
    max_age: float = RESERVATION_MAX_AGE

    def group_settings(self, chat_id: int) -> dict[str, Any] | None:
        return read_settings(self.db, chat_id)

    def credits(self, since: float, *, group_id: int | None = None) -> int:
        where, params = self._where("t.", since, None, group_id)
        charged = self.db.execute(
            f"SELECT COALESCE(SUM(t.credits_charged), 0) FROM tasks t WHERE {where}", params
        ).fetchone()[0]
        where, params = self._where("r.", since, None, group_id)
        held = self.db.execute(
            "SELECT COALESCE(SUM(MAX(CASE r.status WHEN 'reserved' THEN r.price "
            "ELSE r.credits_charged END - COALESCE((SELECT SUM(t.credits_charged) FROM tasks t "
            "WHERE t.ref = r.ref), 0), 0)), 0) "
            f"FROM reservations r WHERE {where} AND {self._counted('r.')}",
            [*params, self.at - self.max_age],
        ).fetchone()[0]
        return int(charged) + int(held)

    def finals(
        self,
        since: float,
        *,
        user_id: int | None = None,
        group_id: int | None = None,
        own_only: bool = False,
    ) -> int:
        """Finals made or being made since ``since``; ``own_only``: outside any group."""
        where, params = self._where("r.", since, user_id, group_id)
        extra = " AND r.group_id IS NULL" if own_only else ""
        reserved = self.db.execute(
            f"SELECT COUNT(*) FROM reservations r WHERE {where}{extra} AND {self._counted('r.')}",
            [*params, self.at - self.max_age],
        ).fetchone()[0]
        where, params = self._where("t.", since, user_id, group_id)
        extra = " AND t.group_id IS NULL" if own_only else ""
        legacy = self.db.execute(
            "SELECT COUNT(DISTINCT COALESCE(t.ref, 'id:' || t.id)) FROM tasks t "
            f"WHERE {where}{extra} AND t.purpose = 'final' AND t.state = 1 AND (t.ref IS NULL "
            "OR NOT EXISTS (SELECT 1 FROM reservations r WHERE r.ref = t.ref))",
            params,
        ).fetchone()[0]
        return int(reserved) + int(legacy)

    @staticmethod
    def _counted(alias: str) -> str:
        """Settled, or reserved and not expired (the parameter: the oldest open one counted)."""
        return (
            f"({alias}status = 'settled' OR ({alias}status = 'reserved' AND {alias}created_at > ?))"
        )

    @staticmethod
    def _where(
        alias: str, since: float, user_id: int | None, group_id: int | None
    ) -> tuple[str, list[object]]:
        column = "started_at" if alias == "t." else "created_at"
        where, params = [f"{alias}{column} >= ?"], [since]
        if user_id is not None:
            where.append(f"{alias}user_id = ?")
            params.append(user_id)
        if group_id is not None:
            where.append(f"{alias}group_id = ?")
            params.append(group_id)
        return " AND ".join(where), params


class Reservations:
    def __init__(self, database: Database, max_age: float = RESERVATION_MAX_AGE) -> None:
        self._db = database
        self.max_age = max_age

    async def reserve(
        self,
        *,
        ref: str,
        user_id: int,
        group_id: int | None,
        price: int,
        check: Callable[[Usage, float], Decision | None],
    ) -> Reservation | Decision:
        """Reserve ``ref`` unless ``check(usage, now)`` gives a reason not to (returned as is).

        The same ref again returns its reserved or settled reservation (``new=False``) without a
        check; a released one is checked and reserved again. Check and insert are one
        ``BEGIN IMMEDIATE`` transaction, so concurrent reservations see each other."""

        def op(db: sqlite_utils.Database) -> Reservation | Decision:
            db.execute("BEGIN IMMEDIATE")
            existing = find(db, ref)
            if existing is not None and existing.status != "released":
                return existing
            at = now()
            reason = check(Usage(db, at, self.max_age), at)
            if reason is not None:
                return reason
            db.execute(
                f"INSERT INTO reservations ({_COLUMNS}) "
                "VALUES (?, ?, ?, ?, 'reserved', 0, ?, NULL) "
                "ON CONFLICT (ref) DO UPDATE SET user_id = excluded.user_id, "
                "group_id = excluded.group_id, price = excluded.price, status = 'reserved', "
                "credits_charged = 0, created_at = excluded.created_at, finished_at = NULL",
                [ref, user_id, group_id, price, at],
            )
            return Reservation(ref, user_id, group_id, price, "reserved", 0, at, None, new=True)

        return await self._db.run(op)

    async def check(
        self, check: Callable[[Usage, float], Decision | None], ref: str | None = None
    ) -> Decision | None:
        """Run ``check`` alone (a dry run: nothing is reserved). A ``ref`` already reserved or
        settled passes: asking again for that final reserves (and pays) nothing more."""

        def op(db: sqlite_utils.Database) -> Decision | None:
            existing = find(db, ref) if ref is not None else None
            if existing is not None and existing.status != "released":
                return None
            at = now()
            return check(Usage(db, at, self.max_age), at)

        return await self._db.run(op)

    async def settle(self, ref: str, credits_charged: int) -> bool:
        """The final was made and PicWish charged ``credits_charged``: the reservation becomes a
        charge (whatever its state: a charge found late still counts). False if ``ref`` is
        unknown (a final confirmed before reservations existed: the ledger counts it)."""

        def op(db: sqlite_utils.Database) -> bool:
            cursor = db.execute(
                "UPDATE reservations SET status = 'settled', credits_charged = ?, "
                "finished_at = ? WHERE ref = ?",
                [credits_charged, now(), ref],
            )
            return cursor.rowcount > 0

        return await self._db.run(op)

    async def release(self, ref: str) -> bool:
        """The final failed uncharged: free its room. A settled reservation stays settled (a
        charge is never given back by a late failure); False when nothing was released."""

        def op(db: sqlite_utils.Database) -> bool:
            cursor = db.execute(
                "UPDATE reservations SET status = 'released', finished_at = ? "
                "WHERE ref = ? AND status = 'reserved'",
                [now(), ref],
            )
            return cursor.rowcount > 0

        return await self._db.run(op)

    async def get(self, ref: str) -> Reservation | None:
        return await self._db.run(lambda db: find(db, ref))
