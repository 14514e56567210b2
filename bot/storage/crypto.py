"""Encryption at rest for stored images: AES-256-GCM, one random nonce per blob, and the data key.

The key is 32 random bytes written as URL-safe base64 (44 characters), from ``IDPHOTO_DATA_KEY``
or, when that is unset, from a key file next to the database (generated at the first start,
mode 0600). A check value sealed with the key is kept in the database's ``meta`` table, so a
wrong or missing key is found at start-up, before any photo is read or written.
"""

from __future__ import annotations

import base64
import binascii
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY_BYTES = 32
NONCE_BYTES = 12
#: First byte of every sealed blob: the format (AES-256-GCM, 12-byte nonce, 16-byte tag).
BLOB_FORMAT = b"\x01"
CHECK_PLAINTEXT = b"idphoto-bot data key check"
CHECK_CONTEXT = b"meta:data_key_check"
KEY_HINT = (
    "32 random bytes in URL-safe base64 (44 characters), e.g. the output of "
    '`python -c "import base64,os; print(base64.urlsafe_b64encode(os.urandom(32)).decode())"`'
)


class DataKeyError(Exception):
    """The data key is malformed, missing or not the one the database was written with.

    The message is one line for the operator and never contains a key.
    """


class BlobUnreadable(Exception):
    """A stored blob failed authentication (tampered with, or sealed for another row)."""


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


def write_key_file(path: Path, text: str, *, replace: bool = False) -> None:
    """Write ``text`` to ``path`` readable by its owner only (0600), never widening on the way."""
    target = path.with_name(path.name + ".new") if replace else path
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(text + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    if replace:
        os.replace(target, path)


@dataclass(frozen=True)
class BlobCipher:
    """Seals and opens blobs with one key; ``context`` (the row's key) is authenticated too,
    so a blob copied into another row does not open."""

    key: bytes

    def seal(self, data: bytes, context: bytes) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return BLOB_FORMAT + nonce + AESGCM(self.key).encrypt(nonce, data, context)

    def open(self, blob: bytes, context: bytes) -> bytes:
        if blob[:1] != BLOB_FORMAT or len(blob) < 1 + NONCE_BYTES:
            raise BlobUnreadable("not a sealed blob")
        nonce, sealed = blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :]
        try:
            return AESGCM(self.key).decrypt(nonce, sealed, context)
        except InvalidTag:
            raise BlobUnreadable("the blob does not open with this key") from None

    def check_value(self) -> str:
        """What ``meta`` keeps to recognise this key later (reveals nothing about it)."""
        return base64.b64encode(self.seal(CHECK_PLAINTEXT, CHECK_CONTEXT)).decode("ascii")

    def matches(self, check_value: str) -> bool:
        try:
            return self.open(base64.b64decode(check_value), CHECK_CONTEXT) == CHECK_PLAINTEXT
        except (BlobUnreadable, binascii.Error, ValueError):
            return False
