"""PicWish Advanced ID Photo API: typed request, client, errors, and the photo backend on top.

See ``bot.picwish.client`` for the retry/idempotency rule.
"""

from bot.picwish.backend import PicWishBackend
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
from bot.picwish.mapping import build_request
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
    "PicWishBackend",
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
    "build_request",
    "credits",
    "detect_image",
    "redact_url",
]
