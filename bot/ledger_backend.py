"""One wrapper that records any photo backend's tasks in the ledger, and keeps money safe.

Every task gets a ledger row before it is sent; a charged task's id is recorded as soon as the
backend accepts it; the row is finished when the outcome is known. A charged task whose outcome
is not known yet (the bot is stopping, or the deadline passed while it ran) stays pending: the
next attempt (or the restarted bot) waits for it with ``resume`` instead of paying again.

It also counts every task in the metrics (by purpose and outcome) and the credits spent: it is
the one place that sees every task's outcome, whichever backend made it.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable

from bot.ledger import CANCELLED, PendingTask, TaskContext, TaskLedger
from bot.metrics import Metrics
from bot.photo_backend import (
    BackendName,
    ImageExpired,
    PhotoBackend,
    PhotoError,
    PhotoResult,
    TaskFailed,
)
from bot.photo_job import PhotoJob
from bot.progress import ProgressCallback

logger = logging.getLogger(__name__)

#: The ledger's ``state`` of a task that succeeded (PicWish's own code, kept for all backends).
STATE_SUCCESS = 1


class LedgerBackend:
    """``backend`` with every task written to ``ledger`` (``None``: nothing is recorded)."""

    def __init__(
        self,
        backend: PhotoBackend,
        ledger: TaskLedger | None,
        *,
        scrub: Callable[[str], str] | None = None,
        metrics: Metrics | None = None,
    ) -> None:
        self.backend = backend
        self._ledger = ledger
        self._scrub = scrub or (lambda text: text)
        self._metrics = metrics

    def __repr__(self) -> str:
        return f"LedgerBackend({self.backend!r})"

    @property
    def name(self) -> BackendName:
        return self.backend.name

    @property
    def supports_outfits(self) -> bool:
        return self.backend.supports_outfits

    def price(self, job: PhotoJob) -> int:
        return self.backend.price(job)

    async def close(self) -> None:
        await self.backend.close()

    async def pending(self, ref: str) -> PendingTask | None:
        """The charged task made for ``ref`` that was accepted and never finished, if any."""
        if self._ledger is None:
            return None
        return await self._ledger.pending_task(ref)

    async def make(
        self,
        job: PhotoJob,
        *,
        on_progress: ProgressCallback | None = None,
        context: TaskContext | None = None,
    ) -> PhotoResult:
        """Make ``job``; a job the backend refuses (``describe``) never reaches the ledger."""
        params = self.backend.describe(job)
        row_id = None
        if self._ledger is not None:
            row_id = await self._ledger.task_started(
                params=params, credits=self.backend.price(job), context=context
            )

        async def accepted(task_id: str) -> None:
            if row_id is not None and self._ledger is not None and not job.preview:
                await self._ledger.task_created(row_id, task_id)

        work = self.backend.make(job, on_progress=on_progress, on_accepted=accepted)
        purpose = context.purpose if context else ("preview" if job.preview else "final")
        return await self._recorded(row_id, work, charged=not job.preview, purpose=purpose)

    async def resume(
        self, pending: PendingTask, *, on_progress: ProgressCallback | None = None
    ) -> PhotoResult:
        """Wait for ``pending`` and finish its ledger row (``TaskFailed``: nothing charged)."""
        logger.info("resuming %s task %s", self.backend.name, pending.task_id)
        work = self.backend.resume(pending, on_progress=on_progress)
        return await self._recorded(pending.row_id, work, charged=True, purpose="final")

    async def _recorded(
        self, row_id: int | None, work: Awaitable[PhotoResult], *, charged: bool, purpose: str
    ) -> PhotoResult:
        """Run ``work`` and finish its row, unless the outcome is unknown (see the module doc)."""
        started = time.monotonic()
        try:
            result = await work
        except asyncio.CancelledError:
            # Stopping or superseded: a charged task's row stays open (resumed at the next
            # start); a free one is closed as cancelled and no longer counts as asked for.
            if not charged and row_id is not None:
                await asyncio.shield(self._finished(row_id, started, error=JobCancelled()))
            raise
        except BaseException as exc:
            pending = isinstance(exc, PhotoError) and exc.may_still_finish and exc.task_id
            if charged and pending:
                logger.info("task %s left pending: %s", exc.task_id, exc)  # type: ignore[attr-defined]
            elif row_id is not None:
                await self._finished(row_id, started, error=exc)
            self._count(purpose, "pending" if charged and pending else _failure(exc), exc)
            raise
        if row_id is not None:
            await self._finished(row_id, started, result=result)
        self._count(purpose, "ok", result)
        return result

    def _count(self, purpose: str, outcome: str, source: PhotoResult | BaseException) -> None:
        """The task in the metrics, with the credits it cost (a failure may cost some too)."""
        if self._metrics is None:
            return
        self._metrics.picwish_task(purpose, outcome)
        self._metrics.credits_spent(getattr(source, "credits_charged", 0))

    async def _finished(
        self,
        row_id: int,
        started: float,
        *,
        result: PhotoResult | None = None,
        error: BaseException | None = None,
    ) -> None:
        assert self._ledger is not None
        state, detail, charged = _outcome(result, error)
        task_id = result.task_id if result else getattr(error, "task_id", None)
        error_text = f"{type(error).__name__}: {error}" if error is not None else None
        if isinstance(error, JobCancelled):
            error_text = CANCELLED
        try:
            await self._ledger.task_finished(
                row_id,
                task_id=task_id,
                image_id=result.image_id if result else None,
                state=state,
                state_detail=detail,
                duration_ms=int((time.monotonic() - started) * 1000),
                credits_charged=charged,
                error=self._scrub(error_text)[:500] if error_text else None,
            )
        except Exception:  # the photo matters more than the bookkeeping row
            logger.exception("ledger row %s could not be finished", row_id)


class JobCancelled(Exception):
    """A free task nobody waits for any more (superseded by newer options, or shutdown)."""


def _failure(error: BaseException) -> str:
    """The metrics' outcome of a task that raised ``error``."""
    if isinstance(error, ImageExpired):
        return "refused"
    if isinstance(error, PhotoError) and error.may_still_finish:
        return "timeout"
    return "failed"


def _outcome(
    result: PhotoResult | None, error: BaseException | None
) -> tuple[int | None, str | None, int]:
    """(state, state detail, credits charged) of a finished task."""
    if result is not None:
        return STATE_SUCCESS, result.detail, result.credits_charged
    if isinstance(error, TaskFailed):
        return error.state, error.state_detail, 0
    if isinstance(error, PhotoError) and error.credits_charged:
        return STATE_SUCCESS, None, error.credits_charged
    return None, None, 0
