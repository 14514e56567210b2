"""The aiohttp transport under python-telegram-bot: what reaches the server, and its failures."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator

import pytest
from aiohttp import web
from telegram import InputFile
from telegram.error import NetworkError, TimedOut
from telegram.request import RequestData
from telegram.request._requestparameter import RequestParameter

from bot.telegram_http import AiohttpRequest
from tests.local_server import local_server

TOKEN = "123456:SECRET-token-never-shown"


class TinyServer:
    """Records each request's form; with ``hold`` it answers only once ``release`` is set."""

    def __init__(self) -> None:
        self.forms: list[dict[str, object]] = []
        self.hosts: list[str] = []
        self.hold = False
        self.arrived = asyncio.Event()
        self.release = asyncio.Event()

    async def handle(self, request: web.Request) -> web.Response:
        self.hosts.append(request.host)
        form = await request.post()
        self.forms.append(
            {
                name: (value.filename, value.content_type, value.file.read())
                if isinstance(value, web.FileField)
                else value
                for name, value in form.items()
            }
        )
        self.arrived.set()
        if self.hold:
            await self.release.wait()
        return web.json_response({"ok": True, "result": True})


@pytest.fixture
async def server() -> AsyncIterator[tuple[TinyServer, str]]:
    tiny = TinyServer()
    async with local_server(tiny.handle) as root:
        try:
            yield tiny, root
        finally:
            tiny.release.set()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


async def test_form_fields_arrive_json_encoded_as_ptb_sends_them(server):
    tiny, root = server
    request = AiohttpRequest(2)
    await request.initialize()
    try:
        data = RequestData(
            [
                RequestParameter.from_input("chat_id", 42),
                RequestParameter.from_input("text", "Hello, мир"),
                RequestParameter.from_input("reply_markup", {"inline_keyboard": []}),
            ]
        )
        await request.post(f"{root}/bot{TOKEN}/sendMessage", data)
    finally:
        await request.shutdown()
    assert tiny.forms[-1] == {
        "chat_id": "42",
        "text": "Hello, мир",
        "reply_markup": '{"inline_keyboard": []}',
    }


async def test_an_upload_arrives_as_multipart_with_its_name_and_type(server):
    tiny, root = server
    request = AiohttpRequest(2)
    await request.initialize()
    try:
        document = InputFile(b"\xff\xd8jpeg-bytes", filename="us-passport_51x51mm.jpg")
        data = RequestData(
            [
                RequestParameter.from_input("chat_id", 7),
                RequestParameter.from_input("document", document),
            ]
        )
        await request.post(f"{root}/bot{TOKEN}/sendDocument", data)
    finally:
        await request.shutdown()
    assert tiny.forms[-1]["chat_id"] == "7"
    attached = next(value for value in tiny.forms[-1].values() if isinstance(value, tuple))
    assert attached == ("us-passport_51x51mm.jpg", "image/jpeg", b"\xff\xd8jpeg-bytes")


async def test_a_slow_answer_times_out_as_timed_out(server):
    tiny, root = server
    tiny.hold = True  # the server never answers in time
    request = AiohttpRequest(2, read_timeout=0.2)
    await request.initialize()
    try:
        with pytest.raises(TimedOut):
            await request.post(f"{root}/bot{TOKEN}/sendMessage", RequestData([]))
    finally:
        await request.shutdown()


async def test_a_busy_pool_times_out_after_the_pool_timeout(server):
    tiny, root = server
    tiny.hold = True
    request = AiohttpRequest(1, read_timeout=5, pool_timeout=0.1, connect_timeout=0.1)
    await request.initialize()
    try:
        first = asyncio.create_task(request.post(f"{root}/bot{TOKEN}/a", RequestData([])))
        await asyncio.wait_for(tiny.arrived.wait(), 5)  # the only connection is now busy
        with pytest.raises(TimedOut):
            await request.post(f"{root}/bot{TOKEN}/b", RequestData([]))
        tiny.release.set()
        assert await first is True
    finally:
        await request.shutdown()


async def test_a_refused_connection_is_a_network_error_that_does_not_show_the_token():
    request = AiohttpRequest(1)
    await request.initialize()
    try:
        with pytest.raises(NetworkError) as raised:
            await request.post(f"http://127.0.0.1:{_free_port()}/bot{TOKEN}/getMe")
    finally:
        await request.shutdown()
    assert not isinstance(raised.value, TimedOut)
    assert "SECRET" not in str(raised.value) and "123456" not in str(raised.value)


async def test_a_request_before_initialize_is_refused():
    with pytest.raises(RuntimeError, match="not initialized"):
        await AiohttpRequest(1).do_request("http://127.0.0.1:9/", "POST")


async def test_the_proxy_from_the_environment_is_used(server, monkeypatch):
    tiny, root = server  # plays the proxy: it receives the request for another host
    monkeypatch.setenv("HTTP_PROXY", root)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    request = AiohttpRequest(1)
    await request.initialize()
    try:
        await request.post(
            f"http://api.telegram.invalid/bot{TOKEN}/sendMessage",
            RequestData([RequestParameter.from_input("chat_id", 3)]),
        )
    finally:
        await request.shutdown()
    assert tiny.forms[-1] == {"chat_id": "3"}
    assert tiny.hosts[-1] == "api.telegram.invalid"
