"""The photo checks on the labelled evaluation set, and the offline cut-out's cost and effect:
``python benchmarks/checks.py``.

Prints, for every check, a confusion table (expected verdict by row, measured verdict by column)
over the cases of ``tests/quality_set.py`` judged against a UK passport (no glasses, neutral
expression); the time the checks add per photo on top of the upload's face check (median and
p95 CPU and wall over the set); and, per portrait, the cut-out's cost (GrabCut once per upload)
and the leftovers measure with the segmenter alone and after cleaning; then the process RSS.
Target: all checks < 60 ms per photo on top of the face check.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.engine import runtime  # noqa: E402
from bot.engine.cutout import clean_mask, leftover_share  # noqa: E402
from bot.engine.faces import find_face  # noqa: E402
from bot.engine.images import decode_for_analysis  # noqa: E402
from bot.engine.quality import judge, thresholds  # noqa: E402
from bot.engine.quality_measures import jpeg_block_period, measure_face  # noqa: E402
from bot.engine.segmentation import person_mask  # noqa: E402
from bot.specs import load_catalog  # noqa: E402
from tests.quality_set import CASES  # noqa: E402
from tests.test_engine_support import PORTRAITS, big_astronaut_jpeg  # noqa: E402

VERDICTS = ("ok", "warn", "fail")


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _timed_inspection(data: bytes) -> tuple[object, float, float, float]:
    """(measures, face check seconds, checks wall seconds, checks cpu seconds). Engine thread."""
    started = time.perf_counter()
    base, decoded = decode_for_analysis(data)
    face = find_face(decoded)
    face_s = time.perf_counter() - started
    wall, cpu = time.perf_counter(), time.process_time()
    period = jpeg_block_period(data, base)
    measures = measure_face(decoded, face.landmarks, base=base, jpeg_period=period)
    return measures, face_s, time.perf_counter() - wall, time.process_time() - cpu


def confusion(spec_id: str, rounds: int) -> None:
    spec = load_catalog().get(spec_id)
    assert spec is not None, spec_id
    tables: dict[str, Counter[tuple[str, str]]] = {}
    faces, walls, cpus = [], [], []
    for _ in range(rounds):
        for case in CASES.values():
            measures, face_s, wall, cpu = runtime.run_sync(_timed_inspection, case.jpeg())
            faces.append(face_s)
            walls.append(wall)
            cpus.append(cpu)
            if len(faces) > len(CASES):
                continue  # verdicts from the first round only
            got = {item.check: item.verdict.value for item in judge(measures, spec).items}
            for check, wanted in case.expected.items():
                tables.setdefault(check, Counter())[(wanted, got.get(check, "-"))] += 1
    print(f"Photo checks on {len(CASES)} photos, judged for {spec_id}")
    print(f"{'check':<18} {'expected':>8} | " + " ".join(f"{v:>5}" for v in VERDICTS) + " | right")
    total = right = 0
    for check in thresholds().limits:
        table = tables.get(check)
        if not table:
            continue
        for wanted in VERDICTS:
            row = [table[(wanted, got)] for got in VERDICTS]
            if sum(row):
                hits = table[(wanted, wanted)]
                total, right = total + sum(row), right + hits
                cells = " ".join(f"{n:>5}" for n in row)
                print(f"{check:<18} {wanted:>8} | {cells} | {hits}/{sum(row)}")
    print(f"all labelled verdicts: {right}/{total} right")
    for label, values in (("face check", faces), ("checks wall", walls), ("checks cpu", cpus)):
        ms = sorted(v * 1000 for v in values)
        p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
        print(f"{label:<12} median {statistics.median(ms):6.1f} ms  p95 {p95:6.1f} ms")


def _cutout(data: bytes) -> tuple[float, float, float, float]:
    _, decoded = decode_for_analysis(data)
    face = find_face(decoded)
    mask = person_mask(decoded.rgb)
    wall, cpu = time.perf_counter(), time.process_time()
    cleaned = clean_mask(decoded.rgb, mask, face.landmarks)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    before = leftover_share(decoded.rgb, mask, face.landmarks)
    after = leftover_share(decoded.rgb, cleaned, face.landmarks)
    return wall, cpu, before, after


def cutout() -> None:
    photos = {**PORTRAITS, "astronaut 4000x3000": big_astronaut_jpeg}
    print("Cut-out (GrabCut once per upload): cost, and leftovers before -> after")
    for name, make in photos.items():
        wall, cpu, before, after = runtime.run_sync(_cutout, make())
        print(
            f"{name:<20} {wall * 1000:6.0f} ms wall {cpu * 1000:6.0f} ms cpu  "
            f"leftovers {before:.3f} -> {after:.3f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--spec", default="gb-passport")
    args = parser.parse_args()
    runtime.warm_up_sync()
    confusion(args.spec, args.rounds)
    cutout()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"process RSS {_rss_mb():.0f} MB (peak {peak:.0f} MB)")
    runtime.shutdown()


if __name__ == "__main__":
    main()
