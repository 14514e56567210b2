"""The local engine's ``image_id`` → original photo store (PicWish's ``last_id`` equivalent).

Kept in memory, bounded by count, bytes and age: an evicted or expired id makes the engine raise
``PicWishLastIdInvalid``, and the bot re-uploads its own kept original once, exactly as it does
when PicWish forgets an image. Each entry also caches the photo's face analysis, so changing the
options and previewing again skips the detection.
"""

from __future__ import annotations

import secrets
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field

from bot.engine.pipeline import Analysis


@dataclass
class StoredImage:
    image_id: str
    data: bytes = field(repr=False)
    created: float
    analysis: Analysis | None = None


class ImageStore:
    """Least-recently-used store with a time-to-live. Used from the event loop thread only."""

    def __init__(
        self,
        *,
        ttl_seconds: float,
        max_images: int,
        max_bytes: int,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if ttl_seconds <= 0 or max_images < 1 or max_bytes < 1:
            raise ValueError("ttl_seconds, max_images and max_bytes must be positive")
        self._ttl = ttl_seconds
        self._max_images = max_images
        self._max_bytes = max_bytes
        self._clock = clock
        self._items: OrderedDict[str, StoredImage] = OrderedDict()
        self._bytes = 0

    def __len__(self) -> int:
        return len(self._items)

    @property
    def total_bytes(self) -> int:
        return self._bytes

    def put(self, data: bytes) -> StoredImage:
        """Keep ``data`` under a new unguessable id (evicting the oldest entries if needed)."""
        item = StoredImage(f"local-{secrets.token_hex(12)}", data, self._clock())
        self._items[item.image_id] = item
        self._bytes += len(data)
        self._evict()
        return item

    def get(self, image_id: str) -> StoredImage | None:
        """The entry, or None when unknown or expired (an expired one is dropped)."""
        self._expire()
        item = self._items.get(image_id)
        if item is not None:
            self._items.move_to_end(image_id)
        return item

    def discard(self, image_id: str) -> None:
        if image_id in self._items:
            self._drop(image_id)

    def clear(self) -> None:
        self._items.clear()
        self._bytes = 0

    def _drop(self, image_id: str) -> None:
        item = self._items.pop(image_id)
        self._bytes -= len(item.data)

    def _expire(self) -> None:
        limit = self._clock() - self._ttl
        for image_id in [i for i, item in self._items.items() if item.created <= limit]:
            self._drop(image_id)

    def _evict(self) -> None:
        self._expire()
        while len(self._items) > 1 and (
            len(self._items) > self._max_images or self._bytes > self._max_bytes
        ):
            self._drop(next(iter(self._items)))
