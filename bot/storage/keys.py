"""The data key: its text form, the key file, and whether it opens a given database.

The key is 32 random bytes written as URL-safe base64 (44 characters), from ``IDPHOTO_DATA_KEY``
or, when that is unset, from a key file next to the database (generated at the first start,
mode 0600, with a log line saying where — never the key).
"""

from __future__ import annotations

import base64
import binascii
import logging
import os
import secrets
from pathlib import Path

from bot.storage.crypto import KEY_BYTES, BlobCipher

logger = logging.getLogger(__name__)

KEY_HINT = (
    "32 random bytes in URL-safe base64 (44 characters), e.g. the output of "
    '`python -c "import base64,os; print(base64.urlsafe_b64encode(os.urandom(32)).decode())"`'
)


class DataKeyError(Exception):
    """The data key is malformed, missing or not the one the database was written with.

    The message is one line for the operator and never contains a key.
    """


def new_key_text() -> str:
    """A fresh random data key in its documented text form."""
    return base64.urlsafe_b64encode(secrets.token_bytes(KEY_BYTES)).decode("ascii")


def parse_key(text: str, source: str) -> bytes:
    """The 32 key bytes of ``text``; ``source`` names where it came from in the error."""
    try:
        raw = base64.urlsafe_b64decode(text.strip().encode("ascii"))
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raw = b""
    if len(raw) != KEY_BYTES:
        raise DataKeyError(f"{source} must be {KEY_HINT}")
    return raw


def key_file_for(db_path: Path) -> Path:
    """Where the generated key lives when ``IDPHOTO_DATA_KEY`` is unset: next to the database."""
    return db_path.with_name(db_path.name + ".key")


def read_key_file(path: Path) -> bytes:
    return parse_key(path.read_text(encoding="ascii"), f"the key file {path}")


def write_key_file(path: Path, text: str) -> None:
    """Write ``text`` to a new file ``path`` readable by its owner only (0600) from the start."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(text + "\n")
        handle.flush()
        os.fsync(handle.fileno())


def resolve_key(db_path: Path, configured: str | None, check: str | None) -> BlobCipher:
    """The cipher for ``db_path``: ``IDPHOTO_DATA_KEY``, else the key file (made when the
    database holds no encrypted data yet). Raises :class:`DataKeyError` when it cannot open
    what is stored."""
    key_file = key_file_for(db_path)
    if configured:
        cipher, source = BlobCipher(parse_key(configured, "IDPHOTO_DATA_KEY")), "IDPHOTO_DATA_KEY"
    elif key_file.exists():
        cipher, source = BlobCipher(read_key_file(key_file)), f"the key file {key_file}"
    elif check is not None:
        raise DataKeyError(
            f"the database {db_path} holds encrypted photos but IDPHOTO_DATA_KEY is not set and "
            f"{key_file} is missing: restore the key it was written with"
        )
    else:
        write_key_file(key_file, new_key_text())
        logger.info("generated a new data key in %s (mode 0600): back it up", key_file)
        cipher, source = BlobCipher(read_key_file(key_file)), f"the key file {key_file}"
    if check is not None and not cipher.matches(check) and not configured:
        cipher = _finish_rotation(key_file, check) or cipher
    if check is not None and not cipher.matches(check):
        raise DataKeyError(
            f"{source} is not the key the database {db_path} was encrypted with: "
            "start with the original key (or rotate it with `idphoto-bot rotate-key`)"
        )
    return cipher


def _finish_rotation(key_file: Path, check: str) -> BlobCipher | None:
    """A rotation that stopped between its commit and the key file's replacement left the new
    key in ``<key file>.new``: if that is the database's key, finish the replacement."""
    staged = key_file.with_name(key_file.name + ".new")
    if not staged.exists():
        return None
    cipher = BlobCipher(read_key_file(staged))
    if not cipher.matches(check):
        return None
    staged.replace(key_file)
    logger.info("finished an interrupted key rotation: %s replaced by its new key", key_file)
    return cipher
