"""Telegram Stars payments (table ``payments``): one row per ``telegram_payment_charge_id``,
written before anything else happens, moved through its states by compare-and-set.

States: ``paid`` (recorded, nothing done yet) → ``delivering`` (one worker makes the final)
→ ``delivered``; or → ``refund_pending`` → ``refunded``. ``paid``/``delivering``/
``refund_pending`` rows are unfinished: the next start makes their final once, or refunds them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

import sqlite_utils

from bot.storage.database import Database, now, rows

PaymentState = Literal["paid", "delivering", "delivered", "refund_pending", "refunded"]
#: Rows whose buyer has neither their final nor their Stars back yet.
UNFINISHED: tuple[PaymentState, ...] = ("paid", "delivering", "refund_pending")
#: Payments that hold a final (one being made, made, or about to be made).
HOLDING: tuple[PaymentState, ...] = ("paid", "delivering", "delivered")
#: Every allowed move; anything else is refused (returns False), so no row goes backwards.
TRANSITIONS: dict[PaymentState, tuple[PaymentState, ...]] = {
    "paid": ("delivering", "refund_pending"),
    "delivering": ("delivered", "refund_pending", "paid"),
    "delivered": ("refund_pending",),  # only by an operator's /ops refund
    "refund_pending": ("refunded",),
    "refunded": (),
}


@dataclass(frozen=True)
class NewPayment:
    """What a ``successful_payment`` says, plus which final it pays for."""

    charge_id: str
    provider_charge_id: str | None
    user_id: int
    chat_id: int
    session_id: str
    options_version: int
    final_ref: str
    amount: int
    currency: str = "XTR"


@dataclass(frozen=True)
class PaymentRecord:
    charge_id: str
    user_id: int
    chat_id: int
    session_id: str
    options_version: int
    final_ref: str
    amount: int
    currency: str
    state: PaymentState
    paid_at: float
    updated_at: float
    refunded_at: float | None
    refund_reason: str | None


@dataclass(frozen=True)
class StarsTotals:
    """Stars received and refunded in one period (a day ``2026-12-02`` or a month ``2026-12``)."""

    period: str
    received: int
    refunded: int

    @property
    def net(self) -> int:
        return self.received - self.refunded


def _record(row: dict[str, Any]) -> PaymentRecord:
    fields = PaymentRecord.__dataclass_fields__
    return PaymentRecord(**{name: row[name] for name in fields})


def _marks(values: Iterable[Any]) -> str:
    return ",".join("?" for _ in values)


_TOTALS_SQL = """
SELECT period, SUM(received), SUM(refunded) FROM (
    SELECT strftime(:fmt, paid_at, 'unixepoch') AS period, amount AS received, 0 AS refunded
    FROM payments WHERE paid_at >= :since
    UNION ALL
    SELECT strftime(:fmt, refunded_at, 'unixepoch'), 0, amount
    FROM payments WHERE state = 'refunded' AND refunded_at >= :since
) GROUP BY period ORDER BY period DESC
"""


class Payments:
    def __init__(self, database: Database) -> None:
        self._db = database

    async def record(self, payment: NewPayment) -> bool:
        """Store a new payment as ``paid``; False (nothing written) when this charge id was
        already recorded — a duplicate ``successful_payment``."""
        moment = now()
        record = {
            "charge_id": payment.charge_id,
            "provider_charge_id": payment.provider_charge_id,
            "user_id": payment.user_id,
            "chat_id": payment.chat_id,
            "session_id": payment.session_id,
            "options_version": payment.options_version,
            "final_ref": payment.final_ref,
            "amount": payment.amount,
            "currency": payment.currency,
            "state": "paid",
            "paid_at": moment,
            "updated_at": moment,
        }
        columns = ", ".join(record)

        def op(db: sqlite_utils.Database) -> bool:
            cursor = db.execute(
                f"INSERT INTO payments ({columns}) VALUES ({_marks(record)}) "
                "ON CONFLICT (charge_id) DO NOTHING",
                list(record.values()),
            )
            return cursor.rowcount == 1

        return await self._db.run(op)

    async def move(
        self,
        charge_id: str,
        to: PaymentState,
        *,
        reason: str | None = None,
        only_from: tuple[PaymentState, ...] | None = None,
    ) -> bool:
        """Move a payment to ``to`` if :data:`TRANSITIONS` allows it from its current state (and
        that state is in ``only_from``, when given); False when it does not (another worker got
        there first, or the move is not allowed)."""
        allowed = [
            state
            for state, targets in TRANSITIONS.items()
            if to in targets and (only_from is None or state in only_from)
        ]
        extra = {"refunded_at": now()} if to == "refunded" else {}
        if reason is not None:
            extra["refund_reason"] = reason
        changes = {"state": to, "updated_at": now(), **extra}
        assignments = ", ".join(f"{name} = ?" for name in changes)

        def op(db: sqlite_utils.Database) -> bool:
            cursor = db.execute(
                f"UPDATE payments SET {assignments} "
                f"WHERE charge_id = ? AND state IN ({_marks(allowed)})",
                [*changes.values(), charge_id, *allowed],
            )
            return cursor.rowcount == 1

        return await self._db.run(op)

    async def get(self, charge_id: str) -> PaymentRecord | None:
        found = await self._where("charge_id = ?", [charge_id])
        return found[0] if found else None

    async def holding(self, final_ref: str) -> PaymentRecord | None:
        """The payment that holds the final ``final_ref`` (paid, being made or delivered)."""
        found = await self._where(
            f"final_ref = ? AND state IN ({_marks(HOLDING)})", [final_ref, *HOLDING]
        )
        return found[0] if found else None

    async def unfinished(self) -> list[PaymentRecord]:
        """Paid but neither delivered nor refunded: what a restart must finish."""
        return await self._where(f"state IN ({_marks(UNFINISHED)})", list(UNFINISHED))

    async def of_user(self, user_id: int, limit: int = 10) -> list[PaymentRecord]:
        """A user's newest payments first (for /paysupport)."""
        found = await self._where("user_id = ?", [user_id])
        return sorted(found, key=lambda p: p.paid_at, reverse=True)[:limit]

    async def totals(self, by: Literal["day", "month"], since: float) -> list[StarsTotals]:
        """Stars received (by payment time) and refunded (by refund time) per day or month
        since ``since`` (UTC), newest first."""
        fmt = "%Y-%m-%d" if by == "day" else "%Y-%m"

        def op(db: sqlite_utils.Database) -> list[StarsTotals]:
            found = db.execute(_TOTALS_SQL, {"fmt": fmt, "since": since}).fetchall()
            return [StarsTotals(when, int(got or 0), int(back or 0)) for when, got, back in found]

        return await self._db.run(op)

    async def _where(self, where: str, params: list[Any]) -> list[PaymentRecord]:
        def op(db: sqlite_utils.Database) -> list[PaymentRecord]:
            return [_record(row) for row in rows(db, "payments", where, params, order_by="paid_at")]

        return await self._db.run(op)
