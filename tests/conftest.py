"""Shared fixtures: both emulators and the running bot."""

from __future__ import annotations

import pytest

from tests.emulators.picwish import PicWishEmulator
from tests.emulators.telegram import TelegramEmulator
from tests.harness import API_KEY, BotHarness, make_config


@pytest.fixture
async def telegram():
    async with TelegramEmulator() as emulator:
        yield emulator


@pytest.fixture
async def picwish():
    async with PicWishEmulator(api_key=API_KEY, processing_seconds=0.2) as emulator:
        yield emulator


@pytest.fixture
async def bot(telegram, picwish, tmp_path):
    harness = BotHarness(telegram, picwish, make_config(tmp_path / "bot.db", telegram, picwish))
    await harness.start()
    yield harness
    await harness.stop()
