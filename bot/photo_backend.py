"""What a photo backend is: the protocol both backends implement, their result and errors.

``PicWishBackend`` (``bot.picwish.backend``) makes photos over HTTP, ``LocalEngine``
(``bot.engine.backend``) on this machine; ``bot.ledger.LedgerBackend`` records either one's tasks.
A backend says what it can do (``supports_outfits``), what a job costs (``price``: credits, 0
offline) and how to wait for a charged task a restart cut off (``resume``). Its failures are
``PhotoError``\\ s carrying a user-facing text.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Literal, Protocol

from bot.i18n import Text
from bot.ledger import PendingTask
from bot.photo_job import PhotoJob
from bot.progress import ProgressCallback

BackendName = Literal["picwish", "local"]
#: Called with the backend's task id once a charged task is accepted (before it is waited for).
AcceptedCallback = Callable[[str], Awaitable[None]]


@dataclass(frozen=True)
class PhotoResult:
    """A finished photo (and the sheet, when the backend laid it out)."""

    image: bytes = field(repr=False)
    layout: bytes | None = field(repr=False)
    task_id: str
    #: The backend's id for the uploaded photo: the next job of this photo sends only this.
    image_id: str | None
    detail: str | None
    credits_charged: int
    #: The offline engine's cut-out leftovers (share of the old background left around the head
    #: and shoulders; None: not measured, e.g. PicWish made the photo).
    leftovers: float | None = None


class PhotoError(Exception):
    """Base of every backend failure: ``text`` for the user, ``str()`` for the logs.

    ``message_args`` is not called ``args``: ``BaseException.args`` is a tuple that Python uses for
    ``str()`` and pickling, so it cannot hold a dict.
    """

    message_id: str = "picwish-error"
    #: Credits charged despite the failure (a task that finished but whose output was lost).
    credits_charged: int = 0
    #: The task may still finish (time-out, connection lost while waiting): a charged one stays
    #: pending in the ledger and is waited for later instead of paid for again.
    may_still_finish: bool = False

    def __init__(
        self,
        detail: str,
        *,
        message_id: str | None = None,
        message_args: Mapping[str, object] | None = None,
        task_id: str | None = None,
    ) -> None:
        super().__init__(detail)
        self.detail = detail
        if message_id is not None:
            self.message_id = message_id
        self.message_args: dict[str, object] = dict(message_args or {})
        self.task_id = task_id

    @property
    def text(self) -> Text:
        """The user-facing message, rendered later in the reader's language."""
        return Text(self.message_id, dict(self.message_args))

    def __str__(self) -> str:
        suffix = f" (task_id={self.task_id})" if self.task_id else ""
        return f"{self.detail}{suffix}"


class ImageExpired(PhotoError):
    """The backend no longer holds the photo named by ``image_id``: send the photo again."""

    message_id = "picwish-last-id-expired"


class TaskFailed(PhotoError):
    """The task ended in failure (nothing charged); ``state`` is the backend's failure code."""

    message_id = "picwish-task-failed"
    state: int = -1
    state_detail: str | None = None


class PhotoBackend(Protocol):
    """What the bot needs from a photo maker."""

    name: BackendName
    #: Outfit templates (``PhotoJob.outfit``) can be put on.
    supports_outfits: bool

    def price(self, job: PhotoJob) -> int:
        """Credits the job costs when it succeeds (0 for previews, and for the offline engine)."""
        ...

    def describe(self, job: PhotoJob) -> dict[str, object]:
        """Check the job (raises ``PhotoError``) and say what is sent, for the ledger: no image
        bytes, no secrets."""
        ...

    async def make(
        self,
        job: PhotoJob,
        *,
        on_progress: ProgressCallback | None = None,
        on_accepted: AcceptedCallback | None = None,
    ) -> PhotoResult: ...

    async def resume(
        self, pending: PendingTask, *, on_progress: ProgressCallback | None = None
    ) -> PhotoResult:
        """Wait for a charged task accepted earlier and fetch its output (never pay again);
        raises ``TaskFailed`` when it failed, so a new one may be made."""
        ...

    async def close(self) -> None: ...
