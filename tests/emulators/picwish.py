"""A local emulator of PicWish's Advanced ID Photo API (``aiohttp.web``), for tests.

Endpoints (``root_url`` is the client's ``PICWISH_API_URL``):

* ``POST {root}/api/tasks/visual/external/idphoto``: create a task (multipart form).
* ``GET  {root}/api/tasks/visual/external/idphoto/{task_id}``: query it.
* ``GET  {root}/results/{token}.{ext}``: result URLs (``return_type=1``); no API key needed,
  like a signed storage URL; answers 403 once expired (``result_ttl``), 404 if unknown.
* ``GET  {root}/inputs/{token}/{filename}``: bytes registered with ``host_input`` (for
  ``image_url`` tests).

Documented behaviour reproduced: ``X-API-KEY`` check; ``image_file`` > ``image_url`` >
``last_id`` priority; ``sync`` 0/1; ``state`` > 1 with growing ``progress`` then 1 with 100;
``return_type`` 1 (URL valid for ``result_ttl``; a query after it expired answers a new URL) or
2 (base64); ``image_id`` stable per image
(sha256 of the bytes); output of the requested size with ``bg_color``/``bg_color2``, a drawn
"person", a watermark when ``preview=1``, encoded as ``format`` (png default) with DPI metadata;
the parameter bounds and the price list.

Assumptions where the documentation is silent (the client relies on the same ones):

* Request rejections (bad parameter, no image input, image >= 15 MB or over 4096x4096, unknown
  or expired ``last_id``) answer HTTP 400 with ``{"status": 400, "message": ...}``; no task is
  created. Bad API key: HTTP 401 ``{"status": 401, "message": ...}``. Unknown task: HTTP 404.
* Input problems found while processing are task states: ``-7`` "invalid image file" (bytes
  Pillow cannot open, or not jpg/png/bmp/webp/tiff), ``-3`` "image download failed"
  (``image_url`` could not be fetched within ``image_url_timeout``).
* Running tasks show state 2 ("preparing", first quarter of ``processing_seconds``) then 4
  ("processing"); ``progress`` grows and stays < 100 until state 1.
* The async create answers ``data.task_id`` only; the sync create answers the finished task
  (or the running one after ``sync_wait_limit`` seconds).
* ``layout=1`` adds ``data.layout_image`` (same form as ``data.image``: URL or base64), a sheet of
  copies on 5inch (5x3.5 in) or 6inch (6x4 in, default) paper at the output DPI; the QR code is
  drawn as a placeholder square.
* Output size: ``size`` > ``px_width``/``px_height`` > ``mm`` x ``dpi`` / 25.4 (rounded, dpi
  default 300) > 295x413. ``spec_id``, face constraints, beauty, file-size targets are accepted
  and validated but do not change the drawing. png without ``bg_color``/``bg_color2`` has a
  transparent background; jpg without ``bg_color`` is white.
* Credits are charged when a task succeeds (state 1), never for failures or ``preview=1``:
  6 (15 with ``clothes_id``), +8 with any beauty option, +5 with ``layout=1``.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import io
import math
import re
import secrets
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType

import aiohttp
from aiohttp import web
from PIL import Image, ImageDraw, ImageFont

API_PATH = "/api/tasks/visual/external/idphoto"
MAX_IMAGE_BYTES = 15 * 1024 * 1024
MAX_IMAGE_SIDE = 4096
DEFAULT_SIZE = (295, 413)

STATE_SUCCESS = 1
STATE_PREPARING = 2
STATE_PROCESSING = 4
STATE_FAILED = -1
STATE_DOWNLOAD_FAILED = -3
STATE_INVALID_IMAGE = -7
STATE_DETAILS = {
    STATE_SUCCESS: "success",
    STATE_PREPARING: "preparing",
    STATE_PROCESSING: "processing",
    STATE_FAILED: "processing failed",
    STATE_DOWNLOAD_FAILED: "image download failed",
    STATE_INVALID_IMAGE: "invalid image file",
}

_FLAGS = (
    "sync", "change_bg", "auto_bright", "auto_smooth", "auto_thin_face", "auto_sharp",
    "preview", "add_label", "layout", "layout_vertical",
)  # fmt: skip
_BEAUTY = ("auto_bright", "auto_smooth", "auto_thin_face", "auto_sharp")
_INTS: dict[str, tuple[int, int | None]] = {
    "return_type": (1, 2),
    "spec_id": (1, None),
    "dpi": (10, 1000),
    "px_width": (1, 1799),
    "px_height": (1, 1799),
    "mm_width": (1, 179),
    "mm_height": (1, 179),
    "quality": (1, 100),
    "min_file_size": (0, None),
    "max_file_size": (0, None),
    "label_height": (0, None),
    "layout_qr_code_size": (0, None),
    **{
        f"{prefix}{name}": (0, None)
        for name in ("face_width", "face_height", "head_top", "chin_top", "eyes_top")
        for prefix in ("", "min_", "max_")
    },
}
_FACTORS = ("bright_factor", "smooth_factor", "thin_face_factor", "sharp_factor")
_COLOURS = ("bg_color", "bg_color2", "layout_bg_color")
_TEXTS = ("last_id", "image_url", "label_text", "layout_qr_code_data", "layout_label_text")
_SUPPORTED_FORMATS = {"JPEG", "PNG", "BMP", "WEBP", "TIFF"}
_PAPER_INCHES = {"5inch": (5.0, 3.5), "6inch": (6.0, 4.0)}


class InvalidRequest(Exception):
    """A request rejection: HTTP 400 with this message."""


# -- records ------------------------------------------------------------------------------


@dataclass
class CreateRecord:
    """One create request as the emulator received it (the API key is never kept)."""

    fields: dict[str, str]
    image_bytes: bytes | None = field(repr=False)
    image_filename: str | None
    http_status: int = 0
    message: str = ""
    image_source: str | None = None  # "image_file" | "image_url" | "last_id"
    image_id: str | None = None
    task_id: str | None = None
    price: int = 0
    injected: bool = False
    _task: _Task | None = field(default=None, repr=False)

    @property
    def image_uploaded(self) -> bool:
        return self.image_bytes is not None

    @property
    def image_url(self) -> str | None:
        return self.fields.get("image_url")

    @property
    def last_id(self) -> str | None:
        return self.fields.get("last_id")

    @property
    def credits(self) -> int:
        """Credits charged for this request so far (its price once the task has succeeded)."""
        if self._task is None:
            return 0
        state, _ = self._task.status(time.monotonic())
        return self.price if state == STATE_SUCCESS else 0


@dataclass(frozen=True)
class QueryRecord:
    task_id: str
    http_status: int
    state: int | None


@dataclass(frozen=True)
class DownloadRecord:
    path: str
    http_status: int


@dataclass
class _Injected:
    status: int
    retry_after: float | None = None
    after_creating: bool = False


@dataclass
class _Blob:
    data: bytes
    content_type: str
    expires_at: float


@dataclass
class _Task:
    task_id: str
    image_id: str | None
    params: dict[str, object]
    source: bytes | None
    started: float
    created_at: int
    duration: float
    outcome: int
    slow: bool
    price: int
    image_ref: str | None = None
    layout_ref: str | None = None
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    @property
    def finishes_at(self) -> float:
        return math.inf if self.slow else self.started + self.duration

    def status(self, now: float) -> tuple[int, int]:
        """``(state, progress)`` at ``now``."""
        elapsed = now - self.started
        if not self.slow and elapsed >= self.duration:
            return self.outcome, 100 if self.outcome == STATE_SUCCESS else 99
        fraction = elapsed / self.duration if self.duration > 0 else 0.0
        progress = min(95 if self.slow else 99, int(fraction * 100))
        return (STATE_PREPARING if fraction < 0.25 else STATE_PROCESSING), progress


# -- the emulator -------------------------------------------------------------------------


class PicWishEmulator:
    """Run with ``async with PicWishEmulator(api_key="k") as emu:`` and point the client at
    ``emu.root_url``. See the module doc for the protocol and the assumptions."""

    def __init__(
        self,
        api_key: str = "emulator-api-key",
        *,
        processing_seconds: float = 0.3,
        result_ttl: float = 3600.0,
        image_ttl: float = 24 * 3600.0,
        sync_wait_limit: float = 10.0,
        image_url_timeout: float = 10.0,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        self.api_key = api_key
        self.processing_seconds = processing_seconds
        self.result_ttl = result_ttl
        self.image_ttl = image_ttl
        self.sync_wait_limit = sync_wait_limit
        self.image_url_timeout = image_url_timeout
        self._host = host
        self._port = port
        self.creates: list[CreateRecord] = []
        self.queries: list[QueryRecord] = []
        self.downloads: list[DownloadRecord] = []
        self.tasks: dict[str, _Task] = {}
        self._images: dict[str, tuple[bytes, float]] = {}
        self._results: dict[str, _Blob] = {}
        self._inputs: dict[str, _Blob] = {}
        self._create_failures: deque[_Injected] = deque()
        self._query_failures: deque[_Injected] = deque()
        self._download_failures: deque[_Injected] = deque()
        self._task_outcomes: deque[int] = deque()
        self._slow_tasks = 0
        self._create_delays: deque[float] = deque()
        self._create_drops = 0
        self._runner: web.AppRunner | None = None
        self._fetcher: aiohttp.ClientSession | None = None
        self._closing = asyncio.Event()
        self._root_url: str | None = None
        #: Set (and replaced) whenever a request is recorded or a task created: see wait_until.
        self._activity = asyncio.Event()

    # -- lifecycle ------------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_post(API_PATH, self._handle_create)
        app.router.add_get(API_PATH + "/{task_id}", self._handle_query)
        app.router.add_get("/results/{name}", self._handle_result)
        app.router.add_get("/inputs/{token}/{filename}", self._handle_input)
        self._closing = asyncio.Event()
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self._host, self._port)
        await site.start()
        port = self._runner.addresses[0][1]
        self._root_url = f"http://{self._host}:{port}"
        self._fetcher = aiohttp.ClientSession(
            timeout=aiohttp.ClientTimeout(total=self.image_url_timeout)
        )

    async def stop(self) -> None:
        self._closing.set()
        if self._fetcher is not None:
            await self._fetcher.close()
            self._fetcher = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> PicWishEmulator:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    @property
    def root_url(self) -> str:
        if self._root_url is None:
            raise RuntimeError("the emulator is not started")
        return self._root_url

    @property
    def create_url(self) -> str:
        return self.root_url + API_PATH

    def query_url(self, task_id: str) -> str:
        return f"{self.root_url}{API_PATH}/{task_id}"

    # -- observations ---------------------------------------------------------------------

    @property
    def credits_charged(self) -> int:
        """Credits charged so far: the price of every task that has succeeded."""
        return sum(record.credits for record in self.creates)

    def host_input(
        self, data: bytes, filename: str = "input.jpg", content_type: str = "image/jpeg"
    ) -> str:
        """Serve ``data`` at a local URL, for ``image_url`` requests."""
        token = secrets.token_hex(8)
        self._inputs[f"{token}/{filename}"] = _Blob(data, content_type, math.inf)
        return f"{self.root_url}/inputs/{token}/{filename}"

    async def wait_until(
        self,
        condition: Callable[[], bool],
        timeout: float = 5.0,  # noqa: ASYNC109 - a deadline is this helper's purpose
    ) -> None:
        """Wait until ``condition()`` holds, checked whenever a request is recorded (create,
        query, download) or a task created; raises ``TimeoutError`` after ``timeout`` s."""
        async with asyncio.timeout(timeout):
            while not condition():
                await self._activity.wait()

    async def tasks_finished(self, timeout: float = 5.0) -> None:  # noqa: ASYNC109
        """Wait until every task created so far has finished (tasks end on the emulator's clock:
        ``processing_seconds`` after their create; a slow task never does)."""
        async with asyncio.timeout(timeout):
            while True:
                now = time.monotonic()
                ends = [t.finishes_at for t in self.tasks.values() if t.finishes_at > now]
                if not ends:
                    return
                await self._sleep(max(ends) - now)

    # -- failure injection ----------------------------------------------------------------

    def fail_next_creates(
        self,
        count: int = 1,
        status: int = 500,
        *,
        retry_after: float | None = None,
        after_creating: bool = False,
    ) -> None:
        """Answer the next ``count`` authorised creates with HTTP ``status`` (no task_id).

        ``after_creating=True`` creates (and later charges) the task before failing, like a
        server that broke after doing the work; that answer carries ``data.task_id``.
        """
        self._create_failures.extend(
            _Injected(status, retry_after, after_creating) for _ in range(count)
        )

    def fail_next_queries(
        self, count: int = 1, status: int = 500, *, retry_after: float | None = None
    ) -> None:
        self._query_failures.extend(_Injected(status, retry_after) for _ in range(count))

    def fail_next_downloads(self, count: int = 1, status: int = 500) -> None:
        self._download_failures.extend(_Injected(status) for _ in range(count))

    def fail_next_tasks(self, state: int = STATE_FAILED, count: int = 1) -> None:
        """The next ``count`` tasks end in ``state`` (< 0) instead of succeeding."""
        self._task_outcomes.extend(state for _ in range(count))

    def slow_next_tasks(self, count: int = 1) -> None:
        """The next ``count`` tasks never finish (stuck at state 4, progress <= 95)."""
        self._slow_tasks += count

    def delay_next_creates(self, seconds: float, count: int = 1) -> None:
        """Create the task, then hold the answer for ``seconds`` (a response time-out)."""
        self._create_delays.extend(seconds for _ in range(count))

    def drop_next_creates(self, count: int = 1) -> None:
        """Create the task, then close the connection without answering."""
        self._create_drops += count

    def expire_result_urls(self) -> None:
        """Every result URL issued so far now answers 403."""
        for blob in self._results.values():
            blob.expires_at = 0.0

    def forget_images(self) -> None:
        """Every stored image expires: its image_id is refused as last_id."""
        self._images.clear()

    # -- handlers -------------------------------------------------------------------------

    def _authorised(self, request: web.Request) -> bool:
        return request.headers.get("X-API-KEY") == self.api_key

    async def _handle_create(self, request: web.Request) -> web.StreamResponse:
        form = await request.post()
        fields = {k: v for k, v in form.items() if isinstance(v, str)}
        upload = form.get("image_file")
        file_part = upload if isinstance(upload, web.FileField) else None
        record = CreateRecord(
            fields=fields,
            image_bytes=file_part.file.read() if file_part else None,
            image_filename=file_part.filename if file_part else None,
        )
        self.creates.append(record)
        self._note_activity()
        if not self._authorised(request):
            return _answer(record, 401, "Unauthorized: missing or invalid X-API-KEY")
        injected = self._create_failures.popleft() if self._create_failures else None
        if injected is not None and not injected.after_creating:
            record.injected = True
            return _answer(record, injected.status, "injected failure", injected.retry_after)
        try:
            params = parse_params(fields)
            task = await self._new_task(record, params)
        except InvalidRequest as exc:
            return _answer(record, 400, str(exc))
        if injected is not None:
            record.injected = True
            data = {"task_id": task.task_id}
            return _answer(
                record, injected.status, "injected failure", injected.retry_after, data=data
            )
        if self._create_delays:
            await self._sleep(self._create_delays.popleft())
        if self._create_drops:
            self._create_drops -= 1
            assert request.transport is not None
            request.transport.abort()
            return web.Response(status=500)  # never reaches the client
        if params.get("sync") == 1:
            await self._sleep(min(task.finishes_at - time.monotonic(), self.sync_wait_limit))
            return _answer(record, 200, "success", data=await self._view(task))
        return _answer(record, 200, "success", data={"task_id": task.task_id})

    async def _new_task(self, record: CreateRecord, params: dict[str, object]) -> _Task:
        outcome = STATE_SUCCESS
        if record.image_bytes is not None:
            source: bytes | None = record.image_bytes
            record.image_source = "image_file"
        elif "image_url" in params:
            record.image_source = "image_url"
            source = await self._fetch(str(params["image_url"]))
            if source is None:
                outcome = STATE_DOWNLOAD_FAILED
        elif "last_id" in params:
            record.image_source = "last_id"
            stored = self._images.get(str(params["last_id"]))
            if stored is None or time.monotonic() - stored[1] > self.image_ttl:
                raise InvalidRequest("last_id is invalid or expired")
            source = stored[0]
        else:
            raise InvalidRequest("image_file or image_url is required")
        if source is not None:
            if len(source) >= MAX_IMAGE_BYTES:
                raise InvalidRequest("image file must be smaller than 15MB")
            dims = _image_dimensions(source)
            if dims is None:
                outcome = STATE_INVALID_IMAGE
            elif max(dims) > MAX_IMAGE_SIDE:
                raise InvalidRequest("image resolution must not exceed 4096x4096")
            record.image_id = "img_" + hashlib.sha256(source).hexdigest()[:24]
            self._images[record.image_id] = (source, time.monotonic())
        if outcome == STATE_SUCCESS and self._task_outcomes:
            outcome = self._task_outcomes.popleft()
        slow = self._slow_tasks > 0
        self._slow_tasks -= int(slow)
        task = _Task(
            task_id=secrets.token_hex(16),
            image_id=record.image_id,
            params=params,
            source=source,
            started=time.monotonic(),
            created_at=int(time.time()),
            duration=self.processing_seconds,
            outcome=outcome,
            slow=slow,
            price=price_of(params),
        )
        self.tasks[task.task_id] = task
        self._note_activity()
        record.task_id, record.price, record._task = task.task_id, task.price, task
        return task

    async def _fetch(self, url: str) -> bytes | None:
        if not url.startswith(("http://", "https://")) or self._fetcher is None:
            return None  # oss:// cannot be fetched here
        try:
            async with self._fetcher.get(url) as resp:
                return await resp.read() if resp.status == 200 else None
        except (aiohttp.ClientError, TimeoutError):
            return None

    async def _handle_query(self, request: web.Request) -> web.Response:
        task_id = request.match_info["task_id"]
        if not self._authorised(request):
            self._note_query(QueryRecord(task_id, 401, None))
            return _json(401, "Unauthorized: missing or invalid X-API-KEY")
        if self._query_failures:
            injected = self._query_failures.popleft()
            self._note_query(QueryRecord(task_id, injected.status, None))
            return _json(injected.status, "injected failure", retry_after=injected.retry_after)
        task = self.tasks.get(task_id)
        if task is None:
            self._note_query(QueryRecord(task_id, 404, None))
            return _json(404, "task not found")
        data = await self._view(task)
        self._note_query(QueryRecord(task_id, 200, task.status(time.monotonic())[0]))
        return _json(200, "success", data=data)

    async def _view(self, task: _Task) -> dict[str, object]:
        state, progress = task.status(time.monotonic())
        data: dict[str, object] = {
            "task_id": task.task_id,
            "image_id": task.image_id,
            "created_at": task.created_at,
            "processed_at": task.created_at,
            "progress": progress,
            "state": state,
            "state_detail": STATE_DETAILS.get(state, "failed"),
            "return_type": task.params.get("return_type", 1),
        }
        if state == STATE_SUCCESS or state < 0:
            data["completed_at"] = task.created_at + math.ceil(task.duration)
        if state == STATE_SUCCESS:
            await self._publish(task)
            self._resign_expired(task)
            data["image"] = task.image_ref
            if task.layout_ref is not None:
                data["layout_image"] = task.layout_ref
        return data

    async def _publish(self, task: _Task) -> None:
        """Render the output once, then expose it as URLs or base64."""
        async with task.lock:
            if task.image_ref is not None:
                return
            assert task.source is not None
            image, layout, ext, mime = await asyncio.to_thread(render_result, task.params)
            task.image_ref = self._publish_blob(task, image, ext, mime)
            if layout is not None:
                task.layout_ref = self._publish_blob(task, layout, ext, mime)

    def _resign_expired(self, task: _Task) -> None:
        """A query answers valid result URLs: an expired one is signed again (a new URL)."""
        for name in ("image_ref", "layout_ref"):
            ref = getattr(task, name)
            if ref is None or not ref.startswith(f"{self.root_url}/results/"):
                continue
            token, ext = ref.rsplit("/", 1)[1].split(".", 1)
            blob = self._results.get(token)
            if blob is not None and time.monotonic() >= blob.expires_at:
                setattr(task, name, self._publish_blob(task, blob.data, ext, blob.content_type))

    def _publish_blob(self, task: _Task, data: bytes, ext: str, mime: str) -> str:
        if task.params.get("return_type", 1) == 2:
            return base64.b64encode(data).decode("ascii")
        token = secrets.token_urlsafe(16)
        self._results[token] = _Blob(data, mime, time.monotonic() + self.result_ttl)
        return f"{self.root_url}/results/{token}.{ext}"

    async def _handle_result(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        status, response = 200, None
        if self._download_failures:
            status = self._download_failures.popleft().status
            response = web.Response(status=status, text="injected failure")
        else:
            blob = self._results.get(name.split(".", 1)[0])
            if blob is None:
                status, response = 404, web.Response(status=404, text="NoSuchKey")
            elif time.monotonic() >= blob.expires_at:
                status, response = 403, web.Response(status=403, text="Request has expired")
            else:
                response = web.Response(body=blob.data, content_type=blob.content_type)
        self.downloads.append(DownloadRecord(request.path, status))
        self._note_activity()
        return response

    async def _handle_input(self, request: web.Request) -> web.Response:
        key = f"{request.match_info['token']}/{request.match_info['filename']}"
        blob = self._inputs.get(key)
        if blob is None:
            return web.Response(status=404)
        return web.Response(body=blob.data, content_type=blob.content_type)

    def _note_query(self, record: QueryRecord) -> None:
        self.queries.append(record)
        self._note_activity()

    def _note_activity(self) -> None:
        self._activity.set()
        self._activity = asyncio.Event()

    async def _sleep(self, seconds: float) -> None:
        """Sleep, but wake up at once when the emulator stops."""
        if seconds > 0:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._closing.wait(), seconds)


# -- protocol helpers ---------------------------------------------------------------------


def _json(
    status: int,
    message: str,
    *,
    data: dict[str, object] | None = None,
    retry_after: float | None = None,
) -> web.Response:
    body: dict[str, object] = {"status": status, "message": message}
    if data is not None:
        body["data"] = data
    headers = {"Retry-After": f"{retry_after:g}"} if retry_after is not None else None
    return web.json_response(body, status=status, headers=headers)


def _answer(
    record: CreateRecord,
    status: int,
    message: str,
    retry_after: float | None = None,
    *,
    data: dict[str, object] | None = None,
) -> web.Response:
    record.http_status, record.message = status, message
    return _json(status, message, data=data, retry_after=retry_after)


def parse_params(fields: dict[str, str]) -> dict[str, object]:
    """Validate the text fields against the documented bounds; return typed values."""
    params: dict[str, object] = {}
    for name, raw in fields.items():
        if name in _FLAGS:
            if raw not in ("0", "1"):
                raise InvalidRequest(f"{name} must be 0 or 1")
            params[name] = int(raw)
        elif name in _INTS:
            low, high = _INTS[name]
            if not re.fullmatch(r"-?\d+", raw):
                raise InvalidRequest(f"{name} must be an integer")
            value = int(raw)
            if value < low or (high is not None and value > high):
                raise InvalidRequest(f"{name} out of range")
            params[name] = value
        elif name in _FACTORS:
            try:
                factor = float(raw)
            except ValueError:
                raise InvalidRequest(f"{name} must be a number") from None
            if not 0 <= factor <= 1:
                raise InvalidRequest(f"{name} must be in [0, 1]")
            params[name] = factor
        elif name in _COLOURS:
            if not re.fullmatch(r"[0-9A-Fa-f]{6}", raw):
                raise InvalidRequest(f"{name} must be a hex colour")
            params[name] = raw
        elif name == "size":
            match = re.fullmatch(r"(\d+)x(\d+)", raw)
            if not match or not all(100 <= int(v) <= 2000 for v in match.groups()):
                raise InvalidRequest("size must be {width}x{height}, each 100-2000")
            params[name] = (int(match.group(1)), int(match.group(2)))
        elif name == "format":
            if raw not in ("png", "jpg"):
                raise InvalidRequest("format must be png or jpg")
            params[name] = raw
        elif name == "layout_size":
            if raw not in _PAPER_INCHES:
                raise InvalidRequest("layout_size must be 5inch or 6inch")
            params[name] = raw
        elif name == "clothes_id":
            match = re.fullmatch(r"(man|woman|child)_(\d+)", raw)
            limit = {"man": 20, "woman": 20, "child": 10}
            if not match or not 1 <= int(match.group(2)) <= limit[match.group(1)]:
                raise InvalidRequest("clothes_id is invalid")
            params[name] = raw
        elif name in _TEXTS:
            params[name] = raw
        # unknown fields are ignored, as web APIs usually do
    for a, b in (("px_width", "px_height"), ("mm_width", "mm_height")):
        if (a in params) != (b in params):
            raise InvalidRequest(f"{a} and {b} must be passed together")
    url = params.get("image_url")
    if isinstance(url, str) and (
        len(url) > 512 or not url.lower().startswith(("http://", "https://", "oss://"))
    ):
        raise InvalidRequest("image_url must be an http or oss URL of at most 512 characters")
    return params


def price_of(params: dict[str, object]) -> int:
    """Credits a successful task with these (parsed) parameters costs."""
    if params.get("preview") == 1:
        return 0
    price = 15 if params.get("clothes_id") else 6
    if any(params.get(flag) == 1 for flag in _BEAUTY):
        price += 8
    if params.get("layout") == 1:
        price += 5
    return price


def _image_dimensions(data: bytes) -> tuple[int, int] | None:
    try:
        with Image.open(io.BytesIO(data)) as img:
            if img.format not in _SUPPORTED_FORMATS:
                return None
            img.load()
            return img.size
    except Exception:
        return None


# -- rendering ----------------------------------------------------------------------------


def sample_photo(
    fmt: str = "JPEG", size: tuple[int, int] = (300, 400), colour: str = "C86432"
) -> bytes:
    """A small valid image in ``fmt`` (any Pillow format name), for tests."""
    out = io.BytesIO()
    Image.new("RGB", size, _rgb(colour)).save(out, fmt)
    return out.getvalue()


def output_size(params: dict[str, object]) -> tuple[int, int]:
    """Pixel size of the result: size > px > mm x dpi / 25.4 > 295x413."""
    if "size" in params:
        width, height = params["size"]  # type: ignore[misc]
        return int(width), int(height)
    if "px_width" in params:
        return int(str(params["px_width"])), int(str(params["px_height"]))
    if "mm_width" in params:
        dpi = int(str(params.get("dpi", 300)))
        mm_w, mm_h = int(str(params["mm_width"])), int(str(params["mm_height"]))
        return round(mm_w * dpi / 25.4), round(mm_h * dpi / 25.4)
    return DEFAULT_SIZE


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    value = int(hex_colour, 16)
    return (value >> 16) & 255, (value >> 8) & 255, value & 255


def render_result(params: dict[str, object]) -> tuple[bytes, bytes | None, str, str]:
    """``(image, layout or None, extension, MIME type)`` for a task's parameters."""
    width, height = output_size(params)
    fmt = str(params.get("format", "png"))
    dpi = int(str(params.get("dpi", 300)))
    bg, bg2 = params.get("bg_color"), params.get("bg_color2")
    transparent = fmt == "png" and bg is None and bg2 is None
    top = _rgb(str(bg or "FFFFFF"))
    photo = Image.new("RGBA", (width, height), (*top, 0 if transparent else 255))
    if bg2 is not None:
        bottom = Image.new("RGBA", (width, height), (*_rgb(str(bg2)), 255))
        mask = Image.linear_gradient("L").resize((width, height))
        photo = Image.composite(bottom, photo, mask)
    _draw_person(photo, clothed=bool(params.get("clothes_id")))
    if params.get("add_label") == 1:
        _draw_label(photo, str(params.get("label_text", "")), params.get("label_height"))
    if params.get("preview") == 1:
        photo = _watermark(photo)
    layout = _layout(photo, params, dpi) if params.get("layout") == 1 else None
    quality = int(str(params.get("quality", 90)))
    return (
        _encode(photo, fmt, dpi, quality),
        _encode(layout, fmt, dpi, quality) if layout is not None else None,
        fmt,
        "image/png" if fmt == "png" else "image/jpeg",
    )


def _draw_person(img: Image.Image, *, clothed: bool) -> None:
    w, h = img.size
    draw = ImageDraw.Draw(img)
    body = (30, 40, 90, 255) if clothed else (70, 70, 80, 255)
    draw.ellipse((w * 0.12, h * 0.68, w * 0.88, h * 1.35), fill=body)  # shoulders
    draw.rectangle((w * 0.42, h * 0.55, w * 0.58, h * 0.72), fill=(214, 170, 130, 255))  # neck
    draw.ellipse((w * 0.3, h * 0.18, w * 0.7, h * 0.62), fill=(224, 180, 140, 255))  # face
    draw.chord((w * 0.28, h * 0.14, w * 0.72, h * 0.5), 180, 360, fill=(50, 35, 25, 255))  # hair
    for x in (0.42, 0.58):  # eyes
        draw.ellipse(
            (w * x - w * 0.025, h * 0.38, w * x + w * 0.025, h * 0.41), fill=(30, 30, 30, 255)
        )
    draw.arc((w * 0.43, h * 0.46, w * 0.57, h * 0.54), 20, 160, fill=(120, 50, 50, 255), width=2)


def _draw_label(img: Image.Image, text: str, height: object) -> None:
    w, h = img.size
    strip = int(str(height)) if height is not None else max(20, h // 12)
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, h - strip, w, h), fill=(255, 255, 255, 255))
    font = ImageFont.load_default(size=max(8, int(strip * 0.6)))
    draw.text((w / 2, h - strip / 2), text, fill=(0, 0, 0, 255), font=font, anchor="mm")


def _watermark(img: Image.Image) -> Image.Image:
    w, h = img.size
    overlay = Image.new("RGBA", img.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    step = max(24, min(w, h) // 6)
    for offset in range(-h, w, step):  # diagonal stripes
        draw.line((offset, h, offset + h, 0), fill=(128, 128, 128, 140), width=3)
    font = ImageFont.load_default(size=max(10, min(w, h) // 10))
    for y in range(step // 2, h, step * 2):
        draw.text((w / 2, y), "PREVIEW", fill=(255, 255, 255, 190), font=font, anchor="mm")
    return Image.alpha_composite(img, overlay)


def _layout(photo: Image.Image, params: dict[str, object], dpi: int) -> Image.Image:
    long_in, short_in = _PAPER_INCHES[str(params.get("layout_size", "6inch"))]
    long_px, short_px = round(long_in * dpi), round(short_in * dpi)
    size = (short_px, long_px) if params.get("layout_vertical") == 1 else (long_px, short_px)
    sheet = Image.new("RGBA", size, (*_rgb(str(params.get("layout_bg_color", "C8C8C8"))), 255))
    gap = max(4, dpi // 15)
    tile = photo.copy()
    if tile.width + 2 * gap > size[0] or tile.height + 2 * gap > size[1]:
        tile.thumbnail((size[0] - 2 * gap, size[1] - 2 * gap))
    cols = max(1, (size[0] - gap) // (tile.width + gap))
    rows = max(1, (size[1] - gap) // (tile.height + gap))
    for row in range(rows):
        for col in range(cols):
            sheet.alpha_composite(
                tile, (gap + col * (tile.width + gap), gap + row * (tile.height + gap))
            )
    draw = ImageDraw.Draw(sheet)
    if params.get("layout_qr_code_data"):
        qr = int(str(params.get("layout_qr_code_size", dpi // 2)))
        x, y = size[0] - qr - gap, size[1] - qr - gap
        draw.rectangle(
            (x, y, x + qr, y + qr), fill=(255, 255, 255, 255), outline=(0, 0, 0, 255), width=4
        )
        draw.rectangle(
            (x + qr // 4, y + qr // 4, x + 3 * qr // 4, y + 3 * qr // 4), fill=(0, 0, 0, 255)
        )
    if params.get("layout_label_text"):
        font = ImageFont.load_default(size=max(10, dpi // 12))
        text = str(params["layout_label_text"]).replace("\\n", "\n")
        draw.multiline_text((gap, size[1] - gap), text, fill=(0, 0, 0, 255), font=font, anchor="ld")
    return sheet


def _encode(img: Image.Image, fmt: str, dpi: int, quality: int) -> bytes:
    out = io.BytesIO()
    if fmt == "jpg":
        flat = Image.new("RGB", img.size, (255, 255, 255))
        flat.paste(img, mask=img.getchannel("A"))
        flat.save(out, "JPEG", quality=quality, dpi=(dpi, dpi))
    else:
        opaque = img.getchannel("A").getextrema() == (255, 255)
        (img.convert("RGB") if opaque else img).save(out, "PNG", dpi=(dpi, dpi))
    return out.getvalue()
