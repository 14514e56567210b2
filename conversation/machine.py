"""The state machine: ``transition(session, event)`` → the new session and what to do next.

Pure: no I/O, no Telegram. Handlers load a :class:`Session`, apply one event, store the result,
render the new state's screen and carry out the :data:`Effect`\\ s (start a preview or a final).
An event that makes no sense in the current state raises :class:`InvalidEvent`. A step the photo
backend cannot do (:class:`Abilities`) is no step: it cannot be asked for.

Smart defaults (issue #20): the photo and the document are all a preview needs — the document's
own background, the user's own clothes, no touch-ups, the default paper. Every other option is
changed from the preview, and each change goes straight to a new preview. "Get the final photo"
makes it at once when finals are free; when they are paid (:attr:`Abilities.paid_finals`) it
leads to :attr:`State.CONFIRMING`, where the payment (a Stars invoice) is the confirmation.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field, replace
from typing import Any

from conversation import events as ev
from conversation.options import PAPERS, SHEET_COLORS, PhotoOptions, PhotoRef, is_outfit_id
from conversation.states import CHOOSING_STATES, SHEET_TEXT_STATES, State


class InvalidEvent(Exception):
    """The event is not allowed in the session's state (a stale button, a double tap...)."""

    def __init__(self, state: State, event: object) -> None:
        super().__init__(f"{type(event).__name__} is not allowed in state {state}")
        self.state = state
        self.event = event


@dataclass(frozen=True)
class StartPreview:
    """Ask the backend for a free, watermarked preview of ``options_version``."""

    options_version: int


@dataclass(frozen=True)
class StartFinal:
    """Make the charged final photo (exactly once) for the current options."""


Effect = StartPreview | StartFinal


@dataclass(frozen=True)
class Abilities:
    """What the photo backend can do, as far as the conversation is concerned."""

    #: Outfit templates (PicWish): without them there is no outfit step.
    outfits: bool = True
    #: The user pays for a final (Telegram Stars): "Get the final photo" asks for the payment
    #: first (:attr:`State.CONFIRMING`) instead of making it at once.
    paid_finals: bool = False


@dataclass(frozen=True)
class Session:
    """One user's conversation. ``id`` names it inside button data, so old menus are detected."""

    id: str
    state: State = State.AWAITING_PHOTO
    options: PhotoOptions = field(default_factory=PhotoOptions)
    photo: PhotoRef | None = None
    group_id: int | None = None
    #: True while changing an option after a preview: the next choice goes back to a preview.
    editing: bool = False
    #: Bumped whenever an option that shapes the result changes.
    options_version: int = 0
    #: ``options_version`` of the last successful preview (None: no good preview yet).
    preview_version: int | None = None
    #: Every option is chosen already: the next photo goes straight to a preview.
    options_ready: bool = False
    #: The background set before the document (a group's default, a deep link): a new document
    #: starts from it, else from the document's own required colour (``bg_color`` None).
    default_bg: str | None = None

    @property
    def has_current_preview(self) -> bool:
        return self.preview_version is not None and self.preview_version == self.options_version

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "options": self.options.to_dict(),
            "photo": self.photo.to_dict() if self.photo else None,
            "group_id": self.group_id,
            "editing": self.editing,
            "options_version": self.options_version,
            "preview_version": self.preview_version,
            "options_ready": self.options_ready,
            "default_bg": self.default_bg,
        }

    @classmethod
    def from_dict(cls, state: str, data: dict[str, Any]) -> Session:
        return cls(
            id=data["id"],
            state=State(state),
            options=PhotoOptions.from_dict(data["options"]),
            photo=PhotoRef.from_dict(data["photo"]) if data.get("photo") else None,
            group_id=data.get("group_id"),
            editing=data.get("editing", False),
            options_version=data.get("options_version", 0),
            preview_version=data.get("preview_version"),
            options_ready=data.get("options_ready", False),
            default_bg=data.get("default_bg"),
        )


@dataclass(frozen=True)
class Transition:
    session: Session
    effects: tuple[Effect, ...] = ()
    #: False when nothing visible changed (e.g. a preview for outdated options arrived).
    changed: bool = True


def new_session_id() -> str:
    return secrets.token_urlsafe(6)


def new_session(event: ev.Start) -> Session:
    """A fresh conversation waiting for a photo, with any pre-selected options."""
    return Session(
        id=new_session_id(),
        options=PhotoOptions(spec_id=event.spec_id, bg_color=event.bg_color),
        group_id=event.group_id,
        default_bg=event.bg_color,
    )


def _choose(session: Session, options: PhotoOptions) -> Transition:
    """Apply a changed option and go straight to a preview of it (free, through ``last_id``)."""
    changed = options != session.options
    session = replace(
        session,
        options=options,
        options_version=session.options_version + (1 if changed else 0),
    )
    return _preview(replace(session, editing=False))


def _first_step(session: Session) -> Transition:
    """Right after the photo: the document menu, or the preview when the document is known."""
    if session.options.spec_id:
        return _preview(replace(session, editing=False))
    return Transition(replace(session, state=State.CHOOSING_SPEC, editing=False))


def _final(session: Session, abilities: Abilities) -> Transition:
    """ "Get the final photo": made at once when it is free; a paid one is confirmed first."""
    if abilities.paid_finals:
        return Transition(replace(session, state=State.CONFIRMING))
    return Transition(replace(session, state=State.FINALIZING), effects=(StartFinal(),))


def _preview(session: Session) -> Transition:
    if session.has_current_preview:
        return Transition(replace(session, state=State.REVIEWING))
    return Transition(
        replace(session, state=State.PREVIEWING),
        effects=(StartPreview(session.options_version),),
    )


_SHEET_TEXT_TARGETS = {"label": State.AWAITING_SHEET_LABEL, "qr": State.AWAITING_SHEET_QR}

_CHANGE_TARGETS = {
    "spec": State.CHOOSING_SPEC,
    "background": State.CHOOSING_BACKGROUND,
    "outfit": State.CHOOSING_OUTFIT,
    "touchups": State.CHOOSING_TOUCHUPS,
    "paper": State.CHOOSING_PAPER,
}


def transition(  # noqa: C901 - a dispatch table
    session: Session, event: object, abilities: Abilities = Abilities()
) -> Transition:
    """Apply ``event`` to ``session``. Raises :class:`InvalidEvent` when it does not fit."""
    state = session.state

    def reject() -> InvalidEvent:
        return InvalidEvent(state, event)

    match event:
        case ev.Start():
            return Transition(new_session(event))
        case ev.NewPhoto():
            return Transition(
                replace(
                    session,
                    id=new_session_id(),
                    state=State.AWAITING_PHOTO,
                    photo=None,
                    editing=False,
                    preview_version=None,
                    options_ready=session.photo is not None,
                    options_version=session.options_version + 1,
                )
            )
        case ev.PhotoReceived(photo=photo):
            if state is State.FINALIZING:
                raise reject()
            fresh = replace(
                session,
                photo=photo,
                preview_version=None,
                options_version=session.options_version + 1,
            )
            if state in CHOOSING_STATES:
                return Transition(fresh)  # a new photo mid-way: keep going from this step
            return _first_step(fresh)
        case ev.SpecChosen(spec_id=spec_id):
            if state is not State.CHOOSING_SPEC:
                raise reject()
            # A new document starts from its own background (or the group's default).
            options = replace(
                session.options, spec_id=spec_id, bg_color=session.default_bg, bg_color2=None
            )
            return _choose(session, options)
        case ev.BackgroundChosen(color=color, color2=color2):
            if state not in (State.CHOOSING_BACKGROUND, State.AWAITING_CUSTOM_COLOR):
                raise reject()
            return _choose(session, replace(session.options, bg_color=color, bg_color2=color2))
        case ev.CustomColorRequested():
            if state is not State.CHOOSING_BACKGROUND:
                raise reject()
            return Transition(replace(session, state=State.AWAITING_CUSTOM_COLOR))
        case ev.OutfitChosen(clothes_id=clothes_id):
            if state is not State.CHOOSING_OUTFIT or (
                clothes_id and not (abilities.outfits and is_outfit_id(clothes_id))
            ):
                raise reject()
            return _choose(session, replace(session.options, clothes_id=clothes_id))
        case ev.TouchupCycled(name=name):
            if state is not State.CHOOSING_TOUCHUPS:
                raise reject()
            touchups = session.options.touchups.cycled(name)
            options = replace(session.options, touchups=touchups)
            return Transition(
                replace(session, options=options, options_version=session.options_version + 1)
            )
        case ev.PaperChosen(paper=paper, vertical=vertical):
            if state is not State.CHOOSING_PAPER or paper not in PAPERS:
                raise reject()
            # The paper shapes only the printed sheet, not the preview: no new preview needed.
            options = replace(session.options, paper=paper, vertical=vertical)
            return Transition(replace(session, options=options))
        case ev.SheetColorChosen(color=color):
            if state is not State.CHOOSING_PAPER or color not in SHEET_COLORS:
                raise reject()
            return Transition(replace(session, options=replace(session.options, sheet_color=color)))
        case ev.SheetTextRequested(what=what):
            target = _SHEET_TEXT_TARGETS.get(what)
            if state is not State.CHOOSING_PAPER or target is None:
                raise reject()
            return Transition(replace(session, state=target))
        case ev.SheetTextSet(text=text):
            if state not in SHEET_TEXT_STATES:
                raise reject()
            field = "sheet_label" if state is State.AWAITING_SHEET_LABEL else "sheet_qr"
            options = replace(session.options, **{field: text})
            return Transition(replace(session, state=State.CHOOSING_PAPER, options=options))
        case ev.Continue():
            if state not in (State.CHOOSING_TOUCHUPS, State.CHOOSING_PAPER):
                raise reject()
            return _preview(replace(session, editing=False))
        case ev.ChangeRequested(what=what):
            target = _CHANGE_TARGETS.get(what)
            if target is None or state not in (State.PREVIEWING, State.REVIEWING, State.DONE):
                raise reject()
            if target is State.CHOOSING_OUTFIT and not abilities.outfits:
                raise reject()
            return Transition(replace(session, state=target, editing=True))
        case ev.PreviewRequested():
            if state is not State.REVIEWING or session.photo is None:
                raise reject()
            return _preview(session)
        case ev.ImageUploaded(image_id=image_id):
            if session.photo is None:
                raise reject()
            return Transition(
                replace(session, photo=replace(session.photo, image_id=image_id)), changed=False
            )
        case ev.PhotoJudged(spec_id=spec_id):
            if session.photo is None:
                raise reject()
            judged = session.photo.judged_for
            if spec_id not in judged:
                photo = replace(session.photo, judged_for=(*judged, spec_id))
                session = replace(session, photo=photo)
            return Transition(session, changed=False)
        case ev.PreviewReady(options_version=version):
            if state is not State.PREVIEWING or version != session.options_version:
                return Transition(session, changed=False)  # outdated: a newer one is coming
            return Transition(replace(session, state=State.REVIEWING, preview_version=version))
        case ev.PreviewFailed(options_version=version):
            if state is not State.PREVIEWING or version != session.options_version:
                return Transition(session, changed=False)
            return Transition(replace(session, state=State.REVIEWING))
        case ev.FinalRequested():
            if state is not State.REVIEWING or not session.has_current_preview:
                raise reject()
            return _final(session, abilities)
        case ev.Back():
            if state is State.CONFIRMING:
                return Transition(replace(session, state=State.REVIEWING))
            if state in SHEET_TEXT_STATES:
                return Transition(replace(session, state=State.CHOOSING_PAPER))
            if state in CHOOSING_STATES and session.editing:
                return _preview(replace(session, editing=False))
            raise reject()
        case ev.FinalConfirmed():
            if state is not State.CONFIRMING:
                raise reject()
            return Transition(replace(session, state=State.FINALIZING), effects=(StartFinal(),))
        case ev.FinalDelivered():
            if state is not State.FINALIZING:
                raise reject()
            return Transition(replace(session, state=State.DONE))
        case ev.FinalFailed():
            if state is not State.FINALIZING:
                raise reject()
            return Transition(replace(session, state=State.REVIEWING))
        case ev.AnotherSize():
            if state is not State.DONE:
                raise reject()
            return Transition(replace(session, state=State.CHOOSING_SPEC, editing=True))
    raise reject()
