"""PicWishClient against the PicWish emulator: flows, failures, retry rule, validation, credits;
and PicWish as a photo backend behind the one ledger wrapper (what is recorded, what stays
pending, what is resumed instead of paid for again)."""

from __future__ import annotations

import asyncio
import io
import logging
import socket
import time
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from bot.i18n import t
from bot.ledger import PendingTask, TaskContext
from bot.ledger_backend import LedgerBackend
from bot.photo_job import PhotoJob
from bot.picwish import (
    MAX_IMAGE_BYTES,
    IdPhotoRequest,
    PicWishAPIError,
    PicWishAuthError,
    PicWishBackend,
    PicWishClient,
    PicWishConnectionError,
    PicWishDownloadError,
    PicWishError,
    PicWishHTTPError,
    PicWishInvalidImage,
    PicWishLastIdInvalid,
    PicWishOutcomeUnknown,
    PicWishTaskFailed,
    PicWishTimeout,
    PicWishValidationError,
    credits,
)
from bot.specs import Spec, load_catalog
from tests.emulators.picwish import (
    InvalidRequest,
    PicWishEmulator,
    parse_params,
    price_of,
    sample_photo,
)

KEY = "sk-picwish-SECRET-4f2a9c"
PHOTO = sample_photo()


class FakeLedger:
    """In-memory TaskLedger."""

    def __init__(self) -> None:
        self.started: dict[int, dict[str, object]] = {}
        self.created: dict[int, str] = {}
        self.a_task_was_created = asyncio.Event()
        self.finished: dict[int, dict[str, object]] = {}

    async def task_started(self, *, params, credits, context) -> int:
        row_id = len(self.started) + 1
        self.started[row_id] = {"params": params, "credits": credits, "context": context}
        return row_id

    async def task_created(self, row_id, task_id) -> None:
        self.created[row_id] = task_id
        self.a_task_was_created.set()

    async def task_finished(self, row_id, **fields) -> None:
        self.finished[row_id] = fields


@cache
def china_visa() -> Spec:
    spec = load_catalog().get("cn-visa")
    assert spec is not None
    return spec


def a_job(*, preview: bool = False) -> PhotoJob:
    """A final (6 credits) or a free preview of the sample photo, for the China visa."""
    return PhotoJob(spec=china_visa(), background="FFFFFF", preview=preview, upload=PHOTO)


def recorded(client: PicWishClient, ledger: FakeLedger) -> LedgerBackend:
    """PicWish as the bot uses it: a backend whose every task goes to ``ledger``."""
    return LedgerBackend(PicWishBackend(client), ledger, scrub=client.scrub)


def make_client(url: str, **overrides) -> PicWishClient:
    options = {
        "poll_interval": 0.01,
        "deadline": 3.0,
        "timeout": 1.0,
        "retry_backoff": 0.01,
        "max_backoff": 0.05,
        **overrides,
    }
    return PicWishClient(url, KEY, **options)


@pytest.fixture
async def emu():
    async with PicWishEmulator(KEY, processing_seconds=0.03) as emulator:
        yield emulator


@pytest.fixture
async def client(emu):
    async with make_client(emu.root_url) as picwish:
        yield picwish


def decode(data: bytes) -> Image.Image:
    img = Image.open(io.BytesIO(data))
    img.load()
    return img


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# -- happy paths -------------------------------------------------------------------------


async def test_async_create_polls_and_downloads_the_result(client, emu):
    result = await client.create(IdPhotoRequest(image_file=PHOTO, size="300x400"))
    assert decode(result.image).size == (300, 400)
    assert result.state == 1 and result.progress == 100 and result.return_type == 1
    assert result.task_id in emu.tasks and result.image_id == emu.creates[0].image_id
    assert result.credits_charged == 6 and result.layout is None
    assert emu.creates[0].fields["sync"] == "0" and len(emu.queries) >= 1
    assert [d.http_status for d in emu.downloads] == [200]


async def test_sync_mode_takes_the_result_from_the_create_answer(emu):
    async with make_client(emu.root_url, use_sync=True) as client:
        result = await client.create(IdPhotoRequest(image_file=PHOTO))
    assert result.state == 1 and decode(result.image).size == (295, 413)
    assert emu.creates[0].fields["sync"] == "1" and emu.queries == []


async def test_sync_answer_of_a_running_task_falls_back_to_polling(emu):
    emu.sync_wait_limit = 0.0
    emu.processing_seconds = 0.2
    async with make_client(emu.root_url, use_sync=True) as client:
        result = await client.create(IdPhotoRequest(image_file=PHOTO))
    assert result.state == 1 and len(emu.queries) >= 1


async def test_return_type_2_decodes_base64_without_a_download(client, emu):
    result = await client.create(IdPhotoRequest(image_file=PHOTO, return_type=2, format="jpg"))
    assert decode(result.image).format == "JPEG" and result.return_type == 2
    assert emu.downloads == []


@pytest.mark.parametrize("return_type", [1, 2])
async def test_layout_output_is_returned_as_bytes(client, return_type):
    request = IdPhotoRequest(
        image_file=PHOTO, layout=1, layout_size="6inch", return_type=return_type
    )
    result = await client.create(request)
    assert decode(result.layout).size == (1800, 1200)
    assert result.credits_charged == 11


async def test_last_id_reuse_sends_no_image_and_reaches_the_same_image(client, emu):
    first = await client.create(IdPhotoRequest(image_file=PHOTO))
    second = await client.create(IdPhotoRequest(last_id=first.image_id, bg_color="FF0000"))
    reuse = emu.creates[1]
    assert reuse.image_bytes is None and reuse.fields["last_id"] == first.image_id
    assert reuse.image_source == "last_id" and reuse.image_id == emu.creates[0].image_id
    assert second.image_id == first.image_id and second.task_id != first.task_id


async def test_image_url_input_is_sent_as_a_field(client, emu):
    url = emu.host_input(PHOTO)
    result = await client.create(IdPhotoRequest(image_url=url))
    assert emu.creates[0].image_source == "image_url" and result.state == 1


async def test_progress_callbacks_increase_and_end_at_100(client, emu):
    emu.processing_seconds = 0.2
    seen: list[int] = []

    async def on_progress(value: int) -> None:
        seen.append(value)

    await client.create(IdPhotoRequest(image_file=PHOTO), on_progress=on_progress)
    assert len(seen) >= 2 and seen[-1] == 100
    assert all(a < b for a, b in zip(seen, seen[1:], strict=False))


async def test_a_failing_progress_callback_does_not_fail_the_task(client):
    async def broken(value: int) -> None:
        raise RuntimeError("telegram edit failed")

    result = await client.create(IdPhotoRequest(image_file=PHOTO), on_progress=broken)
    assert result.state == 1


async def test_one_session_is_shared_and_closed_with_the_client(emu):
    client = make_client(emu.root_url)
    await client.create(IdPhotoRequest(image_file=PHOTO))
    session = client._session
    await client.create(IdPhotoRequest(image_file=PHOTO, preview=1))
    assert client._session is session
    await client.close()
    assert session.closed


# -- failures ----------------------------------------------------------------------------


async def test_state_minus_7_raises_invalid_image(client, emu):
    emu.fail_next_tasks(-7)
    with pytest.raises(PicWishInvalidImage) as caught:
        await client.create(IdPhotoRequest(image_file=PHOTO))
    assert caught.value.state == -7 and caught.value.message_id == "picwish-invalid-image"
    assert caught.value.task_id and "invalid image file" in str(caught.value)


async def test_undecodable_image_behind_a_valid_header_ends_as_invalid_image(client):
    broken = PHOTO[: len(PHOTO) // 2]  # JPEG header intact, scan data cut
    with pytest.raises(PicWishInvalidImage):
        await client.create(IdPhotoRequest(image_file=broken))


async def test_state_minus_1_raises_task_failed(client, emu):
    emu.fail_next_tasks(-1)
    with pytest.raises(PicWishTaskFailed) as caught:
        await client.create(IdPhotoRequest(image_file=PHOTO))
    assert caught.value.state == -1 and not isinstance(caught.value, PicWishInvalidImage)
    assert emu.credits_charged == 0


async def test_query_http_500_then_success_is_retried(client, emu):
    emu.fail_next_queries(1, 500)
    result = await client.create(IdPhotoRequest(image_file=PHOTO))
    assert result.state == 1
    assert [q.http_status for q in emu.queries][:2] == [500, 200]


async def test_create_http_429_then_success_is_retried(client, emu):
    emu.fail_next_creates(1, 429, retry_after=0)
    result = await client.create(IdPhotoRequest(image_file=PHOTO))
    assert result.state == 1
    assert [c.http_status for c in emu.creates] == [429, 200]
    assert emu.credits_charged == 6


@pytest.mark.parametrize("status", [502, 503])
async def test_create_gateway_error_without_task_id_is_retried(client, emu, status):
    emu.fail_next_creates(1, status)
    result = await client.create(IdPhotoRequest(image_file=PHOTO))
    assert result.state == 1 and len(emu.creates) == 2


async def test_retries_are_bounded_by_max_retries(emu):
    emu.fail_next_creates(10, 503)
    async with make_client(emu.root_url, max_retries=2) as client:
        with pytest.raises(PicWishHTTPError) as caught:
            await client.create(IdPhotoRequest(image_file=PHOTO))
    assert caught.value.status == 503 and caught.value.message_id == "picwish-busy"
    assert len(emu.creates) == 3


async def test_download_http_502_then_success_is_retried(client, emu):
    emu.fail_next_downloads(1, 502)
    result = await client.create(IdPhotoRequest(image_file=PHOTO))
    assert result.state == 1 and [d.http_status for d in emu.downloads] == [502, 200]


async def test_task_that_never_finishes_raises_timeout_at_the_deadline(emu):
    emu.slow_next_tasks()
    async with make_client(emu.root_url, deadline=0.3) as client:
        started = time.monotonic()
        with pytest.raises(PicWishTimeout) as caught:
            await client.create(IdPhotoRequest(image_file=PHOTO))
    assert 0.3 <= time.monotonic() - started < 1.5
    assert caught.value.task_id == emu.creates[0].task_id
    assert caught.value.message_id == "picwish-timeout"


async def test_expired_result_url_raises_download_error(client, emu):
    emu.result_ttl = 0
    with pytest.raises(PicWishDownloadError) as caught:
        await client.create(IdPhotoRequest(image_file=PHOTO))
    assert caught.value.status == 403 and caught.value.task_id == emu.creates[0].task_id
    # 403 is not retried as such: the task is queried once more for fresh URLs (issue #13).
    assert len(emu.downloads) == 2


async def test_ledger_counts_the_credits_of_a_finished_task_whose_download_failed(emu):
    ledger = FakeLedger()
    emu.result_ttl = 0
    async with make_client(emu.root_url) as client:
        with pytest.raises(PicWishDownloadError) as caught:
            await recorded(client, ledger).make(a_job())
    assert caught.value.credits_charged == 6 == emu.credits_charged
    finished = ledger.finished[1]
    assert finished["credits_charged"] == 6 and finished["state"] == 1
    assert "PicWishDownloadError" in finished["error"]


async def _cut_off_while_processing(backend: LedgerBackend, emu, ledger) -> str:
    """Start a charged task, stop waiting once PicWish has it (as a restart would)."""
    emu.processing_seconds = 0.5
    waiting = asyncio.create_task(backend.make(a_job()))
    await asyncio.wait_for(ledger.a_task_was_created.wait(), 5)
    waiting.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiting
    return ledger.created[1]


async def test_a_charged_task_id_is_recorded_before_the_bot_waits_for_it(emu):
    ledger = FakeLedger()
    async with make_client(emu.root_url) as client:
        task_id = await _cut_off_while_processing(recorded(client, ledger), emu, ledger)
    assert task_id in emu.tasks and emu.tasks[task_id] is not None


async def test_a_task_cut_off_by_a_stop_stays_unfinished_in_the_ledger(emu):
    ledger = FakeLedger()
    async with make_client(emu.root_url) as client:
        await _cut_off_while_processing(recorded(client, ledger), emu, ledger)
    assert ledger.finished == {}  # outcome unknown: left pending for the next start


async def test_resume_delivers_the_cut_off_task_without_a_second_charge(emu):
    ledger = FakeLedger()
    async with make_client(emu.root_url) as client:
        backend = recorded(client, ledger)
        task_id = await _cut_off_while_processing(backend, emu, ledger)
        pending = PendingTask(row_id=1, task_id=task_id, credits=6)
        result = await backend.resume(pending)
    assert result.task_id == task_id and decode(result.image).size
    assert len(emu.creates) == 1 and emu.credits_charged == 6
    assert ledger.finished[1]["credits_charged"] == 6 and ledger.finished[1]["task_id"] == task_id


async def test_a_charged_task_past_the_deadline_stays_pending_and_is_resumed(emu):
    ledger = FakeLedger()
    emu.processing_seconds = 0.6
    async with make_client(emu.root_url, deadline=0.3) as client:
        with pytest.raises(PicWishTimeout) as caught:
            await recorded(client, ledger).make(a_job())
        assert ledger.finished == {} and ledger.created[1] == caught.value.task_id
        pending = PendingTask(row_id=1, task_id=caught.value.task_id, credits=6)
        async with make_client(emu.root_url, deadline=3.0) as patient:
            result = await recorded(patient, ledger).resume(pending)
    assert result.task_id == caught.value.task_id
    assert len(emu.creates) == 1 and emu.credits_charged == 6
    assert ledger.finished[1]["credits_charged"] == 6


async def test_a_free_preview_past_the_deadline_is_finished_in_the_ledger(emu):
    ledger = FakeLedger()
    emu.slow_next_tasks()
    async with make_client(emu.root_url, deadline=0.3) as client:
        with pytest.raises(PicWishTimeout):
            await recorded(client, ledger).make(a_job(preview=True))
    assert "PicWishTimeout" in ledger.finished[1]["error"]


async def test_a_free_preview_is_not_recorded_as_pending(emu):
    ledger = FakeLedger()
    async with make_client(emu.root_url) as client:
        await recorded(client, ledger).make(a_job(preview=True))
    assert ledger.created == {} and ledger.finished[1]["credits_charged"] == 0


async def test_wrong_api_key_raises_auth_error(emu):
    async with PicWishClient(emu.root_url, "not-the-key", retry_backoff=0.01) as client:
        with pytest.raises(PicWishAuthError) as caught:
            await client.create(IdPhotoRequest(image_file=PHOTO))
    assert caught.value.status == 401 and caught.value.message_id == "picwish-unavailable"
    assert len(emu.creates) == 1


async def test_invalid_last_id_raises_last_id_invalid(client, emu):
    with pytest.raises(PicWishLastIdInvalid) as caught:
        await client.create(IdPhotoRequest(last_id="img_gone"))
    assert caught.value.last_id == "img_gone"
    assert "last_id is invalid or expired" in str(caught.value)


async def test_server_rejection_of_a_request_with_an_image_is_an_http_error(client, emu):
    # The client validates first; an API that is stricter than the documentation still maps.
    request = IdPhotoRequest(image_file=PHOTO)
    request.validate = lambda: None  # type: ignore[method-assign]
    request.size = "50x50"
    with pytest.raises(PicWishHTTPError) as caught:
        await client.create(request)
    assert caught.value.status == 400 and caught.value.message_id == "picwish-rejected"


async def test_connection_refused_forever_raises_connection_error():
    async with make_client(f"http://127.0.0.1:{free_port()}", max_retries=2) as client:
        with pytest.raises(PicWishConnectionError):
            await client.create(IdPhotoRequest(image_file=PHOTO))


# -- never repeat a charged create -------------------------------------------------------


async def test_charged_create_is_not_repeated_after_a_response_timeout(emu):
    emu.delay_next_creates(2.0)
    async with make_client(emu.root_url, timeout=0.2) as client:
        with pytest.raises(PicWishOutcomeUnknown):
            await client.create(IdPhotoRequest(image_file=PHOTO))
    assert len(emu.creates) == 1 and len(emu.tasks) == 1


async def test_charged_create_is_not_repeated_after_a_dropped_connection(client, emu):
    emu.drop_next_creates()
    with pytest.raises(PicWishOutcomeUnknown):
        await client.create(IdPhotoRequest(image_file=PHOTO))
    assert len(emu.creates) == 1


@pytest.mark.parametrize("status", [500, 504])
async def test_charged_create_is_not_repeated_after_http_500_or_504(client, emu, status):
    emu.fail_next_creates(1, status)
    with pytest.raises(PicWishHTTPError) as caught:
        await client.create(IdPhotoRequest(image_file=PHOTO))
    assert caught.value.status == status and len(emu.creates) == 1


async def test_charged_create_answer_carrying_a_task_id_is_not_repeated(client, emu):
    emu.fail_next_creates(1, 503, after_creating=True)
    with pytest.raises(PicWishHTTPError):
        await client.create(IdPhotoRequest(image_file=PHOTO))
    assert len(emu.creates) == 1
    await emu.tasks_finished()
    assert emu.credits_charged == 6  # the one task PicWish did create; never a second


class _Refused(logging.Handler):
    """Sets ``event`` when the client logs that it could not connect."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.event = asyncio.Event()

    def emit(self, record: logging.LogRecord) -> None:
        if "could not connect" in record.getMessage():
            self.event.set()


async def test_charged_create_is_retried_when_the_connection_was_refused():
    port = free_port()
    emulator = PicWishEmulator(KEY, processing_seconds=0.02, port=port)
    refused = _Refused()
    client_logger = logging.getLogger("bot.picwish.client")
    client_logger.addHandler(refused)
    level = client_logger.level
    client_logger.setLevel(logging.WARNING)
    options = {"max_retries": 30, "retry_backoff": 0.05, "max_backoff": 0.1}
    try:
        async with make_client(f"http://127.0.0.1:{port}", **options) as client:
            pending = asyncio.create_task(client.create(IdPhotoRequest(image_file=PHOTO)))
            async with asyncio.timeout(5):
                await refused.event.wait()  # refused: nothing was sent
            await emulator.start()
            result = await pending
    finally:
        client_logger.removeHandler(refused)
        client_logger.setLevel(level)
        await emulator.stop()
    assert result.state == 1 and len(emulator.creates) == 1


async def test_free_preview_create_is_retried_after_a_response_timeout(emu):
    emu.delay_next_creates(2.0)
    async with make_client(emu.root_url, timeout=0.2) as client:
        result = await client.create(IdPhotoRequest(image_file=PHOTO, preview=1))
    assert result.state == 1 and len(emu.creates) == 2 and emu.credits_charged == 0


async def test_free_preview_create_is_retried_after_http_500(client, emu):
    emu.fail_next_creates(1, 500)
    result = await client.create(IdPhotoRequest(image_file=PHOTO, preview=1))
    assert result.state == 1 and len(emu.creates) == 2


# -- validation --------------------------------------------------------------------------

PASSING = [
    {"size": "100x100"},
    {"size": "2000x2000"},
    {"dpi": 10},
    {"dpi": 1000},
    {"px_width": 1, "px_height": 1},
    {"px_width": 1799, "px_height": 1799},
    {"mm_width": 1, "mm_height": 1},
    {"mm_width": 179, "mm_height": 179},
    {"quality": 1},
    {"quality": 100},
    {"bright_factor": 0.0},
    {"smooth_factor": 1.0},
    {"thin_face_factor": 0},
    {"sharp_factor": 1},
    {"preview": 0},
    {"change_bg": 1},
    {"return_type": 1},
    {"return_type": 2},
    {"clothes_id": "man_1"},
    {"clothes_id": "man_20"},
    {"clothes_id": "woman_20"},
    {"clothes_id": "child_10"},
    {"layout_size": "5inch"},
    {"layout_size": "6inch"},
    {"bg_color": "438edb"},
    {"bg_color2": "FFFFFF"},
    {"layout_bg_color": "C8C8C8"},
    {"format": "png"},
    {"format": "jpg"},
    {"spec_id": 1},
    {"face_width": 0},
    {"min_face_height": 10, "max_face_height": 10},
    {"min_file_size": 0, "max_file_size": 10240},
    {"label_height": 0},
    {"layout_qr_code_size": 0},
    {"image_url": "https://example.com/" + "a" * 492},  # 512 characters
    {"image_url": "oss://bucket/me.jpg"},
]

FAILING = [
    ({"size": "99x100"}, "size"),
    ({"size": "100x2001"}, "size"),
    ({"size": "300X400"}, "size"),
    ({"dpi": 9}, "dpi"),
    ({"dpi": 1001}, "dpi"),
    ({"px_width": 0, "px_height": 1}, "px_width"),
    ({"px_width": 1, "px_height": 1800}, "px_height"),
    ({"px_width": 300}, "px_width"),
    ({"mm_width": 0, "mm_height": 1}, "mm_width"),
    ({"mm_width": 180, "mm_height": 45}, "mm_width"),
    ({"mm_height": 45}, "mm_width"),
    ({"quality": 0}, "quality"),
    ({"quality": 101}, "quality"),
    ({"bright_factor": -0.01}, "bright_factor"),
    ({"smooth_factor": 1.01}, "smooth_factor"),
    ({"preview": 2}, "preview"),
    ({"auto_sharp": -1}, "auto_sharp"),
    ({"sync": 2}, "sync"),
    ({"return_type": 0}, "return_type"),
    ({"return_type": 3}, "return_type"),
    ({"clothes_id": "man_0"}, "clothes_id"),
    ({"clothes_id": "man_21"}, "clothes_id"),
    ({"clothes_id": "woman_21"}, "clothes_id"),
    ({"clothes_id": "child_11"}, "clothes_id"),
    ({"clothes_id": ""}, "clothes_id"),
    ({"layout_size": "7inch"}, "layout_size"),
    ({"bg_color": "FFFFF"}, "bg_color"),
    ({"bg_color2": "#FFFFFF"}, "bg_color2"),
    ({"layout_bg_color": "GGGGGG"}, "layout_bg_color"),
    ({"format": "jpeg"}, "format"),
    ({"spec_id": 0}, "spec_id"),
    ({"face_width": -1}, "face_width"),
    ({"min_face_height": 11, "max_face_height": 10}, "min_face_height"),
    ({"min_file_size": -1}, "min_file_size"),
    ({"dpi": "300"}, "dpi"),
    ({"image_url": "https://example.com/" + "a" * 493}, "image_url"),
    ({"image_url": "ftp://example.com/me.jpg"}, "image_url"),
    ({"last_id": ""}, "last_id"),
]


@pytest.mark.parametrize("fields", PASSING, ids=lambda f: repr(f)[:40])
def test_value_inside_the_bound_passes_validation(fields):
    IdPhotoRequest(image_file=PHOTO, **fields).validate()


@pytest.mark.parametrize(("fields", "field"), FAILING, ids=lambda f: repr(f)[:40])
def test_value_outside_the_bound_fails_validation_naming_the_field(fields, field):
    with pytest.raises(PicWishValidationError) as caught:
        IdPhotoRequest(image_file=PHOTO, **fields).validate()
    assert caught.value.field == field and field in str(caught.value)
    rendered = t("en", caught.value.message_id, **caught.value.message_args)
    assert field in rendered and "{" not in rendered


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "BMP", "WEBP", "TIFF"])
def test_supported_image_formats_pass(fmt):
    IdPhotoRequest(image_file=sample_photo(fmt)).validate()


@pytest.mark.parametrize("data", [sample_photo("GIF"), b"%PDF-1.4 not a photo", b""])
def test_unsupported_files_fail(data):
    with pytest.raises(PicWishValidationError) as caught:
        IdPhotoRequest(image_file=data).validate()
    assert caught.value.message_id == "picwish-image-unsupported"


def test_image_just_under_15mb_passes_and_15mb_fails():
    png = sample_photo("PNG")
    IdPhotoRequest(image_file=png + b"\0" * (MAX_IMAGE_BYTES - 1 - len(png))).validate()
    with pytest.raises(PicWishValidationError) as caught:
        IdPhotoRequest(image_file=png + b"\0" * (MAX_IMAGE_BYTES - len(png))).validate()
    assert caught.value.message_id == "picwish-image-too-large"


def big_png(size: tuple[int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("1", size).save(out, "PNG")
    return out.getvalue()


def test_image_of_4096_by_4096_passes():
    IdPhotoRequest(image_file=big_png((4096, 4096))).validate()


@pytest.mark.parametrize("size", [(4097, 1), (1, 4097)])
def test_image_over_4096_pixels_fails(size):
    with pytest.raises(PicWishValidationError) as caught:
        IdPhotoRequest(image_file=big_png(size)).validate()
    assert caught.value.message_id == "picwish-image-too-many-pixels"


async def test_request_without_an_image_fails_before_anything_is_sent(client, emu):
    with pytest.raises(PicWishValidationError) as caught:
        await client.create(IdPhotoRequest(size="300x400"))
    assert caught.value.message_id == "picwish-no-image" and emu.creates == []


async def test_invalid_request_is_not_sent(client, emu):
    with pytest.raises(PicWishValidationError):
        await client.create(IdPhotoRequest(image_file=PHOTO, dpi=5))
    assert emu.creates == []


def test_form_fields_carry_every_set_parameter_as_text():
    request = IdPhotoRequest(
        image_file=PHOTO, sync=1, bright_factor=0.25, sharp_factor=1.0, auto_bright=True
    )
    assert request.form_fields() == [
        ("sync", "1"),
        ("auto_bright", "1"),
        ("bright_factor", "0.25"),
        ("sharp_factor", "1"),
    ]


# -- credits -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({}, 6),
        ({"clothes_id": "man_3"}, 15),
        ({"auto_bright": 1}, 14),
        ({"auto_smooth": 1}, 14),
        ({"auto_thin_face": 1}, 14),
        ({"auto_sharp": 1}, 14),
        ({"auto_bright": 1, "auto_smooth": 1, "auto_sharp": 1}, 14),
        ({"auto_bright": 0, "bright_factor": 0.5}, 6),
        ({"layout": 1}, 11),
        ({"layout": 0}, 6),
        ({"clothes_id": "woman_1", "auto_smooth": 1}, 23),
        ({"clothes_id": "child_1", "auto_smooth": 1, "layout": 1}, 28),
        ({"preview": 1}, 0),
        ({"preview": 1, "clothes_id": "man_1", "auto_bright": 1, "layout": 1}, 0),
    ],
)
def test_credits_follow_the_price_list(fields, expected):
    assert credits(IdPhotoRequest(image_file=PHOTO, **fields)) == expected


async def test_credits_charged_match_the_emulator(client, emu):
    request = IdPhotoRequest(image_file=PHOTO, clothes_id="man_2", auto_bright=1, layout=1)
    result = await client.create(request)
    assert result.credits_charged == credits(request) == emu.credits_charged == 28


# -- ledger ------------------------------------------------------------------------------


async def test_ledger_records_a_successful_task(emu):
    ledger = FakeLedger()
    context = TaskContext(user_id=7, chat_id=8, group_id=None, purpose="passport")
    async with make_client(emu.root_url) as client:
        result = await recorded(client, ledger).make(a_job(), context=context)
    started, finished = ledger.started[1], ledger.finished[1]
    assert started["credits"] == 6 and started["context"] == context
    params = started["params"]
    assert params["dpi"] == 250 and params["sync"] == 0 and params["preview"] == 0
    assert params["image_file"] == {
        "filename": "photo.jpg",
        "bytes": len(PHOTO),
        "type": "image/jpeg",
    }
    assert finished["task_id"] == result.task_id and finished["image_id"] == result.image_id
    assert finished["state"] == 1 and finished["credits_charged"] == 6
    assert finished["error"] is None and finished["duration_ms"] >= 0


async def test_ledger_records_a_failed_task_with_no_credits(emu):
    ledger = FakeLedger()
    emu.fail_next_tasks(-7)
    async with make_client(emu.root_url) as client:
        with pytest.raises(PicWishInvalidImage):
            await recorded(client, ledger).make(a_job())
    finished = ledger.finished[1]
    assert finished["state"] == -7 and finished["credits_charged"] == 0
    assert finished["task_id"] == emu.creates[0].task_id
    assert "PicWishInvalidImage" in finished["error"]


async def test_a_job_picwish_would_refuse_never_reaches_the_ledger(emu):
    ledger = FakeLedger()
    async with make_client(emu.root_url) as client:
        with pytest.raises(PicWishValidationError):
            await recorded(client, ledger).make(PhotoJob(china_visa(), "FFFFFF", upload=b"GIF8"))
    assert ledger.started == {} and emu.creates == []


def test_logged_params_hide_a_bot_token_in_image_url():
    url = "https://api.telegram.org/file/bot123456:AAE-secret_token/photos/1.jpg?sig=1"
    stored = str(IdPhotoRequest(image_url=url).log_params())
    assert "AAE-secret_token" not in stored and "sig=1" not in stored
    assert "/file/bot<redacted>/photos/1.jpg" in stored


# -- secrecy and messages ----------------------------------------------------------------


async def test_api_key_never_appears_in_logs_or_errors(emu, caplog):
    caplog.set_level(logging.DEBUG)
    errors: list[PicWishError] = []
    emu.fail_next_queries(1, 503)
    emu.fail_next_downloads(1, 500)
    async with make_client(emu.root_url, timeout=0.2) as client:
        await client.create(IdPhotoRequest(image_file=PHOTO))
        for inject in (
            lambda: emu.fail_next_tasks(-7),
            lambda: emu.delay_next_creates(1.0),
            lambda: emu.fail_next_creates(5, 500),
        ):
            inject()
            try:
                await client.create(IdPhotoRequest(image_file=PHOTO))
            except PicWishError as exc:
                errors.append(exc)
    assert len(errors) == 3
    assert caplog.text and KEY not in caplog.text
    for exc in errors:
        assert KEY not in str(exc) and KEY not in repr(exc)
        assert KEY not in exc.text.render("en")
    assert KEY not in repr(client)


def test_api_message_echoing_the_key_is_scrubbed():
    client = PicWishClient("http://127.0.0.1:1", KEY)
    assert KEY not in client.scrub(f"bad key {KEY}")


def all_errors() -> list[PicWishError]:
    return [
        PicWishError("x"),
        PicWishValidationError("dpi", "x", message_args={"field": "dpi", "allowed": "10–1000"}),
        PicWishValidationError("image_file", "x", message_id="picwish-no-image"),
        PicWishValidationError(
            "image_file",
            "x",
            message_id="picwish-image-too-large",
            message_args={"size_mb": "16.0", "limit_mb": "15"},
        ),
        PicWishValidationError(
            "image_file",
            "x",
            message_id="picwish-image-too-many-pixels",
            message_args={"width": "5000", "height": "10", "limit": "4096"},
        ),
        PicWishValidationError("image_file", "x", message_id="picwish-image-unsupported"),
        PicWishAuthError(401),
        PicWishHTTPError(503),
        PicWishHTTPError(400),
        PicWishAPIError(500, "x"),
        PicWishLastIdInvalid("img"),
        PicWishTaskFailed(-1, "failed", task_id="t"),
        PicWishInvalidImage(-7, "invalid image file", task_id="t"),
        PicWishTimeout("x", task_id="t"),
        PicWishOutcomeUnknown("x"),
        PicWishConnectionError("x"),
        PicWishDownloadError("x", status=403),
    ]


@pytest.mark.parametrize("error", all_errors(), ids=lambda e: f"{type(e).__name__}-{e.message_id}")
def test_every_error_has_a_rendered_english_message(error):
    text = t("en", error.message_id, **error.message_args)
    assert text != error.message_id and "{" not in text and len(text) < 300
    assert error.text.render("en") == text


# -- the client's and the emulator's independent readings of the document agree ----------

_INT_FIELDS = ["dpi", "quality", "return_type", "spec_id", "face_width", "label_height"]
_FLAG_FIELDS = ["sync", "change_bg", "auto_bright", "auto_smooth", "preview", "layout"]
_FIELD_VALUES = {
    **{name: st.integers(-2, 1100) for name in _INT_FIELDS},
    **{name: st.integers(-1, 2) for name in _FLAG_FIELDS},
    "bright_factor": st.sampled_from([-0.01, 0, 0.25, 1, 1.01]),
    "size": st.sampled_from(["99x100", "100x100", "2000x2000", "2001x5", "300X400", "3x"]),
    "format": st.sampled_from(["png", "jpg", "jpeg", "PNG"]),
    "bg_color": st.sampled_from(["FFFFFF", "438edb", "FFFFF", "#FFFFFF", "GGGGGG"]),
    "clothes_id": st.sampled_from(["man_1", "man_20", "man_21", "woman_0", "child_10", "x"]),
    "layout_size": st.sampled_from(["5inch", "6inch", "7inch"]),
    "px_width": st.integers(0, 1800),
    "mm_height": st.integers(0, 180),
}


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(sorted(_FIELD_VALUES)), min_size=1, max_size=4, unique=True).flatmap(
        lambda names: st.fixed_dictionaries({name: _FIELD_VALUES[name] for name in names})
    )
)
def test_client_validation_and_price_match_the_emulator(fields):
    request = IdPhotoRequest(last_id="img_x", **fields)
    try:
        request.validate()
        client_ok = True
    except PicWishValidationError:
        client_ok = False
    try:
        params = parse_params(dict(request.form_fields()))
        emulator_ok = True
    except InvalidRequest:
        emulator_ok = False
    assert client_ok == emulator_ok
    if client_ok:
        assert credits(request) == price_of(params)
