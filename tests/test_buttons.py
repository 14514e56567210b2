"""The button vocabulary on its own: what each family encodes, and the garbage it refuses."""

from __future__ import annotations

import pytest

from conversation import events as ev
from handlers.buttons import Action, FlowButton, GroupButton, LanguageButton


@pytest.mark.parametrize(
    ("action", "arg", "event"),
    [
        (Action.SPEC, "us-passport", ev.SpecChosen("us-passport")),
        (Action.BACKGROUND, "438EDB-FFFFFF", ev.BackgroundChosen("438EDB", "FFFFFF")),
        (Action.OUTFIT, "", ev.OutfitChosen(None)),
        (Action.OUTFIT, "woman_20", ev.OutfitChosen("woman_20")),
        (Action.TOUCHUP, "thin_face", ev.TouchupCycled("thin_face")),
        (Action.PAPER, "a4:1", ev.PaperChosen("a4", True)),
        (Action.SHEET_NONE, "", ev.SheetTextSet(None)),
        (Action.CHANGE, "touchups", ev.ChangeRequested("touchups")),
        (Action.CONFIRM, "", ev.FinalConfirmed()),
    ],
)
def test_a_conversation_button_round_trips_to_its_event(action, arg, event):
    decoded = FlowButton.decode(FlowButton("s3ss10n", action, arg).encode())
    assert decoded == FlowButton("s3ss10n", action, arg)
    assert decoded.event() == event and FlowButton.matches(decoded.encode())


@pytest.mark.parametrize(
    "data",
    [
        None,
        "",
        "s|specpage|abc",
        "s|specpage|-1",
        "s|outfitgroup|foo:0",
        "s|outfitgroup|man:x",
        "s|outfit|man_21",
        "s|bg|blue",
        "s|bg|FFFFFF-000000-111111",
        "s|paper|a3:0",
        "s|touchup|nose",
        "s|change|price",
        "s|confirm|now",
        "s|explode|",
        "s|spec",
        "|spec|us-passport",
        "s|spec|" + "x" * 60,
        "~|lang|en",
        "@12|gspec|us-passport",
    ],
)
def test_garbage_is_no_conversation_button(data):
    assert FlowButton.decode(data) is None
    assert not FlowButton.matches(data) and not FlowButton.matches_navigation(data)


def test_paging_buttons_are_navigation_with_a_page():
    outfits = FlowButton.decode("s|outfitgroup|child:2")
    assert outfits is not None and FlowButton.matches_navigation(outfits.encode())
    assert (outfits.outfit_group, outfits.page) == ("child", 2)
    specs = FlowButton.decode("s|specpage|3")
    assert specs is not None and specs.page == 3
    with pytest.raises(ValueError):
        specs.event()


def test_language_and_group_buttons_are_their_own_families():
    assert LanguageButton.decode(LanguageButton("de").encode()) == LanguageButton("de")
    assert LanguageButton.decode("~|lang|xx") is None
    spec = GroupButton(77, Action.GROUP_SPEC, "us-passport")
    lang = GroupButton(77, Action.GROUP_LANGUAGE, "ru")
    assert GroupButton.matches_spec(spec.encode()) and not GroupButton.matches_spec(lang.encode())
    assert GroupButton.matches_language(lang.encode())
    assert GroupButton.decode("@x|gspec|us-passport") is None
    assert GroupButton.decode("@77|glang|xx") is None


def test_data_over_64_bytes_cannot_be_drawn():
    with pytest.raises(ValueError):
        FlowButton("s", Action.SPEC, "x" * 70).encode()
