"""Webhooks in the Telegram emulator: setWebhook rules, delivery by POST, retries, getUpdates.

A small aiohttp server plays the bot's webhook endpoint; the real python-telegram-bot ``Bot``
configures it. No sleeps: tests wait for the emulator's delivery events.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Conflict

from tests.emulators.telegram import TelegramEmulator

HOLD = -1  # a response "status" that keeps the request open until the test releases it


class Hook:
    """The webhook endpoint: records each POST and answers from a script of statuses."""

    def __init__(self) -> None:
        self.script: list[int] = []
        self.received: list[tuple[str | None, dict[str, Any]]] = []
        self.release = asyncio.Event()
        self.arrived = asyncio.Event()
        self.url = ""
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/hook", self._handle)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.1)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.url = f"http://127.0.0.1:{self._runner.addresses[0][1]}/hook"

    async def stop(self) -> None:
        self.release.set()
        if self._runner is not None:
            await self._runner.cleanup()

    async def _handle(self, request: web.Request) -> web.Response:
        secret = request.headers.get("X-Telegram-Bot-Api-Secret-Token")
        self.received.append((secret, await request.json()))
        self.arrived.set()
        status = self.script.pop(0) if self.script else 200
        if status == HOLD:
            await self.release.wait()
            status = 200
        return web.Response(status=status)

    def texts(self) -> list[str]:
        return [body["message"]["text"] for _, body in self.received if "message" in body]


@pytest.fixture
async def emu() -> AsyncIterator[TelegramEmulator]:
    async with TelegramEmulator(webhook_retry_delay=0.01) as emulator:
        yield emulator


@pytest.fixture
async def bot(emu: TelegramEmulator) -> AsyncIterator[Bot]:
    async with emu.make_bot() as ptb_bot:
        yield ptb_bot


@pytest.fixture
async def hook() -> AsyncIterator[Hook]:
    endpoint = Hook()
    await endpoint.start()
    yield endpoint
    await endpoint.stop()


# ------------------------------------------------------------------------- setWebhook


async def test_updates_are_posted_in_order_with_the_secret_header(
    emu: TelegramEmulator, bot: Bot, hook: Hook
) -> None:
    alice = emu.user(1, "Alice")
    assert await bot.set_webhook(hook.url, secret_token="s3cret_-X")
    for text in ("one", "two", "three"):
        emu.send_text(alice, text)
    deliveries = await emu.wait_for_webhook_deliveries(3)
    assert hook.texts() == ["one", "two", "three"]
    assert {secret for secret, _ in hook.received} == {"s3cret_-X"}
    assert [d.status for d in deliveries] == [200, 200, 200]
    assert emu.webhook_secret_token == "s3cret_-X"
    info = await bot.get_webhook_info()
    assert (info.url, info.pending_update_count, info.last_error_message) == (hook.url, 0, None)


async def test_without_a_secret_no_header_is_sent(
    emu: TelegramEmulator, bot: Bot, hook: Hook
) -> None:
    assert await bot.set_webhook(hook.url)
    emu.send_text(emu.user(1, "Alice"), "hello")
    await emu.wait_for_webhook_deliveries(1)
    assert hook.received[0][0] is None and emu.webhook_secret_token is None


@pytest.mark.parametrize(
    ("secret", "error"),
    [
        ("has space", "Secret token contains unallowed characters"),
        ("semi;colon", "Secret token contains unallowed characters"),
        ("x" * 257, "Secret token is too long"),
    ],
)
async def test_a_bad_secret_token_is_refused(
    emu: TelegramEmulator, bot: Bot, hook: Hook, secret: str, error: str
) -> None:
    with pytest.raises(BadRequest) as info:
        await bot.set_webhook(hook.url, secret_token=secret)
    assert info.value.message == error
    assert emu.webhook_url is None


async def test_a_secret_of_256_allowed_characters_is_accepted(
    emu: TelegramEmulator, bot: Bot, hook: Hook
) -> None:
    secret = ("Az09_-" * 43)[:256]
    assert await bot.set_webhook(hook.url, secret_token=secret)
    assert emu.webhook_secret_token == secret


async def test_a_webhook_on_an_unresolvable_host_is_refused(
    emu: TelegramEmulator, bot: Bot
) -> None:
    with pytest.raises(BadRequest, match="Bad webhook: failed to resolve host"):
        await bot.set_webhook("https://example.com/hook")
    assert emu.webhook_url is None


async def test_allowed_updates_are_honoured(emu: TelegramEmulator, bot: Bot, hook: Hook) -> None:
    alice = emu.user(1, "Alice")
    menu = await bot.send_message(
        alice.id,
        "Menu",
        reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("Go", callback_data="go")]]),
    )
    assert await bot.set_webhook(hook.url, allowed_updates=["callback_query"])
    emu.send_text(alice, "filtered out")
    emu.press_button(alice, menu, "go")
    await emu.wait_for_webhook_deliveries(1)
    assert [sorted(body) for _, body in hook.received] == [["callback_query", "update_id"]]
    assert emu.allowed_updates == ["callback_query"]
    assert (await bot.get_webhook_info()).allowed_updates == ("callback_query",)


async def test_drop_pending_updates_discards_the_backlog(
    emu: TelegramEmulator, bot: Bot, hook: Hook
) -> None:
    alice = emu.user(1, "Alice")
    emu.send_text(alice, "old 1")
    emu.send_text(alice, "old 2")
    assert await bot.set_webhook(hook.url, drop_pending_updates=True)
    emu.send_text(alice, "new")
    await emu.wait_for_webhook_deliveries(1)
    assert hook.texts() == ["new"]


# ------------------------------------------------------------------------- getUpdates


async def test_get_updates_is_refused_while_a_webhook_is_set(
    emu: TelegramEmulator, bot: Bot, hook: Hook
) -> None:
    assert await bot.set_webhook(hook.url)
    with pytest.raises(Conflict, match="can't use getUpdates method while webhook is active"):
        await bot.get_updates()


async def test_set_webhook_ends_a_running_long_poll(
    emu: TelegramEmulator, bot: Bot, hook: Hook
) -> None:
    async with emu.make_bot() as poller:
        poll = asyncio.create_task(poller.get_updates(timeout=5))
        await emu.wait_for_poll()
        assert await bot.set_webhook(hook.url)
        with pytest.raises(Conflict, match="terminated by setWebhook request"):
            await poll


async def test_after_delete_webhook_updates_are_polled_again(
    emu: TelegramEmulator, bot: Bot, hook: Hook
) -> None:
    alice = emu.user(1, "Alice")
    hook.script = [HOLD]
    assert await bot.set_webhook(hook.url)
    emu.send_text(alice, "in flight")
    await asyncio.wait_for(hook.arrived.wait(), 5)
    assert await bot.delete_webhook()
    emu.send_text(alice, "polled")
    hook.release.set()
    await emu.wait_for_webhook_deliveries(1)  # the POST in flight is answered, then no more
    assert (await bot.get_webhook_info()).url == ""
    assert hook.texts() == ["in flight"]
    assert [u.message.text for u in await bot.get_updates()] == ["polled"]


# ------------------------------------------------------------------------- failures


async def test_a_failed_update_is_retried_with_backoff_before_the_next(
    emu: TelegramEmulator, bot: Bot, hook: Hook
) -> None:
    alice = emu.user(1, "Alice")
    hook.script = [500, 502, 200]
    assert await bot.set_webhook(hook.url)
    emu.send_text(alice, "one")
    emu.send_text(alice, "two")
    deliveries = await emu.wait_for_webhook_deliveries(4)
    assert hook.texts() == ["one", "one", "one", "two"]
    assert [(d.attempt, d.status) for d in deliveries] == [(1, 500), (2, 502), (3, 200), (1, 200)]
    gaps = [
        later.at - earlier.at
        for earlier, later in zip(deliveries[:2], deliveries[1:3], strict=True)
    ]
    assert gaps[0] >= 0.01 and gaps[1] >= 0.02  # the wait doubles after each failure
    info = await bot.get_webhook_info()
    assert info.last_error_message == "Wrong response from the webhook: 502 Bad Gateway"
    assert info.last_error_date is not None and info.pending_update_count == 0


async def test_an_update_is_dropped_after_the_last_attempt(
    emu: TelegramEmulator, bot: Bot, hook: Hook
) -> None:
    alice = emu.user(1, "Alice")
    emu.webhook_max_attempts = 3
    hook.script = [500, 500, 500]
    assert await bot.set_webhook(hook.url)
    doomed = emu.send_text(alice, "doomed")
    emu.send_text(alice, "next")
    await emu.wait_for_webhook_deliveries(4)
    assert hook.texts() == ["doomed", "doomed", "doomed", "next"]
    assert [u["message"]["message_id"] for u in emu.dropped_updates] == [doomed["message_id"]]
    assert (await bot.get_webhook_info()).pending_update_count == 0


async def test_a_webhook_that_times_out_gets_the_update_again(
    emu: TelegramEmulator, bot: Bot, hook: Hook
) -> None:
    alice = emu.user(1, "Alice")
    emu.webhook_timeout = 0.2
    hook.script = [HOLD]  # never answers the first POST (until the test ends)
    assert await bot.set_webhook(hook.url)
    emu.send_text(alice, "slow")
    first, second = await emu.wait_for_webhook_deliveries(2)
    assert (first.error, first.status) == ("Read timeout expired", None)
    assert (second.attempt, second.status) == (2, 200)
    assert hook.texts() == ["slow", "slow"]


async def test_an_unreachable_webhook_records_the_error(
    emu: TelegramEmulator, bot: Bot, hook: Hook
) -> None:
    url = hook.url
    await hook.stop()
    emu.webhook_max_attempts = 1
    assert await bot.set_webhook(url)
    emu.send_text(emu.user(1, "Alice"), "nobody home")
    [delivery] = await emu.wait_for_webhook_deliveries(1)
    assert delivery.error is not None and delivery.error.startswith("Connection refused")
    info = await bot.get_webhook_info()
    assert info.last_error_message == delivery.error
