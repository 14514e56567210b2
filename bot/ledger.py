"""Where every photo task is recorded: the ledger protocol (SQLite implementation: the storage).

``bot.ledger_backend.LedgerBackend`` writes to it for whichever backend makes the photos.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

#: The ``error`` of a free task nobody waits for any more (superseded by newer options, or the
#: bot stopping): it does not count as a preview the user asked for.
CANCELLED = "cancelled: superseded or stopped"


@dataclass(frozen=True)
class TaskContext:
    """Who a task is for and why, stored with the task's ledger row."""

    user_id: int | None
    chat_id: int | None
    group_id: int | None
    purpose: str
    #: What the task makes (a final's key): a task cut off by a restart is found again by it.
    ref: str | None = None


@dataclass(frozen=True)
class PendingTask:
    """A charged task the backend accepted whose outcome the bot never saw (a restart or the
    deadline cut it off)."""

    row_id: int
    task_id: str
    credits: int


class TaskLedger(Protocol):
    """Receives one ``task_started`` before a create is sent, ``task_created`` once PicWish has
    accepted it, and one ``task_finished`` when its outcome is known — not when the bot is stopped
    while it waits, nor when a charged task outlives the deadline: that task stays pending, and
    the next attempt (or the restarted bot) resumes it instead of paying for another.

    ``params`` say what was sent, without image bytes or secrets (``PhotoBackend.describe``).
    ``credits_charged`` is the task's price when it succeeded (state 1, even if its output could
    not be downloaded afterwards), otherwise 0: PicWish charges successful tasks only (our
    assumption; preview=1 tasks are always free). A create whose answer was lost
    (``PicWishOutcomeUnknown``: no task id) is recorded with 0 although PicWish may have created
    and may charge it: reconcile with PicWish's account statement if the numbers matter.
    Validation failures never reach the ledger.
    """

    async def task_started(
        self, *, params: dict[str, object], credits: int, context: TaskContext | None
    ) -> int: ...

    async def task_created(self, row_id: int, task_id: str) -> None:
        """PicWish accepted the task: its id is known (and recorded) before the bot waits."""

    async def pending_task(self, ref: str) -> PendingTask | None:
        """The latest task made for ``ref`` that PicWish accepted and that never finished."""

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
    ) -> None: ...
