"""Typed failures of the offline engine, shown to the user like any photo backend's errors.

Every class derives from ``bot.photo_backend.PhotoError``, so ``err.text.render(lang)`` gives the
user-facing sentence (ids in ``bot/locales/en/engine.ftl``) and ``str(err)`` the technical detail.
The face problems (no face, several, too small, turned away, eyes closed) are raised both by the
local engine and by the upload pre-check that runs before any PicWish credit is spent.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.photo_backend import PhotoError


class EngineError(PhotoError):
    """Base of every local-engine failure (a generic "could not make the photo")."""

    message_id = "engine-error"

    def __init__(
        self,
        detail: str,
        *,
        message_id: str | None = None,
        message_args: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(detail, message_id=message_id, message_args=message_args)


class EngineUnavailable(EngineError):
    """mediapipe (the ``offline`` extra) is not installed or its graphs failed to load."""

    message_id = "engine-unavailable"


class OutfitsNeedPicWish(EngineError):
    """``clothes_id`` was asked of the local engine: outfits exist only at PicWish."""

    message_id = "engine-outfits-need-picwish"


class UnsupportedRequest(EngineError):
    """A request field the local engine cannot honour (``image_url``, PicWish's ``spec_id``)."""

    message_id = "engine-unsupported"


class FaceProblem(EngineError):
    """Base of the problems with the face in the photo: the user should take another photo."""

    message_id = "engine-face-problem"


class NoFaceError(FaceProblem):
    """No face was found."""

    message_id = "engine-no-face"


class SeveralFacesError(FaceProblem):
    """More than one face of comparable size was found."""

    message_id = "engine-several-faces"

    def __init__(self, count: int) -> None:
        super().__init__(f"{count} faces found", message_args={"count": count})
        self.count = count


class FaceTooSmallError(FaceProblem):
    """The face has too few pixels to make a sharp ID photo."""

    message_id = "engine-face-too-small"

    def __init__(self, face_px: int, min_px: int) -> None:
        super().__init__(
            f"face is {face_px} px tall, at least {min_px} px needed",
            message_args={"face_px": face_px, "min_px": min_px},
        )
        self.face_px = face_px
        self.min_px = min_px


class FaceTurnedError(FaceProblem):
    """The head is turned sideways or tilted up/down too far."""

    message_id = "engine-face-turned"

    def __init__(self, yaw: float, pitch: float) -> None:
        super().__init__(
            f"head turned: yaw {yaw:.0f}°, pitch {pitch:.0f}°",
            message_args={"yaw": round(abs(yaw)), "pitch": round(abs(pitch))},
        )
        self.yaw = yaw
        self.pitch = pitch


class EyesClosedError(FaceProblem):
    """Both eyes look closed."""

    message_id = "engine-eyes-closed"

    def __init__(self, openness: float) -> None:
        super().__init__(f"eyes closed (openness {openness:.2f})")
        self.openness = openness
