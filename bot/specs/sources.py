"""Read the two licensed datasets from their installed packages and normalise them into records.

* ``visareadynow-passport-specs`` (MIT): 404 passport/visa entries with head-height and eye-line
  ratios, file-size bounds, rules, a source URL and a verification date per entry.
* ``passport-photo-specs`` (MIT): 248 documents (ID cards, residence permits, driving licences,
  green cards, Schengen …) with sizes, a background colour and a flag per country.

Merge rules (tested): visareadynow is the base where both have a document, because its entries
carry their own source and date. A size that differs between the datasets is settled in favour of
the *specific* one when the other is the 35×45 mm filler (visareadynow's loader defaults to 35×45),
and the losing size is kept as ``alt_size`` so the user is told the sources disagree. Documents only
in passport-photo-specs take their rules (bands as fractions of the frame, glasses, expression,
recency) from the same country's visareadynow passport, else the ICAO defaults.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from .model import COLOUR_HEX, MM_PER_INCH, flag_country

VRN_PACKAGE = "visareadynow_passport_specs"
PPS_PACKAGE = "passport_photo_specs"
VRN_ORIGIN = "visareadynow-passport-specs"
PPS_ORIGIN = "passport-photo-specs"
DEFAULT_SIZE = (35.0, 45.0)
ICAO_HEAD = (0.70, 0.80)
ICAO_EYES = (0.50, 0.60)

Ratio = tuple[float, float]


@dataclass(frozen=True)
class Record:
    """One dataset document, normalised: sizes in mm/px, bands as fractions of the frame height."""

    country: str
    kind: str
    variant: str
    mm: tuple[float, float]
    px: tuple[int, int]
    dpi: int
    backgrounds: tuple[str, ...]
    head_ratio: Ratio | None = None
    eye_ratio: Ratio | None = None
    min_kb: int | None = None
    max_kb: int | None = None
    glasses_allowed: bool = False
    smile_allowed: bool = False
    recency_months: int | None = 6
    px_exact: bool = False
    alt_size: tuple[float, float] | None = None
    notes: tuple[str, ...] = ()
    name: str = ""
    source: str = ""
    verified: str = ""
    origin: str = ""

    @property
    def key(self) -> tuple[str, str, str]:
        return self.country, self.kind, self.variant


def package_file(package: str, name: str) -> Path:
    """A data file shipped inside an installed package, located without importing the package."""
    spec = find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"dataset package {package!r} is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / name


@cache
def package_version(distribution: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(distribution)
    except PackageNotFoundError:
        return "?"


# --- colours -----------------------------------------------------------------------------------

_COLOUR_WORDS = {
    "white": "white",
    "off_white": "off-white",
    "plain_light": "white",
    "light_gray": "light-grey",
    "light_grey": "light-grey",
    "gray": "grey",
    "grey": "grey",
    "cream": "cream",
    "beige": "beige",
    "light_blue": "light-blue",
    "blue": "blue",
    "red": "red",
}
_COLOUR_RE = re.compile("|".join(sorted(_COLOUR_WORDS, key=len, reverse=True)))
#: passport-photo-specs hex values → the palette colour they stand for.
_PPS_HEX = {
    "FFFFFF": "white",
    "EEEEEE": "light-grey",
    "E0E0E0": "light-grey",
    "DDDDDD": "light-grey",
    "D0D0D0": "grey",
    "F0EDE8": "cream",
    "CC0000": "red",
    "309EFF": "light-blue",
    "309EEE": "light-blue",
}


def colours_from_words(text: str) -> tuple[str, ...]:
    """``"light_grey_white_or_cream"`` → (light grey, white, cream) as palette hex, in order."""
    found: list[str] = []
    for match in _COLOUR_RE.finditer(text.lower().replace("-", "_")):
        hexa = COLOUR_HEX[_COLOUR_WORDS[match.group(0)]]
        if hexa not in found:
            found.append(hexa)
    return tuple(found) or (COLOUR_HEX["white"],)


def colour_from_hex(value: str) -> str:
    """A dataset ``#eeeeee`` mapped onto the palette (unknown colours pass through upper-cased)."""
    hexa = value.lstrip("#").upper()
    return COLOUR_HEX[_PPS_HEX[hexa]] if hexa in _PPS_HEX else hexa


# --- visareadynow ------------------------------------------------------------------------------


def vrn_raw() -> tuple[dict[str, Any], ...]:
    path = package_file(VRN_PACKAGE, "countries_data.json")
    return tuple(json.loads(path.read_text(encoding="utf-8")))


def _ratio(lo: object, hi: object) -> Ratio | None:
    if not isinstance(lo, int | float) or not isinstance(hi, int | float) or not 0 < lo < hi <= 1:
        return None
    return float(lo), float(hi)


def _kb(value: object) -> int | None:
    return int(value) if isinstance(value, int | float) and value > 0 else None


_VRN_NOTES = (
    "pixel_exact_notes",
    "glasses_notes",
    "teeth_notes",
    "retouching_notes",
    "head_covering_notes",
    "shadow_notes",
    "print_finish_notes",
    "ears_notes",
    "shoulders_notes",
)


def vrn_record(item: dict[str, Any]) -> Record:
    """One visareadynow entry as a record (file minimum 0 or absent → no minimum)."""
    mm = tuple(float(v) for v in item.get("size_mm") or DEFAULT_SIZE)
    dpi = int(item.get("dpi") or 300)
    px = tuple(int(v) for v in item.get("size_px") or (0, 0))
    if min(px) <= 0:
        px = tuple(round(v * dpi / MM_PER_INCH) for v in mm)
    notes = str(item.get("pixel_exact_notes") or "").lower()
    return Record(
        country=str(item["country_code"]).upper(),
        kind="passport" if item.get("document_type") == "passport" else "visa",
        variant="",
        mm=(mm[0], mm[1]),
        px=(px[0], px[1]),
        dpi=dpi,
        backgrounds=colours_from_words(str(item.get("background_color") or "white")),
        head_ratio=_ratio(item.get("face_height_min"), item.get("face_height_max")),
        eye_ratio=_ratio(item.get("eye_height_min"), item.get("eye_height_max")),
        min_kb=_kb(item.get("file_size_kb_min")),
        max_kb=_kb(item.get("file_size_kb_max")),
        glasses_allowed=bool(item.get("glasses_allowed")),
        smile_allowed=bool(item.get("smile_allowed")),
        recency_months=_kb(item.get("recency_months")),
        px_exact=bool(item.get("pixel_exact")) and "digital photo" in notes,
        notes=tuple(str(item[key]) for key in _VRN_NOTES if item.get(key)),
        source=str(item.get("source_url") or ""),
        verified=str(item.get("lastVerified") or ""),
        origin=VRN_ORIGIN,
    )


# --- passport-photo-specs ----------------------------------------------------------------------

#: Document-id endings → (kind, variant), longest first when matched.
_PPS_SUFFIXES: dict[str, tuple[str, str]] = {
    "internal-passport": ("internal-passport", ""),
    "intl-passport": ("passport", ""),
    "passport": ("passport", ""),
    "visa-3x4": ("visa", "30×40 mm"),
    "visa-4x6": ("visa", "40×60 mm"),
    "visa-35x45": ("visa", "35×45 mm"),
    "visa-offline": ("visa", "43×55 mm"),
    "schengen-visa": ("schengen-visa", ""),
    "visa": ("visa", ""),
    "evisa": ("evisa", ""),
    "evoa": ("visa-on-arrival", ""),
    "voa": ("visa-on-arrival", ""),
    "id-card": ("id-card", ""),
    "emirates-id": ("id-card", ""),
    "my-number-card": ("id-card", ""),
    "public-services-card": ("id-card", ""),
    "dni": ("id-card", ""),
    "nric": ("id-card", ""),
    "cnic": ("id-card", ""),
    "residence-permit": ("residence-permit", ""),
    "residence-card": ("residence-permit", ""),
    "residence": ("residence-permit", ""),
    "alien-card": ("residence-permit", ""),
    "work-permit": ("residence-permit", ""),
    "green-card": ("green-card", ""),
    "pr-card": ("pr-card", ""),
    "oci": ("oci-card", ""),
    "citizenship": ("citizenship", ""),
    "drivers-licence": ("driving-licence", ""),
    "driving-license": ("driving-licence", ""),
    "pcc": ("police-certificate", ""),
    "pan-card": ("pan-card", ""),
    "voter-id": ("voter-id", ""),
}
_SUFFIXES_LONGEST_FIRST = sorted(_PPS_SUFFIXES, key=len, reverse=True)
#: Whole-id exceptions where the ending misleads.
_PPS_IDS = {"uk-id-card": ("residence-permit", "")}


def pps_kind(document_id: str) -> tuple[str, str]:
    """``indonesia-visa-3x4`` → (``visa``, ``30×40 mm``); unknown endings raise ``KeyError``."""
    if document_id in _PPS_IDS:
        return _PPS_IDS[document_id]
    for suffix in _SUFFIXES_LONGEST_FIRST:
        if document_id == suffix or document_id.endswith("-" + suffix):
            return _PPS_SUFFIXES[suffix]
    raise KeyError(document_id)


def pps_raw() -> dict[str, Any]:
    path = package_file(PPS_PACKAGE, "specs.json")
    return json.loads(path.read_text(encoding="utf-8"))


def pps_record(country: dict[str, Any], doc: dict[str, Any], verified: str) -> Record:
    """One passport-photo-specs document; the country code comes from its flag (🇪🇺 → EU)."""
    code = flag_country(str(country.get("flag", "")))
    if code is None:
        raise ValueError(f"passport-photo-specs country {country.get('id')!r} has no flag")
    kind, variant = pps_kind(str(doc["id"]))
    dpi = int(doc.get("dpi") or 300)
    mm = (float(doc["widthMm"]), float(doc["heightMm"]))
    return Record(
        country=code,
        kind=kind,
        variant=variant,
        mm=mm,
        px=(int(doc["widthPx"]), int(doc["heightPx"])),
        dpi=dpi,
        backgrounds=(colour_from_hex(str(doc.get("bgColor") or "#ffffff")),),
        notes=tuple(str(line) for line in doc.get("requirements", ())),
        name=str(doc.get("name", "")),
        source=f"{PPS_ORIGIN} {package_version(PPS_ORIGIN)} ({doc.get('slug', doc['id'])})",
        verified=verified,
        origin=PPS_ORIGIN,
    )


def pps_records() -> list[Record]:
    data = pps_raw()
    verified = str(data.get("meta", {}).get("lastUpdated", ""))
    return [
        pps_record(country, doc, verified)
        for country in data.get("countries", [])
        for doc in country.get("documents", [])
    ]


def vrn_records() -> list[Record]:
    return [vrn_record(item) for item in vrn_raw() if item.get("country_code")]


# --- merge -------------------------------------------------------------------------------------

_SATURATED = {COLOUR_HEX[name] for name in ("red", "blue", "light-blue")}


def _is_default(size: tuple[float, float]) -> bool:
    return size == DEFAULT_SIZE


def merge_pair(base: Record, other: Record) -> Record:
    """visareadynow ``base`` enriched by passport-photo-specs ``other`` for the same document."""
    merged = replace(
        base,
        name=other.name,
        notes=(*base.notes, *other.notes),
        origin=f"{base.origin}+{other.origin}",
    )
    if other.mm != base.mm:
        if _is_default(base.mm) and not _is_default(other.mm):
            merged = replace(merged, mm=other.mm, px=other.px, dpi=other.dpi, alt_size=base.mm)
            merged = replace(merged, source=f"{base.source} (size: {other.source})")
        else:
            merged = replace(merged, alt_size=other.mm)
    colours = list(base.backgrounds)
    extra = other.backgrounds[0]
    if colours == [COLOUR_HEX["white"]] and extra in _SATURATED:
        colours.insert(0, extra)
    elif extra not in colours:
        colours.append(extra)
    return replace(merged, backgrounds=tuple(colours))


def inherit_rules(record: Record, rules: Record | None) -> Record:
    """Fill a passport-photo-specs-only record's bands and rules (country passport, else ICAO)."""
    if rules is None:
        return replace(record, head_ratio=ICAO_HEAD, eye_ratio=ICAO_EYES)
    return replace(
        record,
        head_ratio=rules.head_ratio or ICAO_HEAD,
        eye_ratio=rules.eye_ratio or ICAO_EYES,
        glasses_allowed=rules.glasses_allowed,
        smile_allowed=rules.smile_allowed,
        recency_months=rules.recency_months,
        source=f"{record.source}; rules: {rules.source}",
    )


def merge(vrn: list[Record], pps: list[Record]) -> list[Record]:
    """One record per (country, kind, variant), visareadynow order first, then the additions."""
    by_key = {record.key: record for record in vrn}
    if len(by_key) != len(vrn):
        raise ValueError("visareadynow has duplicate documents")
    passports = {r.country: r for r in vrn if r.kind == "passport"}
    merged = {key: replace(r, eye_ratio=r.eye_ratio or ICAO_EYES) for key, r in by_key.items()}
    for record in pps:
        if record.key in by_key:
            merged[record.key] = merge_pair(merged[record.key], record)
        elif record.key not in merged:
            merged[record.key] = inherit_rules(record, passports.get(record.country))
    return [r if r.head_ratio else replace(r, head_ratio=ICAO_HEAD) for r in merged.values()]


def dataset_records() -> list[Record]:
    """Both datasets, normalised and merged."""
    return merge(vrn_records(), pps_records())
