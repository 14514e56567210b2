"""Privacy at the storage level: photos encrypted on disk, erasure that deletes, bounded keeping."""

from __future__ import annotations

import sqlite3
import time

import pytest

from bot.ledger import TaskContext
from bot.storage import Storage
from bot.storage.erasure import ERASED_WHILE_RUNNING
from bot.storage.keys import new_key_text
from tests.privacy_checks import leaks, noisy_image, rows_of_user, wal_size

KEY = new_key_text()


@pytest.fixture
async def storage(tmp_path):
    store = Storage(tmp_path / "bot.sqlite3", data_key=KEY)
    await store.open()
    yield store
    await store.close()


async def keep_user_data(storage: Storage, user_id: int, photo: bytes) -> int:
    """A user's photo, final, session and a final PicWish has accepted but not finished."""
    await storage.users.touch(user_id)
    await storage.blobs.keep(f"photo:{user_id}:a", user_id, photo, 3600)
    await storage.blobs.keep(f"final:s{user_id}:1", user_id, photo[::-1], 3600)
    await storage.sessions.save(
        f"user:{user_id}",
        user_id=user_id,
        chat_id=user_id,
        state="finalising",
        data={"photo": {"original_key": f"photo:{user_id}:a"}},
        expected_version=0,
    )
    context = TaskContext(
        user_id=user_id, chat_id=user_id, group_id=None, purpose="final", ref=f"final:s{user_id}:1"
    )
    row = await storage.ledger.task_started(params={"spec": "x"}, credits=6, context=context)
    await storage.ledger.task_created(row, f"task-of-{user_id}")
    return row


@pytest.mark.parametrize("fmt", ["JPEG", "PNG"])
async def test_no_database_file_holds_a_stored_photo(storage, fmt):
    photo = noisy_image(fmt, seed=1)
    await storage.blobs.keep("photo:1:a", 1, photo, 3600)
    await storage.blobs.keep("final:s:1", 1, photo, 3600)
    assert leaks(storage.path, photo) == []
    assert await storage.blobs.get("photo:1:a") == photo


async def test_erasing_a_user_leaves_no_row_and_no_byte_of_their_photo(storage):
    photo = noisy_image("JPEG", seed=2)
    await keep_user_data(storage, 9, photo)
    await keep_user_data(storage, 10, noisy_image("JPEG", seed=3))
    await storage.erasure.erase_user(9)
    assert rows_of_user(storage.path, 9) == []
    assert leaks(storage.path, photo) == []
    assert wal_size(storage.path) == 0  # checkpointed and truncated
    assert await storage.blobs.get("photo:10:a") is not None  # another user keeps theirs


async def test_an_erased_users_ledger_lines_keep_the_cost_not_picwish_ids(storage):
    row = await keep_user_data(storage, 9, noisy_image("JPEG", seed=2))
    await storage.erasure.erase_user(9)
    (line,) = await storage.ledger.lines()
    assert (line["id"], line["task_id"], line["image_id"], line["ref"]) == (row, None, None, None)
    assert (line["params"], line["credits_charged"]) == ("{}", 6)  # still being made: charged
    assert line["state_detail"] == ERASED_WHILE_RUNNING


async def test_a_final_finishing_after_the_erasure_stores_no_picwish_ids(storage):
    row = await keep_user_data(storage, 9, noisy_image("JPEG", seed=2))
    await storage.erasure.erase_user(9)
    await storage.ledger.task_finished(
        row,
        task_id="task-of-9",
        image_id="image-of-9",
        state=1,
        state_detail=None,
        duration_ms=5,
        credits_charged=6,
        error=None,
    )
    (line,) = await storage.ledger.lines()
    assert (line["task_id"], line["image_id"], line["user_id"]) == (None, None, None)
    assert (line["state"], line["credits_charged"]) == (1, 6)


async def test_a_job_started_before_the_erasure_cannot_store_the_users_photos(storage):
    photo = noisy_image("JPEG", seed=4)
    job_started = time.time()
    await storage.erasure.erase_user(9)
    assert not await storage.blobs.keep("final:s9:1", 9, photo, 3600, since=job_started)
    assert await storage.blobs.get("final:s9:1") is None
    assert await storage.erasure.erased_since(9, job_started)


async def test_a_user_who_comes_back_after_erasing_can_keep_new_photos(storage):
    await storage.erasure.erase_user(9)
    later = time.time() + 1
    assert not await storage.erasure.erased_since(9, later)
    assert await storage.blobs.keep("photo:9:new", 9, b"new", 3600, since=later)
    assert await storage.blobs.get("photo:9:new") == b"new"


async def test_the_erasure_marker_does_not_hold_the_user_id(storage):
    await storage.erasure.erase_user(123456789)
    conn = sqlite3.connect(storage.path)
    (ref,) = conn.execute("SELECT user_ref FROM erasures").fetchone()
    assert "123456789" not in ref and len(ref) == 64


async def test_expired_photos_are_purged_with_a_checkpoint(storage):
    photo = noisy_image("JPEG", seed=5)
    await storage.blobs.keep("photo:1:old", 1, photo, ttl_seconds=-1)
    await storage.blobs.keep("photo:1:new", 1, b"new", ttl_seconds=3600)
    purged = await storage.erasure.purge_expired()
    assert purged.blobs == 1
    assert leaks(storage.path, photo) == []
    assert await storage.blobs.get("photo:1:new") == b"new"


async def test_only_the_newest_photos_of_a_user_are_kept_with_their_sessions(tmp_path):
    storage = Storage(tmp_path / "bot.sqlite3", data_key=KEY, photos_per_user=2)
    await storage.open()
    for name in ("a", "b", "c"):
        await storage.blobs.keep(f"photo:1:{name}", 1, name.encode(), 3600)
        await storage.sessions.save(
            f"session-on-{name}",
            user_id=1,
            chat_id=1,
            state="reviewing",
            data={"photo": {"original_key": f"photo:1:{name}"}},
            expected_version=0,
        )
    kept = [await storage.blobs.get(f"photo:1:{name}") for name in ("a", "b", "c")]
    assert kept == [None, b"b", b"c"]
    assert await storage.sessions.load("session-on-a") is None
    assert await storage.sessions.load("session-on-c") is not None
    await storage.close()


async def test_a_final_and_its_sheet_count_as_one_photo(tmp_path):
    storage = Storage(tmp_path / "bot.sqlite3", data_key=KEY, photos_per_user=1)
    await storage.open()
    await storage.blobs.keep("final:s:1", 1, b"photo", 3600)
    await storage.blobs.keep("final:s:1:sheet", 1, b"sheet", 3600)
    assert await storage.blobs.get("final:s:1") == b"photo"
    await storage.blobs.keep("final:s:2", 1, b"next", 3600)
    assert await storage.blobs.get("final:s:1:sheet") is None
    await storage.close()


async def test_secure_delete_is_on(storage):
    def pragma(db):
        return db.execute("PRAGMA secure_delete").fetchone()[0]

    assert await storage.database.run(pragma) == 1


def test_the_leak_check_finds_a_photo_stored_in_plain(tmp_path):
    photo = noisy_image("PNG", seed=6)
    conn = sqlite3.connect(tmp_path / "plain.sqlite3")
    conn.execute("CREATE TABLE t (data BLOB)")
    conn.execute("INSERT INTO t VALUES (?)", [photo[8:]])  # even without its signature
    conn.commit()
    conn.close()
    assert leaks(tmp_path / "plain.sqlite3", photo) == ["plain.sqlite3: a 64-byte run of the photo"]


async def test_opening_the_database_purges_expired_photos(tmp_path):
    storage = Storage(tmp_path / "bot.sqlite3", data_key=KEY)
    await storage.open()
    await storage.blobs.keep("photo:1:old", 1, b"old", ttl_seconds=-1)
    await storage.close()
    conn = sqlite3.connect(tmp_path / "bot.sqlite3")
    assert conn.execute("SELECT COUNT(*) FROM blobs").fetchone()[0] == 1
    conn.close()
    again = Storage(tmp_path / "bot.sqlite3", data_key=KEY)
    await again.open()
    assert rows_of_user(again.path, 1) == []
    await again.close()


def test_the_leak_check_finds_a_jpeg_signature(tmp_path):
    conn = sqlite3.connect(tmp_path / "plain.sqlite3")
    conn.execute("CREATE TABLE t (data BLOB)")
    conn.execute("INSERT INTO t VALUES (?)", [noisy_image("JPEG", seed=7)[:40]])
    conn.commit()
    conn.close()
    assert leaks(tmp_path / "plain.sqlite3", b"") == ["plain.sqlite3: a JPEG or PNG signature"]


async def test_a_final_finishing_after_the_erasure_leaves_nothing_of_the_user(storage):
    """The contract a final job follows: it stores with ``since`` and a session version, so
    when the user erased their data meanwhile nothing of theirs comes back."""
    photo, final = noisy_image("JPEG", seed=8), noisy_image("JPEG", seed=9)
    job_started = time.time()
    row = await keep_user_data(storage, 9, photo)
    await storage.erasure.erase_user(9)
    await storage.ledger.task_finished(
        row,
        task_id="task-of-9",
        image_id="image-of-9",
        state=1,
        state_detail=None,
        duration_ms=5,
        credits_charged=6,
        error=None,
    )
    assert not await storage.blobs.keep("final:s9:1", 9, final, 3600, since=job_started)
    assert not await storage.sessions.save(
        "user:9", user_id=9, chat_id=9, state="done", data={}, expected_version=1
    )
    await storage.database.checkpoint()
    assert rows_of_user(storage.path, 9) == []
    assert leaks(storage.path, photo) == [] and leaks(storage.path, final) == []
    (line,) = await storage.ledger.lines()
    assert (line["credits_charged"], line["task_id"], line["image_id"]) == (6, None, None)
