"""The catalog: dataset records → specs, the curated layer on top, lookup, search and favourites."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from .curated import Override, apply_curated
from .custom import CustomSizeError, looks_like_custom_size, parse_custom_size, spec_from_id
from .model import Spec, fit_dpi, flag_emoji, validate
from .names import localised_title
from .search import SearchIndex
from .sources import Record, dataset_records

logger = logging.getLogger(__name__)

#: The first page of buttons: the most requested documents, most requested first.
POPULAR_IDS: tuple[str, ...] = (
    "us-passport",
    "us-visa",
    "schengen-visa",
    "gb-passport",
    "ca-passport",
    "in-passport",
    "in-visa",
    "cn-visa",
    "us-dv-lottery",
    "au-passport",
    "de-passport",
    "jp-passport",
)

#: Countries by how often people need their documents (ties in search go to the earlier one).
COUNTRY_PRIORITY: tuple[str, ...] = (
    "US", "GB", "EU", "CA", "IN", "CN", "DE", "AU", "JP", "FR", "ES", "IT", "RU", "KR", "AE",
    "SA", "BR", "MX", "TR", "PH", "PK", "NG", "ID", "VN", "TH", "UA", "PL", "NL", "IE", "NZ",
)  # fmt: skip


def spec_id(country: str, kind: str, variant: str = "") -> str:
    """``("US", "passport")`` → ``us-passport``; the EU's Schengen visa is ``schengen-visa``."""
    if kind == "schengen-visa":
        return kind
    base = f"{country.lower()}-{kind}"
    slug = re.sub(r"[^a-z0-9]+", "", variant.lower().replace("×", "x"))
    return f"{base}-{slug}" if slug else base


def _band(ratio: tuple[float, float] | None, height: float) -> tuple[float, float] | None:
    return (round(ratio[0] * height, 1), round(ratio[1] * height, 1)) if ratio else None


def spec_from_record(record: Record) -> Spec:
    """A merged dataset record as a Spec (bands from fractions of the frame height to mm)."""
    height = record.mm[1]
    return Spec(
        id=spec_id(record.country, record.kind, record.variant),
        country=record.country,
        flag=flag_emoji(record.country),
        document=record.kind,
        title="",
        variant=record.variant,
        mm_width=record.mm[0],
        mm_height=record.mm[1],
        px_width=record.px[0],
        px_height=record.px[1],
        dpi=record.dpi,
        background=record.backgrounds[0],
        backgrounds=record.backgrounds,
        head_height_mm=_band(record.head_ratio, height),
        eye_line_mm=_band(record.eye_ratio, height),
        min_file_kb=record.min_kb,
        max_file_kb=record.max_kb,
        px_exact=record.px_exact,
        glasses_allowed=record.glasses_allowed,
        smile_allowed=record.smile_allowed,
        recency_months=record.recency_months,
        alt_size_mm=record.alt_size,
        notes=record.notes,
        aliases=(record.name,) if record.name else (),
        source=record.source,
        verified=record.verified,
        origin=record.origin,
    )


def dataset_specs() -> dict[str, Spec]:
    """Both datasets merged, as specs keyed by id, before the curated layer."""
    specs: dict[str, Spec] = {}
    for record in dataset_records():
        spec = spec_from_record(record)
        if spec.id in specs:
            raise ValueError(f"duplicate spec id {spec.id!r}")
        specs[spec.id] = spec
    return specs


def _finish(spec: Spec) -> Spec | None:
    """Title and flag filled in; ``None`` (logged) when the spec is structurally unusable."""
    spec = replace(spec, title=localised_title(spec, "en"), flag=flag_emoji(spec.country))
    spec = replace(spec, dpi=fit_dpi(spec))
    problems = validate(spec)
    if problems:
        logger.warning("dropping spec %s: %s", spec.id, "; ".join(problems))
        return None
    return spec


def _popularity(spec_id: str) -> int:
    return POPULAR_IDS.index(spec_id) if spec_id in POPULAR_IDS else len(POPULAR_IDS)


def _same_size(spec: Spec, custom: Spec) -> bool:
    """Printed at (about) the custom size: 2×2 in matches the datasets' 51×51 mm."""
    if custom.mm_width is None:
        return (spec.px_width, spec.px_height) == (custom.px_width, custom.px_height)
    width, height = spec.frame_mm
    return abs(width - custom.frame_mm[0]) <= 0.5 and abs(height - custom.frame_mm[1]) <= 0.5


class Catalog:
    """Every document spec, looked up by id, searched, and listed by popularity."""

    def __init__(self, specs: list[Spec], overrides: list[Override] | None = None) -> None:
        self._by_id = {spec.id: spec for spec in specs}
        self.overrides: tuple[Override, ...] = tuple(overrides or ())
        self._popular = tuple(self._by_id[i] for i in POPULAR_IDS if i in self._by_id)
        self._index = SearchIndex(list(self._by_id.values()), POPULAR_IDS, COUNTRY_PRIORITY)

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self) -> Iterator[Spec]:
        return iter(self._by_id.values())

    def __contains__(self, spec_id: object) -> bool:
        return spec_id in self._by_id

    @property
    def countries(self) -> frozenset[str]:
        return frozenset(spec.country for spec in self if spec.country)

    def get(self, spec_id: str) -> Spec | None:
        """The spec with this id; custom ids (``custom-35x45mm``) are rebuilt from the id."""
        return self._by_id.get(spec_id) or spec_from_id(spec_id)

    def popular(self) -> list[Spec]:
        return list(self._popular)

    def search(self, query: str, lang: str = "en", limit: int = 8) -> list[Spec]:
        """Best matches for ``query``; a size (``35x45mm``) comes first as a custom spec.

        Every language is searched whatever ``lang`` is (a user may type a country in English).
        """
        query = query.strip()[:100]
        if not query:
            return []
        if looks_like_custom_size(query):
            try:
                custom = parse_custom_size(query)
            except CustomSizeError:
                return []
            same_size = [s for s in self if _same_size(s, custom)]
            ranked = sorted(same_size, key=lambda s: (_popularity(s.id), s.id))
            return [custom, *ranked][:limit]
        return self._index.search(query, limit)


def build_catalog() -> Catalog:
    specs, overrides = apply_curated(dataset_specs())
    finished = [spec for spec in map(_finish, specs.values()) if spec is not None]
    return Catalog(finished, overrides)


@cache
def load_catalog() -> Catalog:
    """The catalog, built once per process from the installed datasets and curated.toml."""
    return build_catalog()
