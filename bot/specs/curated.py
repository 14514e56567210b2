"""The curated layer (curated.toml): sourced overrides and additions applied over the datasets."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from functools import cache
from pathlib import Path
from typing import Any

from .model import MM_PER_INCH, Spec

CURATED_FILE = Path(__file__).with_name("curated.toml")

_BANDS = ("head_height_mm", "eye_line_mm", "head_top_mm", "head_width_mm")
_PAIRS = (*_BANDS, "px_max")
_SIZE_KEYS = ("mm_width", "mm_height", "px_width", "px_height", "dpi")
_SPEC_FIELDS = {f.name for f in fields(Spec)}
_CONTROL_KEYS = {"id", "base", "digital_only", "head_height_pct"}
_ALLOWED = (_SPEC_FIELDS - {"id", "flag", "title", "origin", "verified"}) | _CONTROL_KEYS


class CuratedError(ValueError):
    """curated.toml names an unknown document or key, or produces an unusable spec."""


@dataclass(frozen=True)
class Override:
    """One curated change a reviewer should see: ``before`` is the dataset value."""

    spec_id: str
    field: str
    before: object
    after: object


@cache
def curated_entries(path: Path = CURATED_FILE) -> tuple[dict[str, Any], ...]:
    with path.open("rb") as handle:
        entries = tuple(tomllib.load(handle).get("spec", ()))
    for entry in entries:
        unknown = set(entry) - _ALLOWED
        if unknown or "id" not in entry or "source" not in entry:
            raise CuratedError(f"curated entry {entry.get('id')!r}: bad keys {sorted(unknown)}")
    return entries


def _normalise_values(entry: dict[str, Any]) -> dict[str, Any]:
    """TOML values as Spec field values (lists → tuples, 0 KB → no bound, ints → floats)."""
    values: dict[str, Any] = {}
    for key, value in entry.items():
        if key in _CONTROL_KEYS:
            continue
        if key in _PAIRS:
            value = tuple(float(v) if key in _BANDS else int(v) for v in value)
        elif key in ("backgrounds", "warnings", "aliases"):
            value = tuple(value)
        elif key in ("min_file_kb", "max_file_kb"):
            value = int(value) or None
        elif key in ("mm_width", "mm_height"):
            value = float(value)
        values[key] = value
    return values


def _resize(spec: Spec, values: dict[str, Any], digital_only: bool) -> Spec:
    """Apply a size change: pixels follow a new print size, unstated bands keep their fractions."""
    old_height = spec.frame_mm[1]
    if digital_only:
        values = {**values, "mm_width": None, "mm_height": None}
    new = replace(spec, **{k: v for k, v in values.items() if k in _SIZE_KEYS[:2]})
    mm_changed = (new.mm_width, new.mm_height) != (spec.mm_width, spec.mm_height)
    if mm_changed and new.mm_width is not None and "px_width" not in values:
        new = replace(
            new,
            px_width=round(new.mm_width * new.dpi / MM_PER_INCH),
            px_height=round((new.mm_height or 0) * new.dpi / MM_PER_INCH),
        )
    new = replace(new, **{k: v for k, v in values.items() if k in _SIZE_KEYS[2:]})
    scale = new.frame_mm[1] / old_height
    if abs(scale - 1) > 1e-9:
        rescaled = {
            name: (round(band[0] * scale, 1), round(band[1] * scale, 1))
            for name in _BANDS
            if name not in values and (band := getattr(new, name)) is not None
        }
        new = replace(new, **rescaled)
    return new


def apply_entry(spec: Spec, entry: dict[str, Any]) -> Spec:
    """``spec`` with one curated entry applied."""
    values = _normalise_values(entry)
    new = _resize(spec, values, bool(entry.get("digital_only")))
    rest = {k: v for k, v in values.items() if k not in _SIZE_KEYS}
    if "aliases" in rest:
        rest["aliases"] = (*spec.aliases, *rest["aliases"])
    new = replace(new, **rest, origin="curated", verified="")
    if "head_height_pct" in entry:
        lo, hi = entry["head_height_pct"]
        height = new.frame_mm[1]
        new = replace(
            new, head_height_mm=(round(lo * height / 100, 1), round(hi * height / 100, 1))
        )
    if "background" in values and "backgrounds" not in values:
        others = tuple(c for c in new.backgrounds if c != new.background)
        new = replace(new, backgrounds=(new.background, *others))
    return new


def diff(before: Spec | None, after: Spec) -> list[Override]:
    """Every field the curated layer changed (an addition is listed once, as ``added``)."""
    if before is None:
        return [Override(after.id, "added", None, after.document)]
    skip = {"origin", "verified", "source", "title"}
    return [
        Override(after.id, f.name, getattr(before, f.name), getattr(after, f.name))
        for f in fields(Spec)
        if f.name not in skip and getattr(before, f.name) != getattr(after, f.name)
    ]


def apply_curated(specs: dict[str, Spec]) -> tuple[dict[str, Spec], list[Override]]:
    """The dataset specs with curated.toml applied, and the list of what changed."""
    result = dict(specs)
    overrides: list[Override] = []
    for entry in curated_entries():
        spec_id = entry["id"]
        if "base" in entry:
            if spec_id in result or entry["base"] not in result:
                raise CuratedError(f"curated addition {spec_id!r}: id taken or base unknown")
            start = replace(result[entry["base"]], id=spec_id, warnings=(), aliases=())
            new, before = apply_entry(start, entry), None
        elif spec_id in result:
            before = result[spec_id]
            new = apply_entry(before, entry)
        else:
            raise CuratedError(f"curated entry {spec_id!r} matches no dataset document")
        result[spec_id] = new
        overrides.extend(diff(before, new))
    return result, overrides
