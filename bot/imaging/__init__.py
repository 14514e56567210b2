"""Imaging: what comes in (uploads), what goes out (results, file sizes) and the print sheet.

All Pillow work is CPU-bound; the ``*_async`` variants run it in a worker thread so the event
loop keeps serving other chats. User-facing failures raise ``ImagingError`` subclasses that
carry a Fluent message id from ``bot/locales/en/imaging.ftl``.
"""

from .common import MAX_INPUT_PIXELS, mm_to_px
from .errors import FileSizeUnreachable, ImageRejected, ImagingError, ResultInvalid
from .filesize import fit_file_size, fit_file_size_async
from .layout import (
    PAPER_MM,
    PAPERS,
    Box,
    Paper,
    SheetLayout,
    SheetOptions,
    render_sheet,
    render_sheet_async,
    sheet_caption,
    sheet_layout,
)
from .results import (
    ResultCheck,
    ResultFormat,
    check_result,
    deliverable_file_name,
    sheet_file_name,
    verify_result,
    verify_result_async,
)
from .uploads import (
    ACCEPTED_FORMATS,
    MIN_INPUT_SIDE,
    PICWISH_MAX_BYTES,
    PICWISH_MAX_SIDE,
    TELEGRAM_DOWNLOAD_LIMIT,
    PreparedUpload,
    check_download_size,
    largest_photo,
    media_kind_rejection,
    prepare_upload,
    prepare_upload_async,
    resolution_warning,
)

__all__ = [
    "ACCEPTED_FORMATS",
    "MAX_INPUT_PIXELS",
    "MIN_INPUT_SIDE",
    "PAPERS",
    "PAPER_MM",
    "PICWISH_MAX_BYTES",
    "PICWISH_MAX_SIDE",
    "TELEGRAM_DOWNLOAD_LIMIT",
    "Box",
    "FileSizeUnreachable",
    "ImageRejected",
    "ImagingError",
    "Paper",
    "PreparedUpload",
    "ResultCheck",
    "ResultFormat",
    "ResultInvalid",
    "SheetLayout",
    "SheetOptions",
    "check_download_size",
    "check_result",
    "deliverable_file_name",
    "fit_file_size",
    "fit_file_size_async",
    "largest_photo",
    "media_kind_rejection",
    "mm_to_px",
    "prepare_upload",
    "prepare_upload_async",
    "render_sheet",
    "render_sheet_async",
    "resolution_warning",
    "sheet_caption",
    "sheet_file_name",
    "sheet_layout",
    "verify_result",
    "verify_result_async",
]
