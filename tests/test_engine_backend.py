"""``LocalEngine`` as a photo backend: the same jobs as PicWish, image store and ``image_id``,
progress, the ledger (through the one wrapper), no outfits, previews, file formats, touch-ups,
and the compliance check of a result that PicWish could have returned."""

from __future__ import annotations

import asyncio
import dataclasses
import io

import pytest

from tests.test_engine_support import PORTRAITS, encode, specs

np = pytest.importorskip("numpy")

from PIL import Image  # noqa: E402

from bot.engine import (  # noqa: E402
    LocalEngine,
    OutfitsNeedPicWish,
    check_result,
    compliance,
    measure,
    measure_async,
    render_problems,
)
from bot.i18n import t  # noqa: E402
from bot.ledger import TaskContext  # noqa: E402
from bot.ledger_backend import LedgerBackend  # noqa: E402
from bot.photo_backend import ImageExpired, PhotoError  # noqa: E402
from bot.photo_job import PhotoJob  # noqa: E402
from bot.specs import Spec, parse_custom_size  # noqa: E402
from bot.specs.picwish_params import file_size_bytes  # noqa: E402
from conversation.options import Touchups  # noqa: E402


class Ledger:
    """In-memory TaskLedger."""

    def __init__(self) -> None:
        self.started: list[dict[str, object]] = []
        self.finished: list[dict[str, object]] = []

    async def task_started(
        self, *, params: dict[str, object], credits: int, context: TaskContext | None
    ) -> int:
        self.started.append({"params": params, "credits": credits, "context": context})
        return len(self.started)

    async def task_finished(self, row_id: int, **values: object) -> None:
        self.finished.append({"row_id": row_id, **values})


def us_spec(**changes: object) -> Spec:
    """The US passport (2×2 in, 600×600 px) without its file-size bounds, unless asked."""
    return dataclasses.replace(
        specs()["us-passport"], min_file_kb=None, max_file_kb=None, **changes
    )


def us_job(spec: Spec | None = None, **fields: object) -> PhotoJob:
    """A preview of the US passport on white, unless ``fields`` say otherwise."""
    spec = spec or us_spec()
    values: dict[str, object] = {"background": spec.background, "preview": True, **fields}
    return PhotoJob(spec=spec, **values)  # type: ignore[arg-type]


def image_of(data: bytes) -> Image.Image:
    im = Image.open(io.BytesIO(data))
    im.load()
    return im


async def test_last_id_reuses_the_stored_photo_and_records_the_ledger() -> None:
    ledger = Ledger()
    engine = LedgerBackend(LocalEngine(), ledger)
    context = TaskContext(user_id=1, chat_id=2, group_id=None, purpose="preview")
    seen: list[int] = []

    async def progress(value: int) -> None:
        seen.append(value)

    first = await engine.make(
        us_job(upload=PORTRAITS["hopper"]()), on_progress=progress, context=context
    )
    assert first.image_id and first.task_id.startswith("local-")
    assert seen == sorted(set(seen)) and seen[-1] == 100 and len(seen) >= 3
    again = await engine.make(us_job(image_id=first.image_id, background="438EDB"))
    assert again.image_id == first.image_id and again.task_id != first.task_id
    assert image_of(again.image).getpixel((2, 2)) != image_of(first.image).getpixel((2, 2))
    assert [row["credits"] for row in ledger.started] == [0, 0]
    assert ledger.started[0]["context"] == context
    assert "image_file" in ledger.started[0]["params"]
    done = ledger.finished[0]
    assert done["credits_charged"] == 0 and done["state"] == 1 and done["error"] is None
    assert done["task_id"] == first.task_id and done["image_id"] == first.image_id
    assert "head" in str(done["state_detail"])  # the compliance measurement
    await engine.close()
    with pytest.raises(ImageExpired):
        await engine.make(us_job(image_id=first.image_id))


async def test_unknown_or_expired_last_id_asks_for_a_reupload() -> None:
    now = [0.0]
    engine = LocalEngine(image_ttl_seconds=60, clock=lambda: now[0])
    with pytest.raises(ImageExpired):
        await engine.make(us_job(image_id="local-nope"))
    first = await engine.make(us_job(upload=PORTRAITS["astronaut"]()))
    now[0] = 61.0
    with pytest.raises(ImageExpired) as raised:
        await engine.make(us_job(image_id=first.image_id))
    assert raised.value.text.message_id == "picwish-last-id-expired"


async def test_a_failure_is_recorded_and_typed() -> None:
    ledger = Ledger()
    local = LocalEngine()
    blank = encode(np.full((600, 600, 3), 200, dtype=np.uint8))
    with pytest.raises(PhotoError) as raised:
        await LedgerBackend(local, ledger).make(us_job(upload=blank))
    assert raised.value.message_id == "engine-no-face"
    assert ledger.finished[0]["state"] is None
    assert "NoFaceError" in str(ledger.finished[0]["error"])
    assert len(local._store) == 0  # a photo without a face is not kept


async def test_outfits_need_picwish() -> None:
    engine = LocalEngine()
    with pytest.raises(OutfitsNeedPicWish) as raised:
        await engine.make(us_job(upload=PORTRAITS["hopper"](), outfit="woman_3"))
    assert isinstance(raised.value, PhotoError)
    assert "Outfits" in raised.value.text.render("en")
    assert engine.supports_outfits is False


async def test_every_photo_is_free_offline() -> None:
    engine = LocalEngine()
    touched = Touchups(bright=0.6, smooth=0.3)
    assert engine.price(us_job(preview=False, touchups=touched)) == 0
    assert engine.price(us_job(preview=True)) == 0


async def test_a_job_the_engine_cannot_do_never_reaches_the_ledger() -> None:
    ledger = Ledger()
    with pytest.raises(OutfitsNeedPicWish):
        await LedgerBackend(LocalEngine(), ledger).make(
            us_job(upload=PORTRAITS["hopper"](), outfit="man_1")
        )
    assert ledger.started == []


async def test_preview_is_watermarked_and_the_final_is_not() -> None:
    engine = LocalEngine()
    png = us_spec(file_format="png")
    final = await engine.make(us_job(png, upload=PORTRAITS["hopper"](), preview=False))
    preview = await engine.make(us_job(png, image_id=final.image_id, preview=True))
    a = np.asarray(image_of(final.image), dtype=np.int16)
    b = np.asarray(image_of(preview.image), dtype=np.int16)
    changed = (np.abs(a - b).max(axis=2) > 8).mean()
    assert 0.02 < changed < 0.5  # visible text, but the photo is still recognisable


@pytest.mark.parametrize(("fmt", "pillow"), [("jpg", "JPEG"), ("png", "PNG")])
async def test_formats_carry_the_dpi(fmt: str, pillow: str) -> None:
    engine = LocalEngine()
    spec = dataclasses.replace(parse_custom_size("600x600 px 600 dpi"), file_format=fmt)
    result = await engine.make(us_job(spec, upload=PORTRAITS["astronaut"](), preview=False))
    im = image_of(result.image)
    assert im.format == pillow and im.size == (600, 600)
    assert tuple(round(v) for v in im.info["dpi"]) == (600, 600)


async def test_file_size_bounds_are_met() -> None:
    engine = LocalEngine()
    spec = specs()["us-passport"]  # 100–240 KB
    result = await engine.make(us_job(spec, upload=PORTRAITS["hopper"](), preview=False))
    low, high = file_size_bytes(spec)
    assert low is not None and high is not None
    assert low <= len(result.image) <= high


async def test_touchups_change_the_face_not_the_background() -> None:
    engine = LocalEngine()
    png = us_spec(file_format="png")
    plain = await engine.make(us_job(png, upload=PORTRAITS["hopper"](), preview=False))
    touched = await engine.make(
        us_job(
            png,
            image_id=plain.image_id,
            preview=False,
            touchups=Touchups(bright=1.0, smooth=0.8, sharp=0.5),
        )
    )
    a = np.asarray(image_of(plain.image), dtype=np.int16)
    b = np.asarray(image_of(touched.image), dtype=np.int16)
    face = (slice(200, 400), slice(220, 380))
    assert np.abs(a[face] - b[face]).mean() > 2
    assert (a[:20, :20] == b[:20, :20]).all()


async def test_concurrent_requests_share_the_one_worker() -> None:
    engine = LocalEngine()
    first = await engine.make(us_job(upload=PORTRAITS["astronaut"]()))
    results = await asyncio.gather(
        *(engine.make(us_job(image_id=first.image_id, background=c)) for c in ("FFFFFF", "D0D0D0"))
    )
    assert len({r.task_id for r in results}) == 2


async def test_an_off_spec_result_is_flagged_with_numbers() -> None:
    """What the bot does with a PicWish result: measure it and compare with the spec."""
    spec = specs()["us-passport"]
    engine = LocalEngine()
    png = us_spec(file_format="png")
    good = await engine.make(us_job(png, upload=PORTRAITS["hopper"](), preview=False))
    assert compliance(await measure_async(good.image, dpi=spec.dpi), spec) == []
    # A badly cropped result: the head shrunk to 60 % and pushed down and to the right.
    im = image_of(good.image)
    small = im.resize((360, 360))
    bad = Image.new("RGB", im.size, (255, 255, 255))
    bad.paste(small, (200, 230))
    bad_bytes = encode(bad, "PNG", dpi=(300, 300))
    measured = measure(bad_bytes)  # plain code: waits for the engine thread
    problems = compliance(measured, spec)
    ids = {p.message_id for p in problems}
    assert {"engine-check-head-height", "engine-check-eye-line", "engine-check-off-centre"} <= ids
    text = next(p for p in problems if p.message_id == "engine-check-head-height").render("en")
    assert "mm" in text and "25–35" in text
    assert t("en", "engine-check-intro")


async def test_a_wrong_background_is_flagged() -> None:
    spec = specs()["us-passport"]
    engine = LocalEngine()
    png = us_spec(file_format="png")
    blue = await engine.make(
        us_job(png, upload=PORTRAITS["hopper"](), preview=False, background="438EDB")
    )
    measured = await measure_async(blue.image)
    ids = {p.message_id for p in compliance(measured, spec)}
    assert ids == {"engine-check-background-colour"}
    assert compliance(measured, spec, bg_color="438EDB") == []
    noisy = np.asarray(image_of(blue.image)).copy()
    rng = np.random.default_rng(1)
    noisy[:150] = np.clip(noisy[:150] + rng.normal(0, 40, noisy[:150].shape), 0, 255)
    uneven = await measure_async(encode(noisy, "PNG"))
    ids = {p.message_id for p in compliance(uneven, spec, bg_color="438EDB")}
    assert "engine-check-background-uneven" in ids
    assert dataclasses.replace(uneven, background_uniformity=None).background_colour


async def test_check_result_reports_and_logs(caplog: pytest.LogCaptureFixture) -> None:
    spec = specs()["us-passport"]
    engine = LocalEngine()
    good = await engine.make(us_job(upload=PORTRAITS["hopper"](), preview=False))
    report = await check_result(good.image, spec, label="task-1")
    assert report.ok and report.measurement is not None and "compliant" in report.summary
    shifted = Image.new("RGB", (600, 600), (255, 255, 255))
    shifted.paste(image_of(good.image).resize((400, 400)), (150, 200))
    with caplog.at_level("WARNING", logger="bot.engine.measurement"):
        bad = await check_result(encode(shifted), spec, label="task-2")
    assert not bad.ok and "engine-check-head-height" in bad.summary
    assert "task-2" in caplog.text and "head" in caplog.text
    assert render_problems(bad.problems, "en").startswith("Heads-up")
    blank = await check_result(encode(np.full((600, 600, 3), 255, np.uint8)), spec)
    assert blank.measurement is None and blank.problems[0].message_id == "engine-check-no-face"
    gradient = await engine.make(
        us_job(image_id=good.image_id, preview=False, background="FFFFFF", background2="438EDB")
    )
    assert (await check_result(gradient.image, spec, bg_color="FFFFFF", bg_color2="438EDB")).ok
