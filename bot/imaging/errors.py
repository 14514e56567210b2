"""Exceptions raised by the imaging package.

Each one carries a Fluent message id (``bot/locales/en/imaging.ftl``) and its arguments, so the
bot can tell the user what happened in their language; ``str()`` stays technical for the logs.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.i18n import Text


class ImagingError(Exception):
    """Base class: a user-facing message id, its arguments and a technical detail."""

    def __init__(
        self, message_id: str, args: Mapping[str, object] | None = None, detail: str = ""
    ) -> None:
        self.message_id = message_id
        self.args_dict: dict[str, object] = dict(args or {})
        self.detail = detail
        super().__init__(message_id, self.args_dict, detail)

    # ``BaseException.args`` is a tuple; here ``exc.args`` is the message arguments (a dict),
    # as the handlers expect. Pickling and ``repr`` still use the C-level tuple.
    @property  # type: ignore[override]
    def args(self) -> dict[str, object]:
        return self.args_dict

    @property
    def text(self) -> Text:
        """The message to show, ready for ``Text.render(lang)``."""
        return Text(self.message_id, dict(self.args_dict))

    def __str__(self) -> str:
        parts = [self.message_id]
        if self.args_dict:
            parts.append(", ".join(f"{k}={v!r}" for k, v in self.args_dict.items()))
        if self.detail:
            parts.append(self.detail)
        return ": ".join(parts)

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.message_id, self.args_dict, self.detail))


class ImageRejected(ImagingError):
    """The user's upload cannot be used (not an image, corrupt, animated, too big, ...)."""


class ResultInvalid(ImagingError):
    """A PicWish result does not decode or does not have the requested pixel size."""


class FileSizeUnreachable(ImagingError):
    """A result cannot be encoded inside the spec's file-size bounds without resizing it."""
