"""The local engine on real photos: every spec's exact size, head and eyes inside the bands,
the chosen background, and the refusals (no face, two faces, a face too small)."""

from __future__ import annotations

import dataclasses
import io

import pytest

from tests.test_engine_support import (
    PORTRAITS,
    big_astronaut_jpeg,
    landscape_jpeg,
    small_face_jpeg,
    specs,
    two_faces_jpeg,
)

np = pytest.importorskip("numpy")

from PIL import Image  # noqa: E402

from bot.engine import (  # noqa: E402
    FaceTooSmallError,
    LocalEngine,
    NoFaceError,
    SeveralFacesError,
    compliance,
    measure_async,
    precheck_upload,
)
from bot.i18n import t  # noqa: E402
from bot.photo_job import PhotoJob, photo_job  # noqa: E402
from bot.specs import Spec  # noqa: E402
from conversation.options import PhotoOptions  # noqa: E402

SPEC_IDS = tuple(specs())


def job_for(
    spec: Spec,
    image: bytes,
    *,
    file_format: str = "jpg",
    background: str | None = None,
    background2: str | None = None,
) -> PhotoJob:
    """The final of ``image`` for ``spec`` in ``file_format``, without the spec's file sizes."""
    spec = dataclasses.replace(spec, file_format=file_format, min_file_kb=None, max_file_kb=None)
    return PhotoJob(
        spec=spec,
        background=background or spec.background,
        background2=background2,
        preview=False,
        upload=image,
    )


def pixels(data: bytes) -> np.ndarray:
    with Image.open(io.BytesIO(data)) as im:
        return np.asarray(im.convert("RGB")).astype(np.int16)


@pytest.fixture(scope="module")
def engine() -> LocalEngine:
    return LocalEngine()


@pytest.mark.parametrize("photo", sorted(PORTRAITS))
@pytest.mark.parametrize("spec_id", SPEC_IDS)
async def test_result_fits_the_spec(engine: LocalEngine, photo: str, spec_id: str) -> None:
    spec = specs()[spec_id]
    result = await engine.make(job_for(spec, PORTRAITS[photo](), file_format="png"))
    assert result.credits_charged == 0 and result.detail
    with Image.open(io.BytesIO(result.image)) as im:
        assert im.format == "PNG"
        assert im.size == (spec.px_width, spec.px_height)
        assert round(im.info["dpi"][0]) == spec.dpi
    measured = (await measure_async(result.image)).at_scale(spec.px_per_mm)
    assert spec.head_height_mm is not None and spec.eye_line_mm is not None
    low, high = spec.head_height_mm
    assert low <= measured.head_height_mm <= high, measured.summary()
    low, high = spec.eye_line_mm
    assert low <= measured.eye_line_mm <= high, measured.summary()
    assert abs(measured.head_centre_offset_mm) < 1.0
    assert abs(measured.roll_degrees) < 1.5
    assert compliance(measured, spec) == []
    # the engine's own measurement (taken before encoding) agrees
    own = engine.measurement(result.task_id)
    assert own is not None
    assert abs(own.head_height_px - measured.head_height_px) < 4


def _background_pixels(image: np.ndarray) -> np.ndarray:
    """The top corners and the strip above the head: background in every ID photo."""
    height, width = image.shape[:2]
    corner = max(4, width // 12)
    return np.concatenate(
        [
            image[:corner, :corner].reshape(-1, 3),
            image[:corner, -corner:].reshape(-1, 3),
            image[:2, :].reshape(-1, 3),
        ]
    )


@pytest.mark.parametrize("colour", ["FFFFFF", "438EDB", "CC0000", "F0EDE8"])
async def test_background_is_the_chosen_colour(engine: LocalEngine, colour: str) -> None:
    spec = specs()["us-passport"]
    result = await engine.make(
        job_for(spec, PORTRAITS["hopper"](), background=colour, file_format="png")
    )
    image = pixels(result.image)
    wanted = np.array([int(colour[i : i + 2], 16) for i in (0, 2, 4)])
    assert (np.abs(_background_pixels(image) - wanted) == 0).all()
    measured = await measure_async(result.image)
    assert measured.background_colour == colour
    assert measured.background_uniformity is not None and measured.background_uniformity > 0.97
    assert compliance(measured, spec, bg_color=colour) == []


async def test_jpeg_background_within_compression_noise(engine: LocalEngine) -> None:
    spec = specs()["schengen-visa"]
    result = await engine.make(job_for(spec, PORTRAITS["astronaut"](), file_format="jpg"))
    image = pixels(result.image)
    assert image.shape[:2] == (spec.px_height, spec.px_width)
    assert (np.abs(_background_pixels(image) - 255) <= 3).all()


async def test_gradient_runs_top_to_bottom(engine: LocalEngine) -> None:
    spec = specs()["custom-600x800px"]
    job = job_for(
        spec,
        PORTRAITS["astronaut"](),
        background="FFFFFF",
        background2="438EDB",
        file_format="png",
    )
    image = pixels((await engine.make(job)).image)
    top, bottom = np.array([255, 255, 255]), np.array([0x43, 0x8E, 0xDB])
    for row in (0, 150, 300):  # the left edge above the shoulders is background
        share = row / (spec.px_height - 1)
        expected = top * (1 - share) + bottom * share
        assert (np.abs(image[row, 2] - expected) <= 1.5).all(), (row, image[row, 2], expected)


async def test_twelve_megapixel_photo(engine: LocalEngine) -> None:
    spec = specs()["gb-passport"]
    result = await engine.make(job_for(spec, big_astronaut_jpeg(), file_format="png"))
    measured = (await measure_async(result.image)).at_scale(spec.px_per_mm)
    assert compliance(measured, spec) == [], measured.summary()


@pytest.mark.parametrize(
    ("photo", "error", "phrase"),
    [
        (landscape_jpeg, NoFaceError, "couldn't find a face"),
        (two_faces_jpeg, SeveralFacesError, "found 2 faces"),
        (small_face_jpeg, FaceTooSmallError, "too small"),
    ],
)
async def test_unusable_photos_are_refused(
    engine: LocalEngine, photo: object, error: type[Exception], phrase: str
) -> None:
    spec = specs()["us-passport"]
    data = photo()  # type: ignore[operator]
    with pytest.raises(error) as raised:
        await engine.make(job_for(spec, data))
    assert phrase in raised.value.text.render("en")  # type: ignore[attr-defined]
    with pytest.raises(error):
        await precheck_upload(data)


async def test_precheck_accepts_a_portrait() -> None:
    check = await precheck_upload(PORTRAITS["hopper"](), strict=True)
    assert check.faces == 1
    assert (check.image_width, check.image_height) == (512, 600)
    assert check.face_height_px > 150
    assert abs(check.yaw_degrees) < 10 and abs(check.pitch_degrees) < 10
    assert check.eye_openness > 0.2


async def test_the_bots_own_job_works(engine: LocalEngine) -> None:
    """The job the bot makes of a user's options is made as it is, file sizes included."""
    spec = specs()["cn-visa"]
    job = photo_job(spec, PhotoOptions(spec_id=spec.id), preview=False)
    result = await engine.make(job.with_upload(PORTRAITS["hopper"]()))
    with Image.open(io.BytesIO(result.image)) as im:
        assert im.format == "JPEG" and im.size == (spec.px_width, spec.px_height)
    assert spec.min_file_kb is not None and spec.max_file_kb is not None
    assert spec.min_file_kb * 1024 <= len(result.image) <= spec.max_file_kb * 1000
    assert t("en", "engine-no-face")


async def test_exif_orientation_is_applied(engine: LocalEngine) -> None:
    """A phone photo stored sideways with an orientation tag comes out upright."""
    spec = specs()["schengen-visa"]
    upright = Image.open(io.BytesIO(PORTRAITS["hopper"]()))
    exif = Image.Exif()
    exif[0x0112] = 6  # the viewer turns it 90° clockwise
    stored = upright.transpose(Image.Transpose.ROTATE_90)
    sideways = io.BytesIO()
    stored.save(sideways, "JPEG", quality=92, exif=exif.tobytes())
    result = await engine.make(job_for(spec, sideways.getvalue(), file_format="png"))
    measured = (await measure_async(result.image)).at_scale(spec.px_per_mm)
    assert compliance(measured, spec) == [], measured.summary()
