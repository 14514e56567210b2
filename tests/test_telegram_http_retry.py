"""Calls that only read (getFile, file downloads) survive one 5xx or time-out; others go once."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from aiohttp import web
from telegram.error import NetworkError, TimedOut
from telegram.request import RequestData

from bot.telegram_http import AiohttpRequest, is_safe
from tests.local_server import local_server

TOKEN = "123456:SECRET-token-never-shown"


class FlakyServer:
    """Answers 502 (or stays silent for a while) to the first ``failures`` requests."""

    def __init__(self) -> None:
        self.failures = 0
        self.silent = False
        self.paths: list[str] = []

    async def handle(self, request: web.Request) -> web.Response:
        self.paths.append(request.path.rsplit("/", 1)[-1])
        if len(self.paths) <= self.failures:
            if self.silent:
                await asyncio.sleep(1)
            return web.json_response({"ok": False, "error_code": 502, "description": "Bad"}, 502)
        if request.method == "GET":
            return web.Response(body=b"\xff\xd8photo")
        return web.json_response({"ok": True, "result": {"file_id": "f", "file_unique_id": "u"}})


@pytest.fixture
async def server() -> AsyncIterator[tuple[FlakyServer, str]]:
    flaky = FlakyServer()
    async with local_server(flaky.handle) as root:
        yield flaky, root


@pytest.fixture
async def request_() -> AsyncIterator[AiohttpRequest]:
    transport = AiohttpRequest(2, read_timeout=0.3, retry_delay=0)
    await transport.initialize()
    try:
        yield transport
    finally:
        await transport.shutdown()


async def test_one_5xx_on_get_file_is_retried(server, request_):
    flaky, root = server
    flaky.failures = 1
    result = await request_.post(f"{root}/bot{TOKEN}/getFile", RequestData([]))
    assert result == {"file_id": "f", "file_unique_id": "u"}
    assert flaky.paths == ["getFile", "getFile"]


async def test_one_5xx_on_a_file_download_is_retried(server, request_):
    flaky, root = server
    flaky.failures = 1
    assert await request_.retrieve(f"{root}/file/bot{TOKEN}/photos/1.jpg") == b"\xff\xd8photo"
    assert flaky.paths == ["1.jpg", "1.jpg"]


async def test_a_time_out_on_get_file_is_retried(server, request_):
    flaky, root = server
    flaky.failures, flaky.silent = 1, True
    result = await request_.post(f"{root}/bot{TOKEN}/getFile", RequestData([]))
    assert result["file_id"] == "f"


async def test_a_second_5xx_is_reported(server, request_):
    flaky, root = server
    flaky.failures = 2
    with pytest.raises(NetworkError):
        await request_.post(f"{root}/bot{TOKEN}/getFile", RequestData([]))
    assert len(flaky.paths) == 2


async def test_a_call_with_side_effects_is_never_sent_twice(server, request_):
    flaky, root = server
    flaky.failures, flaky.silent = 1, True
    with pytest.raises(TimedOut):
        await request_.post(f"{root}/bot{TOKEN}/sendMessage", RequestData([]))
    flaky.silent = False
    flaky.failures = 2
    with pytest.raises(NetworkError):
        await request_.post(f"{root}/bot{TOKEN}/sendDocument", RequestData([]))
    assert flaky.paths == ["sendMessage", "sendDocument"]


def test_only_reads_are_safe():
    assert is_safe(f"https://api.telegram.org/bot{TOKEN}/getFile", "POST")
    assert is_safe(f"https://api.telegram.org/file/bot{TOKEN}/photos/a.jpg", "GET")
    assert not is_safe(f"https://api.telegram.org/bot{TOKEN}/sendMessage", "POST")
    assert not is_safe(f"https://api.telegram.org/bot{TOKEN}/getUpdates", "POST")
