"""SQLite persistence for python-telegram-bot: user/chat/bot data and conversation states.

Stored in the bot's own database (see :mod:`bot.storage`), as JSON. Values put into
``user_data``/``chat_data``/``bot_data`` must therefore be JSON-serialisable.
"""

from __future__ import annotations

from copy import deepcopy
from typing import Any

from telegram.ext import BasePersistence, PersistenceInput
from telegram.ext._utils.types import ConversationDict, ConversationKey

from bot.storage import Storage

BOT_DATA_ID = 0


class SQLitePersistence(BasePersistence[dict[str, Any], dict[str, Any], dict[str, Any]]):
    """A :class:`telegram.ext.BasePersistence` backed by :class:`bot.storage.Storage`."""

    def __init__(self, storage: Storage, update_interval: float = 5.0) -> None:
        super().__init__(
            store_data=PersistenceInput(callback_data=False), update_interval=update_interval
        )
        self.storage = storage

    async def get_user_data(self) -> dict[int, dict[str, Any]]:
        return await self.storage.ptb_load("user")

    async def get_chat_data(self) -> dict[int, dict[str, Any]]:
        return await self.storage.ptb_load("chat")

    async def get_bot_data(self) -> dict[str, Any]:
        return (await self.storage.ptb_load("bot")).get(BOT_DATA_ID, {})

    async def get_callback_data(self) -> None:
        return None

    async def get_conversations(self, name: str) -> ConversationDict:
        return await self.storage.ptb_conversations(name)

    async def update_conversation(
        self, name: str, key: ConversationKey, new_state: object | None
    ) -> None:
        await self.storage.ptb_save_conversation(name, key, new_state)

    async def update_user_data(self, user_id: int, data: dict[str, Any]) -> None:
        await self.storage.ptb_save("user", user_id, deepcopy(data))

    async def update_chat_data(self, chat_id: int, data: dict[str, Any]) -> None:
        await self.storage.ptb_save("chat", chat_id, deepcopy(data))

    async def update_bot_data(self, data: dict[str, Any]) -> None:
        await self.storage.ptb_save("bot", BOT_DATA_ID, deepcopy(data))

    async def update_callback_data(self, data: Any) -> None:
        return None

    async def drop_chat_data(self, chat_id: int) -> None:
        await self.storage.ptb_drop("chat", chat_id)

    async def drop_user_data(self, user_id: int) -> None:
        await self.storage.ptb_drop("user", user_id)

    async def refresh_user_data(self, user_id: int, user_data: dict[str, Any]) -> None:
        return None

    async def refresh_chat_data(self, chat_id: int, chat_data: dict[str, Any]) -> None:
        return None

    async def refresh_bot_data(self, bot_data: dict[str, Any]) -> None:
        return None

    async def flush(self) -> None:
        return None
