"""A photo job: what the user asked for, in the bot's own terms, for whichever backend makes it.

No wire format here: the PicWish client turns a job into its request (``bot.picwish.mapping``),
the offline engine into its render target (``bot.engine.target``).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from bot.specs import Spec
from conversation.options import PhotoOptions, Touchups


@dataclass(frozen=True)
class SheetLayout:
    """A printable sheet the backend lays out itself (PicWish can; the bot draws it otherwise)."""

    paper: str
    vertical: bool
    color: str
    qr: str | None = None
    label: str | None = None


@dataclass(frozen=True)
class PhotoJob:
    """One photo to make: the document (size, head and eye bands, file), the looks, the photo.

    The photo is either the upload's bytes or the backend's id for a photo it already holds
    (``image_id``, so "change options and preview again" does not send it twice).
    """

    spec: Spec
    background: str
    background2: str | None = None
    outfit: str | None = None
    touchups: Touchups = field(default_factory=Touchups)
    #: A free, watermarked preview (True) or the final.
    preview: bool = True
    #: The sheet the backend should lay out with the final (None: the bot draws it).
    sheet: SheetLayout | None = None
    upload: bytes | None = field(default=None, repr=False)
    image_id: str | None = None

    def with_upload(self, data: bytes) -> PhotoJob:
        return replace(self, upload=data, image_id=None)

    def with_image_id(self, image_id: str) -> PhotoJob:
        return replace(self, upload=None, image_id=image_id)


def photo_job(
    spec: Spec, options: PhotoOptions, *, preview: bool, backend_sheet: bool = False
) -> PhotoJob:
    """The job for the user's ``options``; ``backend_sheet``: the backend lays out the sheet."""
    sheet = None
    if backend_sheet and not preview:
        sheet = SheetLayout(
            paper=options.paper,
            vertical=options.vertical,
            color=options.sheet_color,
            qr=options.sheet_qr,
            label=options.sheet_label,
        )
    return PhotoJob(
        spec=spec,
        background=options.bg_color or spec.background,
        background2=options.bg_color2,
        outfit=options.clothes_id,
        touchups=options.touchups,
        preview=preview,
        sheet=sheet,
    )
