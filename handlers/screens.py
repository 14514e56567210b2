"""What each step looks like: the text and the inline keyboard, in the user's language."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.i18n import t
from bot.specs import Catalog, Spec, localised_title, size_label
from conversation.machine import Session
from conversation.options import (
    OUTFIT_GROUPS,
    PAPERS,
    SHEET_COLORS,
    TOUCHUP_LEVELS,
    TOUCHUP_NAMES,
    PhotoOptions,
    Touchups,
    outfit_ids,
)
from conversation.states import State
from handlers.buttons import Action, FlowButton

SPECS_PER_PAGE = 8
OUTFITS_PER_PAGE = 10
#: Background presets offered after the spec's own colour: label id → hex.
BACKGROUNDS: tuple[tuple[str, str], ...] = (
    ("bg-white", "FFFFFF"),
    ("bg-light-grey", "F0F0F0"),
    ("bg-blue", "438EDB"),
    ("bg-red", "FF0000"),
)
GRADIENT = ("438EDB", "FFFFFF")


@dataclass(frozen=True)
class Screen:
    text: str
    keyboard: InlineKeyboardMarkup | None = None

    def with_note(self, note: str) -> Screen:
        """The same screen with ``note`` above its text (one message, not two)."""
        return replace(self, text=f"{note}\n\n{self.text}")


class ScreenBuilder:
    """Builds screens for one user's session (their language, their session id)."""

    def __init__(
        self,
        session: Session,
        lang: str,
        catalog: Catalog,
        final_price: Callable[[Spec, PhotoOptions], int],
        outfits: bool = True,
        stars: int = 0,
    ):
        self.session = session
        self.lang = lang
        self.catalog = catalog
        #: Credits the final costs with given options (0: the backend makes it for free).
        self.final_price = final_price
        #: The backend can put on outfit templates (PicWish can, the offline engine cannot).
        self.outfits = outfits
        #: What the final costs the user in Telegram Stars (0: no invoice; issue 15).
        self.stars = stars

    # -- small helpers ---------------------------------------------------------------------
    def t(self, message_id: str, **args: object) -> str:
        return t(self.lang, message_id, **args)

    def button(self, label: str, action: Action, arg: str = "") -> InlineKeyboardButton:
        data = FlowButton(self.session.id, action, arg).encode()
        return InlineKeyboardButton(label, callback_data=data)

    @staticmethod
    def keyboard(rows: Sequence[Sequence[InlineKeyboardButton]]) -> InlineKeyboardMarkup:
        return InlineKeyboardMarkup([list(row) for row in rows if row])

    def spec(self) -> Spec | None:
        spec_id = self.session.options.spec_id
        return self.catalog.get(spec_id) if spec_id else None

    def spec_title(self, spec: Spec) -> str:
        return spec_title(spec, self.lang)

    def price(self, options: PhotoOptions | None = None) -> int:
        spec = self.spec()
        if spec is None:
            return 0
        return self.final_price(spec, options or self.session.options)

    @property
    def free(self) -> bool:
        """The final costs nothing (the offline engine): no credits are named anywhere."""
        return self.spec() is not None and self.price() == 0

    def back_row(self) -> list[InlineKeyboardButton]:
        return [self.button(self.t("btn-back"), Action.BACK)] if self.session.editing else []

    # -- screens ----------------------------------------------------------------------------
    def for_state(self) -> Screen:
        builders = {
            State.AWAITING_PHOTO: self.awaiting_photo,
            State.CHOOSING_SPEC: self.choose_spec,
            State.CHOOSING_BACKGROUND: self.choose_background,
            State.AWAITING_CUSTOM_COLOR: self.custom_color,
            State.CHOOSING_OUTFIT: self.choose_outfit,
            State.CHOOSING_TOUCHUPS: self.choose_touchups,
            State.CHOOSING_PAPER: self.choose_paper,
            State.AWAITING_SHEET_LABEL: lambda: self.ask_sheet_text("label"),
            State.AWAITING_SHEET_QR: lambda: self.ask_sheet_text("qr"),
            State.PREVIEWING: lambda: self.progress("previewing", 0),
            State.REVIEWING: self.review_failed,
            State.CONFIRMING: self.confirm,
            State.FINALIZING: lambda: self.progress("finalizing", 0),
            State.DONE: self.done,
        }
        return builders[self.session.state]()

    def awaiting_photo(self) -> Screen:
        return Screen(self.t("ask-photo"))

    def spec_buttons(self, specs: Sequence[Spec]) -> list[list[InlineKeyboardButton]]:
        buttons = [self.button(self.spec_title(spec), Action.SPEC, spec.id) for spec in specs]
        return [buttons[i : i + 2] for i in range(0, len(buttons), 2)]

    def choose_spec(self, page: int = 0) -> Screen:
        specs = self.catalog.popular()
        pages = max(1, -(-len(specs) // SPECS_PER_PAGE))
        page = min(max(page, 0), pages - 1)
        shown = specs[page * SPECS_PER_PAGE : (page + 1) * SPECS_PER_PAGE]
        nav = []
        if page > 0:
            nav.append(self.button(self.t("btn-prev"), Action.SPEC_PAGE, str(page - 1)))
        if page + 1 < pages:
            nav.append(self.button(self.t("btn-more"), Action.SPEC_PAGE, str(page + 1)))
        rows = [*self.spec_buttons(shown), nav, self.back_row()]
        return Screen(self.t("choose-spec"), self.keyboard(rows))

    def spec_results(self, query: str, specs: Sequence[Spec]) -> Screen:
        if not specs:
            return Screen(self.t("spec-search-none", query=query), self.keyboard([self.back_row()]))
        rows = [*self.spec_buttons(specs), self.back_row()]
        return Screen(self.t("spec-search-results", query=query), self.keyboard(rows))

    def choose_background(self) -> Screen:
        spec = self.spec()
        required = spec.background if spec else "FFFFFF"
        title = self.spec_title(spec) if spec else ""
        rows: list[list[InlineKeyboardButton]] = [
            [
                self.button(
                    self.t("bg-required", color=color_label(self.lang, required)),
                    Action.BACKGROUND,
                    required,
                )
            ]
        ]
        presets = [(label, hex_) for label, hex_ in BACKGROUNDS if hex_ != required]
        buttons = [self.button(self.t(label), Action.BACKGROUND, hex_) for label, hex_ in presets]
        rows += [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
        rows.append([self.button(self.t("bg-gradient"), Action.BACKGROUND, "-".join(GRADIENT))])
        rows.append([self.button(self.t("bg-custom"), Action.CUSTOM_COLOR)])
        rows.append(self.back_row())
        text = self.t("choose-background", spec=title, required=color_label(self.lang, required))
        return Screen(text, self.keyboard(rows))

    def custom_color(self) -> Screen:
        return Screen(self.t("ask-custom-color"))

    def choose_outfit(self) -> Screen:
        base = self.price(_without_outfit(self.session.options))
        with_outfit = self.price(_with_outfit(self.session.options))
        rows = [[self.button(self.t("outfit-own"), Action.OUTFIT, "")]]
        rows += [
            [self.button(self.t(f"outfit-group-{group}"), Action.OUTFIT_GROUP, f"{group}:0")]
            for group in OUTFIT_GROUPS
        ]
        rows.append(self.back_row())
        return Screen(self.t("choose-outfit", credits=with_outfit, base=base), self.keyboard(rows))

    def outfit_page(self, group: str, page: int) -> Screen:
        ids = outfit_ids(group)
        pages = -(-len(ids) // OUTFITS_PER_PAGE)
        page = min(max(page, 0), pages - 1)
        shown = ids[page * OUTFITS_PER_PAGE : (page + 1) * OUTFITS_PER_PAGE]
        buttons = [
            self.button(
                self.t("outfit-item", group=group, number=oid.split("_")[1]), Action.OUTFIT, oid
            )
            for oid in shown
        ]
        rows = [buttons[i : i + 5] for i in range(0, len(buttons), 5)]
        nav = [self.button(self.t("btn-back"), Action.OUTFIT_GROUP, "")]
        if page > 0:
            nav.append(self.button(self.t("btn-prev"), Action.OUTFIT_GROUP, f"{group}:{page - 1}"))
        if page + 1 < pages:
            nav.append(self.button(self.t("btn-more"), Action.OUTFIT_GROUP, f"{group}:{page + 1}"))
        rows.append(nav)
        return Screen(self.t("outfit-pick"), self.keyboard(rows))

    def choose_touchups(self) -> Screen:
        touchups = self.session.options.touchups
        extra = self.price(_with_touchup(self.session.options)) - self.price(
            _without_touchups(self.session.options)
        )
        rows = [
            [
                self.button(
                    self.t(
                        f"touchup-{name}",
                        level=self.t(
                            "touchup-level", level=TOUCHUP_LEVELS.index(getattr(touchups, name))
                        ),
                    ),
                    Action.TOUCHUP,
                    name,
                )
            ]
            for name in TOUCHUP_NAMES
        ]
        rows.append([self.button(self.t("btn-continue"), Action.CONTINUE)])
        if self.free:
            return Screen(self.t("choose-touchups-free"), self.keyboard(rows))
        return Screen(self.t("choose-touchups", credits=extra), self.keyboard(rows))

    def choose_paper(self) -> Screen:
        options = self.session.options
        papers = [
            self.button(
                self.mark(self.t(f"paper-{paper}"), paper == options.paper),
                Action.PAPER,
                f"{paper}:{int(options.vertical)}",
            )
            for paper in PAPERS
        ]
        orientation = [
            self.button(
                self.mark(self.t("paper-horizontal"), not options.vertical),
                Action.PAPER,
                f"{options.paper}:0",
            ),
            self.button(
                self.mark(self.t("paper-vertical"), options.vertical),
                Action.PAPER,
                f"{options.paper}:1",
            ),
        ]
        canvas = [
            self.button(
                self.mark(self.t(f"sheet-canvas-{color.lower()}"), color == options.sheet_color),
                Action.SHEET_COLOR,
                color,
            )
            for color in SHEET_COLORS
        ]
        label = options.sheet_label
        extras = [
            self.button(
                self.t("btn-sheet-label-set", text=label.replace("\n", " / "))
                if label
                else self.t("btn-sheet-label"),
                Action.SHEET_TEXT,
                "label",
            ),
            self.button(
                self.t("btn-sheet-qr-set") if options.sheet_qr else self.t("btn-sheet-qr"),
                Action.SHEET_TEXT,
                "qr",
            ),
        ]
        rows = [
            papers[:2],
            papers[2:],
            orientation,
            canvas,
            extras,
            [self.button(self.t("btn-continue"), Action.CONTINUE)],
        ]
        return Screen(self.t("choose-paper"), self.keyboard(rows))

    def ask_sheet_text(self, what: str) -> Screen:
        """Type the sheet's label (or QR code text); or print none; or go back."""
        rows = [
            [
                self.button(self.t(f"btn-sheet-{what}-none"), Action.SHEET_NONE),
                self.button(self.t("btn-back"), Action.BACK),
            ]
        ]
        return Screen(self.t(f"ask-sheet-{what}"), self.keyboard(rows))

    def mark(self, label: str, selected: bool) -> str:
        return self.t("paper-current", label=label) if selected else label

    def progress(self, message_id: str, percent: int) -> Screen:
        return Screen(self.t(message_id, percent=percent))

    def review_keyboard(self, *, offer_final: bool) -> InlineKeyboardMarkup:
        outfit = (
            [self.button(self.t("btn-change-outfit"), Action.CHANGE, "outfit")]
            if self.outfits
            else []
        )
        rows = [
            [
                self.button(self.t("btn-change-spec"), Action.CHANGE, "spec"),
                self.button(self.t("btn-change-background"), Action.CHANGE, "background"),
            ],
            [*outfit, self.button(self.t("btn-change-touchups"), Action.CHANGE, "touchups")],
            [
                self.button(self.t("btn-change-paper"), Action.CHANGE, "paper"),
                self.button(self.t("btn-new-photo"), Action.NEW_PHOTO),
            ],
        ]
        if offer_final:
            label = self.t("btn-pay-final", stars=self.stars) if self.stars else self.t("btn-final")
            rows.insert(0, [self.button(label, Action.FINAL)])
        else:
            rows.insert(0, [self.button(self.t("btn-retry-preview"), Action.RETRY)])
        return self.keyboard(rows)

    def preview_caption(self) -> str:
        options = self.session.options
        spec = self.spec()
        assert spec is not None
        touchups = [
            self.t(
                f"touchup-{name}",
                level=self.t(
                    "touchup-level", level=TOUCHUP_LEVELS.index(getattr(options.touchups, name))
                ),
            )
            for name in TOUCHUP_NAMES
            if getattr(options.touchups, name) > 0
        ]
        background = options.bg_color or spec.background
        if options.bg_color2:
            background = f"#{background}→#{options.bg_color2}"
        else:
            background = f"#{background}"
        outfit = (
            self.t(
                "outfit-item",
                group=options.clothes_id.split("_")[0],
                number=options.clothes_id.split("_")[1],
            )
            if options.clothes_id
            else self.t("outfit-none")
        )
        args = {
            "spec": self.spec_title(spec),
            "size": size_label(spec, self.lang),
            "background": background,
            "outfit": outfit,
            "touchups": ", ".join(touchups) or self.t("touchups-none"),
            "paper": self.t(f"paper-{options.paper}"),
        }
        if self.stars:
            del args["paper"]
            return self.t("pay-preview-caption", stars=self.stars, **args)
        if self.free:
            return self.t("preview-caption-free", **args)
        return self.t("preview-caption", credits=self.price(), **args)

    def review_failed(self, reason: str | None = None) -> Screen:
        """The review screen without a fresh preview photo (e.g. after a failure)."""
        offer_final = self.session.has_current_preview
        text = reason or (self.preview_caption() if self.spec() else "")
        return Screen(text, self.review_keyboard(offer_final=offer_final))

    def confirm(self) -> Screen:
        paper = self.t(f"paper-{self.session.options.paper}")
        if self.free:
            label, text = self.t("btn-confirm-free"), self.t("confirm-final-free", paper=paper)
        else:
            credits = self.price()
            label = self.t("btn-confirm", credits=credits)
            text = self.t("confirm-final", credits=credits, paper=paper)
        rows = [
            [self.button(label, Action.CONFIRM)],
            [self.button(self.t("btn-back"), Action.BACK)],
        ]
        return Screen(text, self.keyboard(rows))

    def done(self) -> Screen:
        rows = [
            [self.button(self.t("btn-another-size"), Action.ANOTHER)],
            [self.button(self.t("btn-new-photo"), Action.NEW_PHOTO)],
        ]
        return Screen(self.t("done"), self.keyboard(rows))


def _without_outfit(options: PhotoOptions) -> PhotoOptions:
    return replace(options, clothes_id=None)


def _with_outfit(options: PhotoOptions) -> PhotoOptions:
    return replace(options, clothes_id="man_1")


def _without_touchups(options: PhotoOptions) -> PhotoOptions:
    return replace(options, touchups=Touchups())


def _with_touchup(options: PhotoOptions) -> PhotoOptions:
    return replace(options, touchups=Touchups(bright=TOUCHUP_LEVELS[1]))


def spec_title(spec: Spec, lang: str) -> str:
    """Flag and the document's name in the user's language, e.g. "🇩🇪 Germany passport"."""
    return f"{spec.flag} {localised_title(spec, lang)}".strip()


def color_label(lang: str, hex_color: str) -> str:
    names = {hex_: label for label, hex_ in BACKGROUNDS}
    return t(lang, names[hex_color]) if hex_color in names else f"#{hex_color}"
