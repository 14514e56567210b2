"""Normalisation of the two datasets (read from their installed packages) and the merge rules."""

from __future__ import annotations

import pycountry
import pytest

from bot.specs import sources
from bot.specs.model import COLOUR_HEX, flag_country
from bot.specs.sources import Record, colour_from_hex, colours_from_words, merge, pps_kind

WHITE, GREY, CREAM = COLOUR_HEX["white"], COLOUR_HEX["light-grey"], COLOUR_HEX["cream"]


def test_datasets_are_read_from_their_packages() -> None:
    vrn, pps = sources.vrn_raw(), sources.pps_raw()
    assert len(vrn) == 404
    assert len({item["country_code"] for item in vrn}) == 202
    assert sum(len(c["documents"]) for c in pps["countries"]) == 248


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("white", (WHITE,)),
        ("light_gray_or_white", (GREY, WHITE)),
        ("white_or_light_gray", (WHITE, GREY)),
        ("light_grey_white_or_cream", (GREY, WHITE, CREAM)),
        ("cream_or_light_gray", (CREAM, GREY)),
        ("white_or_off_white", (WHITE, COLOUR_HEX["off-white"])),
        ("plain_light", (WHITE,)),
        ("light_blue", (COLOUR_HEX["light-blue"],)),
        ("", (WHITE,)),
    ],
)
def test_colour_words_become_palette_hex_in_order(words: str, expected: tuple[str, ...]) -> None:
    assert colours_from_words(words) == expected


def test_every_dataset_colour_is_understood() -> None:
    for item in sources.vrn_raw():
        assert all(len(c) == 6 for c in colours_from_words(item["background_color"]))
    assert colour_from_hex("#e0e0e0") == GREY
    assert colour_from_hex("#cc0000") == COLOUR_HEX["red"]
    assert colour_from_hex("#123abc") == "123ABC"


@pytest.mark.parametrize(
    ("document_id", "expected"),
    [
        ("us-passport", ("passport", "")),
        ("ukraine-intl-passport", ("passport", "")),
        ("russia-internal-passport", ("internal-passport", "")),
        ("indonesia-visa-3x4", ("visa", "30×40 mm")),
        ("uae-visa-offline", ("visa", "43×55 mm")),
        ("schengen-visa", ("schengen-visa", "")),
        ("spain-dni", ("id-card", "")),
        ("saudi-work-permit", ("residence-permit", "")),
        ("uk-id-card", ("residence-permit", "")),
        ("india-oci", ("oci-card", "")),
        ("india-driving-license", ("driving-licence", "")),
        ("thailand-voa", ("visa-on-arrival", "")),
    ],
)
def test_document_ids_map_to_kinds(document_id: str, expected: tuple[str, str]) -> None:
    assert pps_kind(document_id) == expected


def test_every_pps_document_has_a_kind_and_a_real_country() -> None:
    for country in sources.pps_raw()["countries"]:
        code = flag_country(country["flag"])
        assert code == "EU" or pycountry.countries.get(alpha_2=code) is not None, country["id"]
        for doc in country["documents"]:
            pps_kind(doc["id"])  # raises on an unknown ending
    with pytest.raises(KeyError):
        pps_kind("atlantis-hoverboard-licence")


def test_vrn_record_normalises_units_and_missing_fields() -> None:
    item = {
        "country_code": "xx",
        "document_type": "visa",
        "size_mm": [35, 45],
        "size_px": [],
        "dpi": 300,
        "background_color": "light_gray_or_white",
        "face_height_min": 0.7,
        "face_height_max": 0.8,
        "eye_height_min": None,
        "file_size_kb_min": 0,
        "file_size_kb_max": 240,
        "pixel_exact": True,
        "pixel_exact_notes": "Digital photo upload requires 600x600 px",
    }
    record = sources.vrn_record(item)
    assert record.country == "XX" and record.kind == "visa"
    assert record.px == (413, 531)  # derived from mm at the dpi when the dataset has none
    assert record.eye_ratio is None and record.head_ratio == (0.7, 0.8)
    assert record.min_kb is None and record.max_kb == 240
    assert record.backgrounds == (GREY, WHITE)
    assert record.px_exact


def _record(**changes: object) -> Record:
    base = {
        "country": "XX",
        "kind": "passport",
        "variant": "",
        "mm": (35.0, 45.0),
        "px": (413, 531),
        "dpi": 300,
        "backgrounds": (WHITE,),
        "head_ratio": (0.7, 0.8),
        "eye_ratio": (0.55, 0.65),
        "origin": "vrn",
        "source": "vrn-url",
    }
    base.update(changes)
    return Record(**base)  # type: ignore[arg-type]


def test_merge_prefers_a_specific_size_over_the_35x45_filler() -> None:
    vrn = _record()
    pps = _record(mm=(40.0, 60.0), px=(472, 709), backgrounds=(COLOUR_HEX["red"],), origin="pps")
    (merged,) = merge([vrn], [pps])
    assert merged.mm == (40.0, 60.0) and merged.px == (472, 709)
    assert merged.alt_size == (35.0, 45.0)
    assert merged.head_ratio == (0.7, 0.8)  # bands stay fractions of the (new) frame
    assert merged.backgrounds == (COLOUR_HEX["red"], WHITE)  # a saturated colour beats "white"


def test_merge_keeps_a_specific_vrn_size_and_records_the_other() -> None:
    vrn = _record(mm=(40.0, 50.0), px=(472, 591), backgrounds=(WHITE,))
    pps = _record(backgrounds=(GREY,), origin="pps")
    (merged,) = merge([vrn], [pps])
    assert merged.mm == (40.0, 50.0) and merged.alt_size == (35.0, 45.0)
    assert merged.backgrounds == (WHITE, GREY)


def test_pps_only_documents_inherit_the_country_passport_rules_or_icao() -> None:
    passport = _record(head_ratio=(0.6, 0.7), glasses_allowed=True, recency_months=3)
    id_card = _record(kind="id-card", head_ratio=None, eye_ratio=None, origin="pps")
    elsewhere = _record(country="YY", kind="id-card", head_ratio=None, eye_ratio=None)
    merged = {r.key: r for r in merge([passport], [id_card, elsewhere])}
    inherited = merged[("XX", "id-card", "")]
    assert inherited.head_ratio == (0.6, 0.7) and inherited.glasses_allowed
    assert inherited.recency_months == 3 and "rules: vrn-url" in inherited.source
    assert merged[("YY", "id-card", "")].head_ratio == sources.ICAO_HEAD
    assert merged[("YY", "id-card", "")].eye_ratio == sources.ICAO_EYES


def test_merged_datasets_have_one_record_per_document() -> None:
    records = sources.dataset_records()
    keys = [r.key for r in records]
    assert len(keys) == len(set(keys))
    assert all(r.head_ratio and r.eye_ratio for r in records)
    assert {r.kind for r in records} >= {"passport", "visa", "id-card", "green-card", "oci-card"}
