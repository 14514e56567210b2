"""The SQLite storage and python-telegram-bot persistence: schema, sessions, ledger, privacy."""

from __future__ import annotations

import sqlite3

import pytest

from bot.persistence import SQLitePersistence
from bot.storage import Storage


@pytest.fixture
async def storage(tmp_path):
    store = Storage(tmp_path / "bot.db")
    await store.open()
    yield store
    await store.close()


async def test_schema_is_created_idempotently_in_wal_mode(tmp_path):
    for _ in range(2):
        store = Storage(tmp_path / "bot.db")
        await store.open()
        await store.close()
    conn = sqlite3.connect(tmp_path / "bot.db")
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"users", "sessions", "tasks", "deliveries", "groups", "originals"} <= tables
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


async def test_session_is_saved_and_loaded(storage):
    await storage.save_session(
        "user:1",
        user_id=1,
        chat_id=1,
        state="reviewing",
        data={"id": "abc", "x": [1, 2]},
        version=3,
    )
    stored = await storage.load_session("user:1")
    assert (stored.state, stored.data, stored.version) == (
        "reviewing",
        {"id": "abc", "x": [1, 2]},
        3,
    )


async def test_kept_original_expires(storage):
    await storage.keep_original("p1", 7, b"jpeg", ttl_seconds=3600)
    await storage.keep_original("p2", 7, b"old", ttl_seconds=-1)
    assert await storage.original("p1") == b"jpeg"
    assert await storage.original("p2") is None
    assert await storage.purge_expired_originals() == 1


async def test_ledger_records_a_task_from_start_to_finish(storage):
    class Context:
        user_id, chat_id, group_id, purpose = 5, 5, -100, "final"

    row = await storage.task_started(params={"preview": 0, "spec": "x"}, credits=6, context=Context)
    await storage.task_finished(
        row,
        task_id="t1",
        image_id="i1",
        state=1,
        state_detail="ok",
        duration_ms=1200,
        credits_charged=6,
        error=None,
    )
    (task,) = await storage.tasks()
    assert (task["task_id"], task["credits_charged"], task["group_id"], task["purpose"]) == (
        "t1",
        6,
        -100,
        "final",
    )


async def test_delete_user_data_keeps_only_anonymous_ledger_lines(storage):
    class Context:
        user_id, chat_id, group_id, purpose = 9, 9, None, "preview"

    await storage.touch_user(9, "en")
    await storage.keep_original("p", 9, b"x", 3600)
    await storage.save_session("user:9", user_id=9, chat_id=9, state="s", data={}, version=1)
    await storage.task_started(params={"a": 1}, credits=0, context=Context)
    await storage.delete_user_data(9)
    assert await storage.load_session("user:9") is None
    assert await storage.original("p") is None
    assert await storage.user_language(9) is None
    (task,) = await storage.tasks()
    assert task["user_id"] is None and task["params"] == "{}"


async def test_persistence_round_trips_user_chat_bot_data_and_conversations(tmp_path):
    first = Storage(tmp_path / "p.db")
    persistence = SQLitePersistence(first)
    await persistence.update_user_data(1, {"lang": "ru"})
    await persistence.update_chat_data(-5, {"k": [1]})
    await persistence.update_bot_data({"n": 2})
    await persistence.update_conversation("flow", (1, 1), "CHOOSING")
    await persistence.update_conversation("flow", (2, 2), "X")
    await persistence.update_conversation("flow", (2, 2), None)
    await first.close()

    again = SQLitePersistence(Storage(tmp_path / "p.db"))
    assert await again.get_user_data() == {1: {"lang": "ru"}}
    assert await again.get_chat_data() == {-5: {"k": [1]}}
    assert await again.get_bot_data() == {"n": 2}
    assert await again.get_conversations("flow") == {(1, 1): "CHOOSING"}
    await again.drop_user_data(1)
    assert await again.get_user_data() == {}
    await again.storage.close()


async def test_saving_a_session_again_replaces_it(storage):
    for version, state in ((1, "awaiting_photo"), (2, "choosing_spec")):
        await storage.save_session(
            "user:1", user_id=1, chat_id=1, state=state, data={"v": version}, version=version
        )
    loaded = await storage.load_session("user:1")
    assert (loaded.state, loaded.data, loaded.version) == ("choosing_spec", {"v": 2}, 2)
    assert len(await storage.sessions_in_states(("awaiting_photo", "choosing_spec"))) == 1


async def test_setting_a_language_keeps_when_the_user_was_first_seen(storage):
    await storage.touch_user(5, "de")
    first_seen = (
        sqlite3.connect(storage.path)
        .execute("SELECT first_seen FROM users WHERE id = 5")
        .fetchone()[0]
    )
    await storage.set_user_language(5, "fr")
    await storage.touch_user(5)
    row = (
        sqlite3.connect(storage.path)
        .execute("SELECT language, first_seen FROM users WHERE id = 5")
        .fetchone()
    )
    assert row == ("fr", first_seen)
    assert await storage.user_language(5) == "fr"


async def test_a_created_final_is_pending_until_it_finishes(storage):
    from bot.ledger import TaskContext

    context = TaskContext(user_id=1, chat_id=1, group_id=None, purpose="final", ref="final:s:3")
    row = await storage.task_started(params={}, credits=6, context=context)
    assert await storage.pending_task("final:s:3") is None  # PicWish has not accepted it yet
    await storage.task_created(row, "task-abc")
    pending = await storage.pending_task("final:s:3")
    assert (pending.row_id, pending.task_id, pending.credits) == (row, "task-abc", 6)
    assert await storage.pending_task("final:s:4") is None
    assert await storage.pending_task("final:s:3", max_age=-1) is None  # too old: stuck
    await storage.task_finished(
        row,
        task_id="task-abc",
        image_id="img",
        state=1,
        state_detail=None,
        duration_ms=10,
        credits_charged=6,
        error=None,
    )
    assert await storage.pending_task("final:s:3") is None
