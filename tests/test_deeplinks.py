"""Deep-link payloads are parsed strictly: anything not well formed is a plain start."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.deeplinks import (
    CHAT_ID_LIMIT,
    GroupLink,
    PlainStart,
    SpecLink,
    group_payload,
    is_group_id,
    parse_start,
)

PAYLOAD_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
group_ids = st.integers(min_value=-CHAT_ID_LIMIT + 1, max_value=-1)


@pytest.mark.parametrize(
    "payload",
    [
        "g0",
        "g-0",
        "g",
        "g-",
        "g--5",
        "g-+5",
        "g+5",
        "g²",
        "g-²",
        "g١٢٣",
        "g-١٢٣",
        "g99999999999999999999",
        "g-99999999999999999999",
        "g-007",
        "g 5",
        "g-5\n",
        "g12345",  # a user's id, not a group's
        "s-",
        "s-us passport",
        "s-" + "a" * 63,
        "hello",
        "",
        None,
    ],
)
def test_malformed_or_foreign_payloads_are_a_plain_start(payload):
    assert parse_start(payload) == PlainStart()


def test_a_supergroup_link_names_the_supergroup():
    assert parse_start("g-1001234567890") == GroupLink(-1001234567890)


def test_a_spec_link_names_the_spec():
    assert parse_start("s-us-passport") == SpecLink("us-passport")


@given(st.text(max_size=80))
def test_any_text_parses_without_raising(payload):
    assert isinstance(parse_start(payload), PlainStart | SpecLink | GroupLink)


@given(group_ids)
def test_every_group_id_round_trips_through_its_payload(group_id):
    payload = group_payload(group_id)
    assert len(payload) <= 64
    assert parse_start(payload) == GroupLink(group_id)


@given(st.text(max_size=80))
def test_a_group_is_read_only_from_its_canonical_payload(payload):
    link = parse_start(payload)
    if isinstance(link, GroupLink):
        assert payload == f"g{link.group_id}"
        assert is_group_id(link.group_id)


@given(st.text(alphabet=PAYLOAD_ALPHABET, min_size=1, max_size=62))
def test_every_spec_id_in_telegrams_alphabet_round_trips(spec_id):
    assert parse_start("s-" + spec_id) == SpecLink(spec_id)


@given(st.text(min_size=1, max_size=80).filter(lambda s: any(c not in PAYLOAD_ALPHABET for c in s)))
def test_a_payload_outside_telegrams_alphabet_is_a_plain_start(payload):
    assert parse_start(payload) == PlainStart()


@given(st.integers().filter(lambda n: not -CHAT_ID_LIMIT < n < 0))
def test_ids_outside_the_group_range_are_a_plain_start(number):
    assert parse_start(f"g{number}") == PlainStart()
    with pytest.raises(ValueError):
        group_payload(number)
