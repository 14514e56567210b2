"""The update processor: one user's updates in order, and their backlog never blocks others."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from telegram import Chat, Message, Update, User

from bot.update_processor import PerUserUpdateProcessor


def update_from(user_id: int, update_id: int) -> Update:
    user = User(user_id, f"user{user_id}", False)
    chat = Chat(user_id, Chat.PRIVATE)
    message = Message(update_id, datetime.now(UTC), chat, from_user=user, text="hi")
    return Update(update_id, message=message)


async def test_one_users_backlog_leaves_room_for_another_user() -> None:
    processor = PerUserUpdateProcessor(2)
    release, other_ran = asyncio.Event(), asyncio.Event()

    async def slow() -> None:
        await release.wait()

    async def other() -> None:
        other_ran.set()

    backlog = [
        asyncio.create_task(processor.process_update(update_from(1, n), slow())) for n in range(3)
    ]
    # The first update of user 1 will run; the two others wait for their turn, not for a slot.
    elsewhere = asyncio.create_task(processor.process_update(update_from(2, 9), other()))
    async with asyncio.timeout(2):
        await other_ran.wait()  # user 2 is served while user 1's updates wait
    assert processor.current_concurrent_updates == 1
    release.set()
    await asyncio.gather(*backlog, elsewhere)
    assert processor.current_concurrent_updates == 0


async def test_a_users_updates_run_one_at_a_time_in_order() -> None:
    processor = PerUserUpdateProcessor(8)
    order: list[str] = []
    running = 0

    async def step(name: str) -> None:
        nonlocal running
        running += 1
        assert running == 1
        await asyncio.sleep(0)  # give the others a chance to interleave (they must not)
        order.append(name)
        running -= 1

    await asyncio.gather(
        *(processor.process_update(update_from(1, n), step(f"u{n}")) for n in range(4))
    )
    assert order == ["u0", "u1", "u2", "u3"]
