"""The PicWish emulator speaks the documented protocol (exercised with a raw aiohttp client)."""

from __future__ import annotations

import asyncio
import base64
import io

import aiohttp
import pytest
from PIL import Image, ImageChops

from tests.emulators.picwish import PicWishEmulator, sample_photo

KEY = "emulator-test-key"


@pytest.fixture
async def emu():
    async with PicWishEmulator(KEY, processing_seconds=0.03) as emulator:
        yield emulator


@pytest.fixture
async def http():
    async with aiohttp.ClientSession() as session:
        yield session


async def create(
    http: aiohttp.ClientSession,
    emu: PicWishEmulator,
    fields: dict[str, str] | None = None,
    *,
    image: bytes | None = None,
    key: str | None = KEY,
) -> tuple[int, dict]:
    form = aiohttp.FormData()
    if image is not None:
        form.add_field(
            "image_file", io.BytesIO(image), filename="me.jpg", content_type="image/jpeg"
        )
    for name, value in (fields or {}).items():
        form.add_field(name, value)
    headers = {"X-API-KEY": key} if key is not None else {}
    async with http.post(emu.create_url, data=form, headers=headers) as resp:
        return resp.status, await resp.json()


async def query(http: aiohttp.ClientSession, emu: PicWishEmulator, task_id: str) -> dict:
    async with http.get(emu.query_url(task_id), headers={"X-API-KEY": KEY}) as resp:
        assert resp.status == 200
        return (await resp.json())["data"]


async def run_task(
    http: aiohttp.ClientSession, emu: PicWishEmulator, fields: dict[str, str], **kw
) -> dict:
    """Create with ``sync=1`` and return the finished task's data."""
    status, body = await create(http, emu, {"sync": "1", **fields}, **kw)
    assert status == 200, body
    return body["data"]


async def result_image(http: aiohttp.ClientSession, data: dict) -> Image.Image:
    if data["return_type"] == 2:
        raw = base64.b64decode(data["image"])
    else:
        async with http.get(data["image"]) as resp:
            assert resp.status == 200
            raw = await resp.read()
    img = Image.open(io.BytesIO(raw))
    img.load()
    return img


# -- authentication ----------------------------------------------------------------------


@pytest.mark.parametrize("key", [None, "wrong-key"])
async def test_missing_or_wrong_api_key_is_http_401(http, emu, key):
    status, body = await create(http, emu, image=sample_photo(), key=key)
    assert status == 401
    assert body["status"] == 401 and body["message"]
    assert emu.tasks == {}


async def test_query_with_wrong_api_key_is_http_401(http, emu):
    data = await run_task(http, emu, {}, image=sample_photo())
    async with http.get(emu.query_url(data["task_id"]), headers={"X-API-KEY": "no"}) as resp:
        assert resp.status == 401


# -- async and sync ----------------------------------------------------------------------


async def test_async_create_returns_task_id_then_progress_grows_to_state_1(http, emu):
    emu.processing_seconds = 0.2
    status, body = await create(http, emu, {"sync": "0"}, image=sample_photo())
    assert status == 200 and body["status"] == 200
    assert set(body["data"]) == {"task_id"}
    task_id = body["data"]["task_id"]
    seen = []
    for _ in range(200):
        data = await query(http, emu, task_id)
        seen.append((data["state"], data["progress"]))
        if data["state"] == 1:
            break
        await asyncio.sleep(0.02)  # a client's poll interval: progress is sampled over time
    running = [s for s in seen if s[0] != 1]
    assert running and all(state > 1 and progress < 100 for state, progress in running)
    assert [p for _, p in seen] == sorted(p for _, p in seen)
    assert seen[-1] == (1, 100)
    assert data["image"] and data["image_id"] and data["completed_at"] >= data["created_at"]


async def test_sync_create_answers_the_finished_task(http, emu):
    data = await run_task(http, emu, {}, image=sample_photo())
    assert data["state"] == 1 and data["progress"] == 100
    assert data["state_detail"] == "success"


async def test_unknown_task_id_is_http_404(http, emu):
    async with http.get(emu.query_url("nope"), headers={"X-API-KEY": KEY}) as resp:
        assert resp.status == 404


# -- results -----------------------------------------------------------------------------


async def test_default_result_is_png_295x413_with_dpi(http, emu):
    img = await result_image(http, await run_task(http, emu, {}, image=sample_photo()))
    assert img.format == "PNG" and img.size == (295, 413)
    assert round(img.info["dpi"][0]) == 300


@pytest.mark.parametrize(
    ("fields", "size"),
    [
        ({"size": "300x400"}, (300, 400)),
        ({"px_width": "600", "px_height": "800"}, (600, 800)),
        ({"mm_width": "35", "mm_height": "45", "dpi": "300"}, (413, 531)),
        ({"mm_width": "35", "mm_height": "45", "dpi": "600"}, (827, 1063)),
    ],
)
async def test_result_has_the_requested_pixel_size(http, emu, fields, size):
    img = await result_image(http, await run_task(http, emu, fields, image=sample_photo()))
    assert img.size == size


async def test_jpg_result_is_filled_with_bg_color_and_carries_dpi(http, emu):
    fields = {"format": "jpg", "bg_color": "FF0000", "dpi": "200", "quality": "95"}
    img = await result_image(http, await run_task(http, emu, fields, image=sample_photo()))
    assert img.format == "JPEG" and round(img.info["dpi"][0]) == 200
    r, g, b = img.getpixel((2, 2))
    assert r > 240 and g < 20 and b < 20


async def test_png_without_bg_color_is_transparent(http, emu):
    img = await result_image(http, await run_task(http, emu, {}, image=sample_photo()))
    assert img.mode == "RGBA" and img.getpixel((1, 1))[3] == 0


async def test_bg_color2_makes_a_top_to_bottom_gradient(http, emu):
    fields = {"bg_color": "000000", "bg_color2": "FFFFFF", "format": "jpg"}
    img = await result_image(http, await run_task(http, emu, fields, image=sample_photo()))
    top, bottom = img.getpixel((2, 2)), img.getpixel((2, img.height * 3 // 5))
    assert top[0] < 30 and bottom[0] > 100


async def test_preview_adds_a_visible_watermark(http, emu):
    plain = await result_image(http, await run_task(http, emu, {}, image=sample_photo()))
    marked = await result_image(
        http, await run_task(http, emu, {"preview": "1"}, image=sample_photo())
    )
    diff = ImageChops.difference(plain.convert("RGB"), marked.convert("RGB")).convert("L")
    changed = sum(diff.point(lambda v: 255 if v else 0).histogram()[255:])
    assert changed > plain.width * plain.height // 10


async def test_return_type_2_answers_base64(http, emu):
    data = await run_task(http, emu, {"return_type": "2"}, image=sample_photo())
    assert not data["image"].startswith("http")
    assert (await result_image(http, data)).size == (295, 413)


async def test_result_url_expires_after_result_ttl(http, emu):
    emu.result_ttl = 0.2
    data = await run_task(http, emu, {}, image=sample_photo())
    async with http.get(data["image"]) as resp:
        assert resp.status == 200
    await asyncio.sleep(0.25)  # the time to live running out is the behaviour under test
    async with http.get(data["image"]) as resp:
        assert resp.status == 403


async def test_expire_result_urls_expires_issued_urls_at_once(http, emu):
    data = await run_task(http, emu, {}, image=sample_photo())
    emu.expire_result_urls()
    async with http.get(data["image"]) as resp:
        assert resp.status == 403


async def test_layout_adds_a_layout_image_of_the_paper_size(http, emu):
    fields = {"layout": "1", "layout_size": "5inch", "layout_vertical": "1", "dpi": "300"}
    data = await run_task(http, emu, fields, image=sample_photo())
    async with http.get(data["layout_image"]) as resp:
        sheet = Image.open(io.BytesIO(await resp.read()))
    assert sheet.size == (1050, 1500)


async def test_no_layout_image_without_layout(http, emu):
    data = await run_task(http, emu, {}, image=sample_photo())
    assert "layout_image" not in data


# -- image inputs ------------------------------------------------------------------------


async def test_image_url_is_fetched(http, emu):
    url = emu.host_input(sample_photo())
    data = await run_task(http, emu, {"image_url": url})
    assert data["state"] == 1
    assert emu.creates[-1].image_source == "image_url"


async def test_unreachable_image_url_ends_in_state_minus_3(http, emu):
    data = await run_task(http, emu, {"image_url": emu.root_url + "/inputs/x/missing.jpg"})
    assert data["state"] == -3


async def test_image_file_has_priority_over_image_url(http, emu):
    url = emu.host_input(sample_photo(colour="000000"))
    await run_task(http, emu, {"image_url": url}, image=sample_photo())
    assert emu.creates[-1].image_source == "image_file"


async def test_image_id_is_stable_per_image_and_last_id_reuses_it(http, emu):
    photo = sample_photo()
    first = await run_task(http, emu, {}, image=photo)
    again = await run_task(http, emu, {}, image=photo)
    other = await run_task(http, emu, {}, image=sample_photo(colour="102030"))
    reused = await run_task(http, emu, {"last_id": first["image_id"]})
    assert first["image_id"] == again["image_id"] == reused["image_id"] != other["image_id"]
    assert first["task_id"] != again["task_id"]
    record = emu.creates[-1]
    assert record.image_source == "last_id" and not record.image_uploaded
    assert record.image_id == first["image_id"]


@pytest.mark.parametrize("forget", [False, True])
async def test_unknown_or_expired_last_id_is_http_400(http, emu, forget):
    last_id = "img_unknown"
    if forget:
        last_id = (await run_task(http, emu, {}, image=sample_photo()))["image_id"]
        emu.forget_images()
    status, body = await create(http, emu, {"last_id": last_id})
    assert status == 400
    assert body == {"status": 400, "message": "last_id is invalid or expired"}


async def test_no_image_input_is_http_400(http, emu):
    status, body = await create(http, emu, {"size": "300x400"})
    assert status == 400 and body["status"] == 400


async def test_not_an_image_ends_in_state_minus_7(http, emu):
    data = await run_task(http, emu, {}, image=b"this is not a picture")
    assert data["state"] == -7 and data["state_detail"] == "invalid image file"
    assert "image" not in data


async def test_gif_is_an_invalid_image(http, emu):
    data = await run_task(http, emu, {}, image=sample_photo("GIF"))
    assert data["state"] == -7


async def test_image_of_15mb_is_http_400(http, emu):
    big = sample_photo("PNG") + b"\0" * (15 * 1024 * 1024)
    status, body = await create(http, emu, image=big)
    assert status == 400 and "15MB" in body["message"]


async def test_image_over_4096_pixels_is_http_400(http, emu):
    status, _ = await create(http, emu, image=sample_photo("PNG", size=(4097, 8)))
    assert status == 400


# -- parameter validation ------------------------------------------------------------------


@pytest.mark.parametrize(
    "fields",
    [
        {"size": "99x400"},
        {"size": "300X400"},
        {"size": "300x2001"},
        {"dpi": "9"},
        {"dpi": "1001"},
        {"px_width": "1800", "px_height": "400"},
        {"px_width": "300"},
        {"mm_width": "180", "mm_height": "45"},
        {"mm_height": "45"},
        {"bg_color": "red"},
        {"bg_color2": "#FFFFFF"},
        {"bright_factor": "1.5"},
        {"smooth_factor": "-0.1"},
        {"quality": "0"},
        {"quality": "101"},
        {"clothes_id": "man_21"},
        {"clothes_id": "child_11"},
        {"clothes_id": "dog_1"},
        {"layout_size": "7inch"},
        {"preview": "2"},
        {"format": "gif"},
        {"return_type": "3"},
    ],
)
async def test_out_of_bounds_parameter_is_http_400_without_a_task(http, emu, fields):
    status, body = await create(http, emu, fields, image=sample_photo())
    assert status == 400 and body["status"] == 400 and body["message"]
    assert emu.tasks == {} and emu.creates[-1].task_id is None


@pytest.mark.parametrize(
    "fields",
    [
        {"size": "100x2000"},
        {"dpi": "10"},
        {"dpi": "1000"},
        {"px_width": "1799", "px_height": "100"},
        {"mm_width": "179", "mm_height": "10"},
        {"bg_color": "438edb"},
        {"bright_factor": "0", "sharp_factor": "1"},
        {"quality": "1"},
        {"quality": "100"},
        {"clothes_id": "woman_20"},
        {"clothes_id": "child_10"},
        {"layout": "1", "layout_size": "6inch"},
    ],
)
async def test_in_bounds_parameter_is_accepted(http, emu, fields):
    data = await run_task(http, emu, fields, image=sample_photo())
    assert data["state"] == 1


# -- credits and the request log ---------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "price"),
    [
        ({}, 6),
        ({"clothes_id": "man_1"}, 15),
        ({"auto_bright": "1"}, 14),
        ({"auto_smooth": "1", "auto_sharp": "1"}, 14),
        ({"auto_thin_face": "0"}, 6),
        ({"layout": "1"}, 11),
        ({"clothes_id": "woman_2", "auto_smooth": "1", "layout": "1"}, 28),
        ({"preview": "1", "clothes_id": "man_1", "auto_bright": "1", "layout": "1"}, 0),
    ],
)
async def test_credits_follow_the_price_list(http, emu, fields, price):
    await run_task(http, emu, fields, image=sample_photo())
    assert emu.creates[-1].price == price
    assert emu.credits_charged == price


async def test_failed_tasks_are_not_charged(http, emu):
    emu.fail_next_tasks(-1)
    data = await run_task(http, emu, {}, image=sample_photo())
    assert data["state"] == -1
    assert emu.credits_charged == 0


async def test_request_log_records_fields_and_image_but_never_the_api_key(http, emu):
    photo = sample_photo()
    await run_task(http, emu, {"bg_color": "FFFFFF"}, image=photo)
    record = emu.creates[-1]
    assert record.fields == {"sync": "1", "bg_color": "FFFFFF"}
    assert record.image_bytes == photo and record.image_filename == "me.jpg"
    assert record.http_status == 200 and record.task_id in emu.tasks
    assert KEY not in repr(emu.creates) and KEY not in repr(record.fields)


# -- failure injection -------------------------------------------------------------------


@pytest.mark.parametrize("status", [500, 502, 503, 429])
async def test_fail_next_creates_answers_the_status_then_recovers(http, emu, status):
    emu.fail_next_creates(1, status, retry_after=0)
    first, body = await create(http, emu, image=sample_photo())
    assert first == status and "task_id" not in body.get("data", {})
    second, _ = await create(http, emu, image=sample_photo())
    assert second == 200 and len(emu.tasks) == 1


async def test_fail_after_creating_creates_and_charges_the_task(http, emu):
    emu.processing_seconds = 0  # the task is done when the 500 arrives
    emu.fail_next_creates(1, 500, after_creating=True)
    status, _ = await create(http, emu, image=sample_photo())
    assert status == 500 and len(emu.tasks) == 1
    assert emu.credits_charged == 6


async def test_fail_next_queries_answers_the_status(http, emu):
    status, body = await create(http, emu, image=sample_photo())
    emu.fail_next_queries(2, 503)
    url = emu.query_url(body["data"]["task_id"])
    statuses = []
    for _ in range(3):
        async with http.get(url, headers={"X-API-KEY": KEY}) as resp:
            statuses.append(resp.status)
    assert statuses == [503, 503, 200]


@pytest.mark.parametrize("state", [-1, -7])
async def test_fail_next_tasks_ends_the_task_in_that_state(http, emu, state):
    emu.fail_next_tasks(state)
    data = await run_task(http, emu, {}, image=sample_photo())
    assert data["state"] == state


async def test_slow_task_never_finishes(http, emu):
    emu.slow_next_tasks()
    _, body = await create(http, emu, image=sample_photo())
    await asyncio.sleep(0.1)  # three times the processing time: not finishing is the behaviour
    data = await query(http, emu, body["data"]["task_id"])
    assert data["state"] > 1 and data["progress"] < 100


async def test_fail_next_downloads_answers_the_status(http, emu):
    data = await run_task(http, emu, {}, image=sample_photo())
    emu.fail_next_downloads(1, 502)
    async with http.get(data["image"]) as resp:
        assert resp.status == 502


async def test_delayed_create_creates_the_task_before_answering(http, emu):
    emu.delay_next_creates(5.0)
    with pytest.raises(TimeoutError):
        async with asyncio.timeout(0.1):
            await create(http, emu, image=sample_photo())
    assert len(emu.tasks) == 1


async def test_dropped_create_creates_the_task_and_closes_the_connection(http, emu):
    emu.drop_next_creates()
    with pytest.raises(aiohttp.ClientError):
        await create(http, emu, image=sample_photo())
    assert len(emu.tasks) == 1
