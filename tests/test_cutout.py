"""The offline cut-out: old-background leftovers next to the head and shoulders are removed once
per upload, never any of the person; what is left is measured and reaches the photo checks."""

from __future__ import annotations

import pytest

from tests.test_engine_support import (
    PORTRAITS,
    astronaut_jpeg,
    big_astronaut_jpeg,
    encode,
    hopper_rgb,
)

np = pytest.importorskip("numpy")
cv2 = pytest.importorskip("cv2")

from bot.engine import LocalEngine, runtime  # noqa: E402
from bot.engine.cutout import clean_mask, leftover_share  # noqa: E402
from bot.engine.faces import find_face  # noqa: E402
from bot.engine.images import Decoded, decode_for_analysis  # noqa: E402
from bot.engine.quality import Verdict, inspect_upload, judge, thresholds  # noqa: E402
from bot.engine.segmentation import person_mask  # noqa: E402
from bot.photo_job import PhotoJob  # noqa: E402
from bot.specs import load_catalog  # noqa: E402
from tests.quality_set import CASES  # noqa: E402

LEFTOVERS_WARN = thresholds().limits["leftovers"].warn[1]


def _masks(data: bytes) -> tuple[Decoded, np.ndarray, np.ndarray, object]:
    def work() -> tuple[Decoded, np.ndarray, np.ndarray, object]:
        _, decoded = decode_for_analysis(data)
        face = find_face(decoded)
        mask = person_mask(decoded.rgb)
        return decoded, mask, clean_mask(decoded.rgb, mask, face.landmarks), face.landmarks

    return runtime.run_sync(work)


PHOTOS = {**PORTRAITS, "big-astronaut": big_astronaut_jpeg}


@pytest.mark.parametrize("photo", sorted(PHOTOS))
def test_cleaning_only_ever_removes_from_the_mask(photo: str) -> None:
    _, mask, cleaned, _ = _masks(PHOTOS[photo]())
    assert (cleaned <= mask + 1e-6).all()


@pytest.mark.parametrize("photo", sorted(PHOTOS))
def test_cleaning_keeps_the_face(photo: str) -> None:
    decoded, _, cleaned, landmarks = _masks(PHOTOS[photo]())
    points = np.round(landmarks.points[:468, :2]).astype(int)
    inside = (points[:, 0] < decoded.size[0]) & (points[:, 1] < decoded.size[1])
    values = cleaned[points[inside, 1], points[inside, 0]]
    assert (values > 0.5).mean() > 0.99


@pytest.mark.parametrize("photo", sorted(PHOTOS))
def test_cleaned_masks_show_fewer_leftovers_than_the_segmenter_alone(photo: str) -> None:
    decoded, mask, cleaned, landmarks = _masks(PHOTOS[photo]())
    before = leftover_share(decoded.rgb, mask, landmarks)
    after = leftover_share(decoded.rgb, cleaned, landmarks)
    assert after < before
    assert after < LEFTOVERS_WARN


def test_a_patch_of_old_background_stuck_to_the_head_is_removed() -> None:
    """A disc of the flag beside Grace Hopper's cap, forced into the mask, is cut away."""
    decoded, mask, _, landmarks = _masks(encode(hopper_rgb()))
    patched = mask.copy()
    disc = np.zeros(mask.shape, np.uint8)
    cv2.circle(disc, (150, 60), 28, (1,), -1)  # the flag's stars, touching the cap's brim
    disc = disc.astype(bool) & (mask < 0.5)
    patched[disc] = 1.0
    cleaned = runtime.run_sync(clean_mask, decoded.rgb, patched, landmarks)
    assert disc.sum() > 1000
    assert cleaned[disc].mean() < 0.2


def test_the_segmenter_alone_leaves_leftovers_the_check_warns_about() -> None:
    decoded, mask, cleaned, landmarks = _masks(big_astronaut_jpeg())
    assert leftover_share(decoded.rgb, mask, landmarks) > LEFTOVERS_WARN
    assert leftover_share(decoded.rgb, cleaned, landmarks) < LEFTOVERS_WARN


async def test_the_cleaned_analysis_is_made_once_and_reused_for_every_preview() -> None:
    engine = LocalEngine()
    spec = load_catalog().get("us-passport")
    assert spec is not None
    first = await engine.make(PhotoJob(spec, spec.background, upload=astronaut_jpeg()))
    stored = engine._store.get(first.image_id)
    assert stored is not None and stored.analysis is not None
    analysis = stored.analysis
    second = await engine.make(PhotoJob(spec, spec.background, image_id=first.image_id))
    assert engine._store.get(first.image_id).analysis is analysis
    for result in (first, second):
        measured = engine.measurement(result.task_id)
        assert measured is not None and measured.leftovers == analysis.leftovers


async def test_the_leftovers_reach_the_photo_checks() -> None:
    engine = LocalEngine()
    spec = load_catalog().get("us-passport")
    assert spec is not None
    result = await engine.make(PhotoJob(spec, spec.background, upload=astronaut_jpeg()))
    measured = engine.measurement(result.task_id)
    assert measured is not None and measured.leftovers is not None
    measures = (await inspect_upload(CASES["astronaut"].jpeg())).measures
    report = judge(measures, spec, leftovers=measured.leftovers)
    item = report.item("leftovers")
    assert item is not None and item.verdict is Verdict.OK
    noisy = judge(measures, spec, leftovers=0.2).item("leftovers")
    assert noisy is not None and noisy.verdict is Verdict.FAIL
    assert noisy.tip is not None and noisy.tip.args == {"percent": 20.0}
