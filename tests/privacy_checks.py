"""What the privacy tests look for in the database files: a photo's bytes, a user's rows."""

from __future__ import annotations

import io
import random
import re
import sqlite3
from pathlib import Path

from PIL import Image

RUN = 64
#: A run counts when it carries image content: padding (64 zero bytes) is in every file.
DISTINCT = 16
#: A JPEG's start (SOI, then a JFIF or Exif APP segment) and PNG's signature: long enough
#: that ciphertext never matches them by chance.
SIGNATURES = re.compile(rb"\xff\xd8\xff[\xe0-\xef]..(?:JFIF|Exif)\x00|\x89PNG\r\n\x1a\n", re.DOTALL)


def noisy_image(fmt: str, seed: int) -> bytes:
    rng = random.Random(seed)
    image = Image.frombytes("RGB", (96, 96), bytes(rng.randrange(256) for _ in range(96 * 96 * 3)))
    out = io.BytesIO()
    image.save(out, fmt)
    return out.getvalue()


def database_files(path: Path) -> list[Path]:
    return [p for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()]


def leaks(path: Path, photo: bytes) -> list[str]:
    """What of ``photo`` can be read in the database files: signatures, or any 64-byte run."""
    windows = (photo[i : i + RUN] for i in range(len(photo) - RUN + 1))
    runs = {run for run in windows if len(set(run)) >= DISTINCT}
    found = []
    for file in database_files(path):
        data = file.read_bytes()
        if SIGNATURES.search(data):
            found.append(f"{file.name}: a JPEG or PNG signature")
        if any(data[i : i + RUN] in runs for i in range(len(data) - RUN + 1)):
            found.append(f"{file.name}: a 64-byte run of the photo")
    return found


def wal_size(path: Path) -> int:
    return Path(f"{path}-wal").stat().st_size


def rows_of_user(path: Path, user_id: int) -> list[tuple]:
    conn = sqlite3.connect(path)
    found = []
    for table, column in (
        ("users", "id"),
        ("sessions", "user_id"),
        ("blobs", "user_id"),
        ("tasks", "user_id"),
        ("tasks", "chat_id"),
    ):
        found += conn.execute(f"SELECT * FROM {table} WHERE {column} = ?", [user_id]).fetchall()
    conn.close()
    return found
