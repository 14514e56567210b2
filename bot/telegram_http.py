"""The bot's HTTP transport to the Bot API: python-telegram-bot's ``BaseRequest`` on aiohttp.

PTB's default transport (httpx) spends most of the bot's event-loop time under load in
httpcore's connection-pool bookkeeping (it re-checks every idle connection on each request). The
bot already ships aiohttp (PicWish client, emulators), whose client costs a fraction of that per
call, so PTB talks to Telegram through this class instead (PTB documents ``BaseRequest`` as the
extension point; the python-telegram-bot team's ``ptbcontrib`` carries the same idea).

Semantics kept from ``HTTPXRequest``: JSON-encoded form fields, multipart for uploads, separate
timeouts (connect / read / write, a longer write timeout for uploads, a pool timeout when every
connection is busy), ``TimedOut`` for time-outs and ``NetworkError`` for other transport
failures, and the proxy environment variables (``HTTPS_PROXY``, ``NO_PROXY``) are honoured.
aiohttp logs no URLs, so the token (part of every URL) never reaches a log line.

Calls that only read (:data:`SAFE_METHODS`, and file downloads) are tried once more after a 5xx
answer, a time-out or a dropped connection: a user does not resend a photo over one hiccup.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import aiohttp
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

USER_AGENT = "idphoto-bot (python-telegram-bot, aiohttp)"
#: Bot API methods without side effects: safe to send again. File downloads (GET) are too.
SAFE_METHODS = frozenset({"getFile", "getMe", "getChat", "getChatMember", "getChatAdministrators"})
#: Seconds before a safe call is sent again.
SAFE_RETRY_DELAY = 0.5


def is_safe(url: str, method: str) -> bool:
    """Whether the call only reads: a file download or a method of :data:`SAFE_METHODS`."""
    return method == "GET" or url.rsplit("/", 1)[-1] in SAFE_METHODS


class AiohttpRequest(BaseRequest):
    """One aiohttp session with a bounded connection pool (see the module docstring)."""

    __slots__ = (
        "_connect_timeout",
        "_connections",
        "_last_success",
        "_media_write_timeout",
        "_pool_timeout",
        "_read_timeout",
        "_retry_delay",
        "_session",
        "_write_timeout",
    )

    def __init__(
        self,
        connections: int = 16,
        *,
        read_timeout: float | None = 5.0,
        write_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
        media_write_timeout: float | None = 20.0,
        retry_delay: float = SAFE_RETRY_DELAY,
    ) -> None:
        if connections < 1:
            raise ValueError("connections must be at least 1")
        self._connections = connections
        self._read_timeout = read_timeout
        self._write_timeout = write_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._media_write_timeout = media_write_timeout
        self._retry_delay = retry_delay
        self._session: aiohttp.ClientSession | None = None
        self._last_success: float | None = None

    @property
    def last_success(self) -> float | None:
        """``time.monotonic()`` when Telegram last answered a call with success (2xx), if ever:
        the readiness check's "Telegram is reachable"."""
        return self._last_success

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._connections),
                headers={"User-Agent": USER_AGENT},
                trust_env=True,  # HTTPS_PROXY / NO_PROXY, as python-telegram-bot's httpx did
            )

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        uploads = request_data.multipart_data if request_data else None
        default_write = self._media_write_timeout if uploads else self._write_timeout
        timeout = _timeout(
            read=_given(read_timeout, self._read_timeout),
            write=_given(write_timeout, default_write),
            connect=_given(connect_timeout, self._connect_timeout),
            pool=_given(pool_timeout, self._pool_timeout),
        )
        if not is_safe(url, method):
            return await self._send(url, method, request_data, timeout)
        try:
            status, payload = await self._send(url, method, request_data, timeout)
        except NetworkError:  # TimedOut included
            await asyncio.sleep(self._retry_delay)
            return await self._send(url, method, request_data, timeout)
        if status < 500:
            return status, payload
        await asyncio.sleep(self._retry_delay)
        return await self._send(url, method, request_data, timeout)

    async def _send(
        self,
        url: str,
        method: str,
        request_data: RequestData | None,
        timeout: aiohttp.ClientTimeout,
    ) -> tuple[int, bytes]:
        assert self._session is not None
        try:
            async with self._session.request(
                method, url, data=_body(request_data), timeout=timeout
            ) as response:
                payload = await response.read()
        except (TimeoutError, aiohttp.ServerTimeoutError) as error:
            raise TimedOut from error
        except aiohttp.ClientError as error:
            # The URL holds the token: name the error's type only, never its text.
            raise NetworkError(f"aiohttp.{type(error).__name__}") from error
        if 200 <= response.status < 300:
            self._last_success = time.monotonic()
        return response.status, payload


def _given(value: ODVInput[float], default: float | None) -> float | None:
    return default if isinstance(value, DefaultValue) else value


def _timeout(
    *, read: float | None, write: float | None, connect: float | None, pool: float | None
) -> aiohttp.ClientTimeout:
    """aiohttp has no write timeout: the whole request is capped at the sum of the parts."""
    parts = (read, write, connect, pool)
    total = None if any(part is None for part in parts) else sum(parts)  # type: ignore[arg-type]
    acquire = None if connect is None or pool is None else connect + pool
    return aiohttp.ClientTimeout(total=total, connect=acquire, sock_connect=connect, sock_read=read)


def _body(request_data: RequestData | None) -> Any:
    """Form fields as PTB encodes them; multipart (``FormData``) when files are uploaded."""
    if request_data is None:
        return None
    fields = request_data.json_parameters
    uploads = request_data.multipart_data
    if not uploads:
        return fields or None
    form = aiohttp.FormData(quote_fields=False)
    for name, value in fields.items():
        form.add_field(name, value)
    for name, (file_name, content, mime_type) in uploads.items():
        form.add_field(name, content, filename=file_name, content_type=mime_type)
    return form
