"""The old one-class Storage method names, mapped to the storage concerns: a merge bridge.

Each method is one line of the rename table (old name -> new call). Once every call site uses
the new calls, delete this module and its base class in :class:`bot.storage.Storage`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.storage import Storage
    from bot.storage.sessions import StoredSession


class StaleSession(Exception):
    """A session save lost its compare-and-swap: another writer saved or deleted it first."""


class LegacyNames:
    async def touch_user(self: Storage, user_id: int, language: str | None = None) -> None:
        await self.users.touch(user_id)  # the language is no longer stored here

    async def user_language(self: Storage, user_id: int) -> str | None:
        return await self.users.language(user_id)

    async def set_user_language(self: Storage, user_id: int, language: str) -> None:
        await self.users.set_language(user_id, language)

    async def load_session(self: Storage, key: str) -> StoredSession | None:
        return await self.sessions.load(key)

    async def save_session(self: Storage, key: str, *, version: int, **fields: Any) -> None:
        if not await self.sessions.save(key, expected_version=version - 1, **fields):
            raise StaleSession(key)

    async def delete_session(self: Storage, key: str) -> None:
        await self.sessions.delete(key)

    async def sessions_in_states(self: Storage, states: tuple[str, ...]) -> list[StoredSession]:
        return await self.sessions.in_states(states)

    async def idle_sessions(self: Storage, older_than: float) -> list[StoredSession]:
        return await self.sessions.idle(older_than)

    async def keep_original(
        self: Storage, key: str, user_id: int, data: bytes, ttl_seconds: float
    ) -> None:
        await self.blobs.keep(key, user_id, data, ttl_seconds)

    async def original(self: Storage, key: str) -> bytes | None:
        return await self.blobs.get(key)

    async def delete_originals(self: Storage, user_id: int) -> None:
        await self.blobs.delete_user(user_id)

    async def purge_expired_originals(self: Storage) -> int:
        return (await self.erasure.purge_expired()).blobs

    async def pending_task(self: Storage, ref: str, **kwargs: Any) -> Any:
        return await self.ledger.pending_task(ref, **kwargs)

    async def ledger_summary(self: Storage, since: float, **filters: Any) -> dict[str, int]:
        return await self.ledger.summary(since, **filters)

    async def preview_requests(self: Storage, user_id: int, since: float) -> int:
        return await self.ledger.preview_requests(user_id, since)

    async def top_groups(self: Storage, since: float, limit: int = 5) -> list:
        return await self.ledger.top_groups(since, limit)

    async def tasks(self: Storage, where: str = "1", params: list[Any] | None = None) -> list[dict]:
        return await self.ledger.lines(where, params)

    async def note_compliance(self: Storage, task_id: str, summary: str) -> None:
        await self.ledger.note_compliance(task_id, summary)

    async def group_settings(self: Storage, chat_id: int) -> dict[str, Any] | None:
        return await self.groups.settings(chat_id)

    async def save_group_settings(
        self: Storage, chat_id: int, title: str, settings: dict[str, Any]
    ) -> None:
        await self.groups.save(chat_id, title, settings)

    async def delete_user_data(self: Storage, user_id: int) -> None:
        await self.erasure.erase_user(user_id)

    async def record_delivery(self: Storage, **_: Any) -> None:
        """Removed (the deliveries table was never read): the caller goes with it."""
