"""Which backend makes the photos: the interface both implement and the selection rule.

``PhotoBackend`` is what the conversation calls: ``create(request, on_progress=, context=)`` for
a preview or a final (``request.preview``), reusing an uploaded photo by ``last_id``, and
``close()``. ``PicWishClient`` implements it over HTTP, ``LocalEngine`` offline. The rule:
``IDPHOTO_BACKEND=picwish|local`` if set, else PicWish when an API key is configured, else the
local engine. This module imports nothing heavy (no numpy, no mediapipe).
"""

from __future__ import annotations

from typing import Literal, Protocol

from bot.picwish import IdPhotoRequest, IdPhotoResult, TaskContext
from bot.picwish.progress import ProgressCallback

BackendName = Literal["picwish", "local"]
BACKENDS: tuple[BackendName, ...] = ("picwish", "local")


class PhotoBackend(Protocol):
    """What the bot needs from a photo maker (``PicWishClient`` and ``LocalEngine``)."""

    async def create(
        self,
        request: IdPhotoRequest,
        *,
        on_progress: ProgressCallback | None = None,
        context: TaskContext | None = None,
    ) -> IdPhotoResult: ...

    async def close(self) -> None: ...


def select_backend(choice: str | None, *, picwish_api_key: str | None) -> BackendName:
    """``IDPHOTO_BACKEND`` (``picwish``/``local``, any case) or the default for the key.

    Raises ValueError for an unknown name, or for ``picwish`` without an API key.
    """
    name = (choice or "").strip().lower()
    if not name:
        return "picwish" if picwish_api_key else "local"
    if name == "local":
        return "local"
    if name != "picwish":
        raise ValueError(f"IDPHOTO_BACKEND must be picwish or local, not {choice!r}")
    if not picwish_api_key:
        raise ValueError("IDPHOTO_BACKEND=picwish needs PICWISH_API_KEY")
    return "picwish"


def supports_outfits(backend: object) -> bool:
    """Outfits (``clothes_id``) exist only at PicWish: False for the local engine."""
    return bool(getattr(backend, "supports_outfits", True))
