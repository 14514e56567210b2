"""PicWish as a photo backend: jobs become requests, results become ``PhotoResult``\\ s."""

from __future__ import annotations

from bot.ledger import PendingTask
from bot.photo_backend import AcceptedCallback, BackendName, PhotoResult
from bot.photo_job import PhotoJob
from bot.picwish.client import IdPhotoResult, PicWishClient
from bot.picwish.mapping import build_request
from bot.picwish.request import credits
from bot.progress import ProgressCallback


class PicWishBackend:
    """The ``PhotoBackend`` over PicWish's Advanced ID Photo API (outfits, credits)."""

    name: BackendName = "picwish"
    supports_outfits = True

    def __init__(self, client: PicWishClient, *, use_sync: bool = False) -> None:
        self.client = client
        self._use_sync = use_sync

    def __repr__(self) -> str:
        return f"PicWishBackend({self.client!r})"

    def price(self, job: PhotoJob) -> int:
        return credits(build_request(job))

    def describe(self, job: PhotoJob) -> dict[str, object]:
        request = build_request(job, sync=self._use_sync)
        request.validate()
        return request.log_params()

    async def make(
        self,
        job: PhotoJob,
        *,
        on_progress: ProgressCallback | None = None,
        on_accepted: AcceptedCallback | None = None,
    ) -> PhotoResult:
        request = build_request(job, sync=self._use_sync)
        result = await self.client.create(request, on_progress=on_progress, on_accepted=on_accepted)
        return _photo_result(result)

    async def resume(
        self, pending: PendingTask, *, on_progress: ProgressCallback | None = None
    ) -> PhotoResult:
        result = await self.client.resume(pending.task_id, pending.credits, on_progress=on_progress)
        return _photo_result(result)

    async def close(self) -> None:
        await self.client.close()


def _photo_result(result: IdPhotoResult) -> PhotoResult:
    return PhotoResult(
        image=result.image,
        layout=result.layout,
        task_id=result.task_id,
        image_id=result.image_id,
        detail=result.state_detail,
        credits_charged=result.credits_charged,
    )
