"""Compliance of the offline engine's results, or of any finished photos: ``python
benchmarks/compliance.py`` (engine × fixture photos × popular specs) or ``python
benchmarks/compliance.py --spec us-passport photo.jpg ...`` (e.g. results PicWish returned).

For each photo it prints the measured head height and eye line next to the spec's bands, the
head-centre offset, roll, background uniformity, and the problems ``compliance`` reports; then
how many results were compliant. The fixtures are real photos shipped in packages: matplotlib's
``grace_hopper.jpg`` and, when scikit-image is installed, ``skimage.data.astronaut()``.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.specs import Spec  # noqa: E402

DEFAULT_SPECS = (
    "us-passport",
    "us-visa",
    "schengen-visa",
    "gb-passport",
    "ca-passport",
    "in-passport",
    "cn-visa",
    "au-passport",
    "de-passport",
    "jp-passport",
    "custom-600x800px",
    "custom-35x45mm",
)
BACKGROUNDS = ("FFFFFF", "438EDB")


def fixtures() -> dict[str, bytes]:
    from matplotlib import cbook
    from PIL import Image

    photos = {
        "hopper": Path(cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)).read_bytes()
    }
    try:
        from skimage import data
    except ImportError:
        print("scikit-image is not installed: the astronaut photo is skipped")
        return photos
    buffer = io.BytesIO()
    Image.fromarray(data.astronaut()).save(buffer, "JPEG", quality=92)
    photos["astronaut"] = buffer.getvalue()
    return photos


def _band(band: tuple[float, float] | None) -> str:
    return f"{band[0]:4.1f}–{band[1]:4.1f}" if band else "    n/a  "


async def check(label: str, photo: bytes, spec: Spec, bg_color: str | None) -> bool:
    from bot.engine import compliance, measure_async

    m = (await measure_async(photo)).at_scale(spec.px_per_mm)
    problems = compliance(m, spec, bg_color=bg_color)
    uniform = "  n/a" if m.background_uniformity is None else f"{m.background_uniformity:.3f}"
    print(
        f"{label:<40} head {m.head_height_mm:5.1f} [{_band(spec.head_height_mm)}]  "
        f"eyes {m.eye_line_mm:5.1f} [{_band(spec.eye_line_mm)}]  "
        f"offset {m.head_centre_offset_mm:+4.1f}  roll {m.roll_degrees:+4.1f}°  "
        f"bg {m.background_colour} {uniform}  "
        + ("OK" if not problems else " ".join(p.render("en") for p in problems))
    )
    return not problems


async def engine_results(spec_ids: list[str]) -> tuple[int, int]:
    from bot.engine import LocalEngine
    from bot.photo_job import photo_job
    from bot.specs import load_catalog
    from conversation.options import PhotoOptions

    catalog = load_catalog()
    engine = LocalEngine()
    passed = total = 0
    for name, photo in fixtures().items():
        image_id: str | None = None
        for spec_id in spec_ids:
            spec = catalog.get(spec_id)
            if spec is None:
                print(f"{spec_id}: not in the catalog")
                continue
            for colour in BACKGROUNDS:
                options = PhotoOptions(spec_id=spec.id, bg_color=colour)
                job = photo_job(spec, options, preview=False)
                job = job.with_image_id(image_id) if image_id else job.with_upload(photo)
                result = await engine.make(job)
                image_id = result.image_id
                total += 1
                passed += await check(f"{name} → {spec.id} #{colour}", result.image, spec, colour)
    return passed, total


async def files(spec_id: str, paths: list[Path], bg_color: str | None) -> tuple[int, int]:
    from bot.specs import load_catalog

    spec = load_catalog().get(spec_id)
    if spec is None:
        raise SystemExit(f"unknown spec {spec_id!r}")
    passed = 0
    for path in paths:
        passed += await check(path.name, path.read_bytes(), spec, bg_color)
    return passed, len(paths)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("photos", nargs="*", type=Path, help="finished photos to check")
    parser.add_argument("--spec", help="spec id for the given photos (or the only spec to run)")
    parser.add_argument("--bg", help="the background colour chosen (RRGGBB)")
    args = parser.parse_args()
    if args.photos:
        if not args.spec:
            raise SystemExit("--spec is required with photos")
        passed, total = asyncio.run(files(args.spec, args.photos, args.bg))
    else:
        spec_ids = [args.spec] if args.spec else list(DEFAULT_SPECS)
        passed, total = asyncio.run(engine_results(spec_ids))
    print(f"{passed}/{total} compliant")


if __name__ == "__main__":
    main()
