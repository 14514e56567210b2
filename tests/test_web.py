"""The HTTP server beside the bot: readiness (database writable, Telegram answering) and the
server in polling mode (``IDPHOTO_HTTP_PORT`` without a webhook)."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from types import SimpleNamespace

import aiohttp
import pytest

from bot.metrics import Metrics
from bot.readiness import Readiness, database_problem
from bot.web import Webhook, WebState, start_server
from tests.harness import BotHarness, make_config
from tests.webhook_harness import WEBHOOK_PATH, free_port


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "bot.db"
    sqlite3.connect(path).close()
    return path


def test_a_writable_database_has_no_problem(db):
    assert database_problem(db) is None


def test_a_database_another_writer_holds_is_not_writable(db):
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        assert database_problem(db, timeout=0.05) == f"database {db.name} is not writable: " \
            "database is locked"  # fmt: skip
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_missing_database_is_a_problem(tmp_path):
    problem = database_problem(tmp_path / "gone.db")
    assert problem is not None and "gone.db" in problem


async def test_ready_when_serving_writable_and_telegram_answered_recently(db):
    readiness = Readiness(db, lambda: time.monotonic() - 5, serving=True)
    assert await readiness.problem() is None


async def test_not_ready_when_telegram_has_not_answered_for_over_a_minute(db):
    readiness = Readiness(db, lambda: time.monotonic() - 61, serving=True)
    problem = await readiness.problem()
    assert problem is not None and problem.startswith("no call to Telegram has succeeded for")


async def test_not_ready_before_any_call_to_telegram_succeeded(db):
    readiness = Readiness(db, lambda: None, serving=True)
    assert await readiness.problem() == "no call to Telegram has succeeded yet"


async def test_not_ready_while_starting_or_stopping(db):
    readiness = Readiness(db, lambda: time.monotonic(), serving=False)
    assert await readiness.problem() == "not serving (starting or stopping)"


async def get(port: int, path: str) -> tuple[int, str, str]:
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"http://127.0.0.1:{port}{path}") as response,
    ):
        return response.status, response.headers["Content-Type"], await response.text()


async def test_polling_mode_serves_health_readiness_and_metrics_but_no_webhook(
    telegram, picwish, tmp_path
):
    port = free_port()
    config = make_config(tmp_path / "bot.db", telegram, picwish, http_host="127.0.0.1",
                         http_port=port)  # fmt: skip
    bot = BotHarness(telegram, picwish, config)
    await bot.start()
    try:
        await bot.say(bot.user(), "/start")
        assert (await get(port, "/healthz"))[::2] == (200, "ok")
        assert (await get(port, "/readyz"))[::2] == (200, "ready")
        status, content_type, text = await get(port, "/metrics")
        assert status == 200 and content_type.startswith("text/plain")
        assert 'idphoto_updates_received_total{type="message"} 1.0' in text
        hook = f"http://127.0.0.1:{port}{WEBHOOK_PATH}"
        async with aiohttp.ClientSession() as session, session.post(hook, data=b"{}") as r:
            assert r.status in (404, 405)  # no webhook route in polling mode
    finally:
        await bot.stop()
    with pytest.raises(aiohttp.ClientConnectionError):
        await get(port, "/healthz")  # the server stops with the bot


async def test_the_webhook_answers_503_while_the_bot_starts_or_stops_so_telegram_retries(db):
    queue: asyncio.Queue = asyncio.Queue()
    app = SimpleNamespace(update_queue=queue, bot=None)
    readiness = Readiness(db, lambda: None)
    state = WebState(app, Metrics(), readiness, Webhook("/hook", "s3cret"))  # type: ignore[arg-type]
    port = free_port()
    runner = await start_server(state, "127.0.0.1", port)
    try:
        async with aiohttp.ClientSession() as session:
            headers = {"X-Telegram-Bot-Api-Secret-Token": "s3cret"}
            body = b'{"update_id": 1}'
            async with session.post(
                f"http://127.0.0.1:{port}/hook", data=body, headers=headers
            ) as r:
                assert r.status == 503
            state.accepting = True
            async with session.post(
                f"http://127.0.0.1:{port}/hook", data=body, headers=headers
            ) as r:
                assert r.status == 200
    finally:
        await runner.cleanup()
    assert queue.qsize() == 1  # only the update taken while accepting
