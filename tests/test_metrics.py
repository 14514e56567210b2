"""The bot's Prometheus metrics: one registry per Application, bounded labels, and what the
update flow and the flood limiter record."""

from __future__ import annotations

import asyncio
import contextlib

from telegram import Update
from telegram.ext import SimpleUpdateProcessor

from bot.flood import FloodLimiter
from bot.metrics import MeteredUpdateProcessor, Metrics, handler_family, update_type


def message_update(text: str | None = None, **extra) -> Update:
    user = {"id": 5551234, "is_bot": False, "first_name": "Alice"}
    message = {"message_id": 1, "date": 0, "chat": {"id": 5551234, "type": "private"},
               "from": user, **({"text": text} if text is not None else {}), **extra}  # fmt: skip
    return Update.de_json({"update_id": 1, "message": message}, None)


def button_update() -> Update:
    user = {"id": 5551234, "is_bot": False, "first_name": "Alice"}
    query = {"id": "q1", "from": user, "chat_instance": "c", "data": "secret-user-text"}
    return Update.de_json({"update_id": 2, "callback_query": query}, None)


def sample(metrics: Metrics, name: str, **labels: str) -> float:
    return metrics.registry.get_sample_value(name, labels) or 0.0


def test_two_bots_in_one_process_keep_separate_counts():
    first, second = Metrics(), Metrics()
    first.update_received(button_update())
    assert sample(first, "idphoto_updates_received_total", type="callback_query") == 1
    assert sample(second, "idphoto_updates_received_total", type="callback_query") == 0


def test_updates_are_counted_by_their_telegram_type():
    assert update_type(message_update("/start")) == "message"
    assert update_type(button_update()) == "callback_query"
    assert update_type("not an update") == "other"


def test_handler_families_never_carry_what_the_user_sent():
    assert handler_family(message_update("/start my-private-payload")) == "command"
    assert handler_family(message_update("hello there")) == "text"
    assert handler_family(button_update()) == "button"
    photo = [{"file_id": "f", "file_unique_id": "u", "width": 1, "height": 1}]
    assert handler_family(message_update(photo=photo)) == "photo"


def test_the_text_format_names_no_user_id_nor_text():
    metrics = Metrics()
    metrics.update_received(message_update("/start my-private-payload"))
    metrics.observe_step(handler_family(button_update()), 0.02)
    text = metrics.render().decode()
    assert 'idphoto_updates_received_total{type="message"} 1.0' in text
    assert "5551234" not in text and "payload" not in text and "secret-user-text" not in text


def test_unknown_purposes_and_outcomes_are_counted_as_other():
    metrics = Metrics()
    metrics.picwish_task("final", "ok")
    metrics.picwish_task("user 42's idea", "weird")
    assert sample(metrics, "idphoto_picwish_tasks_total", purpose="final", outcome="ok") == 1
    assert sample(metrics, "idphoto_picwish_tasks_total", purpose="other", outcome="other") == 1


def test_money_counters_add_up():
    metrics = Metrics()
    metrics.credits_spent(6)
    metrics.credits_spent(0)
    metrics.stars_paid(50)
    metrics.stars_refund(50)
    metrics.preview_made()
    metrics.final_delivered()
    metrics.active_sessions(3)
    assert sample(metrics, "idphoto_picwish_credits_spent_total") == 6
    assert sample(metrics, "idphoto_stars_received_total") == 50
    assert sample(metrics, "idphoto_stars_refunded_total") == 50
    assert sample(metrics, "idphoto_previews_total") == 1
    assert sample(metrics, "idphoto_finals_total") == 1
    assert sample(metrics, "idphoto_active_sessions") == 3


async def test_the_metered_processor_counts_and_times_each_update_even_when_it_fails():
    metrics = Metrics()
    processor = MeteredUpdateProcessor(SimpleUpdateProcessor(4), metrics)

    async def handled() -> None:
        await asyncio.sleep(0.01)

    async def failing() -> None:
        raise RuntimeError("boom")

    await processor.process_update(message_update("/start"), handled())
    with contextlib.suppress(RuntimeError):
        await processor.process_update(button_update(), failing())
    assert sample(metrics, "idphoto_updates_received_total", type="message") == 1
    assert sample(metrics, "idphoto_updates_received_total", type="callback_query") == 1
    assert sample(metrics, "idphoto_step_seconds_count", step="command") == 1
    assert sample(metrics, "idphoto_step_seconds_sum", step="command") >= 0.01
    assert sample(metrics, "idphoto_step_seconds_count", step="button") == 1


async def test_the_flood_limiter_reports_its_queue_and_each_wait_once():
    metrics = Metrics()
    limiter = FloodLimiter(30, metrics=metrics)
    await limiter.initialize()
    seen_queue: list[float] = []

    async def callback() -> bool:
        seen_queue.append(sample(metrics, "idphoto_flood_queue_length"))
        return True

    await asyncio.gather(
        *(limiter.process_request(callback, (), {}, "sendMessage", {"chat_id": n}, None)
          for n in range(5))
    )  # fmt: skip
    assert sample(metrics, "idphoto_flood_wait_seconds_count") == 5
    assert sample(metrics, "idphoto_flood_queue_length") == 0
    assert max(seen_queue) <= 4  # a call that went out is no longer queued


async def test_a_call_that_fails_before_going_out_leaves_the_queue():
    metrics = Metrics()
    limiter = FloodLimiter(30, metrics=metrics)
    await limiter.initialize()
    limiter._retry_after_event.clear()  # a 429 pause: calls wait
    task = asyncio.create_task(
        limiter.process_request(lambda: None, (), {}, "sendMessage", {"chat_id": 1}, None)
    )
    await asyncio.sleep(0.05)
    assert sample(metrics, "idphoto_flood_queue_length") == 1
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    assert sample(metrics, "idphoto_flood_queue_length") == 0
    assert sample(metrics, "idphoto_flood_wait_seconds_count") == 0
