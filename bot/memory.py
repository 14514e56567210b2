"""Keeps the bot's resident memory close to what it uses (glibc's allocator, Linux).

Pillow, numpy and mediapipe allocate large buffers from worker threads. By default glibc gives
each thread its own heap arena and keeps freed memory mapped, so RSS grows with the number of
threads that ever decoded an image and stays at its peak. Two arenas are enough for the bot's
few threads, and trimming after idle periods hands freed pages back. Elsewhere (musl, macOS)
both are no-ops.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging

logger = logging.getLogger(__name__)

#: glibc's mallopt() parameter for the number of arenas.
_M_ARENA_MAX = -8
ARENAS = 2


def _glibc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        libc = ctypes.CDLL(name)
    except OSError:
        return None
    if not hasattr(libc, "mallopt") or not hasattr(libc, "malloc_trim"):
        return None
    return libc


def limit_arenas(arenas: int = ARENAS) -> bool:
    """Cap glibc's heap arenas (call before the worker threads start); True when applied."""
    libc = _glibc()
    if libc is None:
        return False
    applied = bool(libc.mallopt(_M_ARENA_MAX, arenas))
    logger.debug("malloc arenas capped at %d: %s", arenas, applied)
    return applied


def give_back_free_memory() -> bool:
    """Return freed heap pages to the system (glibc ``malloc_trim``); True if any were."""
    libc = _glibc()
    return bool(libc.malloc_trim(0)) if libc is not None else False
