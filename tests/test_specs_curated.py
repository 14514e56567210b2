"""The curated layer: its documents carry exactly their sourced values; every override is listed.

The values below are copied from ../shared/spec-facts.md on purpose, so that a change to
curated.toml that drifts from the sourced facts fails here.
"""

from __future__ import annotations

import pytest

from bot.specs import load_catalog
from bot.specs.curated import apply_curated, curated_entries
from bot.specs.model import Spec

WHITE, OFF_WHITE, GREY, CREAM = "FFFFFF", "F5F5F0", "EEEEEE", "F0EDE8"

#: id → the sourced values it must have (mm, head band, eye band, background, px, file KB …).
SOURCED: dict[str, dict[str, object]] = {
    "us-passport": {
        "mm": (51, 51), "head_height_mm": (25, 35), "eye_line_mm": (28, 35),
        "backgrounds": (WHITE, OFF_WHITE),
    },
    "us-visa": {
        "mm": (51, 51), "head_height_mm": (25, 35), "eye_line_mm": (28, 35),
        "backgrounds": (WHITE, OFF_WHITE), "px": (600, 600), "px_max": (1200, 1200),
        "max_file_kb": 240, "min_file_kb": None, "file_format": "jpg", "glasses_allowed": False,
    },
    "us-green-card": {
        "mm": (51, 51), "head_height_mm": (25, 35), "eye_line_mm": (28, 35),
        "px": (600, 600), "px_max": (1200, 1200), "max_file_kb": 240, "glasses_allowed": False,
    },
    "us-dv-lottery": {
        "mm": (51, 51), "head_height_mm": (25, 35), "background": WHITE, "px": (600, 600),
        "px_exact": True, "max_file_kb": 240, "document": "dv-lottery",
    },
    "gb-passport": {
        "mm": (35, 45), "head_height_mm": (29, 34), "backgrounds": (CREAM, GREY),
        "px": (600, 750), "min_file_kb": 50, "max_file_kb": 10240, "recency_months": 1,
    },
    "schengen-visa": {"mm": (35, 45), "head_height_mm": (32, 36), "eye_line_mm": (22.5, 27)},
    "de-passport": {
        "mm": (35, 45), "head_height_mm": (32, 36), "background": GREY,
        "warnings": ("de-e-photo",),
    },
    "de-id-card": {"mm": (35, 45), "head_height_mm": (32, 36), "warnings": ("de-e-photo",)},
    "ca-passport": {
        "mm": (50, 70), "head_height_mm": (31, 36), "background": WHITE,
        "warnings": ("photographer",),
    },
    "ca-pr-card": {
        "mm": (50, 70), "backgrounds": (WHITE,), "px": (715, 1000), "px_max": (2000, 2800),
        "max_file_kb": 4096,
    },
    "cn-visa": {
        "mm": (33, 48), "head_height_mm": (28, 33), "head_width_mm": (15, 22),
        "backgrounds": (WHITE,), "px": (354, 472), "min_file_kb": 40, "max_file_kb": 120,
    },
    "cn-passport": {"mm": (33, 48), "head_height_mm": (28, 33), "background": WHITE},
    "in-passport": {"warnings": ("office-capture",)},
    "in-visa": {
        "mm": (51, 51), "head_height_mm": (25, 35), "eye_line_mm": (28, 35), "px": (600, 600),
        "px_max": (1000, 1000), "min_file_kb": 10, "file_format": "jpg",
    },
    "jp-passport": {
        "mm": (35, 45), "head_height_mm": (32, 36), "head_top_mm": (2, 6),
        "backgrounds": (WHITE, OFF_WHITE),
    },
    "au-passport": {"mm": (35, 45), "head_height_mm": (32, 36), "warnings": ("no-edit",)},
    "ru-passport": {"mm": (35, 45), "warnings": ("office-capture",)},
    "ph-passport": {
        "mm": (35, 45), "head_height_mm": (32, 36), "backgrounds": (WHITE,),
        "warnings": ("office-capture",),
    },
    "id-passport": {"warnings": ("office-capture",)},
    "ng-passport": {
        "mm": (None, None), "px": (600, 800), "px_exact": True, "max_file_kb": 2048,
        "backgrounds": (WHITE,), "warnings": ("office-capture",),
    },
    "pk-passport": {
        "mm": (35, 45), "head_height_mm": (29, 34), "backgrounds": (WHITE,),
        "warnings": ("no-edit",),
    },
    "ir-passport": {"background": WHITE, "warnings": ("hijab",), "head_pct": (75, 80)},
    "ae-visa": {"mm": (43, 55), "background": WHITE, "head_pct": (70, 80)},
    "sa-visa": {
        "mm": (None, None), "px": (200, 200), "head_pct": (70, 80), "min_file_kb": 5,
        "max_file_kb": 100, "background": WHITE,
    },
    "sg-passport": {
        "mm": (35, 45), "px": (400, 514), "max_file_kb": 2048, "recency_months": 3,
        "backgrounds": (WHITE,),
    },
    "sg-id-card": {"mm": (35, 45), "px": (400, 514), "max_file_kb": 2048, "recency_months": 3},
}  # fmt: skip


def _actual(spec: Spec, key: str) -> object:
    if key == "mm":
        return (spec.mm_width, spec.mm_height)
    if key == "px":
        return (spec.px_width, spec.px_height)
    if key == "head_pct":
        assert spec.head_height_mm is not None
        lo, hi = spec.head_height_mm
        height = spec.frame_mm[1]
        return (round(100 * lo / height), round(100 * hi / height))
    return getattr(spec, key)


@pytest.mark.parametrize("spec_id", sorted(SOURCED))
def test_curated_document_has_exactly_its_sourced_values(spec_id: str) -> None:
    spec = load_catalog().get(spec_id)
    assert spec is not None, spec_id
    for key, expected in SOURCED[spec_id].items():
        assert _actual(spec, key) == expected, (spec_id, key)
    assert spec.source.startswith("spec-facts.md: ")


def test_every_curated_entry_is_checked_here() -> None:
    assert {entry["id"] for entry in curated_entries()} == set(SOURCED)


#: Every field the curated layer changes in the datasets: (spec id, field) → (dataset, curated).
#: A new override must be added here, so a reviewer sees it.
OVERRIDES: dict[tuple[str, str], tuple[object, object]] = {
    ("us-passport", "backgrounds"): ((WHITE,), (WHITE, OFF_WHITE)),
    ("us-passport", "head_height_mm"): ((25.5, 35.2), (25.0, 35.0)),
    ("us-passport", "eye_line_mm"): ((22.9, 30.6), (28.0, 35.0)),
    ("us-visa", "backgrounds"): ((WHITE,), (WHITE, OFF_WHITE)),
    ("us-visa", "head_height_mm"): ((25.5, 35.2), (25.0, 35.0)),
    ("us-visa", "eye_line_mm"): ((22.9, 30.6), (28.0, 35.0)),
    ("us-visa", "min_file_kb"): (100, None),
    ("us-visa", "px_max"): (None, (1200, 1200)),
    ("us-visa", "aliases"): (("Visa",), ("Visa", "DS-160")),
    ("us-green-card", "backgrounds"): ((WHITE,), (WHITE, OFF_WHITE)),
    ("us-green-card", "head_height_mm"): ((25.5, 35.2), (25.0, 35.0)),
    ("us-green-card", "eye_line_mm"): ((22.9, 30.6), (28.0, 35.0)),
    ("us-green-card", "max_file_kb"): (None, 240),
    ("us-green-card", "px_max"): (None, (1200, 1200)),
    ("us-dv-lottery", "added"): (None, "dv-lottery"),
    ("gb-passport", "head_height_mm"): ((28.8, 34.2), (29.0, 34.0)),
    ("schengen-visa", "head_height_mm"): ((31.5, 36.0), (32.0, 36.0)),
    ("de-passport", "head_height_mm"): ((31.5, 36.0), (32.0, 36.0)),
    ("de-passport", "warnings"): ((), ("de-e-photo",)),
    ("de-id-card", "head_height_mm"): ((31.5, 36.0), (32.0, 36.0)),
    ("de-id-card", "warnings"): ((), ("de-e-photo",)),
    ("ca-passport", "head_height_mm"): ((30.8, 35.7), (31.0, 36.0)),
    ("ca-passport", "warnings"): ((), ("photographer",)),
    ("ca-pr-card", "px_width"): (591, 715),
    ("ca-pr-card", "px_height"): (827, 1000),
    ("ca-pr-card", "max_file_kb"): (None, 4096),
    ("ca-pr-card", "px_max"): (None, (2000, 2800)),
    ("cn-visa", "head_height_mm"): ((27.8, 33.1), (28.0, 33.0)),
    ("cn-visa", "head_width_mm"): (None, (15.0, 22.0)),
    ("cn-passport", "backgrounds"): ((WHITE,), (WHITE, "309EFF")),
    ("cn-passport", "head_height_mm"): ((27.8, 33.1), (28.0, 33.0)),
    ("in-passport", "warnings"): ((), ("office-capture",)),
    ("in-visa", "head_height_mm"): ((25.5, 35.2), (25.0, 35.0)),
    ("in-visa", "eye_line_mm"): ((28.6, 35.2), (28.0, 35.0)),
    ("in-visa", "px_max"): (None, (1000, 1000)),
    ("in-visa", "aliases"): (("Visa",), ("Visa", "e-visa", "evisa")),
    ("jp-passport", "backgrounds"): ((WHITE,), (WHITE, OFF_WHITE)),
    ("jp-passport", "head_height_mm"): ((31.5, 38.2), (32.0, 36.0)),
    ("jp-passport", "head_top_mm"): (None, (2.0, 6.0)),
    ("au-passport", "head_height_mm"): ((31.9, 36.0), (32.0, 36.0)),
    ("au-passport", "warnings"): ((), ("no-edit",)),
    ("ru-passport", "warnings"): ((), ("office-capture",)),
    ("ph-passport", "background"): ("309EFF", WHITE),
    ("ph-passport", "backgrounds"): (("309EFF", WHITE), (WHITE,)),
    ("ph-passport", "head_height_mm"): ((27.0, 36.0), (32.0, 36.0)),
    ("ph-passport", "warnings"): ((), ("office-capture",)),
    ("id-passport", "warnings"): ((), ("office-capture",)),
    ("ng-passport", "mm_width"): (35.0, None),
    ("ng-passport", "mm_height"): (45.0, None),
    ("ng-passport", "head_height_mm"): ((31.5, 36.0), (47.4, 54.2)),
    ("ng-passport", "eye_line_mm"): ((24.8, 29.2), (37.3, 44.0)),
    ("ng-passport", "warnings"): ((), ("office-capture",)),
    ("pk-passport", "backgrounds"): ((WHITE, GREY), (WHITE,)),
    ("pk-passport", "head_height_mm"): ((31.5, 36.0), (29.0, 34.0)),
    ("pk-passport", "warnings"): ((), ("no-edit",)),
    ("ir-passport", "head_height_mm"): ((42.0, 48.0), (45.0, 48.0)),
    ("ir-passport", "warnings"): ((), ("hijab",)),
    ("ae-visa", "px_width"): (472, 508),
    ("ae-visa", "px_height"): (709, 650),
    ("ae-visa", "mm_width"): (40.0, 43.0),
    ("ae-visa", "mm_height"): (60.0, 55.0),
    ("ae-visa", "head_height_mm"): ((42.0, 48.0), (38.5, 44.0)),
    ("ae-visa", "eye_line_mm"): ((33.0, 40.8), (30.2, 37.4)),
    ("sa-visa", "mm_width"): (51.0, None),
    ("sa-visa", "mm_height"): (51.0, None),
    ("sa-visa", "head_height_mm"): ((35.7, 40.8), (11.9, 13.5)),
    ("sa-visa", "eye_line_mm"): ((28.1, 33.1), (9.3, 11.0)),
    ("sa-visa", "aliases"): ((), ("e-visa", "evisa")),
    ("sg-passport", "max_file_kb"): (8192, 2048),
    ("sg-id-card", "px_width"): (413, 400),
    ("sg-id-card", "px_height"): (531, 514),
    ("sg-id-card", "max_file_kb"): (None, 2048),
}


def test_overrides_are_exactly_the_listed_ones() -> None:
    actual = {(o.spec_id, o.field): (o.before, o.after) for o in load_catalog().overrides}
    assert actual == OVERRIDES


def test_curated_entries_must_match_a_document() -> None:
    from bot.specs.catalog import dataset_specs

    specs = dataset_specs()
    specs.pop("us-passport")
    with pytest.raises(ValueError, match="us-passport"):
        apply_curated(specs)
