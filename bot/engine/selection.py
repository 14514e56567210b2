"""Which backend makes the photos: the selection rule.

``IDPHOTO_BACKEND=picwish|local`` if set, else PicWish when an API key is configured, else the
local engine. What a backend is: ``bot.photo_backend.PhotoBackend``. This module imports nothing
heavy (no numpy, no mediapipe).
"""

from __future__ import annotations

from bot.photo_backend import BackendName

BACKENDS: tuple[BackendName, ...] = ("picwish", "local")


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
