"""aiohttp client for PicWish's Advanced ID Photo API (create, poll, download).

Retry rule (what may be sent again after a failure):

* Queries (GET ``.../idphoto/{task_id}``) and result downloads are idempotent: connection
  errors, time-outs, dropped connections, HTTP 429 and 5xx are retried up to ``max_retries``
  times with exponential backoff and jitter (``Retry-After`` honoured), within the deadline.
* A create (POST) is retried only when PicWish certainly did not create a task:
  - the connection could not be opened (connect refused / DNS / connect time-out: nothing sent);
  - HTTP 429, 502 or 503 whose body carries no ``data.task_id``.
  A free create (``preview=1``) is retried like a query: a duplicate costs nothing.
* A charged create (``preview`` not 1) is never repeated after it may have reached PicWish:
  a response time-out or a dropped connection raises ``PicWishOutcomeUnknown``; HTTP 500, 504,
  any other status, or any answer carrying a ``task_id`` raises at once without a retry.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import dataclasses
import json
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from types import TracebackType
from urllib.parse import quote, urlsplit

import aiohttp

from bot.picwish.errors import (
    PicWishAPIError,
    PicWishAuthError,
    PicWishConnectionError,
    PicWishDownloadError,
    PicWishError,
    PicWishHTTPError,
    PicWishInvalidImage,
    PicWishLastIdInvalid,
    PicWishOutcomeUnknown,
    PicWishTaskFailed,
    PicWishTimeout,
)
from bot.picwish.request import IdPhotoRequest, credits
from bot.progress import ProgressCallback, ProgressReporter

logger = logging.getLogger(__name__)

DEFAULT_API_URL = "https://techsz.aoscdn.com"
CREATE_PATH = "/api/tasks/visual/external/idphoto"
STATE_SUCCESS = 1
STATE_INVALID_IMAGE = -7

_TRANSIENT_STATUSES = frozenset({429, 500, 502, 503, 504})
_CREATE_SAFE_STATUSES = frozenset({429, 502, 503})
_EXPIRED_STATUSES = frozenset({403, 404, 410})


@dataclass(frozen=True)
class IdPhotoResult:
    """A finished task with its output already downloaded (result URLs expire)."""

    image: bytes = field(repr=False)
    layout: bytes | None = field(repr=False)
    task_id: str
    image_id: str | None
    state: int
    state_detail: str | None
    progress: int
    created_at: int | None
    processed_at: int | None
    completed_at: int | None
    return_type: int
    credits_charged: int


@dataclass(frozen=True)
class _TaskView:
    """The ``data`` object of a create or query answer."""

    task_id: str
    image_id: str | None
    state: int | None
    state_detail: str | None
    progress: int
    created_at: int | None
    processed_at: int | None
    completed_at: int | None
    image: str | None
    layout_image: str | None
    return_type: int | None

    @classmethod
    def parse(cls, data: dict[str, object], task_id: str) -> _TaskView:
        progress = _as_int(data.get("progress"))
        return cls(
            task_id=_as_str(data.get("task_id")) or task_id,
            image_id=_as_str(data.get("image_id")),
            state=_as_int(data.get("state")),
            state_detail=_as_str(data.get("state_detail")),
            progress=max(0, min(100, progress or 0)),
            created_at=_as_int(data.get("created_at")),
            processed_at=_as_int(data.get("processed_at")),
            completed_at=_as_int(data.get("completed_at")),
            image=_as_str(data.get("image")),
            layout_image=_as_str(data.get("layout_image")),
            return_type=_as_int(data.get("return_type")),
        )

    @property
    def finished(self) -> bool:
        """State 1 (success) or < 0 (failure); 0 (queued) and > 1 mean still running."""
        return self.state is not None and (self.state == STATE_SUCCESS or self.state < 0)


@dataclass(frozen=True)
class _Reply:
    status: int
    body: bytes
    retry_after: float | None

    def json(self) -> dict[str, object] | None:
        try:
            value = json.loads(self.body)
        except ValueError:
            return None
        return value if isinstance(value, dict) else None


class PicWishClient:
    """One shared aiohttp session for all PicWish calls; see the module doc for retries."""

    def __init__(
        self,
        api_url: str,
        api_key: str,
        *,
        poll_interval: float = 1.0,
        deadline: float = 30.0,
        use_sync: bool = False,
        max_retries: int = 3,
        timeout: float = 15.0,
        retry_backoff: float = 0.5,
        max_backoff: float = 8.0,
        max_connections: int = 8,
        max_response_bytes: int = 64 * 1024 * 1024,
    ) -> None:
        if urlsplit(api_url).scheme not in ("http", "https"):
            raise ValueError("api_url must be an http(s) URL")
        if not api_key:
            raise ValueError("api_key must not be empty")
        if poll_interval <= 0 or deadline <= 0 or timeout <= 0 or max_retries < 0:
            raise ValueError("poll_interval, deadline and timeout must be > 0, max_retries >= 0")
        self._api_url = api_url.rstrip("/")
        self._api_key = api_key
        self._poll_interval = poll_interval
        self._deadline = deadline
        self._use_sync = use_sync
        self._max_retries = max_retries
        self._timeout = timeout
        self._retry_backoff = retry_backoff
        self._max_backoff = max_backoff
        self._max_connections = max_connections
        self._max_response_bytes = max_response_bytes
        self._session: aiohttp.ClientSession | None = None

    def __repr__(self) -> str:
        return f"PicWishClient(api_url={self._api_url!r})"

    # -- session --------------------------------------------------------------------------

    def _ensure_session(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(
                limit=self._max_connections, limit_per_host=self._max_connections
            )
            self._session = aiohttp.ClientSession(
                connector=connector,
                timeout=self._client_timeout(self._timeout),
                trust_env=True,  # HTTPS_PROXY / NO_PROXY
            )
        return self._session

    def _client_timeout(self, total: float) -> aiohttp.ClientTimeout:
        connect = min(10.0, total)
        return aiohttp.ClientTimeout(total=total, connect=connect, sock_connect=connect)

    async def close(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    async def __aenter__(self) -> PicWishClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    # -- public ---------------------------------------------------------------------------

    async def create(
        self,
        request: IdPhotoRequest,
        *,
        on_progress: ProgressCallback | None = None,
        on_accepted: Callable[[str], Awaitable[None]] | None = None,
    ) -> IdPhotoResult:
        """Validate, create the task, wait for it (sync or polling) and download the output.

        ``on_accepted`` gets the task id of a charged task as soon as PicWish has accepted it,
        before the bot waits for it (so a restart can find it again).
        """
        request.validate()
        if request.sync is None:
            request = dataclasses.replace(request, sync=1 if self._use_sync else 0)
        started = time.monotonic()
        progress = ProgressReporter(on_progress, "PicWish")
        return await self._run(request, started, progress, on_accepted)

    async def resume(
        self, task_id: str, price: int, *, on_progress: ProgressCallback | None = None
    ) -> IdPhotoResult:
        """Wait for a charged task created earlier (cut off by a restart or by the deadline)
        and download its output, instead of paying for another."""
        started = time.monotonic()
        progress = ProgressReporter(on_progress, "PicWish")
        logger.info("resuming PicWish task %s", task_id)
        view = _TaskView.parse({}, task_id)  # no state yet: polled first
        return await self._finish(price, None, started, view, progress)

    # -- flow -----------------------------------------------------------------------------

    async def _run(
        self,
        request: IdPhotoRequest,
        started: float,
        progress: ProgressReporter,
        on_accepted: Callable[[str], Awaitable[None]] | None,
    ) -> IdPhotoResult:
        price = credits(request)
        deadline_at = started + self._deadline
        sync = request.sync == 1
        reply = await self._request(
            "POST",
            self._api_url + CREATE_PATH,
            what="create",
            deadline_at=deadline_at,
            form=request.build_form,
            may_charge=not request.is_free,
            wait_for_task=sync,
        )
        data = self._payload(reply, what="create", request=request)
        task_id = _as_str(data.get("task_id"))
        if not task_id:
            raise PicWishAPIError(200, "create answer has no data.task_id")
        logger.info(
            "PicWish task %s created (sync=%d, price=%d credits, %.0f ms)",
            task_id,
            int(sync),
            price,
            (time.monotonic() - started) * 1000,
        )
        if on_accepted is not None and not request.is_free:
            await on_accepted(task_id)
        view = _TaskView.parse(data, task_id)
        return await self._finish(price, request.return_type, started, view, progress)

    async def _finish(
        self,
        price: int,
        return_type: int | None,
        started: float,
        view: _TaskView,
        progress: ProgressReporter,
    ) -> IdPhotoResult:
        """Wait for the task (unless ``view`` shows it finished) and download its output."""
        task_id = view.task_id
        if not view.finished:
            view = await self._poll(task_id, started + self._deadline, progress)
        if view.state != STATE_SUCCESS:
            state = view.state if view.state is not None else 0
            error = PicWishInvalidImage if state == STATE_INVALID_IMAGE else PicWishTaskFailed
            raise error(state, view.state_detail, task_id=task_id)
        await progress.report(100)
        try:  # the task succeeded, so PicWish has charged for it from here on
            try:
                image, layout = await self._outputs(view)
            except PicWishDownloadError as exc:  # e.g. an expired URL: ask for fresh ones once
                logger.info("PicWish task %s: %s; querying it again", task_id, exc.detail)
                view = await self._poll(task_id, time.monotonic() + self._deadline, progress)
                image, layout = await self._outputs(view)
        except PicWishError as exc:
            exc.task_id = exc.task_id or task_id
            exc.credits_charged = price
            raise
        logger.info(
            "PicWish task %s done: state %d in %.0f ms, %d credits",
            task_id,
            view.state,
            (time.monotonic() - started) * 1000,
            price,
        )
        return IdPhotoResult(
            image=image,
            layout=layout,
            task_id=task_id,
            image_id=view.image_id,
            state=STATE_SUCCESS,
            state_detail=view.state_detail,
            progress=100,
            created_at=view.created_at,
            processed_at=view.processed_at,
            completed_at=view.completed_at,
            return_type=view.return_type or return_type or 1,
            credits_charged=price,
        )

    async def _poll(
        self, task_id: str, deadline_at: float, progress: ProgressReporter
    ) -> _TaskView:
        url = f"{self._api_url}{CREATE_PATH}/{quote(task_id, safe='')}"
        delay = self._poll_interval / 4  # start fast, settle at poll_interval
        while True:
            remaining = deadline_at - time.monotonic()
            if remaining <= 0:
                raise PicWishTimeout(
                    f"task not finished within the {self._deadline:g}s deadline", task_id=task_id
                )
            await asyncio.sleep(min(delay, remaining))
            reply = await self._request(
                "GET", url, what="query", deadline_at=deadline_at, task_id=task_id
            )
            view = _TaskView.parse(self._payload(reply, what="query"), task_id)
            logger.debug(
                "PicWish task %s: state %s, progress %d", task_id, view.state, view.progress
            )
            if view.finished:
                return view
            await progress.report(view.progress)
            delay = min(delay * 1.5, self._poll_interval)

    async def _outputs(self, view: _TaskView) -> tuple[bytes, bytes | None]:
        """The finished task's image and layout (if any)."""
        if not view.image:
            raise PicWishAPIError(200, f"task {view.task_id} succeeded without data.image")
        image = await self._output(view.image, view.task_id, "image")
        layout = None
        if view.layout_image:
            layout = await self._output(view.layout_image, view.task_id, "layout")
        return image, layout

    async def _output(self, value: str, task_id: str, what: str) -> bytes:
        """``data.image`` (or the layout) is a URL (return_type 1) or base64 (return_type 2)."""
        if value.startswith(("http://", "https://")):
            return await self._download(value, task_id)
        encoded = value.split(",", 1)[1] if value.startswith("data:") else value
        try:
            return base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            detail = f"{what} of task {task_id} is neither a URL nor base64"
            raise PicWishAPIError(200, detail) from None

    async def _download(self, url: str, task_id: str) -> bytes:
        try:
            reply = await self._request(
                "GET", url, what="download", deadline_at=None, api=False, task_id=task_id
            )
        except PicWishError as exc:
            detail = f"result download failed: {exc.detail}"
            raise PicWishDownloadError(detail, task_id=task_id) from None
        if reply.status != 200:
            gone = " (expired)" if reply.status in _EXPIRED_STATUSES else ""
            raise PicWishDownloadError(
                f"result download failed: HTTP {reply.status}{gone}",
                status=reply.status,
                task_id=task_id,
            )
        return reply.body

    # -- HTTP -----------------------------------------------------------------------------

    async def _request(  # noqa: C901 - the retry rule of the module doc, in one place
        self,
        method: str,
        url: str,
        *,
        what: str,
        deadline_at: float | None,
        api: bool = True,
        form: Callable[[], aiohttp.FormData] | None = None,
        may_charge: bool = False,
        wait_for_task: bool = False,
        task_id: str | None = None,
    ) -> _Reply:
        """One HTTP exchange with the retries the module's rule allows.

        Returns any answer that is not retried (the caller classifies its status); raises
        ``PicWishOutcomeUnknown``, ``PicWishTimeout`` or ``PicWishConnectionError`` when no
        answer arrived.
        """
        session = self._ensure_session()
        headers = {"X-API-KEY": self._api_key} if api else {}
        attempt = 0
        while True:
            budget = self._timeout
            if deadline_at is not None:
                remaining = deadline_at - time.monotonic()
                if remaining <= 0:
                    raise PicWishTimeout(
                        f"{what}: the {self._deadline:g}s deadline passed", task_id=task_id
                    )
                budget = remaining if wait_for_task else min(budget, remaining)
            reply: _Reply | None = None
            failure: type[PicWishError] = PicWishConnectionError
            try:
                async with session.request(
                    method,
                    url,
                    headers=headers,
                    data=form() if form is not None else None,
                    timeout=self._client_timeout(budget),
                ) as resp:
                    body = await self._read_body(resp, api=api, task_id=task_id)
                    reply = _Reply(resp.status, body, _retry_after(resp.headers.get("Retry-After")))
            except (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError) as exc:
                problem, sent = f"could not connect ({type(exc).__name__})", False
            except (TimeoutError, aiohttp.ClientError) as exc:
                problem, sent = f"no complete answer ({type(exc).__name__})", True
                if isinstance(exc, TimeoutError):
                    failure = PicWishTimeout
            if reply is not None:
                if reply.status not in _TRANSIENT_STATUSES:
                    return reply
                safe = not may_charge or (
                    reply.status in _CREATE_SAFE_STATUSES and not _carries_task_id(reply)
                )
                if not safe or attempt >= self._max_retries:
                    return reply
                problem = f"HTTP {reply.status}"
            elif sent and may_charge:
                logger.warning("PicWish %s: %s; a charged create is never repeated", what, problem)
                raise PicWishOutcomeUnknown(
                    f"{what}: {problem}; PicWish may have created (and may charge for) the task,"
                    " so it was not repeated"
                )
            elif attempt >= self._max_retries:
                raise failure(f"{what}: {problem} after {attempt + 1} attempts", task_id=task_id)
            delay = self._backoff(attempt, reply.retry_after if reply else None)
            if deadline_at is not None and time.monotonic() + delay >= deadline_at:
                if reply is not None:
                    return reply
                raise PicWishTimeout(f"{what}: {problem}; no time left to retry", task_id=task_id)
            logger.warning(
                "PicWish %s: %s; retry %d/%d in %.2fs",
                what,
                problem,
                attempt + 1,
                self._max_retries,
                delay,
            )
            await asyncio.sleep(delay)
            attempt += 1

    async def _read_body(
        self, resp: aiohttp.ClientResponse, *, api: bool, task_id: str | None
    ) -> bytes:
        chunks: list[bytes] = []
        size = 0
        async for chunk in resp.content.iter_chunked(1 << 16):
            size += len(chunk)
            if size > self._max_response_bytes:
                detail = f"answer larger than {self._max_response_bytes} bytes"
                if api:
                    raise PicWishAPIError(resp.status, detail)
                raise PicWishDownloadError(detail, status=resp.status, task_id=task_id)
            chunks.append(chunk)
        return b"".join(chunks)

    def _backoff(self, attempt: int, retry_after: float | None) -> float:
        ceiling = min(self._max_backoff, self._retry_backoff * 2**attempt)
        delay = ceiling / 2 + random.uniform(0, ceiling / 2)
        if retry_after is not None:
            delay = max(delay, min(retry_after, self._max_backoff))
        return delay

    def _payload(
        self, reply: _Reply, *, what: str, request: IdPhotoRequest | None = None
    ) -> dict[str, object]:
        """The ``data`` object of a successful answer, or the typed error it stands for."""
        body = reply.json()
        api_status = _as_int(body.get("status")) if body else None
        raw_message = body.get("message") if body else None
        api_message = self.scrub(str(raw_message)) if raw_message is not None else None
        if reply.status in (401, 403) or api_status in (401, 403):
            status = reply.status if reply.status != 200 else api_status or 401
            raise PicWishAuthError(status, api_message)
        if request is not None and request.uses_last_id_only and 400 in (reply.status, api_status):
            raise PicWishLastIdInvalid(request.last_id or "", api_message)
        if reply.status != 200:
            raise PicWishHTTPError(reply.status, api_message, what=what)
        if body is None:
            raise PicWishAPIError(None, f"{what} answer is not a JSON object")
        if api_status is not None and api_status != 200:
            raise PicWishAPIError(api_status, api_message)
        data = body.get("data")
        if not isinstance(data, dict):
            raise PicWishAPIError(api_status, f"{what} answer has no data object")
        return data

    def scrub(self, text: str) -> str:
        """``text`` without the API key, at most 500 characters (for logs and the ledger)."""
        return text.replace(self._api_key, "<redacted>")[:500]


def _as_int(value: object) -> int | None:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float | str):
        try:
            return int(float(value))
        except ValueError:
            return None
    return None


def _as_str(value: object) -> str | None:
    if value is None or value == "":
        return None
    return str(value)


def _carries_task_id(reply: _Reply) -> bool:
    body = reply.json()
    data = body.get("data") if body else None
    return isinstance(data, dict) and bool(data.get("task_id"))


def _retry_after(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None  # an HTTP date: fall back to our own backoff
