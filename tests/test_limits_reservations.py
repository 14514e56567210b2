"""Final reservations: limits count what is charged and what is reserved, in one transaction."""

from __future__ import annotations

import asyncio

import pytest

from bot.i18n import Text
from bot.ledger import TaskContext
from bot.limits import GroupSettings, LimitChecker, OperatorLimits, Quota
from bot.storage import Reservation, Storage
from bot.storage.keys import new_key_text

GROUP = -1001234567890
PRICE = 6


@pytest.fixture
async def storage(tmp_path):
    store = Storage(tmp_path / "bot.db", data_key=new_key_text())
    await store.open()
    yield store
    await store.close()


async def _group(storage: Storage, **settings) -> None:
    await storage.groups.save(GROUP, "Team", GroupSettings(title="Team", **settings).to_dict())


async def _charged_final(storage: Storage, *, ref: str, user_id: int, group_id=None) -> None:
    """A final PicWish made and charged, as the ledger records it."""
    context = TaskContext(user_id, user_id, group_id, "final", ref)
    row = await storage.ledger.task_started(params={}, credits=PRICE, context=context)
    await storage.ledger.task_finished(
        row,
        task_id=f"task-{ref}",
        image_id=None,
        state=1,
        state_detail=None,
        duration_ms=10,
        credits_charged=PRICE,
        error=None,
    )


def _key(text: Text | Reservation) -> str:
    assert isinstance(text, Text), text
    return text.message_id


async def test_twenty_concurrent_finals_against_a_budget_for_three_grant_exactly_three(storage):
    await _group(storage, budget=3 * PRICE)
    checker = LimitChecker(storage)
    outcomes = await asyncio.gather(
        *(
            checker.reserve_final(ref=f"final:s{n}:1", user_id=n, group_id=GROUP, price=PRICE)
            for n in range(20)
        )
    )
    granted = [o for o in outcomes if isinstance(o, Reservation)]
    refused = [o for o in outcomes if isinstance(o, Text)]
    assert len(granted) == 3
    assert all(r.status == "reserved" and r.new for r in granted)
    assert [t.message_id for t in refused] == ["limit-group-budget"] * 17
    assert refused[0].args["group"] == "Team"


async def test_a_released_reservation_frees_its_room(storage):
    await _group(storage, budget=PRICE)
    checker = LimitChecker(storage)
    first = await checker.reserve_final(ref="final:a:1", user_id=1, group_id=GROUP, price=PRICE)
    assert isinstance(first, Reservation)
    blocked = await checker.reserve_final(ref="final:b:1", user_id=2, group_id=GROUP, price=PRICE)
    assert _key(blocked) == "limit-group-budget"
    await checker.release("final:a:1")
    second = await checker.reserve_final(ref="final:b:1", user_id=2, group_id=GROUP, price=PRICE)
    assert isinstance(second, Reservation) and second.status == "reserved"


async def test_a_settled_reservation_counts_as_charged(storage):
    await _group(storage, budget=PRICE)
    checker = LimitChecker(storage)
    await checker.reserve_final(ref="final:a:1", user_id=1, group_id=GROUP, price=PRICE)
    await checker.settle("final:a:1", PRICE)
    await checker.release("final:a:1")  # a late failure never gives a charge back
    assert (await storage.reservations.get("final:a:1")).status == "settled"
    blocked = await checker.reserve_final(ref="final:b:1", user_id=2, group_id=GROUP, price=PRICE)
    assert _key(blocked) == "limit-group-budget"


async def test_a_charged_final_in_the_ledger_and_its_settled_reservation_count_once(storage):
    await _group(storage, budget=2 * PRICE)
    checker = LimitChecker(storage)
    await checker.reserve_final(ref="final:a:1", user_id=1, group_id=GROUP, price=PRICE)
    await _charged_final(storage, ref="final:a:1", user_id=1, group_id=GROUP)
    await checker.settle("final:a:1", PRICE)
    second = await checker.reserve_final(ref="final:b:1", user_id=2, group_id=GROUP, price=PRICE)
    assert isinstance(second, Reservation)


async def test_a_charged_final_still_reserved_counts_once(storage):
    await _group(storage, budget=2 * PRICE)
    checker = LimitChecker(storage)
    await checker.reserve_final(ref="final:a:1", user_id=1, group_id=GROUP, price=PRICE)
    await _charged_final(storage, ref="final:a:1", user_id=1, group_id=GROUP)  # not settled yet
    second = await checker.reserve_final(ref="final:b:1", user_id=2, group_id=GROUP, price=PRICE)
    assert isinstance(second, Reservation)
    third = await checker.reserve_final(ref="final:c:1", user_id=3, group_id=GROUP, price=PRICE)
    assert _key(third) == "limit-group-budget"


async def test_the_same_ref_twice_returns_the_same_reservation_without_reserving_again(storage):
    await _group(storage, budget=PRICE)
    checker = LimitChecker(storage)
    first, again = await asyncio.gather(
        checker.reserve_final(ref="final:a:1", user_id=1, group_id=GROUP, price=PRICE),
        checker.reserve_final(ref="final:a:1", user_id=1, group_id=GROUP, price=PRICE),
    )
    assert isinstance(first, Reservation) and isinstance(again, Reservation)
    assert sorted([first.new, again.new]) == [False, True]
    assert first.created_at == again.created_at


async def test_a_settled_ref_is_returned_as_settled_so_the_final_is_not_made_again(storage):
    checker = LimitChecker(storage)
    await checker.reserve_final(ref="final:a:1", user_id=1, group_id=None, price=PRICE)
    await checker.settle("final:a:1", PRICE)
    again = await checker.reserve_final(ref="final:a:1", user_id=1, group_id=None, price=PRICE)
    assert isinstance(again, Reservation)
    assert (again.status, again.credits_charged, again.new) == ("settled", PRICE, False)


async def test_the_daily_credit_ceiling_counts_reserved_credits_of_everyone(storage):
    checker = LimitChecker(storage, OperatorLimits(daily_credits=PRICE))
    outcomes = await asyncio.gather(
        *(
            checker.reserve_final(ref=f"final:s{n}:1", user_id=n, group_id=None, price=PRICE)
            for n in range(3)
        )
    )
    assert sorted(type(o).__name__ for o in outcomes) == ["Reservation", "Text", "Text"]
    assert {o.message_id for o in outcomes if isinstance(o, Text)} == {"limit-daily-credits"}


async def test_the_users_quota_counts_reserved_finals(storage):
    checker = LimitChecker(storage, OperatorLimits(user_finals=Quota(1, "day")))
    first = await checker.reserve_final(ref="final:a:1", user_id=7, group_id=None, price=PRICE)
    second = await checker.reserve_final(ref="final:b:1", user_id=7, group_id=None, price=PRICE)
    assert isinstance(first, Reservation)
    assert _key(second) == "limit-user-finals"
    other = await checker.reserve_final(ref="final:c:1", user_id=8, group_id=None, price=PRICE)
    assert isinstance(other, Reservation)


async def test_a_groups_quota_counts_reserved_finals_of_that_member_in_that_group(storage):
    await _group(storage, quota=Quota(1, "month"))
    checker = LimitChecker(storage)
    first = await checker.reserve_final(ref="final:a:1", user_id=7, group_id=GROUP, price=PRICE)
    second = await checker.reserve_final(ref="final:b:1", user_id=7, group_id=GROUP, price=PRICE)
    assert isinstance(first, Reservation)
    assert _key(second) == "limit-group-quota"


async def test_a_group_counts_only_finals_made_through_its_link(storage):
    """The group rule: the member's own finals do not use the group's quota or budget, and the
    group's finals do not use the operator's per-user quota."""
    await _group(storage, quota=Quota(1, "month"), budget=PRICE)
    checker = LimitChecker(storage, OperatorLimits(user_finals=Quota(1, "day")))
    own = await checker.reserve_final(ref="final:own:1", user_id=7, group_id=None, price=PRICE)
    grouped = await checker.reserve_final(ref="final:g:1", user_id=7, group_id=GROUP, price=PRICE)
    assert isinstance(own, Reservation) and isinstance(grouped, Reservation)


async def test_a_disabled_group_reserves_nothing(storage):
    await _group(storage, enabled=False)
    checker = LimitChecker(storage)
    outcome = await checker.reserve_final(ref="final:a:1", user_id=7, group_id=GROUP, price=0)
    assert _key(outcome) == "limit-group-disabled"
    assert await storage.reservations.get("final:a:1") is None


async def test_the_dry_check_sees_reservations_but_reserves_nothing(storage):
    await _group(storage, budget=PRICE)
    checker = LimitChecker(storage)
    assert await checker.final_blocked(user_id=1, group_id=GROUP, price=PRICE) is None
    count = "SELECT COUNT(*) FROM reservations"
    assert await storage.database.run(lambda db: db.execute(count).fetchone()[0]) == 0
    await checker.reserve_final(ref="final:a:1", user_id=1, group_id=GROUP, price=PRICE)
    blocked = await checker.final_blocked(user_id=2, group_id=GROUP, price=PRICE)
    assert _key(blocked) == "limit-group-budget"


async def test_a_reservation_older_than_its_max_age_no_longer_holds_room(storage):
    await _group(storage, budget=PRICE)
    checker = LimitChecker(storage)
    await checker.reserve_final(ref="final:lost:1", user_id=1, group_id=GROUP, price=PRICE)
    storage.reservations.max_age = 0.0
    fresh = await checker.reserve_final(ref="final:b:1", user_id=2, group_id=GROUP, price=PRICE)
    assert isinstance(fresh, Reservation)


async def test_finals_charged_before_reservations_existed_still_count(storage):
    await _group(storage, budget=PRICE)
    await _charged_final(storage, ref="final:old:1", user_id=1, group_id=GROUP)
    checker = LimitChecker(storage)
    outcome = await checker.reserve_final(ref="final:b:1", user_id=2, group_id=GROUP, price=PRICE)
    assert _key(outcome) == "limit-group-budget"


async def test_erasing_a_user_leaves_their_charge_counted_once_and_anonymous(storage):
    await _group(storage, budget=2 * PRICE)
    checker = LimitChecker(storage)
    await checker.reserve_final(ref="final:a:1", user_id=1, group_id=GROUP, price=PRICE)
    await _charged_final(storage, ref="final:a:1", user_id=1, group_id=GROUP)
    await checker.settle("final:a:1", PRICE)
    await storage.erasure.erase_user(1)
    assert await storage.reservations.get("final:a:1") is None
    second = await checker.reserve_final(ref="final:b:1", user_id=2, group_id=GROUP, price=PRICE)
    assert isinstance(second, Reservation)
    third = await checker.reserve_final(ref="final:c:1", user_id=3, group_id=GROUP, price=PRICE)
    assert _key(third) == "limit-group-budget"


async def test_the_dry_check_lets_a_final_already_reserved_or_made_through(storage):
    checker = LimitChecker(storage, OperatorLimits(user_finals=Quota(1, "day")))
    await checker.reserve_final(ref="final:a:1", user_id=7, group_id=None, price=PRICE)
    await checker.settle("final:a:1", PRICE)
    again = await checker.final_blocked(user_id=7, group_id=None, price=PRICE, ref="final:a:1")
    assert again is None  # asking again for the same final costs nothing more
    other = await checker.final_blocked(user_id=7, group_id=None, price=PRICE, ref="final:b:1")
    assert _key(other) == "limit-user-finals"
