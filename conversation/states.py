"""The steps of the conversation, in the order a user meets them."""

from __future__ import annotations

from enum import StrEnum


class State(StrEnum):
    AWAITING_PHOTO = "awaiting_photo"
    CHOOSING_SPEC = "choosing_spec"
    CHOOSING_BACKGROUND = "choosing_background"
    AWAITING_CUSTOM_COLOR = "awaiting_custom_color"
    CHOOSING_OUTFIT = "choosing_outfit"
    CHOOSING_TOUCHUPS = "choosing_touchups"
    CHOOSING_PAPER = "choosing_paper"
    AWAITING_SHEET_LABEL = "awaiting_sheet_label"
    AWAITING_SHEET_QR = "awaiting_sheet_qr"
    PREVIEWING = "previewing"
    REVIEWING = "reviewing"
    CONFIRMING = "confirming"
    FINALIZING = "finalizing"
    DONE = "done"


#: States in which the user is picking an option (a change after a preview returns to a preview).
CHOOSING_STATES = frozenset(
    {
        State.CHOOSING_SPEC,
        State.CHOOSING_BACKGROUND,
        State.AWAITING_CUSTOM_COLOR,
        State.CHOOSING_OUTFIT,
        State.CHOOSING_TOUCHUPS,
        State.CHOOSING_PAPER,
        State.AWAITING_SHEET_LABEL,
        State.AWAITING_SHEET_QR,
    }
)

#: States waiting for the user to type the print sheet's label or QR code text.
SHEET_TEXT_STATES = frozenset({State.AWAITING_SHEET_LABEL, State.AWAITING_SHEET_QR})

#: States in which the bot is waiting for PicWish.
WORKING_STATES = frozenset({State.PREVIEWING, State.FINALIZING})
