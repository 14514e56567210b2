"""Search as a phone user types it: many languages, typos, flags, codes, document words."""

from __future__ import annotations

import time

import pytest

from bot.specs import load_catalog
from bot.specs.search import fold
from tests.test_specs_queries import QUERIES


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Östereich", "ostereich"),
        ("  CARTE d’Identité ", "carte didentite"),
        ("Россия, ёлка", "россия елка"),
        ("تأشيرة", "تاشيره"),
        ("वीज़ा", "वीजा"),
        ("e-Visa", "e visa"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_country_and_document_come_first_then_the_country_then_the_document_elsewhere() -> None:
    ids = [spec.id for spec in load_catalog().search("germany visa", limit=20)]
    assert ids[0] == "de-visa"
    first_foreign = next(i for i, spec_id in enumerate(ids) if not spec_id.startswith("de-"))
    assert all(spec_id.startswith("de-") for spec_id in ids[:first_foreign])
    assert all(spec_id.endswith("visa") for spec_id in ids[first_foreign:])


def test_nothing_for_nonsense_and_empty() -> None:
    catalog = load_catalog()
    for query in ("", "   ", "asdfgh", "photo", "xyz", "a"):
        assert catalog.search(query) == [], query


def test_limit_and_document_only_queries() -> None:
    catalog = load_catalog()
    assert len(catalog.search("passport", limit=3)) == 3
    visas = [spec.id for spec in catalog.search("visa", limit=8)]
    assert visas[0] == "us-visa" and "schengen-visa" in visas


def test_sizes_in_search_give_a_custom_spec_then_documents_of_that_size() -> None:
    results = load_catalog().search("2x2")
    assert results[0].id == "custom-2x2in"
    assert {"us-passport", "us-visa"} <= {spec.id for spec in results}
    assert load_catalog().search("45x35mm") == []  # the handler explains via parse_custom_size


def test_search_is_fast() -> None:
    catalog = load_catalog()
    queries = [query for query, _, _ in QUERIES]
    for query in queries:
        catalog.search(query)
    start = time.thread_time()
    for query in queries:
        catalog.search(query)
    assert (time.thread_time() - start) / len(queries) < 0.005  # per query, CPU time
