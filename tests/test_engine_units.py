"""The engine's logic without any model: placement, request → target, image store, backend
selection, pose and eye maths on synthetic landmarks, crown finding, matting and compliance."""

from __future__ import annotations

import math

import pytest

np = pytest.importorskip("numpy")
cv2 = pytest.importorskip("cv2")

from PIL import Image  # noqa: E402

from bot.engine import (  # noqa: E402
    BACKENDS,
    EyesClosedError,
    FaceTurnedError,
    LocalEngine,
    OutfitsNeedPicWish,
    select_backend,
)
from bot.engine.compose import background_canvas, watermark  # noqa: E402
from bot.engine.faces import Box, Landmarks, check_pose, comparable_faces  # noqa: E402
from bot.engine.measurement import Measurement, compliance, render_problems  # noqa: E402
from bot.engine.placement import Windows, place  # noqa: E402
from bot.engine.segmentation import crown_by_colour, crown_row, refine_alpha  # noqa: E402
from bot.engine.store import ImageStore  # noqa: E402
from bot.engine.target import target_from_job  # noqa: E402
from bot.photo_job import PhotoJob  # noqa: E402
from bot.picwish import PicWishBackend  # noqa: E402
from bot.specs import load_catalog, parse_custom_size, picwish_params  # noqa: E402
from conversation.options import Touchups  # noqa: E402

# -- backend selection ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("choice", "key", "expected"),
    [
        (None, None, "local"),
        ("", "k", "picwish"),
        (None, "k", "picwish"),
        ("LOCAL", "k", "local"),
        (" picwish ", "k", "picwish"),
        ("local", None, "local"),
    ],
)
def test_backend_selection(choice: str | None, key: str | None, expected: str) -> None:
    assert select_backend(choice, picwish_api_key=key) == expected


def test_backend_selection_errors() -> None:
    with pytest.raises(ValueError, match="PICWISH_API_KEY"):
        select_backend("picwish", picwish_api_key=None)
    with pytest.raises(ValueError, match="picwish or local"):
        select_backend("cloud", picwish_api_key="k")


def test_backends_declare_what_they_can_do() -> None:
    assert PicWishBackend.supports_outfits and not LocalEngine.supports_outfits
    assert (PicWishBackend.name, LocalEngine.name) == BACKENDS


# -- placement --------------------------------------------------------------------------------


@pytest.mark.parametrize("spec_id", ["us-passport", "gb-passport", "schengen-visa", "cn-visa"])
@pytest.mark.parametrize("ratio", [0.45, 0.5, 0.54, 0.58])
def test_placement_fits_every_window(spec_id: str, ratio: float) -> None:
    spec = load_catalog().get(spec_id)
    assert spec is not None
    params = picwish_params(spec)
    windows = Windows(
        crown=(params["min_head_top"], params["max_head_top"]),  # type: ignore[arg-type]
        chin=(params["min_chin_top"], params["max_chin_top"]),  # type: ignore[arg-type]
        eyes=(params["min_eyes_top"], params["max_eyes_top"]),  # type: ignore[arg-type]
    )
    placement = place(100.0, 100.0 * ratio, 70.0, windows, frame_height=spec.px_height)
    assert placement.margin >= 0
    assert windows.crown[0] <= placement.crown_y <= windows.crown[1]
    assert windows.eyes[0] <= placement.eye_y <= windows.eyes[1]
    # the head height is inside the spec's band, in the spec's own scale
    assert spec.head_height_mm is not None
    low, high = spec.head_height_mm
    assert low <= placement.head_height / spec.px_per_mm <= high
    assert math.isclose(placement.eye_y - placement.crown_y, ratio * placement.head_height)


def test_placement_without_a_solution_splits_the_miss() -> None:
    windows = Windows(crown=(10, 12), chin=(110, 112), eyes=(20, 22))  # eyes far too high
    placement = place(100.0, 50.0, 60.0, windows)
    assert placement.margin < 0
    assert 98 <= placement.head_height <= 102


def test_placement_keeps_the_chin_in_the_frame() -> None:
    windows = Windows(crown=(0, 400), chin=(300, 1000), eyes=(0, 1000))
    placement = place(100.0, 50.0, 60.0, windows, frame_height=500)
    assert placement.chin_y <= 499


def test_placement_respects_face_width() -> None:
    windows = Windows(crown=(0, 100), chin=(300, 500), eyes=(100, 300), face_width=(150, 160))
    placement = place(100.0, 50.0, 60.0, windows)
    assert 150 <= placement.head_height * 0.6 <= 160


# -- job → target -----------------------------------------------------------------------------


def test_target_from_a_job() -> None:
    spec = load_catalog().get("cn-visa")
    assert spec is not None
    job = PhotoJob(
        spec=spec,
        background="FFFFFF",
        background2="438EDB",
        touchups=Touchups(bright=0.6, sharp=0.3, thin_face=0.9),
        preview=True,
    )
    target = target_from_job(job)
    assert (target.width, target.height, target.dpi) == (354, 472, 250)
    assert target.windows.face_width == (148, 216)
    assert target.background == (255, 255, 255) and target.background2 == (67, 142, 219)
    assert target.touchups.bright == 0.6 and target.touchups.sharp == 0.3
    assert target.touchups.smooth == 0
    assert target.preview and target.file_format == "jpg"
    assert (target.min_bytes, target.max_bytes) == (40960, 120000)


def test_target_of_a_custom_size_has_icao_windows() -> None:
    custom = target_from_job(PhotoJob(spec=parse_custom_size("600x800 px"), background="FFFFFF"))
    assert (custom.width, custom.height, custom.dpi) == (600, 800, 300)
    crown, chin, eyes = custom.windows.crown, custom.windows.chin, custom.windows.eyes
    assert chin[0] - crown[1] >= 0.70 * 800 and chin[1] - crown[0] <= 0.80 * 800
    assert eyes[0] >= 800 - 0.60 * 800 and eyes[1] <= 800 - 0.50 * 800


def test_target_refuses_an_outfit() -> None:
    with pytest.raises(OutfitsNeedPicWish):
        target_from_job(
            PhotoJob(spec=parse_custom_size("600x800 px"), background="FFFFFF", outfit="man_1")
        )


# -- image store ------------------------------------------------------------------------------


def test_store_expires_and_evicts() -> None:
    now = [0.0]
    store = ImageStore(ttl_seconds=10, max_images=2, max_bytes=100, clock=lambda: now[0])
    a = store.put(b"a" * 10)
    b = store.put(b"b" * 10)
    assert store.get(a.image_id) is a  # a is now the most recently used
    store.put(b"c" * 10)
    assert store.get(b.image_id) is None and store.get(a.image_id) is a and len(store) == 2
    store.put(b"d" * 95)  # over the byte budget: everything older goes
    assert len(store) == 1 and store.total_bytes == 95
    now[0] = 11
    assert len(store) == 1 and store.get(next(iter(store._items))) is None
    assert len(store) == 0 and store.total_bytes == 0
    assert a.image_id.startswith("local-") and a.image_id != b.image_id


# -- pose and eyes ----------------------------------------------------------------------------

#: A frontal face (mesh indices → x, y, z in pixels), from the astronaut photo's mesh.
FRONTAL = {
    10: (226, 72, -11),
    152: (221, 177, 8),
    1: (223, 130, -23),
    234: (179, 110, 41),
    454: (270, 116, 40),
    468: (204, 101, 1),
    473: (247, 104, 1),
    159: (203, 98, -1),
    145: (203, 104, 0),
    33: (195, 101, 5),
    133: (213, 104, 1),
    386: (248, 100, -2),
    374: (247, 107, 0),
    362: (237, 105, 1),
    263: (256, 104, 4),
}


def face(turn_degrees: float = 0.0, nod_degrees: float = 0.0) -> Landmarks:
    points = np.zeros((478, 3))
    for index, xyz in FRONTAL.items():
        points[index] = xyz
    centre = points[list(FRONTAL)].mean(axis=0)
    yaw, pitch = math.radians(turn_degrees), math.radians(nod_degrees)
    turn = np.array(
        [[math.cos(yaw), 0, -math.sin(yaw)], [0, 1, 0], [math.sin(yaw), 0, math.cos(yaw)]]
    )
    nod = np.array(
        [[1, 0, 0], [0, math.cos(pitch), -math.sin(pitch)], [0, math.sin(pitch), math.cos(pitch)]]
    )
    moved = (points - centre) @ (nod @ turn).T + centre
    moved[[i for i in range(478) if i not in FRONTAL]] = 0
    return Landmarks(moved)


def test_frontal_face_passes() -> None:
    lm = face()
    assert abs(lm.yaw_degrees) < 5 and abs(lm.pitch_degrees) < 5 and abs(lm.roll_degrees) < 5
    assert lm.eye_openness > 0.3
    check_pose(lm)


@pytest.mark.parametrize(("turn", "nod"), [(35, 0), (-35, 0), (0, 40), (0, -35)])
def test_turned_face_is_refused(turn: float, nod: float) -> None:
    with pytest.raises(FaceTurnedError) as raised:
        check_pose(face(turn, nod))
    assert "turned away" in raised.value.text.render("en")


@pytest.mark.parametrize("turn", [10, -10])
def test_a_slight_turn_is_fine(turn: float) -> None:
    assert abs(face(turn).yaw_degrees - turn) < 4
    check_pose(face(turn))


def test_closed_eyes_are_refused() -> None:
    lm = face()
    closed = lm.points.copy()
    closed[159] = closed[145] + (0, -0.5, 0)
    closed[386] = closed[374] + (0, -0.5, 0)
    with pytest.raises(EyesClosedError) as raised:
        check_pose(Landmarks(closed))
    assert "eyes look closed" in raised.value.text.render("en")


def test_roll_sign_levels_the_eyes() -> None:
    lm = face()
    assert math.isclose(lm.roll_degrees, math.degrees(math.atan2(3, 43)), abs_tol=0.01)


def test_faces_that_count() -> None:
    main = Box(0, 0, 100, 100, 0.9)
    assert comparable_faces([]) == 0
    assert comparable_faces([main, Box(300, 0, 30, 30, 0.95)]) == 1  # a tiny bystander
    assert comparable_faces([main, Box(300, 0, 60, 60, 0.65)]) == 1  # an unsure one
    assert comparable_faces([main, Box(300, 0, 60, 60, 0.9)]) == 2


# -- crown and matting ------------------------------------------------------------------------


def test_crown_from_mask_stops_at_the_first_gap() -> None:
    mask = np.zeros((200, 100), dtype=np.float32)
    mask[60:] = 1.0  # the head from row 60 down
    mask[10:20] = 1.0  # something above the head, not connected
    crown = crown_row(mask, 50, 10, 120)
    assert crown is not None and 59 <= crown <= 61
    assert crown_row(np.ones((200, 100), dtype=np.float32), 50, 10, 120) is None


def test_crown_from_colour_handles_a_gradient() -> None:
    height, width = 200, 120
    rgb = background_canvas((width, height), (255, 255, 255), (67, 142, 219)).astype(np.uint8)
    rgb[70:, 40:80] = (250, 250, 250)  # a white cap on the light top of the gradient
    rgb[70:72, 40:80] = (180, 180, 180)  # its outline
    assert crown_by_colour(rgb, 60, 10, 150) == 70


def test_guided_filter_snaps_the_mask_to_the_edge() -> None:
    rgb = np.zeros((450, 600, 3), dtype=np.uint8)
    rgb[:, 300:] = (230, 200, 170)
    coarse = np.zeros((450, 600), dtype=np.float32)
    coarse[:, 296:] = 1.0  # the coarse mask is 4 px off (a 256 px mask at 600 px)
    coarse = cv2.GaussianBlur(coarse, (0, 0), 3)  # and soft
    alpha = refine_alpha(rgb, coarse)
    assert alpha[:, 320:].min() == 1.0 and alpha[:, :280].max() == 0.0
    assert alpha[:, 285:296].max() < 0.05  # no halo outside the person
    assert alpha[:, 296:300].mean() < 0.15 and alpha[:, 300:305].mean() > 0.9


def test_gradient_canvas_and_watermark() -> None:
    canvas = background_canvas((10, 101), (255, 255, 255), (0, 0, 0))
    assert canvas[0, 0].tolist() == [255, 255, 255] and canvas[100, 9].tolist() == [0, 0, 0]
    assert abs(canvas[50, 5, 0] - 127.5) < 0.01
    plain = Image.new("RGB", (400, 500), (255, 255, 255))
    marked = np.asarray(watermark(plain), dtype=np.int16)
    assert (marked != 255).any(axis=2).mean() > 0.02


# -- compliance -------------------------------------------------------------------------------


def measurement(**values: object) -> Measurement:
    base: dict[str, object] = {
        "width_px": 600,
        "height_px": 600,
        "px_per_mm": 600 / 51,
        "crown_y_px": 60.0,
        "eye_y_px": 250.0,
        "chin_y_px": 410.0,
        "centre_x_px": 300.0,
        "face_width_px": 180.0,
        "roll_degrees": 0.5,
        "yaw_degrees": 0.0,
        "eye_openness": 0.3,
        "crown_from_mask": True,
        "background_uniformity": 0.999,
        "background_colour": "FEFEFE",
    }
    return Measurement(**(base | values))  # type: ignore[arg-type]


def test_compliance_of_a_good_photo() -> None:
    spec = load_catalog().get("us-passport")
    assert spec is not None
    m = measurement()
    assert math.isclose(m.head_height_mm, 350 / (600 / 51))
    assert math.isclose(m.eye_line_mm, 350 / (600 / 51))
    assert compliance(m, spec) == []
    assert f"head {m.head_height_mm:.1f} mm" in m.summary()


def test_compliance_names_every_problem_with_numbers() -> None:
    spec = load_catalog().get("us-passport")
    assert spec is not None
    m = measurement(
        crown_y_px=150.0,
        eye_y_px=300.0,
        centre_x_px=340.0,
        roll_degrees=-7.2,
        background_uniformity=0.7,
        background_colour="438EDB",
    )
    problems = {p.message_id: p for p in compliance(m, spec)}
    assert set(problems) == {
        "engine-check-head-height",
        "engine-check-eye-line",
        "engine-check-off-centre",
        "engine-check-tilted",
        "engine-check-background-uneven",
        "engine-check-background-colour",
    }
    assert problems["engine-check-head-height"].args == {"measured": 22.1, "min": 25.0, "max": 35.0}
    assert problems["engine-check-tilted"].args == {"degrees": 7}
    assert "#438EDB" in problems["engine-check-background-colour"].render("en")
    # the user chose a blue gradient: colour and evenness are not checked
    gradient = compliance(m, spec, bg_color="438EDB", gradient=True)
    assert {p.message_id for p in gradient} == {
        "engine-check-head-height",
        "engine-check-eye-line",
        "engine-check-off-centre",
        "engine-check-tilted",
    }
    edge = compliance(measurement(eye_y_px=600 - 27.96 * 600 / 51), spec)  # 27.96 mm
    assert edge[0].args["measured"] == 27.96  # not "28.0", which would read as inside
    loose = compliance(measurement(crown_y_px=120.0), spec, tolerance_mm=3.0)
    assert loose == []
    text = render_problems(list(problems.values())[:2], "en")
    assert text.startswith("Heads-up") and text.count("\n• ") == 2 and "22.1 mm" in text


def test_importing_the_package_loads_no_heavy_module() -> None:
    import subprocess
    import sys

    code = (
        "import sys, bot.engine as e; "
        "assert e.select_backend(None, picwish_api_key=None) == 'local'; "
        "print(sorted(m for m in ('numpy', 'cv2', 'mediapipe') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
