"""The offline engine: an ID photo maker that runs on the bot's machine, and a compliance check.

``LocalEngine`` is a ``bot.photo_backend.PhotoBackend`` like PicWish's, so the bot does not
know which backend runs; ``select_backend`` picks one from the configuration.
``precheck_upload`` refuses uploads with no face, several faces or a face too small before any
PicWish credit is spent (``inspect_upload`` also measures what the photo checks judge);
``measure``/``compliance`` check any finished photo (PicWish's too) against a spec's bands.

Importing this package is cheap and needs none of the ``offline`` extra: the selection rule, the
errors and ``offline_available`` load at once; the engine itself (numpy, OpenCV) loads on first
use of one of its names, and mediapipe only on the engine's worker thread.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from bot.engine.errors import (
    EngineError,
    EngineUnavailable,
    EyesClosedError,
    FaceProblem,
    FaceTooSmallError,
    FaceTurnedError,
    NoFaceError,
    OutfitsNeedPicWish,
    SeveralFacesError,
    UnsupportedRequest,
)
from bot.engine.runtime import offline_available, shutdown, warm_up
from bot.engine.selection import BACKENDS, select_backend

if TYPE_CHECKING:
    from bot.engine.backend import LocalEngine, precheck_upload
    from bot.engine.faces import FaceCheck
    from bot.engine.measurement import (
        ComplianceReport,
        Measurement,
        check_result,
        compliance,
        measure,
        measure_async,
        render_problems,
    )
    from bot.engine.quality import (
        CHECKLIST_LINES,
        QualityReport,
        inspect_upload,
        judge,
        render_checklist,
        render_upload_problems,
    )
    from bot.engine.quality_measures import PhotoMeasures

_LAZY = {
    "LocalEngine": "bot.engine.backend",
    "precheck_upload": "bot.engine.backend",
    "FaceCheck": "bot.engine.faces",
    "ComplianceReport": "bot.engine.measurement",
    "Measurement": "bot.engine.measurement",
    "check_result": "bot.engine.measurement",
    "compliance": "bot.engine.measurement",
    "measure": "bot.engine.measurement",
    "measure_async": "bot.engine.measurement",
    "render_problems": "bot.engine.measurement",
    "CHECKLIST_LINES": "bot.engine.quality",
    "QualityReport": "bot.engine.quality",
    "inspect_upload": "bot.engine.quality",
    "judge": "bot.engine.quality",
    "render_checklist": "bot.engine.quality",
    "render_upload_problems": "bot.engine.quality",
    "PhotoMeasures": "bot.engine.quality_measures",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'bot.engine' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


__all__ = [
    "BACKENDS",
    "CHECKLIST_LINES",
    "ComplianceReport",
    "EngineError",
    "EngineUnavailable",
    "EyesClosedError",
    "FaceCheck",
    "FaceProblem",
    "FaceTooSmallError",
    "FaceTurnedError",
    "LocalEngine",
    "Measurement",
    "NoFaceError",
    "OutfitsNeedPicWish",
    "PhotoMeasures",
    "QualityReport",
    "SeveralFacesError",
    "UnsupportedRequest",
    "check_result",
    "compliance",
    "inspect_upload",
    "judge",
    "measure",
    "measure_async",
    "offline_available",
    "precheck_upload",
    "render_checklist",
    "render_problems",
    "render_upload_problems",
    "select_backend",
    "shutdown",
    "warm_up",
]
