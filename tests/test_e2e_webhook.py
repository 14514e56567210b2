"""End to end in webhook mode: Telegram (the emulator) POSTs updates to the bot's own HTTP
server; the same server answers /healthz, /readyz and /metrics. Also ``idphoto-bot run`` as a
real process stopped with SIGTERM in the middle of a final."""

from __future__ import annotations

import asyncio
import io
import json
import os
import re
import signal
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from PIL import Image

from bot.serving import ALLOWED_UPDATES
from handlers.lifecycle import clean_up
from tests.harness import API_KEY, BotHarness
from tests.webhook_harness import SECRET, WEBHOOK_PATH, WebhookHarness, free_port

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
async def hooked(telegram, picwish, tmp_path):
    harness = WebhookHarness(telegram, picwish, tmp_path / "bot.db")
    await harness.start()
    yield harness
    await harness.stop()


async def reach_review(bot, user):
    await bot.say(user, "/start")
    await bot.send_photo(user)
    await bot.tap(user, "US passport", wait=False)
    return await bot.wait_preview(user)


async def get_final(bot, user):
    await bot.tap(user, "Get the final photo", wait=False)
    photo = await bot.wait_method(user, "sendDocument", timeout=20)
    sheet = await bot.wait_method(user, "sendDocument", after=photo, timeout=20)
    return photo, sheet


def start_update(update_id: int, user_id: int = 4242) -> bytes:
    """A /start message as Telegram would POST it."""
    user = {"id": user_id, "is_bot": False, "first_name": "Mallory", "language_code": "en"}
    message = {
        "message_id": 1,
        "date": 1_700_000_000,
        "chat": {"id": user_id, "type": "private", "first_name": "Mallory"},
        "from": user,
        "text": "/start",
        "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
    }
    return json.dumps({"update_id": update_id, "message": message}).encode()


def metric(text: str, name: str, **labels: str) -> float:
    """The value of one sample in Prometheus' text format (0 when absent)."""
    wanted = ",".join(f'{k}="{v}"' for k, v in sorted(labels.items()))
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        sample, _, value = line.rpartition(" ")
        sample_name, _, sample_labels = sample.partition("{")
        found = ",".join(sorted(sample_labels.rstrip("}").split(","))) if sample_labels else ""
        if sample_name == name and found == wanted:
            return float(value)
    return 0.0


# -- the flow through the webhook -----------------------------------------------------------


async def test_webhook_mode_delivers_the_whole_flow_as_two_documents_charged_once(hooked):
    user = hooked.user()
    preview = await reach_review(hooked, user)
    assert "Free preview" in preview.caption
    photo, sheet = await get_final(hooked, user)
    assert photo.file_name == "us-passport_51x51mm_600x600px.jpg"
    assert Image.open(io.BytesIO(photo.document_bytes)).size == (600, 600)
    assert "sheet" in sheet.file_name
    finals = [c for c in hooked.picwish.creates if c.fields.get("preview") == "0"]
    assert len(finals) == 1 and hooked.picwish.credits_charged == 6
    assert not hooked.telegram.sent(method="getUpdates", include_failed=True)  # no polling


async def test_set_webhook_carries_the_secret_and_the_handled_update_types(hooked):
    call = hooked.telegram.sent(method="setWebhook")[-1]
    assert call.params["url"] == f"{hooked.base}{WEBHOOK_PATH}"
    assert call.params["secret_token"] == SECRET
    assert set(call.params["allowed_updates"]) == set(ALLOWED_UPDATES)
    for kind in ("message", "callback_query", "pre_checkout_query", "chat_member"):
        assert kind in call.params["allowed_updates"]


async def test_a_post_without_the_secret_is_refused_and_never_processed(hooked):
    hooked.telegram.user(4242, "Mallory")
    before = metric((await hooked.http("GET", "/metrics"))[1], "idphoto_updates_received_total",
                    type="message")  # fmt: skip
    missing = await hooked.http("POST", WEBHOOK_PATH, body=start_update(90_001))
    wrong = await hooked.http(
        "POST", WEBHOOK_PATH, body=start_update(90_002),
        headers={"X-Telegram-Bot-Api-Secret-Token": SECRET + "x"},
    )  # fmt: skip
    assert missing[0] == 403 and wrong[0] == 403
    await hooked.telegram.settle(quiet=0.3)
    assert hooked.telegram.sent(chat_id=4242, include_failed=True) == []  # nobody answered
    after = metric((await hooked.http("GET", "/metrics"))[1], "idphoto_updates_received_total",
                   type="message")  # fmt: skip
    assert after == before


async def test_a_post_with_the_secret_is_processed(hooked):
    hooked.telegram.user(4242, "Mallory")
    status, _ = await hooked.http(
        "POST", WEBHOOK_PATH, body=start_update(90_003),
        headers={"X-Telegram-Bot-Api-Secret-Token": SECRET},
    )  # fmt: skip
    assert status == 200
    reply = await hooked.telegram.wait_for(method="sendMessage", chat_id=4242)
    assert "selfie" in reply.text


@pytest.mark.parametrize("body", [b"not json", b"[1, 2]", b'{"update_id": "x"}', b"{}"])
async def test_a_malformed_body_gets_400(hooked, body):
    status, _ = await hooked.http(
        "POST", WEBHOOK_PATH, body=body, headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}
    )
    assert status == 400


# -- health, readiness, metrics -------------------------------------------------------------


async def test_healthz_answers_ok(hooked):
    assert await hooked.http("GET", "/healthz") == (200, "ok")


async def test_readyz_is_ready_once_started(hooked):
    assert await hooked.http("GET", "/readyz") == (200, "ready")


async def test_readyz_is_503_with_the_reason_when_the_database_is_read_only(hooked):
    db = hooked.config.db_path
    mode = db.stat().st_mode
    db.chmod(0o444)
    try:
        status, reason = await hooked.http("GET", "/readyz")
    finally:
        db.chmod(mode)
    assert status == 503
    assert "read-only" in reason and db.name in reason
    assert (await hooked.http("GET", "/readyz"))[0] == 200  # writable again: ready again


async def test_metrics_move_after_a_flow_and_name_no_user(hooked):
    user = hooked.user(user_id=777_001)
    await reach_review(hooked, user)
    _, text = await hooked.http("GET", "/metrics")
    assert metric(text, "idphoto_updates_received_total", type="message") >= 2  # /start, photo
    assert metric(text, "idphoto_updates_received_total", type="callback_query") >= 1
    assert metric(text, "idphoto_step_seconds_count", step="photo") == 1
    assert metric(text, "idphoto_step_seconds_count", step="button") >= 1
    assert metric(text, "idphoto_flood_wait_seconds_count") > 0
    assert metric(text, "idphoto_flood_queue_length") == 0
    assert abs(metric(text, "idphoto_telegram_last_success_timestamp") - time.time()) < 30
    assert "777001" not in text and "Alice" not in text


async def test_metrics_count_tasks_by_purpose_and_outcome_and_the_credits_picwish_charged(hooked):
    user = hooked.user(user_id=777_002)
    await reach_review(hooked, user)
    await get_final(hooked, user)
    await hooked.wait_text(user, "Done")  # on the sheet: the job counts it right after
    for _ in range(100):
        _, text = await hooked.http("GET", "/metrics")
        if metric(text, "idphoto_finals_total"):
            break
        await asyncio.sleep(0.02)
    assert metric(text, "idphoto_picwish_tasks_total", purpose="preview", outcome="ok") == 1
    assert metric(text, "idphoto_picwish_tasks_total", purpose="final", outcome="ok") == 1
    assert metric(text, "idphoto_picwish_credits_spent_total") == hooked.picwish.credits_charged
    assert hooked.picwish.credits_charged == 6
    assert metric(text, "idphoto_previews_total") == 1
    assert metric(text, "idphoto_finals_total") == 1


async def test_the_clean_up_counts_active_sessions_in_the_metrics(hooked):
    await reach_review(hooked, hooked.user(user_id=777_004))
    await hooked.say(hooked.user(user_id=777_005, name="Bob"), "/start")
    await clean_up(SimpleNamespace(application=hooked.app))  # what the periodic job runs
    _, text = await hooked.http("GET", "/metrics")
    assert metric(text, "idphoto_active_sessions") == 2
    await hooked.say(hooked.user(user_id=777_005, name="Bob"), "/cancel")
    await clean_up(SimpleNamespace(application=hooked.app))
    _, text = await hooked.http("GET", "/metrics")
    assert metric(text, "idphoto_active_sessions") == 1


async def test_metrics_count_a_failed_picwish_task_as_failed_with_no_credit(hooked):
    user = hooked.user(user_id=777_003)
    hooked.picwish.fail_next_tasks()
    await hooked.say(user, "/start")
    await hooked.send_photo(user)
    await hooked.tap(user, "US passport", wait=False)
    await hooked.wait_button(user, "Try the preview again")
    _, text = await hooked.http("GET", "/metrics")
    assert metric(text, "idphoto_picwish_tasks_total", purpose="preview", outcome="failed") == 1
    assert metric(text, "idphoto_picwish_tasks_total", purpose="preview", outcome="ok") == 0
    assert metric(text, "idphoto_picwish_credits_spent_total") == 0
    assert metric(text, "idphoto_previews_total") == 0


# -- idphoto-bot run as a process: SIGTERM during a final -----------------------------------


def _bot_env(telegram, picwish, tmp_path: Path, port: int) -> dict[str, str]:
    return {
        **{k: v for k, v in os.environ.items() if k not in {"HTTPS_PROXY", "HTTP_PROXY"}},
        "PYTHONPATH": str(ROOT),
        "TELEGRAM_BOT_TOKEN": telegram.token,
        "TELEGRAM_API_URL": telegram.root_url,
        "PICWISH_API_KEY": API_KEY,
        "PICWISH_API_URL": picwish.root_url,
        "PICWISH_POLL_INTERVAL": "0.05",
        "IDPHOTO_DB": str(tmp_path / "bot.db"),
        "IDPHOTO_FACE_CHECKS": "off",
        "TELEGRAM_WEBHOOK_URL": f"http://127.0.0.1:{port}{WEBHOOK_PATH}",
        "TELEGRAM_WEBHOOK_SECRET": SECRET,
        "IDPHOTO_HTTP_HOST": "127.0.0.1",
        "IDPHOTO_HTTP_PORT": str(port),
        "IDPHOTO_SHUTDOWN_GRACE": "0.5",
    }


class BotProcess:
    """``idphoto-bot run`` in a child process, its log in a file."""

    def __init__(self, env: dict[str, str], log: Path) -> None:
        self.env, self.log = env, log
        self.process: asyncio.subprocess.Process | None = None

    async def start(self, telegram) -> None:
        calls = len(telegram.sent(method="setWebhook"))
        with self.log.open("ab") as log:
            self.process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot.cli", "run",
                env=self.env, cwd=self.log.parent, stdout=log, stderr=log,
            )  # fmt: skip
        for _ in range(600):
            if len(telegram.sent(method="setWebhook")) > calls:
                return
            if self.process.returncode is not None:
                break
            await asyncio.sleep(0.05)
        raise AssertionError(f"the bot did not start:\n{self.log.read_text()[-3000:]}")

    async def terminate(self) -> int:
        assert self.process is not None
        self.process.send_signal(signal.SIGTERM)
        return await asyncio.wait_for(self.process.wait(), timeout=60)

    async def kill(self) -> None:
        if self.process is not None and self.process.returncode is None:
            self.process.kill()
            await self.process.wait()


async def test_sigterm_during_a_final_exits_0_and_the_restart_delivers_it_charged_once(
    telegram, picwish, tmp_path
):
    port = free_port()
    env = _bot_env(telegram, picwish, tmp_path, port)
    process = BotProcess(env, tmp_path / "bot.log")
    user_side = BotHarness(telegram, picwish, None)  # type: ignore[arg-type]  # the user's side
    user = user_side.user()
    try:
        await process.start(telegram)
        await reach_review(user_side, user)
        picwish.processing_seconds = 4.0  # the final is still at PicWish when the bot stops
        await user_side.tap(user, "Get the final photo", wait=False)
        for _ in range(200):
            if any(c.fields.get("preview") == "0" for c in picwish.creates):
                break
            await asyncio.sleep(0.05)
        assert await process.terminate() == 0
        assert not telegram.sent(chat_id=user.chat_id, method="sendDocument")
        await process.start(telegram)
        photo = await user_side.wait_method(user, "sendDocument", timeout=30)
        await user_side.wait_method(user, "sendDocument", after=photo, timeout=30)
        assert await process.terminate() == 0
    finally:
        await process.kill()
    finals = [c for c in picwish.creates if c.fields.get("preview") == "0"]
    assert len(finals) == 1 and picwish.credits_charged == 6
    log = process.log.read_text()
    assert re.search(rf"mode: webhook at path {WEBHOOK_PATH}; HTTP on 127.0.0.1:{port}", log)
    assert "backend: picwish" in log
    assert SECRET not in log and telegram.token not in log


async def test_sigterm_lets_a_final_under_way_finish_within_the_grace(telegram, picwish, tmp_path):
    env = {**_bot_env(telegram, picwish, tmp_path, free_port()), "IDPHOTO_SHUTDOWN_GRACE": "20"}
    process = BotProcess(env, tmp_path / "bot.log")
    user_side = BotHarness(telegram, picwish, None)  # type: ignore[arg-type]
    user = user_side.user()
    try:
        await process.start(telegram)
        await reach_review(user_side, user)
        picwish.processing_seconds = 1.5
        await user_side.tap(user, "Get the final photo", wait=False)
        for _ in range(200):
            if any(c.fields.get("preview") == "0" for c in picwish.creates):
                break
            await asyncio.sleep(0.05)
        assert await process.terminate() == 0
    finally:
        await process.kill()
    documents = telegram.sent(chat_id=user.chat_id, method="sendDocument")
    assert len(documents) == 2  # delivered before the process exited
    assert picwish.credits_charged == 6
