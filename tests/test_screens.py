"""The screens on their own: labels that fit a thumb, colours by name, no credits."""

from __future__ import annotations

from telegram import InlineKeyboardButton

from bot.i18n import t
from bot.specs import load_catalog
from conversation.machine import Session
from conversation.options import PhotoOptions
from conversation.states import State
from handlers.screens import ScreenBuilder, color_label, thumb_rows
from tests.wording import wording_problems

CATALOG = load_catalog()


def builder(lang: str = "en", finals_left=None, **options: object) -> ScreenBuilder:
    session = Session(
        id="s1",
        state=State.REVIEWING,
        options=PhotoOptions(spec_id="cn-visa", **options),  # type: ignore[arg-type]
        preview_version=0,
    )
    return ScreenBuilder(session, lang, CATALOG, final_price=lambda *_: 6, finals_left=finals_left)


def labels(rows) -> list[list[str]]:
    return [[button.text for button in row] for row in rows]


def test_short_labels_share_a_row_and_a_long_one_gets_its_own():
    buttons = [InlineKeyboardButton(text, callback_data="x") for text in ("A", "B", "C" * 19, "D")]
    assert labels(thumb_rows(buttons)) == [["A", "B"], ["C" * 19], ["D"]]


def test_the_document_menu_has_no_row_with_a_long_label_beside_another():
    for lang in ("en", "de", "es", "ru"):
        menu = builder(lang).choose_spec()
        for row in labels(menu.keyboard.inline_keyboard):
            assert len(row) == 1 or all(len(label) <= 18 for label in row), (lang, row)


def test_the_background_menu_marks_colours_the_document_refuses():
    menu = builder().choose_background()
    rows = labels(menu.keyboard.inline_keyboard)
    flat = [label for row in rows for label in row]
    assert flat[0] == "✓ White"  # China's visa accepts white only
    assert {"⚠️ Light grey", "⚠️ Blue", "⚠️ Red", "⚠️ Blue → white gradient"} <= set(flat)
    assert "needs white" in menu.text and "⚠️" in menu.text


def test_the_preview_caption_names_colours_and_warns_about_a_refused_one():
    caption = builder(bg_color="438EDB", bg_color2="FFFFFF").preview_caption()
    assert "background: blue → white" in caption
    assert "may be refused" in caption
    assert wording_problems(caption, "en") == []


def test_the_document_own_colour_carries_no_warning():
    assert "may be refused" not in builder(bg_color="FFFFFF").preview_caption()


def test_a_free_final_says_free_and_a_quota_says_how_many_are_left():
    assert builder().price_line() == t("en", "screens-final-free", paper=t("en", "paper-6inch"))
    line = builder(finals_left=(2, 3, "day")).price_line()
    assert line.endswith("2 of 3 free photos left today.")


def test_no_screen_of_the_conversation_names_credits_hex_or_units():
    for lang in ("en", "ru", "ar", "zh"):
        screens = builder(lang)
        texts = [
            screens.preview_caption(),
            screens.choose_background().text,
            screens.choose_outfit().text,
            screens.choose_touchups().text,
            screens.confirm().text,
            screens.done().text,
            screens.working_final().text,
        ]
        for text in texts:
            assert wording_problems(text, lang) == [], (lang, text)


def test_colours_are_labelled_by_name():
    assert color_label("en", "F0F0F0") == "light grey"
    assert color_label("de", "FFFFFF") == "weiß"


def test_every_menu_keeps_long_labels_on_rows_of_their_own():
    for lang in ("en", "de", "es", "ru", "fr"):
        screens = builder(lang)
        keyboards = [
            screen.keyboard
            for screen in (
                screens.choose_paper(),
                screens.choose_background(),
                screens.choose_spec(),
            )
        ]
        for keyboard in [*keyboards, screens.review_keyboard(offer_final=True)]:
            for row in labels(keyboard.inline_keyboard):
                assert len(row) == 1 or all(len(label) <= 18 for label in row), (lang, row)
