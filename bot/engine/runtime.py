"""The one worker thread that owns the mediapipe graphs, and the graphs themselves.

mediapipe's solution graphs are not thread-safe and take ~0.6 s to import and build, so they are
built lazily, once per process, on a single dedicated thread; every function that touches them
runs there (``run`` from async code, ``run_sync`` from plain code). Nothing here ever runs on the
event loop. The models ship inside the mediapipe 0.10.21 wheel: no network is used.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import os
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from importlib.util import find_spec
from typing import Any, TypeVar

from bot.engine.errors import EngineUnavailable

logger = logging.getLogger(__name__)

T = TypeVar("T")

_THREAD_NAME = "idphoto-engine"
_lock = threading.Lock()
_executor: ThreadPoolExecutor | None = None
_models: Models | None = None


class Models:
    """The graphs: two face detectors (short and full range), the face mesh and the segmenter.

    Each is built when first used: with PicWish as the backend only the face checks run, and the
    segmenter (~15 MB) is never loaded.
    """

    @functools.cached_property
    def near_detector(self) -> Any:
        return _graph(
            lambda mp: mp.face_detection.FaceDetection(
                model_selection=0, min_detection_confidence=0.5
            )
        )

    @functools.cached_property
    def far_detector(self) -> Any:
        return _graph(
            lambda mp: mp.face_detection.FaceDetection(
                model_selection=1, min_detection_confidence=0.5
            )
        )

    @functools.cached_property
    def mesh(self) -> Any:
        return _graph(
            lambda mp: mp.face_mesh.FaceMesh(
                static_image_mode=True, max_num_faces=1, refine_landmarks=True
            )
        )

    @functools.cached_property
    def segmenter(self) -> Any:
        return _graph(lambda mp: mp.selfie_segmentation.SelfieSegmentation(model_selection=0))


def offline_available() -> bool:
    """True when mediapipe (the ``offline`` extra) is installed; nothing is imported."""
    return find_spec("mediapipe") is not None and find_spec("cv2") is not None


def on_worker() -> bool:
    return threading.current_thread().name.startswith(_THREAD_NAME)


def _get_executor() -> ThreadPoolExecutor:
    global _executor
    with _lock:
        if _executor is None:
            _executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=_THREAD_NAME)
        return _executor


async def run(fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
    """Run ``fn`` on the engine thread without blocking the event loop."""
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(_get_executor(), functools.partial(fn, *args, **kwargs))


def run_sync(fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
    """Run ``fn`` on the engine thread and wait (directly when already on it)."""
    if on_worker():
        return fn(*args, **kwargs)
    return _get_executor().submit(fn, *args, **kwargs).result()


def models() -> Models:
    """The graphs, built on first use. Call only on the engine thread."""
    global _models
    if not on_worker():
        raise RuntimeError("mediapipe graphs are used on the engine thread only")
    if _models is None:
        _models = _build()
    return _models


def _build() -> Models:
    os.environ.setdefault("GLOG_minloglevel", "2")  # silence the C++ INFO lines
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    try:
        import mediapipe.python.solutions  # noqa: F401 - fails early when not installed
    except ImportError as exc:
        raise EngineUnavailable(
            f"mediapipe is not installed ({exc}); install idphoto-bot[offline]"
        ) from None
    return Models()


def _graph(build: Callable[[Any], Any]) -> Any:
    from mediapipe.python import solutions

    try:
        graph = build(solutions)
    except Exception as exc:  # mediapipe raises RuntimeError/ValueError from its C++ core
        raise EngineUnavailable(f"mediapipe graphs failed to load: {exc!r}") from exc
    logger.debug("offline engine: %s loaded", type(graph).__name__)
    return graph


def _build_graphs(full: bool) -> None:
    graphs = models()
    for name in ("near_detector", "far_detector", "mesh", "segmenter")[: 4 if full else 3]:
        getattr(graphs, name)


def warm_up_sync(full: bool = True) -> None:
    """Build the graphs now (on the engine thread), e.g. at bot start-up; ``full=False``: only
    those the face checks use (not the segmenter)."""
    run_sync(_build_graphs, full)


async def warm_up(full: bool = True) -> None:
    await run(_build_graphs, full)


def shutdown() -> None:
    """Stop the engine thread and drop the graphs (tests, benchmarks, interpreter exit)."""
    global _executor, _models
    with _lock:
        executor, _executor = _executor, None
    if executor is not None:
        executor.submit(_drop_models).result()
        executor.shutdown(wait=True)


def _drop_models() -> None:
    global _models
    if _models is not None:
        for graph in vars(_models).values():  # only the graphs that were built
            graph.close()
    _models = None
