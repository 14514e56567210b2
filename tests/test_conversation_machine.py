"""The conversation state machine on its own: every transition, and the events it refuses."""

from __future__ import annotations

import pytest

from conversation import events as ev
from conversation.machine import (
    Abilities,
    InvalidEvent,
    Session,
    StartFinal,
    StartPreview,
    new_session,
    transition,
)
from conversation.options import PhotoOptions, PhotoRef, Touchups
from conversation.states import State

PHOTO = PhotoRef(original_key="k", width=1200, height=1600)


def run(session: Session, *events: object) -> Session:
    for event in events:
        session = transition(session, event).session
    return session


def fresh(**kwargs: object) -> Session:
    return new_session(ev.Start(**kwargs))


def at_touchups() -> Session:
    """Photo, document, background and outfit chosen: the touch-ups step."""
    return run(
        fresh(),
        ev.PhotoReceived(PHOTO),
        ev.SpecChosen("x"),
        ev.BackgroundChosen("FFFFFF"),
        ev.OutfitChosen(None),
    )


def at_review() -> Session:
    session = run(
        fresh(),
        ev.PhotoReceived(PHOTO),
        ev.SpecChosen("us-passport"),
        ev.BackgroundChosen("FFFFFF"),
        ev.OutfitChosen(None),
        ev.Continue(),
    )
    return run(session, ev.PreviewReady("img-1", session.options_version))


def test_start_waits_for_a_photo():
    assert fresh().state is State.AWAITING_PHOTO


def test_start_carries_preselected_spec_and_group():
    session = fresh(spec_id="de-passport", bg_color="F0F0F0", group_id=-100)
    assert session.options.spec_id == "de-passport"
    assert session.options.bg_color == "F0F0F0"
    assert session.group_id == -100


def test_photo_leads_to_spec_choice():
    session = run(fresh(), ev.PhotoReceived(PHOTO))
    assert session.state is State.CHOOSING_SPEC
    assert session.photo == PHOTO


def test_preselected_spec_and_background_skip_to_outfit():
    session = run(fresh(spec_id="us-passport", bg_color="FFFFFF"), ev.PhotoReceived(PHOTO))
    assert session.state is State.CHOOSING_OUTFIT


def test_preselected_spec_skips_to_background():
    session = run(fresh(spec_id="us-passport"), ev.PhotoReceived(PHOTO))
    assert session.state is State.CHOOSING_BACKGROUND


def test_choices_walk_spec_background_outfit_touchups():
    session = run(fresh(), ev.PhotoReceived(PHOTO), ev.SpecChosen("uk-passport"))
    assert session.state is State.CHOOSING_BACKGROUND
    session = run(session, ev.BackgroundChosen("F0F0F0"))
    assert session.state is State.CHOOSING_OUTFIT
    session = run(session, ev.OutfitChosen("woman_3"))
    assert session.state is State.CHOOSING_TOUCHUPS
    assert session.options == PhotoOptions(
        spec_id="uk-passport", bg_color="F0F0F0", clothes_id="woman_3"
    )


def test_continue_after_touchups_starts_a_preview_of_the_current_options():
    session = at_touchups()
    result = transition(session, ev.Continue())
    assert result.session.state is State.PREVIEWING
    assert result.effects == (StartPreview(result.session.options_version),)


def test_custom_colour_request_then_colour_returns_to_the_flow():
    session = run(fresh(), ev.PhotoReceived(PHOTO), ev.SpecChosen("x"), ev.CustomColorRequested())
    assert session.state is State.AWAITING_CUSTOM_COLOR
    session = run(session, ev.BackgroundChosen("438EDB", "FFFFFF"))
    assert session.state is State.CHOOSING_OUTFIT
    assert (session.options.bg_color, session.options.bg_color2) == ("438EDB", "FFFFFF")


def test_touchup_cycles_through_strengths_and_back_to_off():
    session = at_touchups()
    strengths = []
    for _ in range(4):
        session = run(session, ev.TouchupCycled("smooth"))
        strengths.append(session.options.touchups.smooth)
    assert strengths == [0.3, 0.6, 0.9, 0.0]


def test_unknown_touchup_is_refused():
    session = at_touchups()
    with pytest.raises(ValueError):
        transition(session, ev.TouchupCycled("nose"))


def test_preview_ready_moves_to_review_and_marks_the_preview_current():
    session = at_review()
    assert session.state is State.REVIEWING
    assert session.has_current_preview


def test_outdated_preview_is_ignored_without_visible_change():
    session = run(
        fresh(),
        ev.PhotoReceived(PHOTO),
        ev.SpecChosen("x"),
        ev.BackgroundChosen("FFFFFF"),
        ev.OutfitChosen(None),
        ev.Continue(),
    )
    result = transition(session, ev.PreviewReady("img", session.options_version - 1))
    assert not result.changed
    assert result.session.state is State.PREVIEWING


def test_change_after_preview_returns_to_a_new_preview():
    session = run(at_review(), ev.ChangeRequested("background"))
    assert session.state is State.CHOOSING_BACKGROUND and session.editing
    result = transition(session, ev.BackgroundChosen("438EDB"))
    assert result.session.state is State.PREVIEWING
    assert result.effects == (StartPreview(result.session.options_version),)
    assert not result.session.editing


def test_choosing_the_same_option_again_shows_the_current_preview_without_a_new_one():
    session = run(at_review(), ev.ChangeRequested("background"))
    result = transition(session, ev.BackgroundChosen("FFFFFF"))
    assert result.session.state is State.REVIEWING
    assert result.effects == ()


def test_change_while_preview_is_running_is_allowed():
    session = run(
        fresh(),
        ev.PhotoReceived(PHOTO),
        ev.SpecChosen("x"),
        ev.BackgroundChosen("FFFFFF"),
        ev.OutfitChosen(None),
        ev.Continue(),
    )
    session = run(session, ev.ChangeRequested("outfit"))
    assert session.state is State.CHOOSING_OUTFIT


def test_back_from_an_edit_returns_to_review():
    session = run(at_review(), ev.ChangeRequested("spec"), ev.Back())
    assert session.state is State.REVIEWING


def test_paper_change_does_not_need_a_new_preview():
    session = run(at_review(), ev.ChangeRequested("paper"), ev.PaperChosen("a4", True))
    assert session.options.paper == "a4" and session.options.vertical
    result = transition(session, ev.Continue())
    assert result.session.state is State.REVIEWING
    assert result.effects == ()


def test_unknown_paper_is_refused():
    session = run(at_review(), ev.ChangeRequested("paper"))
    with pytest.raises(InvalidEvent):
        transition(session, ev.PaperChosen("a3", False))


def test_sheet_canvas_label_and_qr_are_set_without_a_new_preview():
    session = run(
        at_review(),
        ev.ChangeRequested("paper"),
        ev.SheetColorChosen("EEEEEE"),
        ev.SheetTextRequested("label"),
        ev.SheetTextSet("Jane Doe"),
        ev.SheetTextRequested("qr"),
        ev.SheetTextSet("https://example.org/visa"),
    )
    assert session.state is State.CHOOSING_PAPER
    options = session.options
    assert (options.sheet_color, options.sheet_label, options.sheet_qr) == (
        "EEEEEE",
        "Jane Doe",
        "https://example.org/visa",
    )
    result = transition(session, ev.Continue())
    assert result.session.state is State.REVIEWING and result.effects == ()


def test_a_sheet_label_can_be_removed():
    session = run(
        at_review(),
        ev.ChangeRequested("paper"),
        ev.SheetTextRequested("label"),
        ev.SheetTextSet("Jane"),
        ev.SheetTextRequested("label"),
        ev.SheetTextSet(None),
    )
    assert session.options.sheet_label is None


def test_back_while_typing_a_sheet_text_returns_to_the_paper_menu_unchanged():
    session = run(at_review(), ev.ChangeRequested("paper"), ev.SheetTextRequested("qr"), ev.Back())
    assert session.state is State.CHOOSING_PAPER and session.options.sheet_qr is None


@pytest.mark.parametrize(
    "event",
    [ev.SheetColorChosen("123456"), ev.SheetTextRequested("logo"), ev.SheetTextSet("x")],
)
def test_sheet_events_outside_their_step_or_values_are_refused(event):
    session = run(at_review(), ev.ChangeRequested("paper"))
    with pytest.raises(InvalidEvent):
        transition(session, event)


def test_final_needs_confirmation_then_starts_once():
    session = run(at_review(), ev.FinalRequested())
    assert session.state is State.CONFIRMING
    result = transition(session, ev.FinalConfirmed())
    assert result.session.state is State.FINALIZING
    assert result.effects == (StartFinal(),)
    with pytest.raises(InvalidEvent):
        transition(result.session, ev.FinalConfirmed())


def test_final_is_refused_without_a_current_preview():
    session = run(at_review(), ev.ChangeRequested("outfit"))
    session = run(session, ev.OutfitChosen("man_2"))  # preview of new options is pending
    with pytest.raises(InvalidEvent):
        transition(session, ev.FinalRequested())


def test_back_from_confirmation_returns_to_review():
    assert run(at_review(), ev.FinalRequested(), ev.Back()).state is State.REVIEWING


def test_final_delivered_then_another_size_goes_to_spec_in_edit_mode():
    session = run(at_review(), ev.FinalRequested(), ev.FinalConfirmed(), ev.FinalDelivered())
    assert session.state is State.DONE
    session = run(session, ev.AnotherSize())
    assert session.state is State.CHOOSING_SPEC and session.editing
    result = transition(session, ev.SpecChosen("cn-visa"))
    assert result.session.state is State.PREVIEWING
    assert result.session.photo == session.photo  # same upload: last_id reuse


def test_failed_final_returns_to_review_and_can_be_retried():
    session = run(at_review(), ev.FinalRequested(), ev.FinalConfirmed(), ev.FinalFailed())
    assert session.state is State.REVIEWING
    assert run(session, ev.FinalRequested()).state is State.CONFIRMING


def test_failed_preview_goes_to_review_without_final_and_retry_restarts_it():
    session = run(
        fresh(),
        ev.PhotoReceived(PHOTO),
        ev.SpecChosen("x"),
        ev.BackgroundChosen("FFFFFF"),
        ev.OutfitChosen(None),
        ev.Continue(),
    )
    session = run(session, ev.PreviewFailed(session.options_version))
    assert session.state is State.REVIEWING and not session.has_current_preview
    result = transition(session, ev.PreviewRequested())
    assert result.session.state is State.PREVIEWING
    assert result.effects == (StartPreview(session.options_version),)


def test_image_uploaded_records_the_picwish_image_id_silently():
    session = run(fresh(), ev.PhotoReceived(PHOTO))
    result = transition(session, ev.ImageUploaded("img-9"))
    assert result.session.photo.image_id == "img-9"
    assert not result.changed


def test_new_photo_keeps_options_and_goes_straight_to_preview():
    session = run(at_review(), ev.NewPhoto())
    assert session.state is State.AWAITING_PHOTO and session.photo is None
    result = transition(session, ev.PhotoReceived(PhotoRef("k2", 900, 1200)))
    assert result.session.state is State.PREVIEWING
    assert result.session.options.spec_id == "us-passport"


def test_new_photo_gets_a_new_session_id_so_old_buttons_expire():
    session = at_review()
    assert run(session, ev.NewPhoto()).id != session.id


def test_photo_during_a_choice_replaces_the_photo_and_stays_on_the_step():
    session = run(fresh(), ev.PhotoReceived(PHOTO), ev.SpecChosen("x"))
    other = PhotoRef("k2", 900, 1200)
    session = run(session, ev.PhotoReceived(other))
    assert session.state is State.CHOOSING_BACKGROUND and session.photo == other


def test_photo_while_finalizing_is_refused():
    session = run(at_review(), ev.FinalRequested(), ev.FinalConfirmed())
    with pytest.raises(InvalidEvent):
        transition(session, ev.PhotoReceived(PHOTO))


@pytest.mark.parametrize(
    ("event", "state"),
    [
        (ev.SpecChosen("x"), State.AWAITING_PHOTO),
        (ev.FinalConfirmed(), State.AWAITING_PHOTO),
        (ev.OutfitChosen("man_99"), State.CHOOSING_OUTFIT),
        (ev.ChangeRequested("nonsense"), State.REVIEWING),
        (ev.AnotherSize(), State.REVIEWING),
        (ev.FinalDelivered(), State.REVIEWING),
        (ev.Continue(), State.CHOOSING_SPEC),
    ],
)
def test_events_that_do_not_fit_the_state_are_refused(event, state):
    session = Session(id="s", state=state, photo=PHOTO)
    with pytest.raises(InvalidEvent):
        transition(session, event)


def test_session_round_trips_through_its_stored_form():
    session = run(at_review(), ev.ChangeRequested("touchups"), ev.TouchupCycled("sharp"))
    restored = Session.from_dict(session.state.value, session.to_dict())
    assert restored == session


def test_touchups_report_whether_any_is_on():
    assert not Touchups().any_on
    assert Touchups(sharp=0.3).any_on


# -- a backend without outfits (the offline engine) -------------------------------------------

NO_OUTFITS = Abilities(outfits=False)


def test_without_outfits_the_background_leads_straight_to_the_touch_ups():
    session = run(fresh(), ev.PhotoReceived(PHOTO), ev.SpecChosen("x"))
    after = transition(session, ev.BackgroundChosen("FFFFFF"), NO_OUTFITS).session
    assert after.state is State.CHOOSING_TOUCHUPS


def test_without_outfits_a_preselected_background_skips_to_the_touch_ups():
    session = fresh(spec_id="x", bg_color="FFFFFF")
    after = transition(session, ev.PhotoReceived(PHOTO), NO_OUTFITS).session
    assert after.state is State.CHOOSING_TOUCHUPS


def test_without_outfits_changing_the_outfit_is_refused():
    with pytest.raises(InvalidEvent):
        transition(at_review(), ev.ChangeRequested("outfit"), NO_OUTFITS)


def test_without_outfits_an_outfit_cannot_be_chosen():
    session = run(fresh(), ev.PhotoReceived(PHOTO), ev.SpecChosen("x"), ev.BackgroundChosen("F"))
    assert session.state is State.CHOOSING_OUTFIT  # a session from a PicWish bot
    with pytest.raises(InvalidEvent):
        transition(session, ev.OutfitChosen("man_1"), NO_OUTFITS)
    kept = transition(session, ev.OutfitChosen(None), NO_OUTFITS).session
    assert kept.state is State.CHOOSING_TOUCHUPS
