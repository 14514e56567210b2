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


def previewing(**start: object) -> Session:
    """Photo and document: the preview is being made (no other step)."""
    return run(fresh(**start), ev.PhotoReceived(PHOTO), ev.SpecChosen("us-passport"))


def at_review() -> Session:
    session = previewing()
    return run(session, ev.PreviewReady("img-1", session.options_version))


def at_touchups() -> Session:
    """The touch-ups menu, opened from the preview."""
    return run(at_review(), ev.ChangeRequested("touchups"))


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


def test_the_document_tap_starts_the_preview_with_smart_defaults():
    session = run(fresh(), ev.PhotoReceived(PHOTO))
    result = transition(session, ev.SpecChosen("uk-passport"))
    assert result.session.state is State.PREVIEWING
    assert result.effects == (StartPreview(result.session.options_version),)
    # the document's own background (None), own clothes, no touch-ups, the default paper
    assert result.session.options == PhotoOptions(spec_id="uk-passport")


def test_a_preselected_document_goes_from_the_photo_straight_to_the_preview():
    result = transition(fresh(spec_id="us-passport"), ev.PhotoReceived(PHOTO))
    assert result.session.state is State.PREVIEWING
    assert result.effects == (StartPreview(result.session.options_version),)


def test_a_group_background_is_kept_when_the_document_changes():
    session = run(previewing(bg_color="F0F0F0"), ev.ChangeRequested("spec"))
    session = run(session, ev.SpecChosen("de-passport"))
    assert session.options.bg_color == "F0F0F0"


def test_a_new_document_starts_from_its_own_background_not_the_last_choice():
    session = run(at_review(), ev.ChangeRequested("background"), ev.BackgroundChosen("438EDB"))
    session = run(session, ev.ChangeRequested("spec"), ev.SpecChosen("cn-visa"))
    assert (session.options.spec_id, session.options.bg_color) == ("cn-visa", None)
    assert session.state is State.PREVIEWING


def test_each_option_changed_from_the_preview_makes_a_new_preview():
    session = at_review()
    for what, event in (
        ("background", ev.BackgroundChosen("F0F0F0")),
        ("outfit", ev.OutfitChosen("woman_3")),
    ):
        result = transition(run(session, ev.ChangeRequested(what)), event)
        assert result.session.state is State.PREVIEWING
        assert result.effects == (StartPreview(result.session.options_version),)
        session = run(result.session, ev.PreviewReady("img", result.session.options_version))
    assert session.options == PhotoOptions(
        spec_id="us-passport", bg_color="F0F0F0", clothes_id="woman_3"
    )


def test_continue_after_touchups_starts_a_preview_of_the_current_options():
    session = run(at_touchups(), ev.TouchupCycled("bright"))
    result = transition(session, ev.Continue())
    assert result.session.state is State.PREVIEWING
    assert result.effects == (StartPreview(result.session.options_version),)


def test_custom_colour_request_then_colour_goes_to_a_new_preview():
    session = run(at_review(), ev.ChangeRequested("background"), ev.CustomColorRequested())
    assert session.state is State.AWAITING_CUSTOM_COLOR
    session = run(session, ev.BackgroundChosen("438EDB", "FFFFFF"))
    assert session.state is State.PREVIEWING
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
    session = previewing()
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
    session = run(at_review(), ev.ChangeRequested("outfit"))
    result = transition(session, ev.OutfitChosen(None))
    assert result.session.state is State.REVIEWING
    assert result.effects == ()


def test_change_while_preview_is_running_is_allowed():
    session = run(previewing(), ev.ChangeRequested("outfit"))
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


def test_a_free_final_starts_at_the_first_tap_and_only_once():
    result = transition(at_review(), ev.FinalRequested())
    assert result.session.state is State.FINALIZING
    assert result.effects == (StartFinal(),)
    with pytest.raises(InvalidEvent):
        transition(result.session, ev.FinalRequested())


PAID = Abilities(paid_finals=True)


def test_a_paid_final_is_confirmed_first_then_starts_once():
    session = transition(at_review(), ev.FinalRequested(), PAID).session
    assert session.state is State.CONFIRMING
    result = transition(session, ev.FinalConfirmed(), PAID)
    assert result.session.state is State.FINALIZING
    assert result.effects == (StartFinal(),)
    with pytest.raises(InvalidEvent):
        transition(result.session, ev.FinalConfirmed(), PAID)


def test_final_is_refused_without_a_current_preview():
    session = run(at_review(), ev.ChangeRequested("outfit"))
    session = run(session, ev.OutfitChosen("man_2"))  # preview of new options is pending
    with pytest.raises(InvalidEvent):
        transition(session, ev.FinalRequested())


def test_back_from_a_paid_confirmation_returns_to_review():
    session = transition(at_review(), ev.FinalRequested(), PAID).session
    assert transition(session, ev.Back(), PAID).session.state is State.REVIEWING


def test_final_delivered_then_another_size_goes_to_spec_in_edit_mode():
    session = run(at_review(), ev.FinalRequested(), ev.FinalDelivered())
    assert session.state is State.DONE
    session = run(session, ev.AnotherSize())
    assert session.state is State.CHOOSING_SPEC and session.editing
    result = transition(session, ev.SpecChosen("cn-visa"))
    assert result.session.state is State.PREVIEWING
    assert result.session.photo == session.photo  # same upload: last_id reuse


def test_failed_final_returns_to_review_and_can_be_retried():
    session = run(at_review(), ev.FinalRequested(), ev.FinalFailed())
    assert session.state is State.REVIEWING
    assert run(session, ev.FinalRequested()).state is State.FINALIZING


def test_failed_preview_goes_to_review_without_final_and_retry_restarts_it():
    session = previewing()
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
    session = run(at_review(), ev.ChangeRequested("background"))
    other = PhotoRef("k2", 900, 1200)
    session = run(session, ev.PhotoReceived(other))
    assert session.state is State.CHOOSING_BACKGROUND and session.photo == other


def test_photo_while_finalizing_is_refused():
    session = run(at_review(), ev.FinalRequested())
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


def test_without_outfits_the_document_still_leads_straight_to_the_preview():
    session = run(fresh(), ev.PhotoReceived(PHOTO))
    after = transition(session, ev.SpecChosen("x"), NO_OUTFITS).session
    assert after.state is State.PREVIEWING


def test_without_outfits_changing_the_outfit_is_refused():
    with pytest.raises(InvalidEvent):
        transition(at_review(), ev.ChangeRequested("outfit"), NO_OUTFITS)


def test_without_outfits_an_outfit_cannot_be_chosen():
    session = run(at_review(), ev.ChangeRequested("outfit"))  # a session from a PicWish bot
    with pytest.raises(InvalidEvent):
        transition(session, ev.OutfitChosen("man_1"), NO_OUTFITS)
    kept = transition(session, ev.OutfitChosen(None), NO_OUTFITS).session
    assert kept.state is State.REVIEWING
