"""What the user has chosen so far, and the photo they sent, as small immutable values."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, replace
from typing import Any

HEX_COLOR_RE = re.compile(r"^#?([0-9a-fA-F]{6})$")

#: Touch-up strengths a user cycles through with one button each (0 = off).
TOUCHUP_LEVELS: tuple[float, ...] = (0.0, 0.3, 0.6, 0.9)
TOUCHUP_NAMES: tuple[str, ...] = ("bright", "smooth", "thin_face", "sharp")

PAPERS: tuple[str, ...] = ("6inch", "5inch", "a4", "letter")
#: Canvas colours offered for the print sheet (white first: what photo labs expect).
SHEET_COLORS: tuple[str, ...] = ("FFFFFF", "EEEEEE", "DDEEFF")
OUTFIT_GROUPS: dict[str, int] = {"man": 20, "woman": 20, "child": 10}


def parse_hex_color(text: str) -> str | None:
    """``"#438edb"`` / ``"438EDB"`` → ``"438EDB"``; anything else → ``None``."""
    match = HEX_COLOR_RE.match(text.strip())
    return match.group(1).upper() if match else None


def outfit_ids(group: str) -> tuple[str, ...]:
    """Every PicWish clothes id of a group, e.g. ``man_1`` … ``man_20``."""
    return tuple(f"{group}_{n}" for n in range(1, OUTFIT_GROUPS[group] + 1))


def is_outfit_id(value: str) -> bool:
    group, _, number = value.partition("_")
    return group in OUTFIT_GROUPS and number.isdigit() and 1 <= int(number) <= OUTFIT_GROUPS[group]


@dataclass(frozen=True)
class Touchups:
    """Beauty options; each is a strength in [0, 1], 0 meaning off."""

    bright: float = 0.0
    smooth: float = 0.0
    thin_face: float = 0.0
    sharp: float = 0.0

    @property
    def any_on(self) -> bool:
        return any(getattr(self, name) > 0 for name in TOUCHUP_NAMES)

    def cycled(self, name: str) -> Touchups:
        """The next strength of ``name`` (off → light → medium → strong → off)."""
        if name not in TOUCHUP_NAMES:
            raise ValueError(f"unknown touch-up {name!r}")
        current = getattr(self, name)
        later = [level for level in TOUCHUP_LEVELS if level > current]
        return replace(self, **{name: later[0] if later else 0.0})


@dataclass(frozen=True)
class PhotoOptions:
    """Everything that shapes the result; a change makes a new preview necessary."""

    spec_id: str | None = None
    bg_color: str | None = None
    bg_color2: str | None = None
    clothes_id: str | None = None
    touchups: Touchups = field(default_factory=Touchups)
    paper: str = "6inch"
    vertical: bool = False
    #: The print sheet's canvas colour, label and QR code (the photo itself is not affected).
    sheet_color: str = "FFFFFF"
    sheet_label: str | None = None
    sheet_qr: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PhotoOptions:
        values = dict(data)
        values["touchups"] = Touchups(**values.get("touchups", {}))
        return cls(**values)


@dataclass(frozen=True)
class PhotoRef:
    """The user's photo: where the kept original is, PicWish's ``image_id`` once uploaded, the
    photo checks' numbers and the documents its problems were already told for."""

    original_key: str
    width: int
    height: int
    image_id: str | None = None
    #: The photo checks' measures (``PhotoMeasures.to_dict()``; None: face checks are off).
    measures: dict[str, float | None] | None = field(default=None, hash=False)
    #: Spec ids this photo was judged for (its problems are told once per document).
    judged_for: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "judged_for": list(self.judged_for)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PhotoRef:
        values = dict(data)
        values["judged_for"] = tuple(values.get("judged_for", ()))
        return cls(**values)
