"""The local (offline) engine behind the ``PhotoBackend`` interface (see ``selection``).

``LocalEngine.create`` takes the same ``IdPhotoRequest`` as ``PicWishClient.create`` and returns
the same ``IdPhotoResult``: free (``credits_charged`` 0), made with mediapipe on the dedicated
worker thread, with its own ``image_id`` → photo store so "change options and preview again"
does not re-send the photo, and a compliance measurement of every result (logged, in the
result's ``state_detail`` and in the ledger row).
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable

from bot.engine import pipeline, runtime
from bot.engine.errors import FaceProblem
from bot.engine.faces import FaceCheck
from bot.engine.images import Decoded
from bot.engine.measurement import Measurement
from bot.engine.selection import BackendName, ProgressCallback
from bot.engine.store import ImageStore, StoredImage
from bot.engine.target import Target, target_from_request
from bot.picwish import (
    IdPhotoRequest,
    IdPhotoResult,
    PicWishLastIdInvalid,
    TaskContext,
    TaskLedger,
)
from bot.picwish.progress import ProgressReporter

logger = logging.getLogger(__name__)

STATE_SUCCESS = 1
_KEPT_MEASUREMENTS = 256


async def precheck_upload(image: bytes, *, strict: bool = False) -> FaceCheck:
    """Check an upload before anything is spent: raises ``NoFaceError``, ``SeveralFacesError``
    or ``FaceTooSmallError`` (and with ``strict`` also ``FaceTurnedError``/``EyesClosedError``).
    """
    return await runtime.run(pipeline.precheck, image, strict=strict)


class LocalEngine:
    """The offline engine behind the PicWish client's calling convention."""

    name: BackendName = "local"
    supports_outfits = False
    charges_credits = False

    def __init__(
        self,
        *,
        ledger: TaskLedger | None = None,
        image_ttl_seconds: float = 24 * 3600,
        max_images: int = 200,
        max_bytes: int = 256 * 1024 * 1024,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._ledger = ledger
        self._store = ImageStore(
            ttl_seconds=image_ttl_seconds, max_images=max_images, max_bytes=max_bytes, clock=clock
        )
        self._measurements: OrderedDict[str, Measurement] = OrderedDict()

    def __repr__(self) -> str:
        return f"LocalEngine(images={len(self._store)})"

    async def warm_up(self) -> None:
        """Load the models now (≈0.6 s, once per process) instead of on the first photo."""
        await runtime.warm_up()

    async def close(self) -> None:
        """Forget the stored photos. The shared worker thread stays for the process."""
        self._store.clear()
        self._measurements.clear()

    def measurement(self, task_id: str) -> Measurement | None:
        """The compliance measurement of a recent result (also in its ``state_detail``)."""
        return self._measurements.get(task_id)

    async def create(
        self,
        request: IdPhotoRequest,
        *,
        on_progress: ProgressCallback | None = None,
        context: TaskContext | None = None,
    ) -> IdPhotoResult:
        """Make the photo ``request`` describes; raises typed ``PicWishError`` subclasses."""
        request.validate()
        target = target_from_request(request)
        stored = self._resolve(request)
        row_id = await self._ledger_started(request, context)
        started = time.monotonic()
        task_id = f"local-{uuid.uuid4().hex}"
        try:
            result = await self._run(
                stored, target, task_id, ProgressReporter(on_progress, "engine")
            )
        except BaseException as exc:
            if isinstance(exc, FaceProblem):
                self._store.discard(stored.image_id)  # no option change can fix the photo
            await self._ledger_finished(row_id, started, task_id, None, exc)
            raise
        await self._ledger_finished(row_id, started, task_id, result, None)
        return result

    def _resolve(self, request: IdPhotoRequest) -> StoredImage:
        if request.image_file is not None:
            return self._store.put(bytes(request.image_file))
        last_id = request.last_id or ""
        stored = self._store.get(last_id)
        if stored is None:
            raise PicWishLastIdInvalid(last_id, "unknown or expired local image_id")
        return stored

    async def _analysis(self, stored: StoredImage) -> tuple[pipeline.Analysis, Decoded | None]:
        if stored.analysis is not None:
            return stored.analysis, None
        analysis, decoded = await runtime.run(pipeline.analyse, stored.data)
        stored.analysis = analysis
        return analysis, decoded

    async def _run(
        self, stored: StoredImage, target: Target, task_id: str, progress: ProgressReporter
    ) -> IdPhotoResult:
        created_at = int(time.time())
        await progress.report(5)
        analysis, decoded = await self._analysis(stored)
        processed_at = int(time.time())
        await progress.report(40)
        rendered = await runtime.run(pipeline.render, stored.data, analysis, target, decoded)
        del decoded
        await progress.report(100)
        self._keep_measurement(task_id, rendered.measurement)
        logger.info(
            "engine task %s: %dx%d %s%s, %s",
            task_id,
            target.width,
            target.height,
            target.file_format,
            " preview" if target.preview else "",
            rendered.measurement.summary(),
        )
        return IdPhotoResult(
            image=rendered.image,
            layout=None,
            task_id=task_id,
            image_id=stored.image_id,
            state=STATE_SUCCESS,
            state_detail=rendered.measurement.summary(),
            progress=100,
            created_at=created_at,
            processed_at=processed_at,
            completed_at=int(time.time()),
            return_type=1,
            credits_charged=0,
        )

    def _keep_measurement(self, task_id: str, measurement: Measurement) -> None:
        self._measurements[task_id] = measurement
        while len(self._measurements) > _KEPT_MEASUREMENTS:
            self._measurements.popitem(last=False)

    # -- ledger ---------------------------------------------------------------------------

    async def _ledger_started(
        self, request: IdPhotoRequest, context: TaskContext | None
    ) -> int | None:
        if self._ledger is None:
            return None
        params = dataclasses.replace(request, image_file=None).log_params()
        params["backend"] = "local"
        if request.image_file is not None:
            params["image_file"] = {"bytes": len(request.image_file)}
        return await self._ledger.task_started(params=params, credits=0, context=context)

    async def _ledger_finished(
        self,
        row_id: int | None,
        started: float,
        task_id: str,
        result: IdPhotoResult | None,
        error: BaseException | None,
    ) -> None:
        if self._ledger is None or row_id is None:
            return
        if isinstance(error, asyncio.CancelledError):
            error_text: str | None = "cancelled"
        else:
            error_text = f"{type(error).__name__}: {error}" if error is not None else None
        try:
            await self._ledger.task_finished(
                row_id,
                task_id=task_id,
                image_id=result.image_id if result else None,
                state=result.state if result else None,
                state_detail=result.state_detail if result else None,
                duration_ms=int((time.monotonic() - started) * 1000),
                credits_charged=0,
                error=error_text[:500] if error_text else None,
            )
        except Exception:  # the photo matters more than the bookkeeping row
            logger.exception("engine ledger row %s could not be finished", row_id)
