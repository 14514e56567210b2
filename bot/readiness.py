"""Is the bot ready to serve (``GET /readyz``)? Its database is writable and Telegram answered
a call within the last minute; otherwise the reason, in one line an operator can act on."""

from __future__ import annotations

import asyncio
import sqlite3
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

#: Seconds since Telegram last answered a call with success after which the bot is not ready.
TELEGRAM_FRESHNESS = 60.0
#: How long the write probe waits for another writer before it calls the database locked.
DB_PROBE_TIMEOUT = 1.0


def database_problem(path: Path, timeout: float = DB_PROBE_TIMEOUT) -> str | None:
    """Why the SQLite database at ``path`` cannot be written now, or None.

    A file without write permission counts as read-only even for root (who could write it
    anyway): an operator who made it read-only meant it. Then a real probe: a write transaction
    is begun and rolled back (fails on a read-only mount, a lock held too long, a missing file).
    """
    try:
        mode = path.stat().st_mode
    except OSError as error:
        return f"database {path.name} cannot be read: {error.strerror}"
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        return f"database {path.name} is read-only"
    try:
        uri = f"file:{quote(str(path.resolve()))}?mode=rw"
        connection = sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None)
        try:
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("ROLLBACK")
        finally:
            connection.close()
    except sqlite3.Error as error:
        return f"database {path.name} is not writable: {error}"
    return None


@dataclass
class Readiness:
    """What ``/readyz`` checks. ``telegram_last_success`` gives ``time.monotonic()`` of the last
    successful Bot API call (the bot's transport records it), or None."""

    db_path: Path
    telegram_last_success: Callable[[], float | None]
    freshness: float = TELEGRAM_FRESHNESS
    #: False while starting and once stopping: the bot is then not ready, whatever else holds.
    serving: bool = False

    async def problem(self) -> str | None:
        """None when ready, else why not."""
        if not self.serving:
            return "not serving (starting or stopping)"
        reason = await asyncio.to_thread(database_problem, self.db_path)
        if reason is not None:
            return reason
        last = self.telegram_last_success()
        if last is None:
            return "no call to Telegram has succeeded yet"
        age = time.monotonic() - last
        if age > self.freshness:
            return f"no call to Telegram has succeeded for {age:.0f} s"
        return None
