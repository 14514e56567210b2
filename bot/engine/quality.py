"""Will this photo be accepted? The photo checks: numbers judged against a document's limits.

``inspect_upload`` is the upload pre-check (no face / several / too small raise as before) that
also measures everything the checks need, in the same face detection; ``judge`` turns those
measures into a ``QualityReport`` for one document (the limits and their sources are in
``quality.toml``); ``assess`` does both for any photo. ``render_checklist`` gives the preview's
short checklist (only ⚠️/❌ lines, or "✅ all checks passed"), ``render_upload_problems`` the
message after an upload (only ❌ lines, with a tip each). These are guidance, not an official
verdict: the authority decides.
"""

from __future__ import annotations

import logging
import tomllib
from dataclasses import dataclass, replace
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any

from bot.engine import pipeline, runtime
from bot.engine.faces import FaceCheck
from bot.engine.quality_measures import PhotoMeasures
from bot.i18n import Text, t
from bot.imaging import resolution_warning
from bot.specs.model import Spec

logger = logging.getLogger(__name__)

THRESHOLDS_FILE = Path(__file__).with_name("quality.toml")


class Verdict(Enum):
    OK = "ok"
    WARN = "warn"
    FAIL = "fail"

    @property
    def rank(self) -> int:
        return ("ok", "warn", "fail").index(self.value)

    @property
    def icon(self) -> str:
        return {"ok": "✅", "warn": "⚠️", "fail": "❌"}[self.value]


@dataclass(frozen=True)
class Limit:
    """One check's limits from ``quality.toml``."""

    check: str
    measure: str
    kind: str  # "above", "below", "abs-above" or "outside"
    warn: tuple[float, float]  # (low, high): ok inside
    fail: tuple[float, float]
    source: str

    def verdict(self, value: float) -> tuple[Verdict, str]:
        """The verdict for ``value`` and the side it is off on ("", "-low" or "-high")."""
        value = abs(value) if self.kind == "abs-above" else value
        side = "-low" if value < self.warn[0] else "-high" if value > self.warn[1] else ""
        if not self.fail[0] <= value <= self.fail[1]:
            return Verdict.FAIL, side
        if side:
            return Verdict.WARN, side
        return Verdict.OK, ""


@dataclass(frozen=True)
class DocumentRules:
    glasses_allowed: bool
    smile_allowed: bool


@dataclass(frozen=True)
class Thresholds:
    limits: dict[str, Limit]
    documents: dict[str, dict[str, Any]]

    def rules_for(self, spec: Spec) -> DocumentRules:
        """The document's glasses/smile rules: ``quality.toml`` over the catalog's own."""
        override = self.documents.get(spec.id, {})
        return DocumentRules(
            glasses_allowed=bool(override.get("glasses_allowed", spec.glasses_allowed)),
            smile_allowed=bool(override.get("smile_allowed", spec.smile_allowed)),
        )


def _limit(check: str, entry: dict[str, Any]) -> Limit:
    kind = entry["kind"]
    inf = float("inf")
    if kind == "outside":
        warn = (float(entry["warn_low"]), float(entry["warn_high"]))
        fail = (float(entry["fail_low"]), float(entry["fail_high"]))
    elif kind == "below":
        warn, fail = (float(entry["warn"]), inf), (float(entry["fail"]), inf)
    elif kind in ("above", "abs-above"):
        warn, fail = (-inf, float(entry["warn"])), (-inf, float(entry["fail"]))
    else:
        raise ValueError(f"quality.toml: check {check} has an unknown kind {kind!r}")
    return Limit(check, entry["measure"], kind, warn, fail, entry["source"])


@cache
def thresholds(path: Path = THRESHOLDS_FILE) -> Thresholds:
    """The limits of every check and the per-document rules, read once."""
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    limits = {name: _limit(name, entry) for name, entry in data["check"].items()}
    documents: dict[str, dict[str, Any]] = {}
    for entry in data.get("document", ()):
        for spec_id in entry["specs"]:
            documents[spec_id] = {k: v for k, v in entry.items() if k not in ("specs", "source")}
    return Thresholds(limits, documents)


@dataclass(frozen=True)
class QualityItem:
    """One check: the measured number, the limit it was held to, the verdict and the tip."""

    check: str
    value: float
    limit: float
    verdict: Verdict
    tip: Text | None

    def line(self, lang: str | None) -> str:
        return f"{self.verdict.icon} {self.tip.render(lang)}" if self.tip else ""


@dataclass(frozen=True)
class QualityReport:
    """Every check of one photo against one document."""

    items: tuple[QualityItem, ...]
    spec_id: str = ""

    @property
    def verdict(self) -> Verdict:
        return max((i.verdict for i in self.items), key=lambda v: v.rank, default=Verdict.OK)

    @property
    def problems(self) -> tuple[QualityItem, ...]:
        """The warnings and failures, failures first."""
        found = [i for i in self.items if i.verdict is not Verdict.OK]
        return tuple(sorted(found, key=lambda i: -i.verdict.rank))

    @property
    def failures(self) -> tuple[QualityItem, ...]:
        return tuple(i for i in self.items if i.verdict is Verdict.FAIL)

    def item(self, check: str) -> QualityItem | None:
        return next((i for i in self.items if i.check == check), None)

    @property
    def summary(self) -> str:
        """One line for logs: every problem with its number."""
        found = ", ".join(f"{i.check}={i.value:.3g}:{i.verdict.value}" for i in self.problems)
        return f"{self.spec_id}: {self.verdict.value}" + (f" ({found})" if found else "")


def _tip(check: str, side: str, value: float, rules: DocumentRules) -> Text:
    if check == "glasses":
        return Text("quality-glasses" if rules.glasses_allowed else "quality-glasses-forbidden")
    if check.startswith("pose-"):
        return Text(f"quality-{check}", {"degrees": round(abs(value))})
    if check == "leftovers":
        return Text("quality-leftovers", {"percent": round(value * 100, 1)})
    return Text(f"quality-{check}{side if check in _SIDED else ''}")


_SIDED = ("lighting-exposure", "colour-cast")


def _item(limit: Limit, value: float, rules: DocumentRules) -> QualityItem:
    verdict, side = limit.verdict(value)
    if limit.check == "glasses" and verdict is not Verdict.OK:
        verdict = Verdict.WARN if rules.glasses_allowed else Verdict.FAIL
    bound = limit.fail if verdict is Verdict.FAIL else limit.warn
    edge = bound[0] if side == "-low" or limit.kind == "below" else bound[1]
    tip = None if verdict is Verdict.OK else _tip(limit.check, side, value, rules)
    return QualityItem(limit.check, float(value), float(edge), verdict, tip)


#: Eye-centre distance over chin-to-crown head height, at the low end (adults: 0.25–0.3).
EYE_GAP_PER_HEAD = 0.25


def _resolution(measures: PhotoMeasures, spec: Spec, limit: Limit) -> QualityItem:
    """ICAO's 90 px between the eyes (or fewer, when the document's own output has fewer: a
    600×600 US photo has ~75–90), and the photo's pixels against the document's output."""
    needed = limit.warn[0]
    if spec.head_height_mm is not None:
        needed = min(needed, EYE_GAP_PER_HEAD * spec.head_height_mm[0] * spec.px_per_mm)
    limit = replace(limit, warn=(needed, limit.warn[1]))
    item = _item(limit, measures.eye_gap_px, DocumentRules(True, True))
    if item.verdict is not Verdict.OK:
        return item
    size = _Size(int(measures.image_width), int(measures.image_height))
    warning = resolution_warning(size, spec.px_width, spec.px_height) if size.width else None
    if warning is None:
        return item
    return QualityItem("resolution", item.value, item.limit, Verdict.WARN, warning)


@dataclass(frozen=True)
class _Size:
    width: int
    height: int


def judge(
    measures: PhotoMeasures, spec: Spec, *, leftovers: float | None = None
) -> QualityReport:
    """Every check of ``measures`` against ``spec``'s rules (``leftovers``: the offline
    engine's cut-out measure, when it made the photo)."""
    table = thresholds()
    rules = table.rules_for(spec)
    values = measures.to_dict()
    items = []
    for name, limit in table.limits.items():
        if name == "expression" and rules.smile_allowed:
            continue  # a natural smile is fine here; an open mouth is still flagged
        if name == "colour-cast" and measures.skin_chroma < _grey_below(table):
            continue  # no colour to have a cast: "colour-none" speaks
        if name == "resolution":
            items.append(_resolution(measures, spec, limit))
            continue
        value = leftovers if name == "leftovers" else values.get(limit.measure)
        if value is not None:
            items.append(_item(limit, float(value), rules))
    return QualityReport(tuple(items), spec.id)


def _grey_below(table: Thresholds) -> float:
    grey = table.limits.get("colour-none")
    return grey.warn[0] if grey is not None else 0.0


@dataclass(frozen=True)
class UploadInspection:
    """What the upload pre-check learnt: the face (as before) and the checks' numbers."""

    check: FaceCheck
    measures: PhotoMeasures


async def inspect_upload(image: bytes, *, strict: bool = False) -> UploadInspection:
    """The upload pre-check (raises ``NoFaceError``, ``SeveralFacesError``,
    ``FaceTooSmallError``; with ``strict`` also ``FaceTurnedError``/``EyesClosedError``) plus
    the photo checks' measures, in one face detection on the engine thread."""
    check, measures = await runtime.run(pipeline.inspect, image, strict=strict)
    return UploadInspection(check, measures)


async def assess(image: bytes, spec: Spec, *, leftovers: float | None = None) -> QualityReport:
    """Check any photo (an upload or a finished one) against ``spec``. Raises the face
    problems of ``inspect_upload``."""
    inspection = await inspect_upload(image)
    report = judge(inspection.measures, spec, leftovers=leftovers)
    logger.info("photo checks %s", report.summary)
    return report


#: Checklist lines under a caption at most (Telegram captions hold 1024 characters).
CHECKLIST_LINES = 4


def render_checklist(
    report: QualityReport, lang: str | None, *, max_lines: int = CHECKLIST_LINES
) -> str:
    """The preview's checklist: one line per warning or failure (failures first, at most
    ``max_lines``, then "…and N more"), or "✅ all checks passed"."""
    problems = report.problems
    if not problems:
        return t(lang, "quality-all-passed")
    shown = problems if len(problems) <= max_lines else problems[: max_lines - 1]
    lines = [item.line(lang) for item in shown]
    if len(shown) < len(problems):
        lines.append(t(lang, "quality-more", count=len(problems) - len(shown)))
    return "\n".join(lines)


def render_upload_problems(report: QualityReport, lang: str | None) -> str | None:
    """What to say right after an upload: the failures with a tip each (None: nothing
    fails), ending with the choice to send another photo or continue."""
    failures = report.failures
    if not failures:
        return None
    lines = [t(lang, "quality-upload-intro")]
    lines.extend(item.line(lang) for item in failures)
    lines.append(t(lang, "quality-upload-choice"))
    return "\n".join(lines)
