"""The photo checks: on a labelled set of real portraits and controlled changes of them, each
check gives the expected verdict; documents' rules (glasses, smiles) change the verdicts; the
checklist and the upload message say only what is wrong, in every language."""

from __future__ import annotations

import dataclasses
import json

import pytest

from bot.photo_job import PhotoJob
from tests.quality_set import CASES, Case
from tests.test_engine_support import big_astronaut_jpeg, landscape_jpeg

pytest.importorskip("mediapipe")

from bot.engine import LocalEngine, NoFaceError  # noqa: E402
from bot.engine.quality import (  # noqa: E402
    PhotoMeasures,
    QualityReport,
    Verdict,
    assess,
    inspect_upload,
    judge,
    render_checklist,
    render_upload_problems,
    thresholds,
)
from bot.i18n import available_languages, t  # noqa: E402
from bot.specs import Spec, load_catalog  # noqa: E402

NEUTRAL = "gb-passport"  # no glasses, neutral expression
SMILE_OK = "us-passport"  # no glasses, a natural smile is fine
GLASSES_OK = "de-passport"


def spec(spec_id: str) -> Spec:
    found = load_catalog().get(spec_id)
    assert found is not None
    return found


_measured: dict[str, PhotoMeasures] = {}


async def measures_of(case: Case) -> PhotoMeasures:
    if case.name not in _measured:
        _measured[case.name] = (await inspect_upload(case.jpeg())).measures
    return _measured[case.name]


def verdicts(report: QualityReport) -> dict[str, str]:
    return {item.check: item.verdict.value for item in report.items}


EXPECTATIONS = [
    pytest.param(
        name,
        check,
        wanted,
        marks=[pytest.mark.xfail(strict=True, reason="known miss")]
        if check in case.known_misses
        else [],
        id=f"{name}-{check}",
    )
    for name, case in CASES.items()
    for check, wanted in case.expected.items()
]


@pytest.mark.parametrize(("name", "check", "wanted"), EXPECTATIONS)
async def test_each_check_gives_the_labelled_verdict(name: str, check: str, wanted: str) -> None:
    report = judge(await measures_of(CASES[name]), spec(NEUTRAL))
    assert verdicts(report)[check] == wanted, report.summary


async def test_glasses_fail_where_the_document_forbids_them() -> None:
    report = judge(await measures_of(CASES["hopper"]), spec(SMILE_OK))
    item = report.item("glasses")
    assert item is not None and item.verdict is Verdict.FAIL
    assert item.tip is not None and item.tip.message_id == "quality-glasses-forbidden"


async def test_glasses_are_only_a_warning_where_the_document_allows_them() -> None:
    report = judge(await measures_of(CASES["hopper"]), spec(GLASSES_OK))
    item = report.item("glasses")
    assert item is not None and item.verdict is Verdict.WARN
    assert item.tip is not None and item.tip.message_id == "quality-glasses"


async def test_a_smile_is_flagged_where_a_neutral_expression_is_required() -> None:
    report = judge(await measures_of(CASES["astronaut"]), spec(NEUTRAL))
    assert verdicts(report)["expression"] == "warn"


async def test_a_natural_smile_passes_where_the_document_allows_it() -> None:
    report = judge(await measures_of(CASES["astronaut"]), spec(SMILE_OK))
    assert "expression" not in verdicts(report)
    assert verdicts(report)["mouth-open"] == "ok"


async def test_an_open_mouth_is_flagged_even_where_a_smile_is_allowed() -> None:
    measured = dataclasses.replace(await measures_of(CASES["astronaut"]), mouth_open=0.5)
    assert verdicts(judge(measured, spec(SMILE_OK)))["mouth-open"] == "fail"


async def test_closed_eyes_fail() -> None:
    measured = dataclasses.replace(await measures_of(CASES["astronaut"]), eye_open_min=0.05)
    assert verdicts(judge(measured, spec(SMILE_OK)))["eyes-open"] == "fail"


async def test_a_sideways_look_is_flagged() -> None:
    measured = dataclasses.replace(await measures_of(CASES["astronaut"]), gaze_x=-0.18)
    assert verdicts(judge(measured, spec(SMILE_OK)))["gaze"] == "warn"


async def test_a_turned_head_warns_then_fails() -> None:
    measured = await measures_of(CASES["astronaut"])
    assert verdicts(judge(dataclasses.replace(measured, yaw=11), spec(NEUTRAL)))["pose-yaw"] == (
        "warn"
    )
    assert verdicts(judge(dataclasses.replace(measured, yaw=-17), spec(NEUTRAL)))["pose-yaw"] == (
        "fail"
    )


async def test_a_small_photo_gets_the_resolution_warning_with_the_needed_size() -> None:
    report = judge(await measures_of(CASES["hopper"]), spec(NEUTRAL))
    item = report.item("resolution")
    assert item is not None and item.verdict is Verdict.WARN
    assert item.value == pytest.approx(83, abs=3)  # pixels between the eyes, ICAO asks 90
    assert item.limit == 90


async def test_a_photo_smaller_than_the_documents_output_gets_the_existing_warning() -> None:
    item = judge(await measures_of(CASES["hopper"]), spec(SMILE_OK)).item("resolution")
    assert item is not None and item.verdict is Verdict.WARN
    assert item.tip is not None and item.tip.message_id == "imaging-low-resolution"
    assert item.tip.args["need_width"] == 600


async def test_the_resolution_asked_is_no_more_than_the_documents_own_output() -> None:
    """A 600×600 US photo has ~75–90 px between the eyes: a photo with 83 is enough (in a
    photo large enough for 600×600)."""
    measured = dataclasses.replace(
        await measures_of(CASES["hopper"]), image_width=1024, image_height=1200
    )
    item = judge(measured, spec(SMILE_OK)).item("resolution")
    assert item is not None and item.verdict is Verdict.OK
    assert item.limit < 83


async def test_a_clean_large_photo_passes_every_check() -> None:
    report = await assess(big_astronaut_jpeg(), spec(SMILE_OK))
    assert report.verdict is Verdict.OK, report.summary
    assert render_checklist(report, "en") == t("en", "quality-all-passed")
    assert render_upload_problems(report, "en") is None


async def test_glasses_for_a_us_passport_are_said_right_after_the_upload() -> None:
    report = await assess(CASES["hopper"].jpeg(), spec(SMILE_OK))
    message = render_upload_problems(report, "en")
    assert message is not None
    assert message.splitlines()[0] == t("en", "quality-upload-intro")
    assert "❌ " + t("en", "quality-glasses-forbidden") in message
    assert message.splitlines()[-1] == t("en", "quality-upload-choice")
    assert "⚠️" not in message  # warnings wait for the preview's checklist


async def test_the_checklist_lists_only_warnings_and_failures_failures_first() -> None:
    report = judge(await measures_of(CASES["hopper-shadow"]), spec(SMILE_OK))
    lines = render_checklist(report, "en").splitlines()
    assert lines[0].startswith("❌ ")
    assert "⚠️ " + t("en", "quality-lighting-uneven") in lines
    assert len(lines) == len(report.problems)


async def test_a_photo_with_no_face_raises_the_upload_precheck_error() -> None:
    with pytest.raises(NoFaceError):
        await inspect_upload(landscape_jpeg())


async def test_the_upload_inspection_keeps_the_face_check() -> None:
    inspection = await inspect_upload(CASES["astronaut"].jpeg())
    assert inspection.check.faces == 1
    assert (inspection.check.image_width, inspection.check.image_height) == (512, 512)


async def test_measures_survive_a_json_round_trip() -> None:
    measured = await measures_of(CASES["hopper"])
    again = PhotoMeasures.from_dict(json.loads(json.dumps(measured.to_dict())))
    assert verdicts(judge(again, spec(SMILE_OK))) == verdicts(judge(measured, spec(SMILE_OK)))


def test_every_threshold_names_its_source() -> None:
    for limit in thresholds().limits.values():
        assert len(limit.source) > 20, limit.check


def test_documents_rules_in_the_thresholds_file_override_the_catalog() -> None:
    rules = thresholds().rules_for(spec("us-passport"))
    assert rules.smile_allowed and not rules.glasses_allowed
    assert thresholds().rules_for(spec(GLASSES_OK)).glasses_allowed


TIP_IDS = sorted(
    {
        "quality-all-passed",
        "quality-upload-intro",
        "quality-upload-choice",
        "quality-more",
        "quality-glasses-forbidden",
        "quality-lighting-exposure-low",
        "quality-lighting-exposure-high",
        "quality-colour-cast-low",
        "quality-colour-cast-high",
    }
    | {
        f"quality-{name}"
        for name in thresholds().limits
        if name not in ("lighting-exposure", "colour-cast")
    }
)


@pytest.mark.parametrize("lang", available_languages())
@pytest.mark.parametrize("message_id", TIP_IDS)
def test_every_verdict_text_exists_in_every_language(lang: str, message_id: str) -> None:
    rendered = t(lang, message_id, degrees=12, percent=2.5, count=3)
    assert rendered != message_id
    if lang != "en":
        assert rendered != t("en", message_id, degrees=12, percent=2.5, count=3)


async def test_a_long_checklist_is_cut_to_fit_a_caption() -> None:
    measured = dataclasses.replace(
        await measures_of(CASES["hopper-shadow"]), yaw=12, pitch=12, roll=12, gaze_x=0.2
    )
    report = judge(measured, spec(SMILE_OK))
    assert len(report.problems) > 4
    lines = render_checklist(report, "en").splitlines()
    assert len(lines) == 4
    assert lines[0] == "❌ " + t("en", "quality-glasses-forbidden")
    assert lines[-1] == t("en", "quality-more", count=len(report.problems) - 3)


async def test_a_finished_offline_photo_can_be_checked_too() -> None:
    engine = LocalEngine()
    document = spec(SMILE_OK)
    job = PhotoJob(document, document.background, preview=False, upload=big_astronaut_jpeg())
    result = await engine.make(job)
    report = await assess(result.image, spec(SMILE_OK))
    assert report.verdict is Verdict.OK, report.summary
