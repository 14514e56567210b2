"""The catalog as the bot uses it: loading, ids, lookup, favourites, titles."""

from __future__ import annotations

import time

from bot.specs import DOCUMENT_KINDS, POPULAR_IDS, load_catalog, localised_title
from bot.specs.catalog import build_catalog
from bot.specs.model import SPEC_ID_RE, validate


def test_catalog_covers_both_datasets() -> None:
    catalog = load_catalog()
    assert len(catalog) >= 480
    assert len(catalog.countries) >= 200
    assert {spec.document for spec in catalog} <= set(DOCUMENT_KINDS)


def test_load_is_fast() -> None:
    load_catalog()  # imports and one-off caches warm
    start = time.perf_counter()
    build_catalog()
    assert time.perf_counter() - start < 1.0


def test_every_spec_is_valid_and_none_was_dropped() -> None:
    from bot.specs.catalog import dataset_specs

    catalog = load_catalog()
    for spec in catalog:
        assert validate(spec) == [], spec.id
    assert len(catalog) == len(dataset_specs()) + 1  # + the curated US DV lottery


def test_ids_are_stable_short_ascii_and_fit_callback_data() -> None:
    ids = [spec.id for spec in load_catalog()]
    assert len(ids) == len(set(ids))
    for spec_id in ids:
        assert SPEC_ID_RE.match(spec_id) and spec_id.isascii()
        assert len(f"spec:{spec_id}".encode()) <= 64  # Telegram callback_data limit
    assert {"us-passport", "us-visa", "cn-visa", "schengen-visa", "id-visa-30x40mm"} <= set(ids)


def test_get_and_custom_ids() -> None:
    catalog = load_catalog()
    spec = catalog.get("cn-visa")
    assert spec is not None and spec.slug == "cn-visa" and spec.flag == "🇨🇳"
    assert catalog.get("nope") is None
    custom = catalog.get("custom-600x800px-300dpi")
    assert custom is not None and (custom.px_width, custom.px_height) == (600, 800)
    assert catalog.get("custom-garbage") is None
    assert "us-passport" in catalog


def test_popular_is_the_first_page_in_order() -> None:
    popular = load_catalog().popular()
    assert [spec.id for spec in popular] == list(POPULAR_IDS)
    assert 8 <= len(popular) <= 14


def test_titles() -> None:
    catalog = load_catalog()
    assert catalog.get("us-passport").title == "United States passport"  # type: ignore[union-attr]
    assert catalog.get("schengen-visa").title == "Schengen visa"  # type: ignore[union-attr]
    assert catalog.get("id-visa-30x40mm").title == "Indonesia visa (30×40 mm)"  # type: ignore[union-attr]
    assert catalog.get("hk-passport").title == "Hong Kong passport"  # type: ignore[union-attr]
    spec = catalog.get("de-passport")
    assert spec is not None
    assert localised_title(spec, "ru").startswith("Германия ")
    assert localised_title(spec, "zh-hans").startswith("德国")
    assert localised_title(spec, "xx") == "Germany passport"


def test_pixels_and_dpi_print_at_the_stated_size() -> None:
    """px / dpi gives the printed height (±0.5 mm), and the width too where the aspect matches."""
    refitted = 0
    for spec in load_catalog():
        if spec.mm_width is None or spec.mm_height is None:
            continue
        assert abs(spec.px_height / spec.dpi * 25.4 - spec.mm_height) <= 0.5, spec.id
        if abs(spec.px_width / spec.px_height - spec.mm_width / spec.mm_height) < 0.004:
            assert abs(spec.px_width / spec.dpi * 25.4 - spec.mm_width) <= 0.5, spec.id
        refitted += spec.dpi not in (300, 600)
    assert load_catalog().get("sg-passport").dpi == 290  # type: ignore[union-attr]
    assert refitted < 40  # only portal-sized images need a fitted dpi
