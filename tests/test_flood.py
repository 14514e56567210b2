"""The bot's flood limiter: Telegram's overall rate, and whether cosmetic calls may go now."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

from bot.flood import FloodLimiter, urgent
from handlers import flow as flow_module
from handlers.flow import Flow


async def _call(limiter: FloodLimiter, chat_id: int = 1) -> None:
    async def callback() -> bool:
        return True

    await limiter.process_request(callback, (), {}, "sendMessage", {"chat_id": chat_id}, None)


async def test_an_idle_limiter_has_room():
    limiter = FloodLimiter(30)
    await limiter.initialize()
    assert limiter.has_room()


async def test_a_limiter_with_half_its_second_used_has_no_room():
    limiter = FloodLimiter(30)
    await limiter.initialize()
    for chat in range(10):
        await _call(limiter, chat)
    assert limiter.has_room()  # 10 of 30 used: still room for a cosmetic call
    for chat in range(10, 20):
        await _call(limiter, chat)
    assert not limiter.has_room()  # 20 of 30 (less what leaked out meanwhile)


async def test_a_limiter_waiting_out_a_429_has_no_room():
    limiter = FloodLimiter(30)
    await limiter.initialize()
    limiter._retry_after_event.clear()  # what AIORateLimiter does on RetryAfter
    assert not limiter.has_room()


async def test_without_an_overall_rate_there_is_always_room():
    limiter = FloodLimiter(0)
    await limiter.initialize()
    for chat in range(100):
        await _call(limiter, chat)
    assert limiter.has_room()


def _flow_recording_chat_actions(has_room: bool) -> tuple[Flow, list[tuple[int, str]]]:
    actions: list[tuple[int, str]] = []

    async def send_chat_action(chat_id: int, action: str) -> bool:
        actions.append((chat_id, action))
        return True

    limiter = SimpleNamespace(has_room=lambda: has_room)
    bot = SimpleNamespace(rate_limiter=limiter, send_chat_action=send_chat_action)
    flow = Flow(SimpleNamespace(services=SimpleNamespace(storage=None), bot=bot))  # type: ignore[arg-type]
    return flow, actions


WHO = SimpleNamespace(user_id=1, chat_id=1, lang="en")


async def test_quick_work_makes_no_chat_action_call():
    flow, actions = _flow_recording_chat_actions(has_room=True)
    work = asyncio.ensure_future(asyncio.sleep(0.01))
    await flow.chat_action_while(WHO, work)  # type: ignore[arg-type]
    assert work.done() and actions == []


async def test_slow_work_shows_sending_a_photo_while_it_runs(monkeypatch):
    monkeypatch.setattr(flow_module, "CHAT_ACTION_AFTER", 0.02)
    monkeypatch.setattr(flow_module, "CHAT_ACTION_EVERY", 0.05)
    flow, actions = _flow_recording_chat_actions(has_room=True)
    work = asyncio.ensure_future(asyncio.sleep(0.2))
    await flow.chat_action_while(WHO, work)  # type: ignore[arg-type]
    assert 2 <= len(actions) <= 5 and set(actions) == {(1, "upload_photo")}


async def test_chat_actions_give_way_while_telegram_is_busy(monkeypatch):
    monkeypatch.setattr(flow_module, "CHAT_ACTION_AFTER", 0.02)
    monkeypatch.setattr(flow_module, "CHAT_ACTION_EVERY", 0.02)
    flow, actions = _flow_recording_chat_actions(has_room=False)
    await flow.chat_action_while(WHO, asyncio.ensure_future(asyncio.sleep(0.1)))  # type: ignore[arg-type]
    assert actions == []


async def test_an_answered_menu_keeps_its_buttons_while_telegram_is_busy():
    edits: list[dict] = []

    async def edit_message_reply_markup(**kw: object) -> None:
        edits.append(kw)

    limiter = SimpleNamespace(has_room=lambda: False)
    bot = SimpleNamespace(rate_limiter=limiter, edit_message_reply_markup=edit_message_reply_markup)
    flow = Flow(SimpleNamespace(services=SimpleNamespace(storage=None), bot=bot))  # type: ignore[arg-type]
    menu = SimpleNamespace(chat_id=1, message_id=2)
    await flow.remove_keyboard(menu)  # type: ignore[arg-type]
    assert edits == []
    limiter.has_room = lambda: True
    await flow.remove_keyboard(menu)  # type: ignore[arg-type]
    assert edits == [{"chat_id": 1, "message_id": 2, "reply_markup": None}]


async def test_urgent_calls_go_before_a_queue_of_ordinary_ones():
    limiter = FloodLimiter(20)  # one call per 50 ms once its first second's burst is used
    await limiter.initialize()
    order: list[str] = []

    async def call(name: str) -> None:
        async def callback() -> bool:
            order.append(name)
            return True

        await limiter.process_request(callback, (), {}, "sendMessage", {"chat_id": 1}, None)

    async def urgent_call(name: str) -> None:
        with urgent():
            await call(name)

    ordinary = [asyncio.create_task(call(f"o{n}")) for n in range(60)]
    await asyncio.sleep(0.1)  # the first second's burst is spent: ordinary calls queue
    already = len(order)
    late = [asyncio.create_task(urgent_call(f"u{n}")) for n in range(3)]
    await asyncio.gather(*late)
    last_urgent = max(order.index(f"u{n}") for n in range(3))
    # Ahead of them: what had gone, and at most one second's worth (20) let in before them;
    # first come, first served would have put them behind all 60.
    assert last_urgent < already + 20 + 3 < 60
    await asyncio.gather(*ordinary)
    assert sorted(order) == sorted([f"o{n}" for n in range(60)] + ["u0", "u1", "u2"])


async def test_calls_without_a_chat_are_never_held():
    limiter = FloodLimiter(1)
    await limiter.initialize()
    for _ in range(2):
        await _call(limiter)  # the one-per-second budget is used
    done = []

    async def callback() -> bool:
        done.append(True)
        return True

    await asyncio.wait_for(
        limiter.process_request(callback, (), {}, "answerCallbackQuery", {}, None), timeout=0.5
    )
    assert done == [True]
