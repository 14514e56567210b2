"""What can happen to a conversation: one small dataclass per user action or job outcome."""

from __future__ import annotations

from dataclasses import dataclass

from conversation.options import PhotoRef


@dataclass(frozen=True)
class Start:
    """``/start`` or ``/new``: begin again, with optional pre-selected options."""

    spec_id: str | None = None
    bg_color: str | None = None
    group_id: int | None = None


@dataclass(frozen=True)
class NewPhoto:
    """ "New photo": a new conversation keeping the chosen options; the photo goes to a preview."""


@dataclass(frozen=True)
class PhotoReceived:
    photo: PhotoRef


@dataclass(frozen=True)
class SpecChosen:
    spec_id: str


@dataclass(frozen=True)
class BackgroundChosen:
    color: str
    color2: str | None = None


@dataclass(frozen=True)
class CustomColorRequested:
    pass


@dataclass(frozen=True)
class OutfitChosen:
    clothes_id: str | None


@dataclass(frozen=True)
class TouchupCycled:
    name: str


@dataclass(frozen=True)
class PaperChosen:
    paper: str
    vertical: bool


@dataclass(frozen=True)
class SheetColorChosen:
    color: str


@dataclass(frozen=True)
class SheetTextRequested:
    """Type the print sheet's ``label`` or ``qr`` text next."""

    what: str


@dataclass(frozen=True)
class SheetTextSet:
    """The typed label or QR text (already checked against what can be printed:
    ``bot.imaging.sheet_extras.printed_label`` / ``printable_qr``), or None to print none."""

    text: str | None


@dataclass(frozen=True)
class Continue:
    """ "Next" on a step with several toggles (touch-ups, paper)."""


@dataclass(frozen=True)
class ChangeRequested:
    """After a preview: change one option (``spec``, ``background``, ``outfit``, ``touchups``,
    ``paper``), then see a new preview."""

    what: str


@dataclass(frozen=True)
class PreviewRequested:
    """Make (again) the preview for the current options."""


@dataclass(frozen=True)
class PreviewReady:
    image_id: str
    options_version: int


@dataclass(frozen=True)
class PreviewFailed:
    options_version: int


@dataclass(frozen=True)
class PhotoJudged:
    """The photo checks' verdict for document ``spec_id`` was told (once per photo and document)."""

    spec_id: str


@dataclass(frozen=True)
class ImageUploaded:
    """PicWish now holds the photo under ``image_id`` (reused as ``last_id`` from now on)."""

    image_id: str


@dataclass(frozen=True)
class FinalRequested:
    pass


@dataclass(frozen=True)
class FinalConfirmed:
    pass


@dataclass(frozen=True)
class Back:
    pass


@dataclass(frozen=True)
class FinalDelivered:
    pass


@dataclass(frozen=True)
class FinalFailed:
    pass


@dataclass(frozen=True)
class AnotherSize:
    """After the documents: same photo, another document (a new free preview via ``last_id``)."""


Event = (
    Start
    | PhotoReceived
    | SpecChosen
    | BackgroundChosen
    | CustomColorRequested
    | OutfitChosen
    | TouchupCycled
    | PaperChosen
    | SheetColorChosen
    | SheetTextRequested
    | SheetTextSet
    | Continue
    | ChangeRequested
    | PreviewRequested
    | PreviewReady
    | PreviewFailed
    | ImageUploaded
    | PhotoJudged
    | FinalRequested
    | FinalConfirmed
    | Back
    | FinalDelivered
    | FinalFailed
    | AnotherSize
)
