"""Every spec converts to PicWish parameters within the documented bounds, and the face geometry
they allow stays inside the spec's head and eye bands (checked at every corner and by property)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.specs import load_catalog, parse_custom_size, picwish_params
from bot.specs.custom import CustomSizeError
from bot.specs.model import Spec
from bot.specs.picwish_params import file_size_bytes

#: Body parameter names from the Advanced ID Photo API doc (picwish-idphoto-api.md).
PICWISH_BODY = {
    "px_width", "px_height", "mm_width", "mm_height", "dpi", "bg_color", "bg_color2",
    "face_width", "min_face_width", "max_face_width", "face_height", "min_face_height",
    "max_face_height", "head_top", "min_head_top", "max_head_top", "chin_top", "min_chin_top",
    "max_chin_top", "eyes_top", "min_eyes_top", "max_eyes_top", "min_file_size",
    "max_file_size", "format", "quality",
}  # fmt: skip
SPECS = list(load_catalog())
EPS = 1e-9


def check_bounds(spec: Spec, params: dict[str, object]) -> None:
    assert set(params) <= PICWISH_BODY
    assert all(isinstance(v, int) for k, v in params.items() if k not in ("bg_color", "format"))
    assert 0 < params["px_width"] < 1800 and 0 < params["px_height"] < 1800  # type: ignore[operator]
    assert 10 <= params["dpi"] <= 1000  # type: ignore[operator]
    assert isinstance(params["bg_color"], str) and len(params["bg_color"]) == 6
    int(params["bg_color"], 16)
    assert params["format"] in ("jpg", "png")
    height = spec.px_height
    for name in ("head_top", "chin_top", "eyes_top"):
        lo, hi = params[f"min_{name}"], params[f"max_{name}"]
        assert 0 <= lo <= hi <= height, (spec.id, name, lo, hi)  # type: ignore[operator]
    if "min_file_size" in params and "max_file_size" in params:
        assert 0 <= params["min_file_size"] < params["max_file_size"]  # type: ignore[operator]


def check_geometry(spec: Spec, params: dict[str, object], head_top: int, chin_top: int) -> None:
    """A crown at ``head_top`` and a chin at ``chin_top`` give a head inside the spec's band."""
    scale = spec.px_per_mm
    assert spec.head_height_mm is not None
    lo, hi = spec.head_height_mm
    head_mm = (chin_top - head_top) / scale
    assert lo - EPS <= head_mm <= hi + EPS, (spec.id, head_top, chin_top, head_mm)
    if spec.head_top_mm is not None:
        assert spec.head_top_mm[0] - EPS <= head_top / scale <= spec.head_top_mm[1] + EPS


def check_eyes(spec: Spec, eyes_top: int) -> None:
    assert spec.eye_line_mm is not None
    from_bottom = (spec.px_height - eyes_top) / spec.px_per_mm
    assert spec.eye_line_mm[0] - EPS <= from_bottom <= spec.eye_line_mm[1] + EPS


def check_all_corners(spec: Spec) -> None:
    params = picwish_params(spec)
    check_bounds(spec, params)
    for head_top in (params["min_head_top"], params["max_head_top"]):
        for chin_top in (params["min_chin_top"], params["max_chin_top"]):
            check_geometry(spec, params, head_top, chin_top)  # type: ignore[arg-type]
    for eyes_top in (params["min_eyes_top"], params["max_eyes_top"]):
        check_eyes(spec, eyes_top)  # type: ignore[arg-type]
    if spec.head_width_mm is not None:
        for width in (params["min_face_width"], params["max_face_width"]):
            mm = width / spec.px_per_mm  # type: ignore[operator]
            assert spec.head_width_mm[0] - EPS <= mm <= spec.head_width_mm[1] + EPS


def test_every_spec_converts_within_bounds_and_bands() -> None:
    for spec in SPECS:
        check_all_corners(spec)


def test_windows_leave_a_plausible_face() -> None:
    """Eyes sit 38–56 % of the head down from the crown: that must fit the windows PicWish gets."""
    for spec in SPECS:
        p = picwish_params(spec)
        crown = (p["min_head_top"] + p["max_head_top"]) / 2  # type: ignore[operator]
        head = (p["min_chin_top"] + p["max_chin_top"]) / 2 - crown  # type: ignore[operator]
        assert p["min_eyes_top"] <= crown + 0.56 * head, spec.id  # type: ignore[operator]
        assert crown + 0.38 * head <= p["max_eyes_top"], spec.id  # type: ignore[operator]


@settings(max_examples=300, deadline=None)
@given(data=st.data(), spec=st.sampled_from(SPECS))
def test_any_crown_chin_and_eyes_in_the_windows_meet_the_spec(
    data: st.DataObject, spec: Spec
) -> None:
    params = picwish_params(spec)
    head_top = data.draw(st.integers(params["min_head_top"], params["max_head_top"]))  # type: ignore[arg-type]
    chin_top = data.draw(st.integers(params["min_chin_top"], params["max_chin_top"]))  # type: ignore[arg-type]
    eyes_top = data.draw(st.integers(params["min_eyes_top"], params["max_eyes_top"]))  # type: ignore[arg-type]
    check_geometry(spec, params, head_top, chin_top)
    check_eyes(spec, eyes_top)


@settings(max_examples=200, deadline=None)
@given(
    width=st.integers(10, 150),
    height=st.integers(10, 150),
    unit=st.sampled_from(["mm", "px"]),
)
def test_custom_sizes_convert_too(width: int, height: int, unit: str) -> None:
    if unit == "px":
        width, height = width * 10, height * 10
    try:
        spec = parse_custom_size(f"{width}x{height}{unit}")
    except CustomSizeError:
        return
    check_all_corners(spec)


def test_examples() -> None:
    catalog = load_catalog()
    us = picwish_params(catalog.get("us-dv-lottery"))  # type: ignore[arg-type]
    assert (us["px_width"], us["px_height"], us["dpi"]) == (600, 600, 300)
    assert us["max_file_size"] == 240_000 and "min_file_size" not in us
    assert "mm_width" not in us  # 2×2 in is not a whole number of mm: pixels + dpi are exact
    cn = picwish_params(catalog.get("cn-visa"))  # type: ignore[arg-type]
    assert (cn["px_width"], cn["px_height"]) == (354, 472)
    assert (cn["min_file_size"], cn["max_file_size"]) == (40 * 1024, 120 * 1000)
    assert cn["bg_color"] == "FFFFFF" and cn["format"] == "jpg"
    assert {"min_face_width", "max_face_width"} <= set(cn)


def test_file_size_bounds_take_the_safe_reading_of_kb() -> None:
    spec = load_catalog().get("cn-visa")
    assert spec is not None
    assert file_size_bytes(spec) == (40_960, 120_000)
