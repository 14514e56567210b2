"""Every inline button's meaning, in one place: the actions, and one typed family per kind of menu.

Button data is ``<owner>|<action>|<argument>``, always within Telegram's 64 bytes. The owner says
which family a button belongs to, and each family is routed by python-telegram-bot's
``CallbackQueryHandler(callback, pattern=Family.matches)`` (see ``handlers/__init__.py``):

* :class:`FlowButton` — the private conversation; the owner is the session id, so a button from
  an older or finished conversation is recognised as expired instead of acting on this one;
* :class:`LanguageButton` — the private ``/language`` menu (owner ``~``: it never expires);
* :class:`GroupButton` — a group admin's menu (owner ``@<user id>``: only its opener may use it).

Screens draw buttons with ``encode()``; handlers ``decode()`` the tap. Decoding validates every
value (known action, well-formed argument) and gives ``None`` for anything else: forged or outdated
data never reaches a handler's logic.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from bot.i18n import available_languages
from conversation import events as ev
from conversation.options import (
    OUTFIT_GROUPS,
    PAPERS,
    SHEET_COLORS,
    TOUCHUP_NAMES,
    is_outfit_id,
    parse_hex_color,
)

MAX_BYTES = 64
SEPARATOR = "|"
#: Owner of the private language menu, and the prefix of a group admin's menus.
LANGUAGE_OWNER = "~"
GROUP_OWNER_PREFIX = "@"


class Action(StrEnum):
    """What a tap asks for (the middle part of the button data)."""

    # the private conversation (FlowButton)
    SPEC = "spec"
    SPEC_PAGE = "specpage"
    BACKGROUND = "bg"
    CUSTOM_COLOR = "bgcustom"
    OUTFIT = "outfit"
    OUTFIT_GROUP = "outfitgroup"
    TOUCHUP = "touchup"
    CONTINUE = "continue"
    PAPER = "paper"
    SHEET_COLOR = "sheetcolor"
    SHEET_TEXT = "sheettext"
    SHEET_NONE = "sheetnone"
    CHANGE = "change"
    RETRY = "retry"
    FINAL = "final"
    CONFIRM = "confirm"
    BACK = "back"
    NEW_PHOTO = "newphoto"
    ANOTHER = "another"
    # the private language menu (LanguageButton)
    LANGUAGE = "lang"
    # a group admin's menus (GroupButton)
    GROUP_SPEC = "gspec"
    GROUP_LANGUAGE = "glang"


#: Taps that only page through a menu (no state change).
NAVIGATION = frozenset({Action.SPEC_PAGE, Action.OUTFIT_GROUP})
#: Taps that lead to a charged final: checked against quotas, budgets and ceilings first.
CHARGED = frozenset({Action.FINAL, Action.CONFIRM})
#: What "change" may ask to change after a preview.
CHANGEABLE = ("spec", "background", "outfit", "touchups", "paper")
SHEET_TEXTS = ("label", "qr")


def _split(data: object) -> tuple[str, Action, str] | None:
    if not isinstance(data, str) or len(data.encode()) > MAX_BYTES:
        return None
    parts = data.split(SEPARATOR)
    if len(parts) != 3 or not parts[0]:
        return None
    try:
        return parts[0], Action(parts[1]), parts[2]
    except ValueError:
        return None


def _join(owner: str, action: Action, arg: str) -> str:
    data = SEPARATOR.join((owner, action.value, arg))
    if len(data.encode()) > MAX_BYTES:
        raise ValueError(f"callback data over {MAX_BYTES} bytes: {data!r}")
    return data


def _page(text: str) -> int | None:
    return int(text) if text.isdigit() and len(text) <= 3 else None


def _outfit_page(arg: str) -> bool:
    """``""`` (the outfit groups) or ``<group>:<page>``."""
    if not arg:
        return True
    group, sep, page = arg.partition(":")
    return bool(sep) and group in OUTFIT_GROUPS and _page(page) is not None


def _paper(arg: str) -> bool:
    paper, sep, vertical = arg.partition(":")
    return bool(sep) and paper in PAPERS and vertical in ("0", "1")


def _background(arg: str) -> bool:
    colors = arg.split("-")
    return len(colors) <= 2 and all(parse_hex_color(c) == c for c in colors)


#: Which argument each action of the conversation accepts (the spec id is checked against the
#: catalog by the handler: an unknown document has its own answer).
_VALID_ARGS = {
    Action.SPEC: lambda arg: bool(arg),
    Action.SPEC_PAGE: lambda arg: _page(arg) is not None,
    Action.BACKGROUND: _background,
    Action.OUTFIT: lambda arg: not arg or is_outfit_id(arg),
    Action.OUTFIT_GROUP: _outfit_page,
    Action.TOUCHUP: lambda arg: arg in TOUCHUP_NAMES,
    Action.PAPER: _paper,
    Action.SHEET_COLOR: lambda arg: arg in SHEET_COLORS,
    Action.SHEET_TEXT: lambda arg: arg in SHEET_TEXTS,
    Action.CHANGE: lambda arg: arg in CHANGEABLE,
    **{
        action: lambda arg: not arg
        for action in (
            Action.CUSTOM_COLOR,
            Action.CONTINUE,
            Action.SHEET_NONE,
            Action.RETRY,
            Action.FINAL,
            Action.CONFIRM,
            Action.BACK,
            Action.NEW_PHOTO,
            Action.ANOTHER,
        )
    },
}


@dataclass(frozen=True)
class FlowButton:
    """A button of the private conversation, tied to the session that showed it."""

    session_id: str
    action: Action
    arg: str = ""

    def encode(self) -> str:
        return _join(self.session_id, self.action, self.arg)

    @classmethod
    def decode(cls, data: object) -> FlowButton | None:
        parts = _split(data)
        if parts is None:
            return None
        owner, action, arg = parts
        if owner.startswith((LANGUAGE_OWNER, GROUP_OWNER_PREFIX)):
            return None
        valid = _VALID_ARGS.get(action)
        return cls(owner, action, arg) if valid is not None and valid(arg) else None

    @classmethod
    def matches(cls, data: object) -> bool:
        """A well-formed conversation button that changes the conversation."""
        button = cls.decode(data)
        return button is not None and button.action not in NAVIGATION

    @classmethod
    def matches_navigation(cls, data: object) -> bool:
        """A well-formed conversation button that pages through a menu."""
        button = cls.decode(data)
        return button is not None and button.action in NAVIGATION

    @property
    def page(self) -> int:
        """The page a ``specpage``/``outfitgroup`` button shows (0: the first)."""
        return _page(self.arg.rpartition(":")[2]) or 0

    @property
    def outfit_group(self) -> str | None:
        """The outfit group an ``outfitgroup`` button opens (None: the list of groups)."""
        return self.arg.partition(":")[0] or None

    def event(self) -> object:
        """The conversation event this tap stands for (``ValueError`` for a navigation tap)."""
        arg = self.arg
        match self.action:
            case Action.SPEC:
                return ev.SpecChosen(arg)
            case Action.BACKGROUND:
                color, _, color2 = arg.partition("-")
                return ev.BackgroundChosen(color, color2 or None)
            case Action.OUTFIT:
                return ev.OutfitChosen(arg or None)
            case Action.TOUCHUP:
                return ev.TouchupCycled(arg)
            case Action.PAPER:
                paper, _, vertical = arg.partition(":")
                return ev.PaperChosen(paper, vertical == "1")
            case Action.SHEET_COLOR:
                return ev.SheetColorChosen(arg)
            case Action.SHEET_TEXT:
                return ev.SheetTextRequested(arg)
            case Action.CHANGE:
                return ev.ChangeRequested(arg)
        simple = _SIMPLE_EVENTS.get(self.action)
        if simple is None:
            raise ValueError(f"{self.action} is not a conversation event")
        return simple()


#: Taps whose event carries nothing.
_SIMPLE_EVENTS: dict[Action, Callable[[], object]] = {
    Action.CUSTOM_COLOR: ev.CustomColorRequested,
    Action.CONTINUE: ev.Continue,
    Action.SHEET_NONE: lambda: ev.SheetTextSet(None),
    Action.RETRY: ev.PreviewRequested,
    Action.FINAL: ev.FinalRequested,
    Action.CONFIRM: ev.FinalConfirmed,
    Action.BACK: ev.Back,
    Action.NEW_PHOTO: ev.NewPhoto,
    Action.ANOTHER: ev.AnotherSize,
}


@dataclass(frozen=True)
class LanguageButton:
    """A choice in the private ``/language`` menu."""

    lang: str

    def encode(self) -> str:
        return _join(LANGUAGE_OWNER, Action.LANGUAGE, self.lang)

    @classmethod
    def decode(cls, data: object) -> LanguageButton | None:
        parts = _split(data)
        if parts is None:
            return None
        owner, action, lang = parts
        ok = owner == LANGUAGE_OWNER and action is Action.LANGUAGE
        return cls(lang) if ok and lang in available_languages() else None

    @classmethod
    def matches(cls, data: object) -> bool:
        return cls.decode(data) is not None


@dataclass(frozen=True)
class GroupButton:
    """A group admin's menu: the group's document (``gspec``) or language (``glang``)."""

    admin_id: int
    action: Action
    arg: str

    def encode(self) -> str:
        return _join(f"{GROUP_OWNER_PREFIX}{self.admin_id}", self.action, self.arg)

    @classmethod
    def decode(cls, data: object) -> GroupButton | None:
        parts = _split(data)
        if parts is None:
            return None
        owner, action, arg = parts
        admin = owner.removeprefix(GROUP_OWNER_PREFIX)
        if owner == admin or not admin.isdigit() or not arg:
            return None
        if action is Action.GROUP_LANGUAGE and arg in available_languages():
            return cls(int(admin), action, arg)
        if action is Action.GROUP_SPEC:
            return cls(int(admin), action, arg)
        return None

    @classmethod
    def matches_spec(cls, data: object) -> bool:
        button = cls.decode(data)
        return button is not None and button.action is Action.GROUP_SPEC

    @classmethod
    def matches_language(cls, data: object) -> bool:
        button = cls.decode(data)
        return button is not None and button.action is Action.GROUP_LANGUAGE
