"""Offline engine latency, memory and install footprint: ``python benchmarks/engine.py``.

Makes one ID photo per round from a fresh upload (face analysis, render, compliance measurement,
encoding: everything ``LocalEngine.make`` does) at 1000×1300 and at 4000×3000 (12 MP), then
the same with the analysis cached (the user changed an option: ``last_id``). Prints median and
p95 wall time and process CPU time (all threads, immune to other processes on the host), the
one-off import + graph set-up time, the process RSS, and the installed size of the offline
extra's packages. Target: < 300 ms per photo at 12 MP on 2 cores.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import resource
import statistics
import sys
import time
from importlib import metadata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

#: What ``pip install --no-deps mediapipe==0.10.21`` plus the offline extra installs.
OFFLINE_DISTS = (
    "mediapipe",
    "numpy",
    "opencv-python-headless",
    "protobuf",
    "absl-py",
    "attrs",
    "flatbuffers",
    "matplotlib",
    "contourpy",
    "cycler",
    "fonttools",
    "kiwisolver",
    "pyparsing",
)
#: Test-only: the fixture photo from scikit-image and what it pulls in.
TEST_DISTS = ("scikit-image", "scipy", "networkx", "imageio", "tifffile", "lazy-loader")
SIZES = ((1000, 1300), (4000, 3000))


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _dist_mb(name: str) -> float | None:
    try:
        dist = metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return None
    total = 0
    for file in dist.files or ():
        path = Path(str(dist.locate_file(file)))
        if path.is_file():
            total += path.stat().st_size
    return total / 1024 / 1024


def footprint() -> None:
    for label, names in (("offline extra", OFFLINE_DISTS), ("test-only", TEST_DISTS)):
        sizes = {name: _dist_mb(name) for name in names}
        found = {k: v for k, v in sizes.items() if v is not None}
        detail = ", ".join(f"{k} {v:.0f}" for k, v in sorted(found.items(), key=lambda i: -i[1]))
        missing = [k for k, v in sizes.items() if v is None]
        print(f"install footprint, {label}: {sum(found.values()):.0f} MB ({detail})")
        if missing:
            print(f"  not installed: {', '.join(missing)}")


def photo(width: int, height: int) -> bytes:
    """A portrait at ``width`` × ``height``: Grace Hopper (matplotlib's sample) on a backdrop."""
    from matplotlib import cbook
    from PIL import Image

    with Image.open(cbook.get_sample_data("grace_hopper.jpg")) as im:
        face = im.convert("RGB")
    scale = min(width / face.width, height / face.height)
    face = face.resize((round(face.width * scale), round(face.height * scale)))
    canvas = Image.new("RGB", (width, height), (96, 110, 128))
    canvas.paste(face, ((width - face.width) // 2, height - face.height))
    buffer = io.BytesIO()
    canvas.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def _report(label: str, walls: list[float], cpus: list[float]) -> None:
    for kind, values in (("wall", walls), ("cpu", cpus)):
        ms = [v * 1000 for v in values]
        print(
            f"{label:<34} {kind:>4} n={len(ms):>3}  median {statistics.median(ms):6.0f} ms  "
            f"p95 {_percentile(ms, 0.95):6.0f} ms  max {max(ms):6.0f} ms"
        )


async def run(rounds: int, spec_id: str) -> None:
    from bot.engine import LocalEngine, warm_up
    from bot.photo_job import photo_job
    from bot.specs import load_catalog
    from conversation.options import PhotoOptions

    spec = load_catalog().get(spec_id)
    assert spec is not None, spec_id
    print(f"process RSS before the engine: {_rss_mb():.0f} MB")
    started, cpu = time.perf_counter(), _cpu()
    await warm_up()
    print(
        f"import + graph set-up: {(time.perf_counter() - started) * 1000:.0f} ms wall, "
        f"{(_cpu() - cpu) * 1000:.0f} ms cpu; RSS {_rss_mb():.0f} MB"
    )
    engine = LocalEngine()
    options = PhotoOptions(spec_id=spec.id)
    for width, height in SIZES:
        data = photo(width, height)
        fresh: tuple[list[float], list[float]] = ([], [])
        cached: tuple[list[float], list[float]] = ([], [])
        image_id = None
        for index in range(rounds + 1):
            job = photo_job(spec, options, preview=False).with_upload(data)
            started, cpu = time.perf_counter(), _cpu()
            result = await engine.make(job)
            if index:  # the first round warms caches
                fresh[0].append(time.perf_counter() - started)
                fresh[1].append(_cpu() - cpu)
            image_id = result.image_id
            job = photo_job(spec, options, preview=True).with_image_id(image_id)
            started, cpu = time.perf_counter(), _cpu()
            await engine.make(job)
            if index:
                cached[0].append(time.perf_counter() - started)
                cached[1].append(_cpu() - cpu)
        megapixels = width * height / 1e6
        _report(f"{width}x{height} ({megapixels:.1f} MP) new photo", *fresh)
        _report(f"{width}x{height} preview again (last_id)", *cached)
        measurement = engine.measurement(result.task_id)
        if measurement is not None:
            print(f"  result: {measurement.at_scale(spec.px_per_mm).summary()}")
    await engine.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"process RSS after: {_rss_mb():.0f} MB (peak {peak:.0f} MB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--spec", default="us-passport")
    args = parser.parse_args()
    footprint()
    asyncio.run(run(args.rounds, args.spec))


if __name__ == "__main__":
    main()
