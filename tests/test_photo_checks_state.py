"""The photo checks in the conversation: the measures travel with the photo through a restart,
and a photo remembers the documents its problems were already told for."""

from __future__ import annotations

import json

import pytest

from conversation import events as ev
from conversation.machine import InvalidEvent, Session, transition
from conversation.options import PhotoRef

MEASURES = {"yaw": 1.5, "glasses": 0.42, "blockiness": None}


def with_photo() -> Session:
    photo = PhotoRef("photo:1:k", 1200, 1600, measures=MEASURES)
    return transition(Session(id="s1"), ev.PhotoReceived(photo)).session


def test_the_measures_and_judged_documents_survive_a_json_round_trip():
    photo = PhotoRef("photo:1:k", 1200, 1600, measures=MEASURES, judged_for=("us-passport",))
    stored = json.loads(json.dumps(photo.to_dict()))
    assert PhotoRef.from_dict(stored) == photo


def test_a_photo_stored_before_the_checks_existed_still_loads():
    old = {"original_key": "photo:1:k", "width": 1200, "height": 1600, "image_id": None}
    photo = PhotoRef.from_dict(old)
    assert photo.measures is None and photo.judged_for == ()


def test_photo_judged_remembers_the_document_once_and_silently():
    session = with_photo()
    result = transition(session, ev.PhotoJudged("us-passport"))
    assert result.session.photo.judged_for == ("us-passport",)
    assert not result.changed and result.effects == ()
    again = transition(result.session, ev.PhotoJudged("us-passport"))
    assert again.session.photo.judged_for == ("us-passport",)
    other = transition(again.session, ev.PhotoJudged("gb-passport"))
    assert other.session.photo.judged_for == ("us-passport", "gb-passport")


def test_a_new_photo_is_judged_afresh():
    session = transition(with_photo(), ev.PhotoJudged("us-passport")).session
    fresh = PhotoRef("photo:1:k2", 900, 1200, measures=MEASURES)
    session = transition(session, ev.PhotoReceived(fresh)).session
    assert session.photo.judged_for == ()


def test_photo_judged_without_a_photo_is_refused():
    with pytest.raises(InvalidEvent):
        transition(Session(id="s1"), ev.PhotoJudged("us-passport"))
