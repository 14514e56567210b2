"""Typed PicWish failures.

Every error is a ``bot.photo_backend.PhotoError``: a Fluent ``message_id`` (in
``bot/locales/en/picwish.ftl``) and ``message_args`` for the user-facing text
(``err.text.render(lang)``), and a technical ``str()`` for logs. No error text ever contains the
API key.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.photo_backend import ImageExpired, PhotoError, TaskFailed


class PicWishError(PhotoError):
    """Base of every PicWish failure."""

    message_id: str = "picwish-error"


class PicWishValidationError(PicWishError):
    """The request breaks a documented bound or input limit; nothing was sent."""

    message_id = "picwish-bad-setting"

    def __init__(
        self,
        field: str,
        detail: str,
        *,
        message_id: str | None = None,
        message_args: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(f"{field}: {detail}", message_id=message_id, message_args=message_args)
        self.field = field


class PicWishAuthError(PicWishError):
    """HTTP 401/403: the API key is missing, wrong or not allowed (an operator problem)."""

    message_id = "picwish-unavailable"

    def __init__(self, status: int, api_message: str | None = None) -> None:
        super().__init__(f"PicWish rejected the API key: HTTP {status} {api_message or ''}".strip())
        self.status = status
        self.api_message = api_message


class PicWishHTTPError(PicWishError):
    """An HTTP status other than 200 (after the retries the rule allows)."""

    message_id = "picwish-rejected"

    def __init__(self, status: int, api_message: str | None = None, *, what: str = "request"):
        busy = status == 429 or status >= 500
        super().__init__(
            f"PicWish {what} failed: HTTP {status} {api_message or ''}".strip(),
            message_id="picwish-busy" if busy else None,
        )
        self.status = status
        self.api_message = api_message


class PicWishAPIError(PicWishError):
    """HTTP 200 whose body ``status`` is not 200, or a body without the expected ``data``."""

    message_id = "picwish-rejected"

    def __init__(self, status: int | None, api_message: str | None = None) -> None:
        super().__init__(f"PicWish answered status {status}: {api_message or 'no message'}")
        self.status = status
        self.api_message = api_message


class PicWishLastIdInvalid(PicWishError, ImageExpired):
    """A ``last_id``-only request was refused (unknown or expired image): re-upload once."""

    message_id = "picwish-last-id-expired"

    def __init__(self, last_id: str, api_message: str | None = None) -> None:
        super().__init__(f"last_id {last_id!r} refused: {api_message or 'no message'}")
        self.last_id = last_id


class PicWishTaskFailed(PicWishError, TaskFailed):
    """The task ended with ``state < 0``."""

    message_id = "picwish-task-failed"

    def __init__(self, state: int, state_detail: str | None, *, task_id: str | None) -> None:
        super().__init__(
            f"PicWish task failed: state {state} ({state_detail or 'no detail'})",
            message_args={"state": str(state)},
            task_id=task_id,
        )
        self.state = state
        self.state_detail = state_detail


class PicWishInvalidImage(PicWishTaskFailed):
    """``state == -7``: PicWish could not use the file as an image."""

    message_id = "picwish-invalid-image"


class PicWishTimeout(PicWishError):
    """The task did not finish before the client's deadline (it was created, not charged yet)."""

    message_id = "picwish-timeout"
    may_still_finish = True

    def __init__(self, detail: str, *, task_id: str | None = None) -> None:
        super().__init__(detail, task_id=task_id)


class PicWishOutcomeUnknown(PicWishError):
    """A charged create was sent but its answer was lost (time-out, dropped connection).

    PicWish may have created (and may later charge for) the task, so it is never repeated
    automatically; the caller should ask the user to wait before trying again.
    """

    message_id = "picwish-outcome-unknown"


class PicWishConnectionError(PicWishError):
    """PicWish could not be reached (after retries)."""

    message_id = "picwish-unreachable"
    may_still_finish = True


class PicWishDownloadError(PicWishError):
    """The result URL could not be downloaded (expired, HTTP error, connection failure)."""

    message_id = "picwish-download-failed"

    def __init__(self, detail: str, *, status: int | None = None, task_id: str | None = None):
        super().__init__(detail, task_id=task_id)
        self.status = status
