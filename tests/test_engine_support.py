"""Photos for the engine tests: two real portraits shipped in packages, and generated scenes.

``skimage.data.astronaut()`` (scikit-image) and matplotlib's sample ``grace_hopper.jpg`` are real
photos usable offline; the landscape (no face), the pair (two faces) and the thumbnail (a face
too small) are generated from them here. Everything is built once per test session.
"""

from __future__ import annotations

import io
from functools import cache

import pytest

np = pytest.importorskip("numpy")
pytest.importorskip("cv2")
pytest.importorskip("mediapipe")
skimage_data = pytest.importorskip("skimage.data")
cbook = pytest.importorskip("matplotlib.cbook")

from PIL import Image  # noqa: E402

from bot.specs import Spec, load_catalog, parse_custom_size  # noqa: E402

SPEC_IDS = ("us-passport", "gb-passport", "schengen-visa", "cn-visa")
CUSTOM = "600x800 px"


def encode(pixels: np.ndarray | Image.Image, fmt: str = "JPEG", **options: object) -> bytes:
    image = pixels if isinstance(pixels, Image.Image) else Image.fromarray(pixels)
    buffer = io.BytesIO()
    image.save(buffer, fmt, **({"quality": 92} if fmt == "JPEG" else {}) | options)
    return buffer.getvalue()


@cache
def astronaut_rgb() -> np.ndarray:
    return np.ascontiguousarray(skimage_data.astronaut())


@cache
def hopper_rgb() -> np.ndarray:
    with Image.open(cbook.get_sample_data("grace_hopper.jpg")) as im:
        return np.asarray(im.convert("RGB"))


@cache
def astronaut_jpeg() -> bytes:
    return encode(astronaut_rgb())


@cache
def hopper_jpeg() -> bytes:
    return encode(hopper_rgb())


PORTRAITS = {"astronaut": astronaut_jpeg, "hopper": hopper_jpeg}


@cache
def landscape_rgb(width: int = 1000, height: int = 750) -> np.ndarray:
    """Sky, hills and textured grass: a photo with no face in it."""
    rng = np.random.default_rng(7)
    t = np.linspace(0.0, 1.0, height)[:, None, None]
    sky = np.array([90, 150, 230]) * (1 - t) + np.array([205, 222, 250]) * t
    image = np.broadcast_to(sky, (height, width, 3)).copy()
    horizon = int(height * 0.62)
    yy, xx = np.ogrid[:height, :width]
    for _ in range(6):
        cx, r = rng.integers(0, width), rng.integers(40, 120)
        hill = (xx - cx) ** 2 / (r * 1.6) ** 2 + (yy - horizon) ** 2 / r**2 < 1
        image[hill] = (70, 90, 110)
    grass = rng.normal(0, 18, (height - horizon, width, 3))
    image[horizon:] = np.array([60, 120, 50]) + grass
    return np.clip(image, 0, 255).astype(np.uint8)


@cache
def landscape_jpeg() -> bytes:
    return encode(landscape_rgb())


@cache
def two_faces_jpeg() -> bytes:
    """The astronaut and Grace Hopper side by side."""
    left = astronaut_rgb()
    right = np.asarray(Image.fromarray(hopper_rgb()).resize((437, 512)))
    return encode(np.concatenate([left, right], axis=1))


@cache
def small_face_jpeg() -> bytes:
    """The astronaut far away in a landscape: her face is about 37 px tall."""
    canvas = landscape_rgb().copy()
    person = np.asarray(Image.fromarray(astronaut_rgb()).resize((200, 200)))
    canvas[100:300, 400:600] = person
    return encode(canvas)


@cache
def big_astronaut_jpeg(width: int = 4000, height: int = 3000) -> bytes:
    """A 12 MP photo: the astronaut enlarged, on a widened grey-blue studio backdrop."""
    face = Image.fromarray(astronaut_rgb()).resize((height, height), Image.Resampling.BICUBIC)
    canvas = Image.new("RGB", (width, height), (96, 110, 128))
    canvas.paste(face, ((width - height) // 2, 0))
    return encode(canvas, quality=90)


@cache
def specs() -> dict[str, Spec]:
    catalog = load_catalog()
    found = {spec_id: catalog.get(spec_id) for spec_id in SPEC_IDS}
    found["custom-600x800px"] = parse_custom_size(CUSTOM)
    missing = [k for k, v in found.items() if v is None]
    assert not missing, f"specs missing from the catalog: {missing}"
    return {k: v for k, v in found.items() if v is not None}


def test_the_face_checks_warm_up_leaves_the_segmenter_unbuilt():
    from bot.engine import runtime

    runtime.shutdown()
    try:
        runtime.warm_up_sync(full=False)
        built = runtime.run_sync(lambda: set(vars(runtime.models())))
        assert built == {"near_detector", "far_detector", "mesh"}
        runtime.warm_up_sync()
        assert "segmenter" in runtime.run_sync(lambda: set(vars(runtime.models())))
    finally:
        runtime.shutdown()
