"""Encryption at rest for stored images: AES-256-GCM, one random nonce per blob.

A check value sealed with the key is kept in the database's ``meta`` table, so a wrong key is
found at start-up (see :mod:`bot.storage.keys`), before any photo is read or written.
"""

from __future__ import annotations

import base64
import binascii
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY_BYTES = 32
NONCE_BYTES = 12
#: First byte of every sealed blob: the format (AES-256-GCM, 12-byte nonce, 16-byte tag).
BLOB_FORMAT = b"\x01"
CHECK_PLAINTEXT = b"idphoto-bot data key check"
CHECK_CONTEXT = b"meta:data_key_check"


class BlobUnreadable(Exception):
    """A stored blob failed authentication (tampered with, or sealed for another row)."""


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
