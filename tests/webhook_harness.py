"""The bot in webhook mode for end-to-end tests: the same Application and ``serve`` as
``idphoto-bot run`` with ``TELEGRAM_WEBHOOK_URL`` set, the Telegram emulator POSTing updates to
the bot's own HTTP server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path

import aiohttp

from bot.app import build_application, serve
from tests.emulators.picwish import PicWishEmulator
from tests.emulators.telegram import TelegramEmulator
from tests.harness import BotHarness, make_config

SECRET = "s3cret_Webhook-token"
WEBHOOK_PATH = "/tg/hook-7f3a9c"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class WebhookHarness(BotHarness):
    """``BotHarness`` whose bot takes its updates from a webhook; ``http(...)`` talks to the
    bot's HTTP server as Telegram, a load balancer or Prometheus would."""

    def __init__(self, telegram: TelegramEmulator, picwish: PicWishEmulator, db_path: Path, **kw):
        self.port = free_port()
        config = make_config(
            db_path,
            telegram,
            picwish,
            webhook_url=f"http://127.0.0.1:{self.port}{WEBHOOK_PATH}",
            webhook_secret=SECRET,
            http_host="127.0.0.1",
            http_port=self.port,
            **kw,
        )
        super().__init__(telegram, picwish, config)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def start(self) -> None:
        self.app = build_application(self.config)
        self._stop = asyncio.Event()
        calls = len(self.telegram.sent(method="setWebhook"))
        self._task = asyncio.create_task(serve(self.app, self._stop))
        for _ in range(1000):
            if len(self.telegram.sent(method="setWebhook")) > calls or self._task.done():
                break
            await asyncio.sleep(0.01)
        if self._task.done():
            self._task.result()

    async def http(
        self, method: str, path: str, *, body: bytes | None = None, headers=None
    ) -> tuple[int, str]:
        async with (
            aiohttp.ClientSession() as session,
            session.request(method, self.base + path, data=body, headers=headers) as response,
        ):
            return response.status, await response.text()
