"""The invoice payload: which final an invoice sells (session, options version, nonce) — never
user data, at most Telegram's 128 bytes, parsed strictly when Telegram sends it back."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

#: Telegram's limit on ``sendInvoice``'s ``payload`` (1-128 bytes).
MAX_PAYLOAD_BYTES = 128
PREFIX = "f1"
_SESSION_RE = r"[A-Za-z0-9_-]{1,64}"
_VERSION_RE = r"0|[1-9][0-9]{0,8}"
_NONCE_RE = r"[A-Za-z0-9_-]{8,32}"
_PAYLOAD_RE = re.compile(rf"{PREFIX}\.({_SESSION_RE})\.({_VERSION_RE})\.({_NONCE_RE})")


class PayloadError(ValueError):
    """A payload this bot did not write (forged, truncated, or from an older format)."""


@dataclass(frozen=True)
class InvoicePayload:
    """One invoice for the final of ``session_id`` at ``options_version``; ``nonce`` makes each
    invoice distinct, so a paid invoice can never be confused with a later one."""

    session_id: str
    options_version: int
    nonce: str

    @classmethod
    def new(cls, session_id: str, options_version: int) -> InvoicePayload:
        payload = cls(session_id, options_version, secrets.token_urlsafe(9))
        payload.encode()  # refuses a session id that could not be parsed back
        return payload

    @property
    def final_ref(self) -> str:
        """The final's key, shared with the ledger and the credit reservation."""
        return final_ref(self.session_id, self.options_version)

    def encode(self) -> str:
        text = f"{PREFIX}.{self.session_id}.{self.options_version}.{self.nonce}"
        if not _PAYLOAD_RE.fullmatch(text) or len(text.encode()) > MAX_PAYLOAD_BYTES:
            raise PayloadError("the invoice payload cannot be encoded")
        return text

    @classmethod
    def decode(cls, text: str) -> InvoicePayload:
        """The payload of ``text``; :class:`PayloadError` when it is not one this bot wrote."""
        match = _PAYLOAD_RE.fullmatch(text) if len(text.encode()) <= MAX_PAYLOAD_BYTES else None
        if match is None:
            raise PayloadError("not an invoice payload of this bot")
        return cls(match.group(1), int(match.group(2)), match.group(3))


def final_ref(session_id: str, options_version: int) -> str:
    """``final:{session id}:{options version}``: one final, whatever pays for it."""
    return f"final:{session_id}:{options_version}"
