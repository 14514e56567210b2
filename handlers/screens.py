"""What each step looks like: the text and the inline keyboard, in the user's language.

Plain words (issue #20): colours by name, never a hex code; no credits (a final is free, or "2 of
3 free photos left"); document buttons by their short titles, one per row when a label is long.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.i18n import mark_rtl_lines, t
from bot.specs import (
    Catalog,
    Spec,
    button_title,
    colour_name,
    localised_title,
    requirements_text,
    short_title,
    size_label,
)
from conversation.machine import Session
from conversation.options import (
    OUTFIT_GROUPS,
    PAPERS,
    SHEET_COLORS,
    TOUCHUP_LEVELS,
    TOUCHUP_NAMES,
    PhotoOptions,
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
#: A button label longer than this many characters gets a row of its own (a phone shows ~18-20).
ROW_LABEL_LIMIT = 18


def thumb_rows(
    buttons: Sequence[InlineKeyboardButton], limit: int = ROW_LABEL_LIMIT
) -> list[list[InlineKeyboardButton]]:
    """Two buttons a row while both labels are short; a long label gets its own row."""
    rows: list[list[InlineKeyboardButton]] = []
    for button in buttons:
        short = len(button.text) <= limit
        last = rows[-1] if rows else None
        if short and last is not None and len(last) == 1 and len(last[0].text) <= limit:
            last.append(button)
        else:
            rows.append([button])
    return rows


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
        finals_left: tuple[int, int, str] | None = None,
        stars: int = 0,
    ):
        self.session = session
        self.lang = lang
        self.catalog = catalog
        #: What the operator pays for a final with given options (users never see it).
        self.final_price = final_price
        #: The backend can put on outfit templates (PicWish can, the offline engine cannot).
        self.outfits = outfits
        #: (left, count, period) when a quota limits the user's free finals, else None.
        self.finals_left = finals_left
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
            State.PREVIEWING: self.working_preview,
            State.REVIEWING: self.review_failed,
            State.CONFIRMING: self.confirm,
            State.FINALIZING: self.working_final,
            State.DONE: self.done,
        }
        return builders[self.session.state]()

    def awaiting_photo(self) -> Screen:
        return Screen(self.t("ask-photo"))

    def spec_buttons(self, specs: Sequence[Spec]) -> list[list[InlineKeyboardButton]]:
        buttons = [
            self.button(button_title(spec, self.lang), Action.SPEC, spec.id) for spec in specs
        ]
        return thumb_rows(buttons)

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

    def allowed_backgrounds(self) -> tuple[str, ...]:
        spec = self.spec()
        if spec is None:
            return ("FFFFFF",)
        return spec.backgrounds or (spec.background,)

    def colour(self, hexa: str) -> str:
        """A colour as a button shows it: the preset's own label, else its name, capitalised."""
        presets = {hex_: label for label, hex_ in BACKGROUNDS}
        if hexa in presets:
            return self.t(presets[hexa])
        name = colour_name(hexa, self.lang)
        return name[:1].upper() + name[1:]

    def choose_background(self) -> Screen:
        """The document's own colours first (✓); any other only with a warning (⚠️)."""
        spec = self.spec()
        allowed = self.allowed_backgrounds()
        buttons = [
            self.button(self.t("btn-bg-ok", color=self.colour(hexa)), Action.BACKGROUND, hexa)
            for hexa in allowed
        ]
        buttons += [
            self.button(self.t("btn-bg-warn", color=self.t(label)), Action.BACKGROUND, hexa)
            for label, hexa in BACKGROUNDS
            if hexa not in allowed
        ]
        rows = thumb_rows(buttons)
        gradient = self.t("btn-bg-warn", color=self.t("bg-gradient"))
        rows.append([self.button(gradient, Action.BACKGROUND, "-".join(GRADIENT))])
        rows.append([self.button(self.t("bg-custom"), Action.CUSTOM_COLOR)])
        rows.append(self.back_row())
        text = self.t(
            "screens-choose-background",
            spec=self.spec_title(spec) if spec else "",
            required=colour_name(allowed[0], self.lang),
        )
        return Screen(text, self.keyboard(rows))

    def background_warning(self) -> str | None:
        """A warning when the chosen background is not one the document accepts."""
        options, spec = self.session.options, self.spec()
        if spec is None or options.bg_color is None:
            return None
        if options.bg_color2 is None and options.bg_color in self.allowed_backgrounds():
            return None
        required = colour_name(self.allowed_backgrounds()[0], self.lang)
        return self.t("screens-bg-warning", spec=self.spec_title(spec), required=required)

    def custom_color(self) -> Screen:
        return Screen(self.t("ask-custom-color"))

    def choose_outfit(self) -> Screen:
        rows = [[self.button(self.t("outfit-own"), Action.OUTFIT, "")]]
        rows += [
            [self.button(self.t(f"outfit-group-{group}"), Action.OUTFIT_GROUP, f"{group}:0")]
            for group in OUTFIT_GROUPS
        ]
        rows.append(self.back_row())
        return Screen(self.t("screens-choose-outfit"), self.keyboard(rows))

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
        return Screen(self.t("choose-touchups-free"), self.keyboard(rows))

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
            *thumb_rows(papers),
            *thumb_rows(orientation),
            *thumb_rows(canvas),
            *thumb_rows(extras),
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

    def working_preview(self) -> Screen:
        """While the free preview is made (no progress edits: the preview replaces it)."""
        return Screen(self.t("screens-previewing"))

    def working_final(self) -> Screen:
        """The preview's caption while the final is made (the preview stays in the chat)."""
        caption = self.preview_caption() if self.spec() else ""
        return Screen(f"{caption}\n\n{self.t('screens-finalizing')}".strip())

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

    def background_name(self, spec: Spec) -> str:
        options = self.session.options
        first = colour_name(options.bg_color or spec.background, self.lang)
        if options.bg_color2:
            return f"{first} → {colour_name(options.bg_color2, self.lang)}"
        return first

    def outfit_name(self) -> str:
        clothes_id = self.session.options.clothes_id
        if not clothes_id:
            return self.t("outfit-none")
        group, _, number = clothes_id.partition("_")
        return self.t("outfit-item", group=group, number=number)

    def price_line(self) -> str:
        """What the final costs the user: its price in ⭐ when finals are sold in Telegram Stars,
        else nothing ("2 of 3 free photos left" under a quota)."""
        paper = self.t(f"paper-{self.session.options.paper}")
        if self.stars:
            return self.t("screens-final-stars", stars=self.stars)
        if self.finals_left is not None:
            left, count, period = self.finals_left
            return self.t("screens-finals-left", paper=paper, left=left, count=count, period=period)
        return self.t("screens-final-free", paper=paper)

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
        caption = self.t(
            "screens-preview-caption",
            spec=self.spec_title(spec),
            size=size_label(spec, self.lang),
            background=self.background_name(spec),
            outfit=self.outfit_name(),
            touchups=", ".join(touchups) or self.t("touchups-none"),
        )
        lines = [caption, self.price_line(), self.background_warning()]
        return "\n".join(line for line in lines if line)

    def review_failed(self, reason: str | None = None) -> Screen:
        """The review screen without a fresh preview photo (e.g. after a failure)."""
        offer_final = self.session.has_current_preview
        text = reason or (self.preview_caption() if self.spec() else "")
        return Screen(text, self.review_keyboard(offer_final=offer_final))

    def confirm(self) -> Screen:
        """A paid final's confirmation (the payments work turns it into the invoice)."""
        paper = self.t(f"paper-{self.session.options.paper}")
        rows = [
            [self.button(self.t("btn-confirm-free"), Action.CONFIRM)],
            [self.button(self.t("btn-back"), Action.BACK)],
        ]
        return Screen(self.t("screens-confirm-final", paper=paper), self.keyboard(rows))

    def done(self) -> Screen:
        rows = [
            [self.button(self.t("btn-another-size"), Action.ANOTHER)],
            [self.button(self.t("btn-new-photo"), Action.NEW_PHOTO)],
        ]
        return Screen(self.t("screens-done"), self.keyboard(rows))


def spec_title(spec: Spec, lang: str) -> str:
    """Flag and the document's name as its button says it, e.g. "🇩🇪 German passport" (one name
    per document on every screen)."""
    return f"{spec.flag} {short_title(spec, lang)}".strip()


def rules_card(spec: Spec, lang: str) -> str:
    """The document's rules as one text (what the document menu becomes once it is chosen),
    headed by the document's name as its button says it."""
    lines = requirements_text(spec, lang).split("\n")
    if lines and localised_title(spec, lang) in lines[0]:
        lines[0] = spec_title(spec, lang)
    return mark_rtl_lines("\n".join(lines), lang)


def color_label(lang: str, hex_color: str) -> str:
    """A colour by its name in ``lang`` (users never see hex codes)."""
    return colour_name(hex_color, lang)
