"""Key rotation (``idphoto-bot rotate-key``): every kept blob re-sealed with a new data key.

The old key is the one the bot starts with (``IDPHOTO_DATA_KEY`` or the key file); the new one
comes from ``IDPHOTO_NEW_DATA_KEY`` or, when the key file is in use and that is unset, is
generated into the key file. Run it with the bot stopped. It is one transaction: on any error
the database keeps the old key.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from bot.storage.crypto import BlobCipher
from bot.storage.database import open_database
from bot.storage.keys import DataKeyError, key_file_for, new_key_text, parse_key, write_key_file
from bot.storage.schema import KEY_CHECK, set_meta


@dataclass(frozen=True)
class Rotated:
    blobs: int
    #: Where the new key is: "IDPHOTO_NEW_DATA_KEY" or the key file's path.
    new_key_at: str


def _reseal(db: sqlite_utils.Database, old: BlobCipher, new: BlobCipher) -> int:
    count = 0
    for row in list(db.query("SELECT key, data FROM blobs")):
        context = row["key"].encode()
        sealed = new.seal(old.open(row["data"], context), context)
        db.execute("UPDATE blobs SET data = ? WHERE key = ?", [sealed, row["key"]])
        count += 1
    set_meta(db, KEY_CHECK, new.check_value())
    return count


def rotate_key(db_path: Path, old_key: str | None, new_key: str | None) -> Rotated:
    """Re-seal every blob of ``db_path`` with the new key. ``old_key``: ``IDPHOTO_DATA_KEY``
    (None: the key file); ``new_key``: ``IDPHOTO_NEW_DATA_KEY`` (None: a new key file)."""
    key_file = key_file_for(db_path)
    if new_key is None and old_key is not None:
        raise DataKeyError(
            "IDPHOTO_DATA_KEY is set: give the new key in IDPHOTO_NEW_DATA_KEY, then start the "
            "bot with IDPHOTO_DATA_KEY set to it"
        )
    staged = key_file.with_name(key_file.name + ".new")
    if new_key is None:
        new_key = new_key_text()
        staged.unlink(missing_ok=True)
        write_key_file(staged, new_key)
    new = BlobCipher(parse_key(new_key, "IDPHOTO_NEW_DATA_KEY"))
    db, old = open_database(db_path, old_key)
    try:
        with db.conn:
            count = _reseal(db, old, new)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    finally:
        db.close()
    if staged.exists():
        os.replace(staged, key_file)
        return Rotated(count, str(key_file))
    return Rotated(count, "IDPHOTO_NEW_DATA_KEY")
