"""The bot's flood limiter: Telegram's overall rate, and whether cosmetic calls may go now."""

from __future__ import annotations

from types import SimpleNamespace

from bot.flood import FloodLimiter
from handlers.jobs import ProgressMessage


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


def _progress(has_room: bool) -> ProgressMessage:
    flow = SimpleNamespace(telegram_has_room=lambda: has_room)
    who = SimpleNamespace(lang="en", chat_id=1)
    message = SimpleNamespace(edits=[])

    async def edit_text(text: str) -> None:
        message.edits.append(text)

    message.edit_text = edit_text
    progress = ProgressMessage(flow, who, "previewing", message)  # type: ignore[arg-type]
    progress.shown, progress.last_edit = 0, 0.0
    return progress


async def test_progress_is_edited_while_telegram_has_room():
    progress = _progress(has_room=True)
    await progress.update(40)
    assert progress._edit is not None
    await progress._edit
    assert progress.message.edits and "40" in progress.message.edits[0]


async def test_progress_edits_give_way_while_telegram_is_busy():
    progress = _progress(has_room=False)
    await progress.update(40)
    assert progress._edit is None and progress.shown == 0


async def test_an_answered_menu_keeps_its_buttons_while_telegram_is_busy():
    from handlers.flow import Flow

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
