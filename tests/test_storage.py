"""The SQLite storage by concern: schema and migrations, sessions, users, blobs, ledger, groups."""

from __future__ import annotations

import sqlite3

import pytest

from bot.ledger import TaskContext
from bot.storage import Storage
from bot.storage.keys import new_key_text

KEY = new_key_text()


@pytest.fixture
async def storage(tmp_path):
    store = Storage(tmp_path / "bot.db", data_key=KEY)
    await store.open()
    yield store
    await store.close()


def _tables(path) -> set[str]:
    conn = sqlite3.connect(path)
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


async def test_schema_is_created_idempotently_in_wal_mode(tmp_path):
    for _ in range(2):
        store = Storage(tmp_path / "bot.db", data_key=KEY)
        await store.open()
        await store.close()
    assert {"users", "sessions", "tasks", "groups", "blobs", "erasures"} <= _tables(
        tmp_path / "bot.db"
    )
    conn = sqlite3.connect(tmp_path / "bot.db")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


async def test_version_1_database_loses_its_dead_tables_and_its_plain_photos(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE ptb_data (kind TEXT, id INTEGER, data TEXT)")
    conn.execute("CREATE TABLE ptb_conversations (name TEXT, key TEXT, state TEXT)")
    conn.execute("CREATE TABLE deliveries (id INTEGER PRIMARY KEY, user_id INTEGER)")
    conn.execute(
        "CREATE TABLE originals (key TEXT PRIMARY KEY, user_id INTEGER, data BLOB, "
        "created_at FLOAT, expires_at FLOAT)"
    )
    conn.execute("INSERT INTO originals VALUES ('photo:4:a', 4, ?, 0, 9e12)", [b"\xff\xd8old"])
    conn.commit()
    conn.close()
    store = Storage(path, data_key=KEY)
    await store.open()
    assert await store.blobs.get("photo:4:a") == b"\xff\xd8old"
    await store.close()
    assert not {"ptb_data", "ptb_conversations", "deliveries", "originals"} & _tables(path)
    assert b"\xff\xd8old" not in path.read_bytes()


async def test_a_session_is_saved_and_loaded_with_its_next_version(storage):
    saved = await storage.sessions.save(
        "user:1", user_id=1, chat_id=1, state="reviewing", data={"x": [1, 2]}, expected_version=0
    )
    stored = await storage.sessions.load("user:1")
    assert saved and (stored.state, stored.data, stored.version) == ("reviewing", {"x": [1, 2]}, 1)


async def test_a_session_save_against_a_stale_version_writes_nothing(storage):
    fields = {"user_id": 1, "chat_id": 1, "data": {}}
    await storage.sessions.save("user:1", state="a", expected_version=0, **fields)
    assert await storage.sessions.save("user:1", state="b", expected_version=1, **fields)
    assert not await storage.sessions.save("user:1", state="stale", expected_version=1, **fields)
    assert not await storage.sessions.save("user:1", state="new", expected_version=0, **fields)
    stored = await storage.sessions.load("user:1")
    assert (stored.state, stored.version) == ("b", 2)


async def test_a_deleted_session_cannot_be_saved_by_an_old_writer(storage):
    fields = {"user_id": 1, "chat_id": 1, "data": {}, "state": "s"}
    await storage.sessions.save("user:1", expected_version=0, **fields)
    await storage.sessions.delete("user:1")
    assert not await storage.sessions.save("user:1", expected_version=1, **fields)
    assert await storage.sessions.load("user:1") is None


async def test_sessions_are_found_by_state_and_by_idleness(storage):
    for user, state in ((1, "previewing"), (2, "choosing_spec")):
        await storage.sessions.save(
            f"user:{user}", user_id=user, chat_id=user, state=state, data={}, expected_version=0
        )
    working = await storage.sessions.in_states(("previewing",))
    assert [s.user_id for s in working] == [1]
    assert len(await storage.sessions.idle(older_than=9e12)) == 2
    assert await storage.sessions.idle(older_than=0) == []


async def test_a_kept_blob_reads_back_until_it_expires(storage):
    await storage.blobs.keep("photo:7:a", 7, b"jpeg", ttl_seconds=3600)
    await storage.blobs.keep("photo:7:b", 7, b"old", ttl_seconds=-1)
    assert await storage.blobs.get("photo:7:a") == b"jpeg"
    assert await storage.blobs.get("photo:7:b") is None
    assert (await storage.erasure.purge_expired()).blobs == 1


async def test_a_users_blobs_are_deleted_together(storage):
    await storage.blobs.keep("photo:7:a", 7, b"a", 3600)
    await storage.blobs.keep("final:s:1", 7, b"f", 3600)
    await storage.blobs.keep("photo:8:a", 8, b"other", 3600)
    assert await storage.blobs.delete_user(7) == 2
    assert await storage.blobs.get("photo:8:a") == b"other"


async def test_touching_a_user_stores_no_language(storage):
    await storage.users.touch(5)
    await storage.users.touch(5)
    assert await storage.users.language(5) is None


async def test_a_chosen_language_is_kept_with_when_the_user_was_first_seen(storage):
    await storage.users.touch(5)
    conn = sqlite3.connect(storage.path)
    first_seen = conn.execute("SELECT first_seen FROM users WHERE id = 5").fetchone()[0]
    await storage.users.set_language(5, "fr")
    await storage.users.touch(5)
    row = conn.execute("SELECT language, first_seen FROM users WHERE id = 5").fetchone()
    assert row == ("fr", first_seen)
    assert await storage.users.language(5) == "fr"


async def test_group_settings_round_trip(storage):
    assert await storage.groups.settings(-100) is None
    await storage.groups.save(-100, "Club", {"spec_id": "us-passport", "enabled": True})
    assert await storage.groups.settings(-100) == {"spec_id": "us-passport", "enabled": True}


async def test_the_ledger_records_a_task_from_start_to_finish(storage):
    context = TaskContext(user_id=5, chat_id=5, group_id=-100, purpose="final")
    row = await storage.ledger.task_started(params={"spec": "x"}, credits=6, context=context)
    await storage.ledger.task_finished(
        row,
        task_id="t1",
        image_id="i1",
        state=1,
        state_detail="ok",
        duration_ms=1200,
        credits_charged=6,
        error=None,
    )
    (task,) = await storage.ledger.lines()
    assert (task["task_id"], task["credits_charged"], task["group_id"]) == ("t1", 6, -100)
    summary = await storage.ledger.summary(0, group_id=-100)
    assert (summary["finals"], summary["credits"], summary["users"]) == (1, 6, 1)


async def test_a_created_final_is_pending_until_it_finishes(storage):
    context = TaskContext(user_id=1, chat_id=1, group_id=None, purpose="final", ref="final:s:3")
    row = await storage.ledger.task_started(params={}, credits=6, context=context)
    assert await storage.ledger.pending_task("final:s:3") is None  # not accepted yet
    await storage.ledger.task_created(row, "task-abc")
    pending = await storage.ledger.pending_task("final:s:3")
    assert (pending.row_id, pending.task_id, pending.credits) == (row, "task-abc", 6)
    assert await storage.ledger.pending_task("final:s:4") is None
    assert await storage.ledger.pending_task("final:s:3", max_age=-1) is None  # stuck
    await storage.ledger.task_finished(
        row,
        task_id="task-abc",
        image_id="img",
        state=1,
        state_detail=None,
        duration_ms=10,
        credits_charged=6,
        error=None,
    )
    assert await storage.ledger.pending_task("final:s:3") is None
