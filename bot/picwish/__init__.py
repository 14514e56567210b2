"""PicWish Advanced ID Photo API: typed request, client, errors and task ledger protocol.

See ``bot.picwish.client`` for the retry/idempotency rule.
"""

from bot.picwish.client import CREATE_PATH, DEFAULT_API_URL, IdPhotoResult, PicWishClient
from bot.picwish.errors import (
    PicWishAPIError,
    PicWishAuthError,
    PicWishConnectionError,
    PicWishDownloadError,
    PicWishError,
    PicWishHTTPError,
    PicWishInvalidImage,
    PicWishLastIdInvalid,
    PicWishOutcomeUnknown,
    PicWishTaskFailed,
    PicWishTimeout,
    PicWishValidationError,
)
from bot.picwish.ledger import PendingTask, TaskContext, TaskLedger
from bot.picwish.request import (
    MAX_IMAGE_BYTES,
    MAX_IMAGE_SIDE,
    IdPhotoRequest,
    ImageInfo,
    credits,
    detect_image,
    redact_url,
)

__all__ = [
    "CREATE_PATH",
    "DEFAULT_API_URL",
    "MAX_IMAGE_BYTES",
    "MAX_IMAGE_SIDE",
    "IdPhotoRequest",
    "IdPhotoResult",
    "ImageInfo",
    "PicWishAPIError",
    "PicWishAuthError",
    "PicWishClient",
    "PicWishConnectionError",
    "PicWishDownloadError",
    "PicWishError",
    "PicWishHTTPError",
    "PicWishInvalidImage",
    "PicWishLastIdInvalid",
    "PicWishOutcomeUnknown",
    "PicWishTaskFailed",
    "PicWishTimeout",
    "PicWishValidationError",
    "PendingTask",
    "TaskContext",
    "TaskLedger",
    "credits",
    "detect_image",
    "redact_url",
]
