"""The local (offline) engine: a ``PhotoBackend`` that makes the photo on this machine.

``LocalEngine.make`` takes the same ``PhotoJob`` as the PicWish backend and returns a
``PhotoResult``: free (``credits_charged`` 0, ``price`` 0), made with mediapipe on the dedicated
worker thread, with its own ``image_id`` → photo store so "change options and preview again"
does not re-send the photo, and a compliance measurement of every result (logged, and in the
result's ``detail``, which the ledger keeps). No outfits (``supports_outfits`` False).
"""

from __future__ import annotations

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
from bot.engine.store import ImageStore, StoredImage
from bot.engine.target import Target, target_from_job
from bot.ledger import PendingTask
from bot.photo_backend import (
    AcceptedCallback,
    BackendName,
    ImageExpired,
    PhotoResult,
    TaskFailed,
)
from bot.photo_job import PhotoJob
from bot.progress import ProgressCallback, ProgressReporter

logger = logging.getLogger(__name__)

_KEPT_MEASUREMENTS = 256


async def precheck_upload(image: bytes, *, strict: bool = False) -> FaceCheck:
    """Check an upload before anything is spent: raises ``NoFaceError``, ``SeveralFacesError``
    or ``FaceTooSmallError`` (and with ``strict`` also ``FaceTurnedError``/``EyesClosedError``).
    """
    return await runtime.run(pipeline.precheck, image, strict=strict)


class LocalEngine:
    """The offline engine: free, no outfits, the same jobs as PicWish."""

    name: BackendName = "local"
    supports_outfits = False

    def __init__(
        self,
        *,
        image_ttl_seconds: float = 24 * 3600,
        max_images: int = 200,
        max_bytes: int = 256 * 1024 * 1024,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
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

    def price(self, job: PhotoJob) -> int:
        """Every photo is free offline."""
        return 0

    def describe(self, job: PhotoJob) -> dict[str, object]:
        target_from_job(job)  # refuses what the engine cannot do (outfits)
        params: dict[str, object] = {
            "backend": self.name,
            "spec": job.spec.id,
            "px_width": job.spec.px_width,
            "px_height": job.spec.px_height,
            "dpi": job.spec.dpi,
            "bg_color": job.background,
            "bg_color2": job.background2,
            "preview": job.preview,
            "last_id": job.image_id,
        }
        if job.upload is not None:
            params["image_file"] = {"bytes": len(job.upload)}
        return {key: value for key, value in params.items() if value is not None}

    async def make(
        self,
        job: PhotoJob,
        *,
        on_progress: ProgressCallback | None = None,
        on_accepted: AcceptedCallback | None = None,
    ) -> PhotoResult:
        """Make the photo ``job`` describes; raises typed ``EngineError``\\ s or
        ``ImageExpired``. Nothing is charged, so ``on_accepted`` is never called."""
        target = target_from_job(job)
        stored = self._resolve(job)
        task_id = f"local-{uuid.uuid4().hex}"
        try:
            return await self._run(stored, target, task_id, ProgressReporter(on_progress, "engine"))
        except FaceProblem:
            self._store.discard(stored.image_id)  # no option change can fix the photo
            raise

    async def resume(
        self, pending: PendingTask, *, on_progress: ProgressCallback | None = None
    ) -> PhotoResult:
        """The engine never leaves a task pending (nothing is charged): make a new one."""
        raise TaskFailed(f"the local engine keeps no task {pending.task_id}")

    def _resolve(self, job: PhotoJob) -> StoredImage:
        if job.upload is not None:
            return self._store.put(bytes(job.upload))
        stored = self._store.get(job.image_id or "")
        if stored is None:
            raise ImageExpired(f"image_id {job.image_id!r}: unknown or expired local image_id")
        return stored

    async def _analysis(self, stored: StoredImage) -> tuple[pipeline.Analysis, Decoded | None]:
        if stored.analysis is not None:
            return stored.analysis, None
        analysis, decoded = await runtime.run(pipeline.analyse, stored.data)
        stored.analysis = analysis
        return analysis, decoded

    async def _run(
        self, stored: StoredImage, target: Target, task_id: str, progress: ProgressReporter
    ) -> PhotoResult:
        await progress.report(5)
        analysis, decoded = await self._analysis(stored)
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
        return PhotoResult(
            image=rendered.image,
            layout=None,
            task_id=task_id,
            image_id=stored.image_id,
            detail=rendered.measurement.summary(),
            credits_charged=0,
            leftovers=rendered.measurement.leftovers,
        )

    def _keep_measurement(self, task_id: str, measurement: Measurement) -> None:
        self._measurements[task_id] = measurement
        while len(self._measurements) > _KEPT_MEASUREMENTS:
            self._measurements.popitem(last=False)
