"""A local, faithful emulator of the Telegram Bot API for end-to-end tests.

The *real* python-telegram-bot (PTB) ``Application`` talks to it over HTTP exactly as it would
talk to ``api.telegram.org``; the test drives the "Telegram side" through a synchronous Python
API: it creates users and chats, injects updates (messages, photos, button presses, payments) and
reads back every call the bot made.

Quick start::

    async with TelegramEmulator() as emu:
        app = emu.application_builder().build()        # token + base_url + base_file_url set
        app.add_handler(...)
        async with app:
            await app.start()
            await app.updater.start_polling(poll_interval=0, timeout=1)
            alice = emu.user(1001, "Alice", language_code="de")
            emu.send_text(alice, "/start passport")
            reply = await emu.wait_for(method="sendMessage", chat_id=alice.id)
            assert "Hallo" in reply.text
            emu.press_button(alice, reply, reply.callback_data_for("Passport"))
            edit = await emu.wait_for(method="editMessageText")
            await app.updater.stop()
            await app.stop()

Wiring PTB by hand: ``ApplicationBuilder().token(emu.token).base_url(f"{emu.root_url}/bot")
.base_file_url(f"{emu.root_url}/file/bot")`` (``emu.base_url`` / ``emu.base_file_url``).

Server
------
``TelegramEmulator(token="123456:TEST-TOKEN", bot_username="idphoto_test_bot", *,
bot_first_name="IDPhoto Test Bot", privacy_mode=True, recompress_photos=False,
callback_query_ttl=15.0, pre_checkout_timeout=10.0, webhook_retry_delay=0.2,
webhook_max_attempts=5, webhook_max_retry_delay=5.0, webhook_timeout=10.0)``
    ``await start()`` / ``await stop()`` (or ``async with``) bind 127.0.0.1 on a free port;
    use one emulator per test (per event loop). ``root_url``, ``base_url``, ``base_file_url``,
    ``token``, ``bot_id`` (the number before ":" in the token), ``bot_username``, ``bot_user``.
``application_builder(*, shared_tls_context=True) -> ApplicationBuilder``
    Token and URLs set; by default also ``request``/``get_updates_request`` (sharing one TLS
    context saves ~65 ms of CPU per httpx client); pass False to use PTB's timeout setters.
``make_bot(token=None, **request_kwargs) -> telegram.Bot`` (e.g. ``read_timeout=0.2``).
    Routes: ``/bot{token}/{method}`` (POST/GET; form, multipart, JSON body or query string;
    method names case-insensitive) and ``/file/bot{token}/{file_path}``. A wrong token gives 401
    ``Unauthorized``, an unknown method 404 ``Not Found``; a real Bot API method that the emulator
    does not implement gives 400 ``Bad Request: method ... is not supported by the emulator``.
    Implemented (what the bot uses): getMe, getUpdates, setWebhook, deleteWebhook,
    getWebhookInfo, setMyCommands, sendMessage, sendPhoto, sendDocument, editMessageText,
    editMessageCaption, editMessageReplyMarkup, editMessageMedia (a new photo or document, by
    upload or file id), sendChatAction, deleteMessage, answerCallbackQuery, getFile,
    getChatMember, sendInvoice, answerPreCheckoutQuery, refundStarPayment, getStarTransactions.

World (synchronous)
-------------------
``user(id, first_name=None, *, last_name=None, username=None, language_code="en",
is_premium=None, started=True) -> TgUser``
    Create (or redefine) a user and their private chat (chat id == user id). ``started=False``
    models a user who never opened the bot: sending to them gives 403 "bot can't initiate
    conversation with a user" until they write to the bot.
``group(chat_id, title, *, members=None, bot_status="member", username=None, kind=None)
-> TgChat``
    A group (``kind`` "group"/"supergroup", default: supergroup for ids starting with -100).
    ``members`` maps users (or ids) to "creator" / "administrator" / "member" / "left" /
    "kicked"; ``bot_status`` is the bot's own status ("administrator" lifts privacy mode).
``set_member(chat_id, user, status)``, ``chat(chat_id) -> TgChat``
``block_bot(chat_id, *, notify=True)`` / ``unblock_bot(chat_id, *, notify=True)``
    A private chat: the user blocks the bot (sends get 403 "bot was blocked by the user"); a
    group: the bot is kicked. ``notify`` injects the ``my_chat_member`` update Telegram sends.

Injecting updates (synchronous; every call also takes the default mark used by ``wait_for``)
--------------------------------------------------------------------------------------------
``send_text(user, text, chat=None, reply_to=None, *, entities=None) -> dict``
    A text message; ``bot_command`` / ``mention`` / ``url`` / ``hashtag`` / ``email`` entities
    are detected as Telegram does ("/start payload", "/start@bot_username"). ``chat`` defaults
    to the user's private chat; ``reply_to`` (like every ``message`` argument below) is a message
    dict, an ``ApiCall``, a ``StoredMessage``, a PTB ``telegram.Message`` or a message id.
``send_photo(user, image_bytes, chat=None, caption=None, *, reply_to=None) -> dict``
    A photo as Telegram delivers it: several PhotoSizes with ``file_size``; the largest is the
    original bytes, smaller ones are JPEG downscales (90/320/800 px).
``send_album(user, images, chat=None, caption=None) -> list[dict]``
    Several photo messages sharing a ``media_group_id`` (one update each).
``send_document(user, data, file_name, mime_type=None, chat=None, caption=None) -> dict``
``send_sticker(user, emoji="👍", chat=None, *, image=None, set_name=None) -> dict``
``edit_text(user, message, text) -> dict`` (an ``edited_message`` update)
``press_button(user, message, callback_data, chat=None, *, check=True) -> str``
    A ``callback_query`` whose ``message`` is the bot's message as currently stored; returns the
    query id. With ``check`` the button must exist in the message's current inline keyboard.
``pay_invoice(user, message=None, *, payload=None, amount=None, currency="XTR") -> str``
    The user taps "Pay": a ``pre_checkout_query`` for an invoice the bot sent (default: the
    newest one in the user's private chat; see Payments).
``redeliver(update_id) -> dict | None``; ``redeliver_successful_payment(charge_id=None) -> dict``
    Deliver an earlier update's content again under a new update_id (a duplicate delivery).
``inject_update(kind, payload) -> dict | None`` raw escape hatch.
Injected messages are returned as the JSON dicts the bot receives. In groups with privacy mode
on, messages the bot would not see are stored in the chat but produce no update.

Reading what the bot did
------------------------
``calls: list[ApiCall]`` every request except successful getUpdates, in order; failures are
    included, also calls the client abandoned (PTB ``TimedOut``: ``error_code`` 0).
``ApiCall``: ``seq``, ``method`` (canonical camelCase), ``chat_id``, ``params`` (decoded:
    ints, bools, JSON such as ``reply_markup``), ``uploads`` (field -> ``UploadedFile`` with
    ``data`` / ``file_name`` / ``mime_type``), ``ok``, ``result``, ``error_code``,
    ``description``; helpers ``message``, ``messages``, ``message_id``, ``text`` (as rendered by
    Telegram, i.e. markup removed), ``raw_text``, ``caption``, ``entities``, ``reply_markup``,
    ``buttons`` (rows of ``(text, callback_data | url | None)``), ``callback_data_for(label)``,
    ``photo`` / ``photo_bytes``, ``document`` / ``document_bytes``, ``file_name``.
``sent(chat_id=None, method=None, *, include_failed=False) -> list[ApiCall]``
    Calls of ``method``; with ``method=None`` only message-producing/-changing ones
    (send*, edit*, deleteMessage).
``last_sent(chat_id=None, method=None) -> ApiCall``; ``texts(chat_id) -> list[str]``
``mark() -> int``; ``await wait_for(predicate=None, *, method=None, chat_id=None, after=None,
timeout=5.0, include_failed=False) -> ApiCall``
    First matching successful call recorded after ``after`` (default: the mark taken by the
    latest injection). Without ``method`` only message calls match, unless a ``predicate`` is
    given (it then sees every call). Raises ``WaitTimeout`` (an ``AssertionError``) listing
    the calls seen since the mark.
``await settle(quiet=0.1, timeout=5.0)`` waits until the bot has made no call for ``quiet`` s.
``messages_in(chat_id, *, from_bot=None, include_deleted=False) -> list[StoredMessage]``
    Current state of each message after edits/deletes; ``message(chat_id, message_id)``.
    ``StoredMessage``: ``data`` (the JSON dict), ``message_id``, ``chat_id``, ``from_bot``,
    ``text``, ``caption``, ``entities``, ``buttons``, ``callback_data_for(label)``,
    ``photo_bytes``, ``document_bytes``, ``file_name``, ``edited``, ``deleted``.
``chat_actions: list[ChatAction]`` (``chat_id``, ``action``, ``at``),
``callback_answers: list[CallbackAnswer]``,
``commands: dict[(scope_key, language_code), list[(command, description)]]`` and
``get_commands(scope="default", language_code="")``; ``updates`` (all delivered updates),
``pending_updates``, ``files`` / ``file_bytes(file_id)``, ``poll_count`` and
``await wait_for_poll(after=0, timeout=5.0) -> int`` (a getUpdates reached the emulator).

Payments (Telegram Stars)
-------------------------
``sendInvoice`` is checked like Telegram: ``title`` / ``description`` / ``payload`` /
``currency`` required (400 'parameter "title" is required'); title <= 32 and description <= 255
characters (the wording of these two errors is the emulator's: not verified against Telegram);
payload <= 128 bytes ("INVOICE_PAYLOAD_INVALID"); a total <= 0 "total price must be positive";
with ``XTR`` exactly one price, no ``provider_token`` and no tips, else "STARS_INVOICE_INVALID";
other currencies need a provider token ("PAYMENT_PROVIDER_INVALID").
``pay_invoice`` sends a ``pre_checkout_query``. ``answerPreCheckoutQuery(ok=True)`` within
``pre_checkout_timeout`` (10 s) charges the user: a ``successful_payment`` message (currency,
total_amount, invoice_payload, a unique ``telegram_payment_charge_id``, a different
``provider_payment_charge_id``) arrives from the user in the invoice's chat. ``ok=False`` needs
an ``error_message``. A second answer, or one after the deadline, fails with "query is too old
and response timeout expired or query ID is invalid"; with no answer by the deadline the payment
is declined (``timed_out``). ``expire_pre_checkout(query_id=None) -> Payment`` makes the deadline
pass now. ``refundStarPayment(user_id, telegram_payment_charge_id)``: "USER_ID_INVALID" (unknown
user), "CHARGE_NOT_FOUND" (unknown charge or another user's), "CHARGE_ALREADY_REFUNDED"; on
success a ``refunded_payment`` message arrives. ``getStarTransactions(offset, limit)`` lists
payments (``source``) and refunds (``receiver``) oldest first.
Records: ``invoices: list[Invoice]``, ``payments: list[Payment]`` (``status`` pending | paid |
declined | refunded, ``error_message``, ``timed_out``, charge ids, ``message``, ``update_id``),
``refunds: list[Refund]``, ``star_balance`` (paid minus refunded).

Webhooks
--------
``setWebhook(url, secret_token=None, allowed_updates=None, drop_pending_updates=False)``: only
127.0.0.1/localhost URLs (others: "bad webhook: Failed to resolve host ..."); ``secret_token``
of 1-256 characters ``A-Za-z0-9_-`` ("secret token is too long" / "secret token contains
unallowed characters"). While a webhook is set getUpdates answers 409 ("can't use getUpdates
method while webhook is active ...") and a running long poll ends with 409 "terminated by
setWebhook request". Updates are POSTed as JSON one at a time, in order, with
``X-Telegram-Bot-Api-Secret-Token`` when a secret is set, honouring ``allowed_updates``. A non-2xx
answer, a connection error or no answer within ``webhook_timeout`` is retried after
``webhook_retry_delay`` doubling each time (at most ``webhook_max_retry_delay``); after
``webhook_max_attempts`` failures the update is dropped (``dropped_updates``) and the next one
goes. ``getWebhookInfo``: url, pending_update_count, last_error_date / last_error_message,
allowed_updates. ``deleteWebhook(drop_pending_updates=False)`` stops delivery.
Records: ``webhook_url``, ``webhook_secret_token``, ``allowed_updates``,
``webhook_deliveries: list[WebhookDelivery]`` (update_id, url, secret_token, attempt, status,
error, at) and ``await wait_for_webhook_deliveries(count, timeout=5.0)``.

Faults
------
``fail_next(method, error_code=400, description=None, *, retry_after=None, times=1,
chat_id=None, migrate_to_chat_id=None, disconnect=False) -> Fault``
    The next ``times`` matching calls fail without side effects. 429 gets
    ``parameters.retry_after`` and "Too Many Requests: retry after N" (PTB: ``RetryAfter``);
    5xx gives e.g. 502 "Bad Gateway" (PTB: ``NetworkError``); ``disconnect`` drops the
    connection without an answer. ``method="*"`` matches every method except getUpdates.
    ``method="file download"`` (:data:`FILE_DOWNLOAD`, never matched by ``"*"``) makes the next
    downloads from ``/file/bot.../<path>`` answer with the error's status instead.
``delay_next(method, seconds, *, times=1)`` slows calls down (for PTB ``TimedOut`` tests).
``clear_faults()``.

Fidelity notes: the bot sends plain text, so a ``parse_mode`` is refused (400) rather than
half-emulated; Telegram's own entity detection is kept for ``bot_command`` and ``mention`` (what
PTB's CommandHandler and group privacy mode need). Editing without ``reply_markup`` removes the
inline keyboard; getUpdates confirms updates below ``offset``, a second concurrent getUpdates
terminates the first with 409. Real Telegram recompresses photos; here the largest size keeps the
original bytes unless ``recompress_photos=True`` (JPEG, longest side <= 2560).
Not emulated: flood limits (use ``fail_next(..., 429)``), inline mode, video/audio/voice, media
groups and chat actions sent by the bot, downloading files from URLs (400 "failed to get HTTP
URL content"). Module helper: ``detect_entities(text)``.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import functools
import hashlib
import inspect
import io
import itertools
import json
import logging
import mimetypes
import re
import secrets
import ssl
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import aiohttp
import telegram
from aiohttp import web
from PIL import Image
from telegram.request import HTTPXRequest

__all__ = [
    "ApiCall",
    "CallbackAnswer",
    "ChatAction",
    "CHAT_ACTIONS",
    "Fault",
    "Invoice",
    "Payment",
    "Refund",
    "StoredFile",
    "StoredMessage",
    "TelegramApiError",
    "TelegramEmulator",
    "TgChat",
    "TgUser",
    "UploadedFile",
    "WaitTimeout",
    "WebhookDelivery",
    "detect_entities",
    "utf16_len",
]

_LOG = logging.getLogger(__name__)

MAX_TEXT_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024
MAX_CALLBACK_DATA_BYTES = 64
MAX_DOWNLOAD_SIZE = 20 * 1024 * 1024
MAX_UPLOAD_SIZE = 50 * 1024 * 1024
MAX_PHOTO_SIZE = 10 * 1024 * 1024
PHOTO_THUMB_SIDES = (90, 320, 800)
RECOMPRESSED_PHOTO_SIDES = (90, 320, 800, 1280, 2560)
STARS = "XTR"
MAX_INVOICE_TITLE = 32
MAX_INVOICE_DESCRIPTION = 255
MAX_INVOICE_PAYLOAD_BYTES = 128

ALL_UPDATE_TYPES = (
    "message",
    "edited_message",
    "channel_post",
    "edited_channel_post",
    "business_connection",
    "business_message",
    "edited_business_message",
    "deleted_business_messages",
    "message_reaction",
    "message_reaction_count",
    "inline_query",
    "chosen_inline_result",
    "callback_query",
    "shipping_query",
    "pre_checkout_query",
    "purchased_paid_media",
    "poll",
    "poll_answer",
    "my_chat_member",
    "chat_member",
    "chat_join_request",
    "chat_boost",
    "removed_chat_boost",
)
#: What Telegram delivers when ``allowed_updates`` was never set (or set to an empty list).
DEFAULT_ALLOWED_UPDATES = tuple(
    u
    for u in ALL_UPDATE_TYPES
    if u not in {"chat_member", "message_reaction", "message_reaction_count"}
)

_CONFLICT_OTHER_POLL = (
    "Conflict: terminated by other getUpdates request; make sure that only one bot instance is "
    "running"
)
_CONFLICT_WEBHOOK = (
    "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete "
    "the webhook first"
)
_NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)
#: The actions ``sendChatAction`` accepts (Bot API 7+).
CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
_QUERY_TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid"
_WRONG_FILE_ID = "Bad Request: wrong file identifier/HTTP URL specified"

_DEFAULT_DESCRIPTIONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    409: "Conflict",
    413: "Request Entity Too Large",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}

_ADMIN_RIGHTS: dict[str, bool] = {
    "can_be_edited": False,
    "is_anonymous": False,
    "can_manage_chat": True,
    "can_delete_messages": True,
    "can_manage_video_chats": True,
    "can_restrict_members": True,
    "can_promote_members": False,
    "can_change_info": True,
    "can_invite_users": True,
    "can_post_stories": True,
    "can_edit_stories": True,
    "can_delete_stories": True,
    "can_pin_messages": True,
}

#: Telegram's service account, used as the actor of changes nobody known made.
_SERVICE_USER = {"id": 777000, "is_bot": False, "first_name": "Telegram"}

#: Lower-cased names of every Bot API method PTB knows (used to tell "unknown method" apart from
#: "real method the emulator does not implement").
_REAL_METHODS = frozenset(
    name.lower()
    for name in dir(telegram.Bot)
    if name[:1].islower() and name != name.lower() and "_" not in name
)


class TelegramApiError(Exception):
    """An error answer of the Bot API (raised inside method handlers)."""

    def __init__(
        self, error_code: int, description: str, parameters: Mapping[str, Any] | None = None
    ) -> None:
        super().__init__(description)
        self.error_code = error_code
        self.description = description
        self.parameters = dict(parameters) if parameters else None

    def payload(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "ok": False,
            "error_code": self.error_code,
            "description": self.description,
        }
        if self.parameters:
            data["parameters"] = self.parameters
        return data


#: ``fail_next`` pseudo-method for file downloads (not a Bot API method; ``"*"`` skips it).
FILE_DOWNLOAD = "file download"


def _bad(description: str) -> TelegramApiError:
    return TelegramApiError(400, f"Bad Request: {description}")


class WaitTimeout(AssertionError):
    """``TelegramEmulator.wait_for`` found no matching call in time."""


# ---------------------------------------------------------------------------------------------
# Text: UTF-16 lengths, button URLs and entity detection
# ---------------------------------------------------------------------------------------------


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units, the unit of Telegram entity offsets."""
    return len(text.encode("utf-16-le")) // 2


def _valid_button_url(url: str) -> bool:
    """A URL Telegram accepts in an inline button (http(s)/tg with a host; no spaces)."""
    if not url or any(ch.isspace() for ch in url):
        return False
    if url.lower().startswith("tg:"):
        return True
    parts = urlsplit(url if "://" in url else f"http://{url}")
    return parts.scheme.lower() in {"http", "https"} and bool(parts.hostname)


def _entity(kind: str, offset: int, length: int) -> dict[str, Any]:
    return {"type": kind, "offset": offset, "length": length}


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


_ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


def _find_bot_commands(text: str) -> Iterable[tuple[int, int]]:
    """tdlib's match_bot_commands on a Python string (character indexes)."""
    n = len(text)
    for p, ch in enumerate(text):
        if ch != "/":
            continue
        if p > 0 and (_is_word(text[p - 1]) or text[p - 1] in "/<>"):
            continue
        j = p + 1
        while j < n and text[j] in _ASCII_WORD:
            j += 1
        if not 1 <= j - p - 1 <= 64:
            continue
        if j < n and text[j] == "@":
            k = j + 1
            while k < n and text[k] in _ASCII_WORD:
                k += 1
            if not 3 <= k - j - 1 <= 32:
                continue
            j = k
        if j < n and (_is_word(text[j]) or text[j] in "/<>"):
            continue
        yield p, j


def _find_mentions(text: str) -> Iterable[tuple[int, int]]:
    n = len(text)
    for p, ch in enumerate(text):
        if ch != "@" or (p > 0 and _is_word(text[p - 1])):
            continue
        j = p + 1
        while j < n and text[j] in _ASCII_WORD:
            j += 1
        if not 2 <= j - p - 1 <= 32 or (j < n and _is_word(text[j])):
            continue
        yield p, j


def detect_entities(text: str) -> list[dict[str, Any]]:
    """Entities Telegram detects by itself that matter here: bot_command and mention.

    (PTB's CommandHandler needs ``bot_command``; privacy mode lets a group's ``@bot`` mentions
    through.) Offsets and lengths are in UTF-16 code units, sorted by offset.
    """
    if not text:
        return []
    offsets = [0]
    for ch in text:
        offsets.append(offsets[-1] + (2 if ord(ch) > 0xFFFF else 1))
    spans = [("bot_command", *span) for span in _find_bot_commands(text)]
    spans += [("mention", *span) for span in _find_mentions(text)]
    spans.sort(key=lambda span: span[1])
    return [_entity(kind, offsets[a], offsets[b] - offsets[a]) for kind, a, b in spans]


# ---------------------------------------------------------------------------------------------
# Data model
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TgUser:
    """A Telegram user known to the emulator (``id`` is also their private chat id)."""

    id: int
    first_name: str
    last_name: str | None = None
    username: str | None = None
    language_code: str | None = "en"
    is_premium: bool | None = None
    is_bot: bool = False

    @property
    def chat_id(self) -> int:
        return self.id

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "is_bot": self.is_bot, "first_name": self.first_name}
        if self.last_name:
            data["last_name"] = self.last_name
        if self.username:
            data["username"] = self.username
        if self.language_code:
            data["language_code"] = self.language_code
        if self.is_premium:
            data["is_premium"] = True
        return data


@dataclass(eq=False)
class TgChat:
    """State of a chat: type, members, messages (mutated by the emulator)."""

    id: int
    type: str
    title: str | None = None
    username: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    #: user id -> "creator" | "administrator" | "member" | "left" | "kicked"
    members: dict[int, str] = field(default_factory=dict)
    #: the bot's status: "member", "administrator", "left" or "kicked" (blocked, in private)
    bot_status: str = "member"
    started: bool = True
    next_message_id: int = 1
    messages: dict[int, dict[str, Any]] = field(default_factory=dict, repr=False)
    deleted: dict[int, dict[str, Any]] = field(default_factory=dict, repr=False)

    @property
    def is_private(self) -> bool:
        return self.type == "private"

    def take_message_id(self) -> int:
        mid = self.next_message_id
        self.next_message_id += 1
        return mid

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id}
        if self.is_private:
            data["first_name"] = self.first_name or ""
            if self.last_name:
                data["last_name"] = self.last_name
            if self.username:
                data["username"] = self.username
        else:
            data["title"] = self.title or ""
            if self.username:
                data["username"] = self.username
        data["type"] = self.type
        if self.type == "group":
            data["all_members_are_administrators"] = False
        return data


@dataclass(eq=False)
class StoredFile:
    """A file held by the emulator: what ``getFile`` + download return."""

    file_id: str
    file_unique_id: str
    data: bytes = field(repr=False)
    kind: str  # "photo" | "document" | "sticker" | "thumbnail"
    file_name: str | None = None
    mime_type: str | None = None
    width: int | None = None
    height: int | None = None
    file_path: str | None = None
    #: for photos: file_ids of every size of the same photo, smallest first
    photo_sizes: list[str] = field(default_factory=list, repr=False)

    @property
    def file_size(self) -> int:
        return len(self.data)

    def photo_size_dict(self) -> dict[str, Any]:
        return {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": self.file_size,
            "width": self.width or 0,
            "height": self.height or 0,
        }


@dataclass(frozen=True)
class UploadedFile:
    """A multipart file part exactly as the bot uploaded it."""

    field: str
    file_name: str | None
    mime_type: str | None
    data: bytes = field(repr=False)


@dataclass(frozen=True)
class CallbackAnswer:
    query_id: str
    text: str | None
    show_alert: bool
    url: str | None
    cache_time: int | None
    at: float


@dataclass(frozen=True)
class ChatAction:
    """A ``sendChatAction`` the bot made ("is sending a photo…" shown for up to 5 s)."""

    chat_id: int
    action: str
    at: float


@dataclass
class Fault:
    """A pending injected failure (see ``TelegramEmulator.fail_next``)."""

    method: str
    error_code: int
    description: str
    retry_after: int | None = None
    times: int = 1
    chat_id: int | str | None = None
    migrate_to_chat_id: int | None = None
    disconnect: bool = False
    delay: float = 0.0

    def matches(self, method: str, chat_id: Any) -> bool:
        if self.times <= 0:
            return False
        if self.method == "*":
            if method == "getUpdates":
                return False
        elif self.method.lower() != method.lower():
            return False
        return self.chat_id is None or str(self.chat_id) == str(chat_id)

    def to_error(self) -> TelegramApiError:
        parameters: dict[str, Any] = {}
        if self.retry_after is not None:
            parameters["retry_after"] = self.retry_after
        if self.migrate_to_chat_id is not None:
            parameters["migrate_to_chat_id"] = self.migrate_to_chat_id
        return TelegramApiError(self.error_code, self.description, parameters or None)


@dataclass
class Invoice:
    """An invoice the bot sent (``message_id`` is the invoice message in ``chat_id``)."""

    chat_id: int
    message_id: int | None
    title: str
    description: str
    payload: str
    currency: str
    prices: list[dict[str, Any]]

    @property
    def total_amount(self) -> int:
        return sum(int(p.get("amount", 0)) for p in self.prices)


@dataclass
class Payment:
    """A pre-checkout query and, once the bot accepted it, the successful payment."""

    query_id: str
    user_id: int
    chat_id: int
    currency: str
    total_amount: int
    payload: str
    #: time.monotonic() when the pre-checkout query was sent (Telegram's 10-second clock)
    created: float
    status: str = "pending"  # pending | paid | declined | refunded
    #: the bot's ``error_message`` when it answered ``ok=False``
    error_message: str | None = None
    #: declined because the bot did not answer within ``pre_checkout_timeout``
    timed_out: bool = False
    telegram_payment_charge_id: str | None = None
    provider_payment_charge_id: str | None = None
    #: the invoice paid (None when ``pay_invoice`` got a bare payload and amount)
    invoice: Invoice | None = field(default=None, repr=False)
    #: the ``successful_payment`` message and the update that carried it (first delivery)
    message: dict[str, Any] | None = field(default=None, repr=False)
    update_id: int | None = None
    paid_at: float | None = None
    refunded_at: float | None = None


@dataclass(frozen=True)
class WebhookDelivery:
    """One POST of an update to the webhook (``error`` None means a 2xx answer)."""

    update_id: int
    url: str
    secret_token: str | None
    attempt: int
    status: int | None
    error: str | None
    at: float


@dataclass(frozen=True)
class Refund:
    """A successful ``refundStarPayment`` call."""

    user_id: int
    telegram_payment_charge_id: str
    total_amount: int
    currency: str
    invoice_payload: str
    at: float


def _button_value(button: Any) -> str | None:
    if not isinstance(button, dict):
        return None
    for key in ("callback_data", "url", "switch_inline_query", "switch_inline_query_current_chat"):
        if key in button:
            return str(button[key])
    for key in ("web_app", "login_url"):
        if isinstance(button.get(key), dict):
            return str(button[key].get("url"))
    if isinstance(button.get("copy_text"), dict):
        return str(button["copy_text"].get("text"))
    return None


def _buttons_of(markup: Any) -> list[list[tuple[str, str | None]]]:
    if not isinstance(markup, dict):
        return []
    rows = markup.get("inline_keyboard") or markup.get("keyboard") or []
    result: list[list[tuple[str, str | None]]] = []
    for row in rows:
        line: list[tuple[str, str | None]] = []
        for button in row if isinstance(row, list) else []:
            if isinstance(button, str):
                line.append((button, None))
            elif isinstance(button, dict):
                line.append((str(button.get("text", "")), _button_value(button)))
        result.append(line)
    return result


def _find_callback_data(buttons: list[list[tuple[str, str | None]]], label: str) -> str:
    flat = [b for row in buttons for b in row]
    for text, value in flat:
        if text == label and value is not None:
            return value
    matches = [value for text, value in flat if label.lower() in text.lower() and value]
    if len(matches) == 1:
        return matches[0]
    raise LookupError(f"no unique button labelled {label!r}; buttons: {flat}")


class _MessageHelpers:
    """Accessors shared by ``ApiCall`` and ``StoredMessage`` (both expose a message dict)."""

    _files: Mapping[str, StoredFile]

    def _msg(self) -> dict[str, Any] | None:  # pragma: no cover - overridden
        raise NotImplementedError

    @property
    def message_id(self) -> int | None:
        msg = self._msg()
        return msg.get("message_id") if msg else None

    @property
    def caption(self) -> str | None:
        msg = self._msg()
        return msg.get("caption") if msg else None

    @property
    def entities(self) -> list[dict[str, Any]]:
        msg = self._msg() or {}
        return list(msg.get("entities") or msg.get("caption_entities") or [])

    @property
    def photo_sizes(self) -> list[dict[str, Any]]:
        msg = self._msg() or {}
        return list(msg.get("photo") or [])

    def _file(self, file_id: str | None) -> StoredFile | None:
        return self._files.get(file_id) if file_id else None


@dataclass(eq=False)
class StoredMessage(_MessageHelpers):
    """The current state of a message in a chat (a view over the stored JSON dict)."""

    data: dict[str, Any]
    _files: Mapping[str, StoredFile] = field(repr=False)
    deleted: bool = False

    def _msg(self) -> dict[str, Any]:
        return self.data

    @property
    def chat_id(self) -> int:
        return int(self.data["chat"]["id"])

    @property
    def from_bot(self) -> bool:
        return bool(self.data.get("from", {}).get("is_bot"))

    @property
    def from_id(self) -> int | None:
        return self.data.get("from", {}).get("id")

    @property
    def text(self) -> str | None:
        return self.data.get("text")

    @property
    def edited(self) -> bool:
        return "edit_date" in self.data

    @property
    def reply_markup(self) -> dict[str, Any] | None:
        return self.data.get("reply_markup")

    @property
    def buttons(self) -> list[list[tuple[str, str | None]]]:
        return _buttons_of(self.data.get("reply_markup"))

    def callback_data_for(self, label: str) -> str:
        return _find_callback_data(self.buttons, label)

    @property
    def photo(self) -> StoredFile | None:
        sizes = self.data.get("photo") or []
        return self._file(sizes[-1]["file_id"]) if sizes else None

    @property
    def photo_bytes(self) -> bytes | None:
        photo = self.photo
        return photo.data if photo else None

    @property
    def document(self) -> StoredFile | None:
        doc = self.data.get("document")
        return self._file(doc["file_id"]) if doc else None

    @property
    def document_bytes(self) -> bytes | None:
        doc = self.document
        return doc.data if doc else None

    @property
    def file_name(self) -> str | None:
        doc = self.data.get("document")
        return doc.get("file_name") if doc else None


_MESSAGE_METHODS = frozenset(
    {
        "sendmessage",
        "sendphoto",
        "senddocument",
        "sendinvoice",
        "editmessagetext",
        "editmessagecaption",
        "editmessagereplymarkup",
        "editmessagemedia",
        "deletemessage",
    }
)


@dataclass(eq=False)
class ApiCall(_MessageHelpers):
    """One request the bot made (see the module docstring)."""

    seq: int
    method: str
    params: dict[str, Any] = field(repr=False)
    uploads: dict[str, UploadedFile] = field(repr=False)
    chat_id: int | str | None
    http_method: str = "POST"
    at: float = field(default_factory=time.time)
    #: when the whole request had arrived (time.monotonic), before the emulator worked on it
    received: float = 0.0
    ok: bool = False
    result: Any = field(default=None, repr=False)
    error_code: int | None = None
    description: str | None = None
    #: files the call sent, as stored (uploads and file_id reuse alike)
    photo: StoredFile | None = field(default=None, repr=False)
    document: StoredFile | None = field(default=None, repr=False)
    _files: Mapping[str, StoredFile] = field(default_factory=dict, repr=False)

    def __repr__(self) -> str:
        status = "ok" if self.ok else f"error {self.error_code} {self.description!r}"
        bits = [f"#{self.seq}", self.method]
        if self.chat_id is not None:
            bits.append(f"chat={self.chat_id}")
        text = self.text if self.text is not None else self.caption
        if text is not None:
            bits.append(f"text={text[:60]!r}")
        return f"ApiCall({' '.join(bits)} {status})"

    def _msg(self) -> dict[str, Any] | None:
        return self.message

    @property
    def message(self) -> dict[str, Any] | None:
        if isinstance(self.result, dict) and "message_id" in self.result:
            return self.result
        if isinstance(self.result, list) and self.result and isinstance(self.result[0], dict):
            return self.result[0]
        return None

    @property
    def messages(self) -> list[dict[str, Any]]:
        if isinstance(self.result, list):
            return [m for m in self.result if isinstance(m, dict)]
        msg = self.message
        return [msg] if msg else []

    def _rendered(self, key: str) -> str | None:
        """``key`` as Telegram rendered it in the resulting message, else as the bot sent it."""
        msg = self.message
        if msg is not None and key in msg:
            return msg[key]
        value = self.params.get(key)
        return None if value is None else str(value)

    @property
    def text(self) -> str | None:
        """Text as Telegram rendered it (parse_mode markup removed); raw text for failures."""
        return self._rendered("text")

    @property
    def raw_text(self) -> str | None:
        value = self.params.get("text")
        return None if value is None else str(value)

    @property
    def caption(self) -> str | None:
        return self._rendered("caption")

    @property
    def parse_mode(self) -> str | None:
        return self.params.get("parse_mode")

    @property
    def reply_markup(self) -> dict[str, Any] | None:
        markup = self.params.get("reply_markup")
        return markup if isinstance(markup, dict) else None

    @property
    def buttons(self) -> list[list[tuple[str, str | None]]]:
        return _buttons_of(self.reply_markup)

    def callback_data_for(self, label: str) -> str:
        return _find_callback_data(self.buttons, label)

    @property
    def photo_bytes(self) -> bytes | None:
        return self.photo.data if self.photo else None

    @property
    def document_bytes(self) -> bytes | None:
        return self.document.data if self.document else None

    @property
    def file_name(self) -> str | None:
        if self.document is not None:
            return self.document.file_name
        for upload in self.uploads.values():
            return upload.file_name
        return None

    @property
    def mime_type(self) -> str | None:
        return self.document.mime_type if self.document else None


@dataclass
class _Ctx:
    """Per-request context handed to method handlers."""

    params: dict[str, Any]
    uploads: dict[str, UploadedFile]
    call: ApiCall


class _WithDescription:
    """A successful result that also carries Telegram's optional ``description``."""

    def __init__(self, result: Any, description: str) -> None:
        self.result = result
        self.description = description


# ---------------------------------------------------------------------------------------------
# Request parameter decoding (PTB: strings as-is, everything else JSON-encoded)
# ---------------------------------------------------------------------------------------------

_JSON_FIELDS = frozenset(
    {
        "reply_markup",
        "media",
        "entities",
        "caption_entities",
        "commands",
        "scope",
        "allowed_updates",
        "reply_parameters",
        "link_preview_options",
        "prices",
        "suggested_tip_amounts",
    }
)
_INT_FIELDS = frozenset(
    {
        "message_id",
        "offset",
        "limit",
        "user_id",
        "reply_to_message_id",
        "message_thread_id",
        "cache_time",
        "max_connections",
        "max_tip_amount",
    }
)
_FLOAT_FIELDS = frozenset({"timeout"})
_BOOL_FIELDS = frozenset(
    {
        "disable_notification",
        "protect_content",
        "show_alert",
        "drop_pending_updates",
        "disable_web_page_preview",
        "allow_sending_without_reply",
        "has_spoiler",
        "show_caption_above_media",
        "disable_content_type_detection",
        "ok",
        "is_flexible",
        "need_name",
        "need_phone_number",
        "need_email",
        "need_shipping_address",
        "send_phone_number_to_provider",
        "send_email_to_provider",
        "allow_paid_broadcast",
    }
)


def _decode_param(name: str, value: Any) -> Any:
    if name == "chat_id":
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        text = str(value).strip()
        return int(text) if re.fullmatch(r"-?\d+", text) else text
    if not isinstance(value, str):
        return value
    if name in _JSON_FIELDS:
        try:
            return json.loads(value)
        except ValueError:
            if name == "reply_markup":
                raise _bad("can't parse reply keyboard markup JSON object") from None
            raise _bad(f"can't parse {name} JSON object") from None
    if name in _INT_FIELDS:
        try:
            return int(value)
        except ValueError:
            raise _bad(f"invalid {name} specified") from None
    if name in _FLOAT_FIELDS:
        try:
            return float(value)
        except ValueError:
            raise _bad(f"invalid {name} specified") from None
    if name in _BOOL_FIELDS:
        return value.strip().lower() in {"true", "1", "yes"}
    return value


_EXTRA_MIME_TYPES = {
    ".heic": "image/heic",
    ".heif": "image/heif",
    ".webp": "image/webp",
    ".avif": "image/avif",
}


def _guess_mime(file_name: str | None, declared: str | None) -> str:
    """Telegram derives a document's MIME type from the file name, like this."""
    if file_name:
        suffix = "." + file_name.rsplit(".", 1)[-1].lower() if "." in file_name else ""
        guessed = _EXTRA_MIME_TYPES.get(suffix) or mimetypes.guess_type(file_name, strict=False)[0]
        if guessed:
            return guessed
    if declared and declared != "application/octet-stream":
        return declared
    return "application/octet-stream"


def _open_image(data: bytes) -> Image.Image | None:
    try:
        img = Image.open(io.BytesIO(data))
        img.load()
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        return None
    return img


def _jpeg(img: Image.Image, max_side: int | None, quality: int = 80) -> tuple[bytes, int, int]:
    copy_ = img.convert("RGB")
    if max_side is not None and max(copy_.size) > max_side:
        copy_.thumbnail((max_side, max_side))
    buf = io.BytesIO()
    copy_.save(buf, format="JPEG", quality=quality)
    return buf.getvalue(), copy_.width, copy_.height


@functools.cache
def _shared_tls_context() -> ssl.SSLContext:
    return ssl.create_default_context()


def _fast_request(pool_size: int, **kwargs: Any) -> HTTPXRequest:
    """An ``HTTPXRequest`` reusing one TLS context (the emulator itself is plain HTTP)."""
    return HTTPXRequest(
        connection_pool_size=pool_size,
        httpx_kwargs={"verify": _shared_tls_context()},
        **kwargs,
    )


# ---------------------------------------------------------------------------------------------
# The emulator
# ---------------------------------------------------------------------------------------------

Handler = Callable[[_Ctx], Any]
MessageRef = Any  # dict | ApiCall | StoredMessage | telegram.Message | int (message id)
UserRef = Any  # TgUser | int
ChatRef = Any  # TgChat | TgUser | int | str | None


class TelegramEmulator:
    """Emulated Telegram Bot API server plus a test-side API (see the module docstring)."""

    def __init__(
        self,
        token: str = "123456:TEST-TOKEN",
        bot_username: str = "idphoto_test_bot",
        *,
        bot_first_name: str = "IDPhoto Test Bot",
        privacy_mode: bool = True,
        recompress_photos: bool = False,
        host: str = "127.0.0.1",
        port: int = 0,
        callback_query_ttl: float = 15.0,
        pre_checkout_timeout: float = 10.0,
        webhook_retry_delay: float = 0.2,
        webhook_max_attempts: int = 5,
        webhook_max_retry_delay: float = 5.0,
        webhook_timeout: float = 10.0,
    ) -> None:
        self.token = token
        self.bot_username = bot_username
        self.bot_first_name = bot_first_name
        self.privacy_mode = privacy_mode
        self.recompress_photos = recompress_photos
        self.host = host
        self.port = port
        self.callback_query_ttl = callback_query_ttl
        self.pre_checkout_timeout = pre_checkout_timeout
        self.webhook_retry_delay = webhook_retry_delay
        self.webhook_max_attempts = webhook_max_attempts
        self.webhook_max_retry_delay = webhook_max_retry_delay
        self.webhook_timeout = webhook_timeout
        head = token.split(":", 1)[0]
        self.bot_id = int(head) if head.isdigit() else 1

        # world
        self.users: dict[int, TgUser] = {}
        self.chats: dict[int, TgChat] = {}
        self.files: dict[str, StoredFile] = {}
        self._files_by_path: dict[str, StoredFile] = {}
        self._thumbs: dict[str, StoredFile] = {}
        # updates
        self.updates: list[dict[str, Any]] = []
        self._pending: list[dict[str, Any]] = []
        self._update_id = 700_000_000
        self._allowed_updates: tuple[str, ...] = DEFAULT_ALLOWED_UPDATES
        self._allowed_explicit: list[str] | None = None
        self._poll_generation = 0
        self.poll_count = 0
        # records
        self.calls: list[ApiCall] = []
        self.callback_answers: list[CallbackAnswer] = []
        self.chat_actions: list[ChatAction] = []
        self._commands: dict[tuple[str, str], list[tuple[str, str]]] = {}
        self._callback_queries: dict[str, dict[str, Any]] = {}
        self.invoices: list[Invoice] = []
        self.payments: list[Payment] = []
        self.refunds: list[Refund] = []
        self._star_ledger: list[tuple[str, Payment, float]] = []
        self._faults: list[Fault] = []
        self._inject_mark = 0
        # webhook
        self.webhook_url: str | None = None
        self._webhook: dict[str, Any] = {}
        self._webhook_task: asyncio.Task[None] | None = None
        self._webhook_session: aiohttp.ClientSession | None = None
        self.webhook_deliveries: list[WebhookDelivery] = []
        self.dropped_updates: list[dict[str, Any]] = []
        # async plumbing
        self._updates_event = asyncio.Event()
        self._calls_event = asyncio.Event()
        self._webhook_event = asyncio.Event()
        self._deliveries_event = asyncio.Event()
        self._polls_event = asyncio.Event()
        self._closing = False
        self._runner: web.AppRunner | None = None
        self._root_url: str | None = None
        self._counter = itertools.count(1)
        self._methods: dict[str, tuple[str, Handler]] = {}
        self._register_methods()

    # ----------------------------------------------------------------------------- lifecycle

    async def start(self) -> None:
        """Start the HTTP server on ``host`` (127.0.0.1) and a free port."""
        if self._runner is not None:
            return
        self._closing = False
        # (Re)create the events inside the running loop the server will use.
        self._updates_event = asyncio.Event()
        self._calls_event = asyncio.Event()
        self._webhook_event = asyncio.Event()
        self._deliveries_event = asyncio.Event()
        self._polls_event = asyncio.Event()
        app = web.Application(client_max_size=MAX_UPLOAD_SIZE + 8 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_api)
        app.router.add_route("GET", "/file/bot{token}/{path:.+}", self._handle_file)
        runner = web.AppRunner(
            app, access_log=None, handler_cancellation=True, shutdown_timeout=1.0
        )
        await runner.setup()
        site = web.TCPSite(runner, self.host, self.port)
        await site.start()
        self._runner = runner
        host, port = runner.addresses[0][:2]
        self.port = int(port)
        self._root_url = f"http://{host}:{port}"
        _LOG.debug("Telegram emulator listening on %s", self._root_url)

    async def stop(self) -> None:
        """Wake pending long polls, stop webhook delivery and the HTTP server."""
        self._closing = True
        self._wake_pollers()
        await self._stop_webhook_worker()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> TelegramEmulator:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    @property
    def root_url(self) -> str:
        if self._root_url is None:
            raise RuntimeError("TelegramEmulator is not started")
        return self._root_url

    @property
    def base_url(self) -> str:
        return f"{self.root_url}/bot"

    @property
    def base_file_url(self) -> str:
        return f"{self.root_url}/file/bot"

    @property
    def bot_user(self) -> dict[str, Any]:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": self.bot_first_name,
            "username": self.bot_username,
        }

    def application_builder(self, *, shared_tls_context: bool = True) -> Any:
        """A PTB ``ApplicationBuilder`` with token, base_url and base_file_url set.

        By default it also sets ``request``/``get_updates_request`` to ``HTTPXRequest`` objects that
        share one TLS context: every fresh httpx client otherwise spends ~65 ms loading the CA
        bundle. Pass ``shared_tls_context=False`` to use the builder's own timeout and pool
        setters (PTB refuses those once a request object is set).
        """
        from telegram.ext import ApplicationBuilder

        builder = (
            ApplicationBuilder()
            .token(self.token)
            .base_url(self.base_url)
            .base_file_url(self.base_file_url)
        )
        if shared_tls_context:
            builder = builder.request(_fast_request(256)).get_updates_request(_fast_request(1))
        return builder

    def make_bot(self, token: str | None = None, **request_kwargs: Any) -> telegram.Bot:
        """A plain (not yet initialised) ``telegram.Bot`` talking to the emulator.

        ``request_kwargs`` go to both ``HTTPXRequest`` objects (e.g. ``read_timeout=0.2``).
        """
        return telegram.Bot(
            token or self.token,
            base_url=self.base_url,
            base_file_url=self.base_file_url,
            request=_fast_request(256, **request_kwargs),
            get_updates_request=_fast_request(1, **request_kwargs),
        )

    # ----------------------------------------------------------------------------- world

    def user(
        self,
        id: int,
        first_name: str | None = None,
        *,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "en",
        is_premium: bool | None = None,
        started: bool = True,
    ) -> TgUser:
        """Create (or redefine) a user and their private chat."""
        user = TgUser(
            id=id,
            first_name=first_name or f"User{id}",
            last_name=last_name,
            username=username,
            language_code=language_code,
            is_premium=is_premium,
        )
        self.users[id] = user
        chat = self.chats.get(id)
        if chat is None:
            chat = TgChat(id=id, type="private", started=started)
            self.chats[id] = chat
        else:
            chat.started = chat.started or started
        chat.first_name = user.first_name
        chat.last_name = last_name
        chat.username = username
        chat.members[id] = "member"
        return user

    def group(
        self,
        chat_id: int,
        title: str,
        *,
        members: Mapping[Any, str] | None = None,
        bot_status: str = "member",
        username: str | None = None,
        kind: str | None = None,
    ) -> TgChat:
        """Create (or redefine) a group chat; see the module docstring."""
        if kind is None:
            kind = "supergroup" if str(chat_id).startswith("-100") else "group"
        if kind not in {"group", "supergroup"}:
            raise ValueError(f"unsupported group kind {kind!r}")
        chat = self.chats.get(chat_id)
        if chat is None or chat.is_private:
            chat = TgChat(id=chat_id, type=kind)
            self.chats[chat_id] = chat
        chat.type, chat.title, chat.username, chat.bot_status = kind, title, username, bot_status
        for who, status in (members or {}).items():
            self.set_member(chat_id, who, status)
        return chat

    def set_member(self, chat_id: int, user: UserRef, status: str) -> None:
        if status not in {"creator", "administrator", "member", "left", "kicked"}:
            raise ValueError(f"unsupported member status {status!r}")
        self._chat_or_error(chat_id).members[self._user(user).id] = status

    def chat(self, chat_id: int) -> TgChat:
        return self._chat_or_error(chat_id)

    def block_bot(self, chat_id: int, *, notify: bool = True) -> None:
        """The user blocks the bot (private chat) or the bot is kicked (group)."""
        self._set_bot_status(chat_id, "kicked", notify=notify)

    def unblock_bot(self, chat_id: int, *, notify: bool = True) -> None:
        self._set_bot_status(chat_id, "member", notify=notify)

    def _set_bot_status(self, chat_id: int, status: str, *, notify: bool) -> None:
        chat = self._chat_or_error(chat_id)
        old = chat.bot_status
        chat.bot_status = status
        if notify and old != status:
            actor: TgUser | None = (
                self.users.get(chat.id)
                if chat.is_private
                else next(
                    (
                        self.users[u]
                        for u, s in chat.members.items()
                        if s in {"creator", "administrator"} and u in self.users
                    ),
                    None,
                )
            )
            self._take_mark()
            self._push_update(
                "my_chat_member",
                {
                    "chat": chat.to_dict(),
                    "from": actor.to_dict() if actor else _SERVICE_USER,
                    "date": int(time.time()),
                    "old_chat_member": self._member_dict(self.bot_user, old),
                    "new_chat_member": self._member_dict(self.bot_user, status),
                },
            )

    def _user(self, user: UserRef) -> TgUser:
        if isinstance(user, TgUser):
            if user.id not in self.users:
                self.user(
                    user.id,
                    user.first_name,
                    last_name=user.last_name,
                    username=user.username,
                    language_code=user.language_code,
                    is_premium=user.is_premium,
                )
            return self.users[user.id]
        uid = int(user)
        return self.users.get(uid) or self.user(uid)

    def _chat_or_error(self, chat_id: Any) -> TgChat:
        chat = self._find_chat(chat_id)
        if chat is None:
            raise KeyError(f"unknown chat {chat_id!r}")
        return chat

    def _find_chat(self, chat_id: Any) -> TgChat | None:
        if isinstance(chat_id, TgChat):
            return chat_id
        if isinstance(chat_id, TgUser):
            return self.chats.get(chat_id.id)
        if isinstance(chat_id, str) and chat_id.startswith("@"):
            name = chat_id[1:].lower()
            return next(
                (c for c in self.chats.values() if c.username and c.username.lower() == name), None
            )
        try:
            return self.chats.get(int(chat_id))
        except (TypeError, ValueError):
            return None

    # ----------------------------------------------------------------------------- ids

    def _next(self) -> int:
        return next(self._counter)

    def _new_file_ids(self, kind: str, data: bytes) -> tuple[str, str]:
        prefix = {
            "photo": "AgACAgIAAxkBAAI",
            "document": "BQACAgIAAxkBAAI",
            "sticker": "CAACAgIAAxkBAAI",
            "thumbnail": "AAMCAgADGQEAA",
        }[kind]
        n = self._next()
        digest = hashlib.sha1(data).hexdigest()[:10]
        file_id = f"{prefix}{n:05d}{secrets.token_urlsafe(18)}"
        unique = f"AQAD{digest}{n:04d}"
        return file_id, unique

    # ----------------------------------------------------------------------------- files

    def _store(self, kind: str, data: bytes, **attrs: Any) -> StoredFile:
        file_id, unique = self._new_file_ids(kind, data)
        stored = StoredFile(file_id=file_id, file_unique_id=unique, data=data, kind=kind, **attrs)
        self.files[file_id] = stored
        return stored

    def _store_photo(self, data: bytes, *, validate: bool) -> list[StoredFile]:
        """Store a photo as Telegram does: several sizes, smallest first."""
        if not data:
            raise _bad("file must be non-empty")
        if validate and len(data) > MAX_PHOTO_SIZE:
            raise _bad("PHOTO_SAVE_FILE_INVALID")
        img = _open_image(data)
        if img is None:
            raise _bad("IMAGE_PROCESS_FAILED")
        width, height = img.size
        if validate and (width + height > 10000 or max(width, height) > 20 * min(width, height)):
            raise _bad("PHOTO_INVALID_DIMENSIONS")
        sizes: list[StoredFile] = []
        if self.recompress_photos:
            longest = min(max(width, height), RECOMPRESSED_PHOTO_SIDES[-1])
            targets = [s for s in RECOMPRESSED_PHOTO_SIDES if s < longest] + [longest]
            for side in targets:
                jpg, w, h = _jpeg(img, side, quality=87 if side == longest else 80)
                sizes.append(self._store("photo", jpg, width=w, height=h, mime_type="image/jpeg"))
        else:
            for side in PHOTO_THUMB_SIDES:
                if max(width, height) > side:
                    jpg, w, h = _jpeg(img, side)
                    sizes.append(
                        self._store("photo", jpg, width=w, height=h, mime_type="image/jpeg")
                    )
            mime = Image.MIME.get(img.format or "", "image/jpeg")
            sizes.append(self._store("photo", data, width=width, height=height, mime_type=mime))
        ids = [s.file_id for s in sizes]
        for s in sizes:
            s.photo_sizes = ids
        return sizes

    def _store_document(
        self, data: bytes, file_name: str | None, mime_type: str | None
    ) -> StoredFile:
        if not data:
            raise _bad("file must be non-empty")
        doc = self._store(
            "document", data, file_name=file_name, mime_type=_guess_mime(file_name, mime_type)
        )
        return doc

    def _document_dict(self, doc: StoredFile) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if doc.file_name:
            data["file_name"] = doc.file_name
        if doc.mime_type:
            data["mime_type"] = doc.mime_type
        if (doc.mime_type or "").startswith("image/") and doc.file_id not in self._thumbs:
            img = _open_image(doc.data)
            if img is not None:
                jpg, w, h = _jpeg(img, 320)
                self._thumbs[doc.file_id] = self._store(
                    "thumbnail", jpg, width=w, height=h, mime_type="image/jpeg"
                )
        if doc.file_id in self._thumbs:
            data["thumbnail"] = self._thumbs[doc.file_id].photo_size_dict()
        data.update(
            {
                "file_id": doc.file_id,
                "file_unique_id": doc.file_unique_id,
                "file_size": doc.file_size,
            }
        )
        return data

    def _sticker_dict(
        self, sticker: StoredFile, emoji: str | None, set_name: str | None
    ) -> dict[str, Any]:
        data: dict[str, Any] = {
            "width": sticker.width or 512,
            "height": sticker.height or 512,
        }
        if emoji:
            data["emoji"] = emoji
        if set_name:
            data["set_name"] = set_name
        data.update(
            {
                "is_animated": False,
                "is_video": False,
                "type": "regular",
                "file_id": sticker.file_id,
                "file_unique_id": sticker.file_unique_id,
                "file_size": sticker.file_size,
            }
        )
        return data

    def file_bytes(self, file_id: str) -> bytes:
        return self.files[file_id].data

    # ----------------------------------------------------------------------------- updates

    def _is_allowed(self, kind: str) -> bool:
        return kind in self._allowed_updates

    def _take_mark(self) -> None:
        self._inject_mark = len(self.calls)

    def _push_update(self, kind: str, payload: dict[str, Any]) -> dict[str, Any] | None:
        if not self._is_allowed(kind):
            _LOG.debug("update of type %s dropped by allowed_updates", kind)
            return None
        self._update_id += 1
        update = {"update_id": self._update_id, kind: copy.deepcopy(payload)}
        self._pending.append(update)
        self.updates.append(update)
        self._wake_pollers()
        self._webhook_event.set()
        return update

    def inject_update(self, kind: str, payload: dict[str, Any]) -> dict[str, Any] | None:
        """Push a raw update (``{"update_id": N, kind: payload}``); None if filtered out."""
        self._take_mark()
        return self._push_update(kind, payload)

    @property
    def pending_updates(self) -> list[dict[str, Any]]:
        return list(self._pending)

    def _wake_pollers(self) -> None:
        event, self._updates_event = self._updates_event, asyncio.Event()
        event.set()

    # ----------------------------------------------------------------------------- injection

    def _resolve_chat_for(self, user: TgUser, chat: ChatRef) -> TgChat:
        target = self.chats[user.id] if chat is None else self._chat_or_error(chat)
        if target.is_private:
            if target.id != user.id:
                raise ValueError(f"user {user.id} cannot write in private chat {target.id}")
            target.started = True
            if target.bot_status == "kicked":
                # Writing to a bot you blocked means unblocking it first.
                self._set_bot_status(target.id, "member", notify=True)
        elif target.members.get(user.id) in (None, "left"):
            target.members[user.id] = "member"
        elif target.members.get(user.id) == "kicked":
            raise ValueError(f"user {user.id} is banned in chat {target.id}")
        return target

    def _find_message(self, chat: TgChat, message: MessageRef) -> dict[str, Any] | None:
        mid = self._message_id_of(message)
        return chat.messages.get(mid) if mid is not None else None

    @staticmethod
    def _message_id_of(message: MessageRef) -> int | None:
        if isinstance(message, int):
            return message
        if isinstance(message, dict):
            return message.get("message_id")
        if isinstance(message, ApiCall | StoredMessage | telegram.Message):
            return message.message_id
        return None

    @staticmethod
    def _chat_id_of(message: MessageRef) -> int | None:
        if isinstance(message, dict) and isinstance(message.get("chat"), dict):
            return message["chat"]["id"]
        if isinstance(message, StoredMessage | telegram.Message):
            return message.chat_id
        if isinstance(message, ApiCall):
            msg = message.message
            return msg["chat"]["id"] if msg else None
        return None

    def _user_message(
        self,
        user: TgUser,
        chat: TgChat,
        reply_to: MessageRef | None,
        content: dict[str, Any],
        *,
        kind: str = "message",
    ) -> dict[str, Any]:
        msg: dict[str, Any] = {
            "message_id": chat.take_message_id(),
            "from": user.to_dict(),
            "chat": chat.to_dict(),
            "date": int(time.time()),
        }
        if reply_to is not None:
            replied = self._find_message(chat, reply_to)
            if replied is None:
                raise ValueError(f"reply_to: no message {reply_to!r} in chat {chat.id}")
            msg["reply_to_message"] = {k: v for k, v in replied.items() if k != "reply_to_message"}
        msg.update(content)
        chat.messages[msg["message_id"]] = msg
        if self._bot_sees(chat, msg):
            self._push_update(kind, msg)
        return copy.deepcopy(msg)

    def _bot_sees(self, chat: TgChat, msg: dict[str, Any]) -> bool:
        if chat.is_private:
            return chat.bot_status != "kicked"
        if chat.bot_status in {"left", "kicked"}:
            return False
        if not self.privacy_mode or chat.bot_status == "administrator":
            return True
        text = msg.get("text") or msg.get("caption") or ""
        for ent in msg.get("entities") or msg.get("caption_entities") or []:
            piece = text.encode("utf-16-le")[
                ent["offset"] * 2 : (ent["offset"] + ent["length"]) * 2
            ]
            word = piece.decode("utf-16-le")
            if ent["type"] == "bot_command":
                _, _, target = word.partition("@")
                if not target or target.lower() == self.bot_username.lower():
                    return True
            if ent["type"] == "mention" and word[1:].lower() == self.bot_username.lower():
                return True
        replied = msg.get("reply_to_message")
        return bool(replied and replied.get("from", {}).get("id") == self.bot_id)

    def send_text(
        self,
        user: UserRef,
        text: str,
        chat: ChatRef = None,
        reply_to: MessageRef | None = None,
        *,
        entities: list[dict[str, Any]] | None = None,
    ) -> dict[str, Any]:
        """Inject a text message from ``user`` (see the module docstring)."""
        self._take_mark()
        sender = self._user(user)
        target = self._resolve_chat_for(sender, chat)
        content: dict[str, Any] = {"text": text}
        ents = entities if entities is not None else detect_entities(text)
        if ents:
            content["entities"] = ents
        return self._user_message(sender, target, reply_to, content)

    def send_photo(
        self,
        user: UserRef,
        image_bytes: bytes,
        chat: ChatRef = None,
        caption: str | None = None,
        *,
        reply_to: MessageRef | None = None,
        media_group_id: str | None = None,
    ) -> dict[str, Any]:
        """Inject a photo message (several PhotoSizes, the largest holding the original)."""
        self._take_mark()
        sender = self._user(user)
        target = self._resolve_chat_for(sender, chat)
        sizes = self._store_photo(image_bytes, validate=False)
        content: dict[str, Any] = {}
        if media_group_id:
            content["media_group_id"] = media_group_id
        content["photo"] = [s.photo_size_dict() for s in sizes]
        if caption:
            content["caption"] = caption
            ents = detect_entities(caption)
            if ents:
                content["caption_entities"] = ents
        return self._user_message(sender, target, reply_to, content)

    def send_album(
        self,
        user: UserRef,
        images: Sequence[bytes],
        chat: ChatRef = None,
        caption: str | None = None,
    ) -> list[dict[str, Any]]:
        """Inject an album: one photo message per image, sharing ``media_group_id``."""
        group_id = str(13_000_000_000_000_000 + self._next())
        mark = len(self.calls)
        sent = [
            self.send_photo(user, data, chat, caption if i == 0 else None, media_group_id=group_id)
            for i, data in enumerate(images)
        ]
        self._inject_mark = mark
        return sent

    def send_document(
        self,
        user: UserRef,
        data: bytes,
        file_name: str,
        mime_type: str | None = None,
        chat: ChatRef = None,
        caption: str | None = None,
        *,
        reply_to: MessageRef | None = None,
    ) -> dict[str, Any]:
        """Inject a document (any size; getFile refuses files above 20 MB like Telegram)."""
        self._take_mark()
        sender = self._user(user)
        target = self._resolve_chat_for(sender, chat)
        doc = self._store_document(data, file_name, mime_type)
        content: dict[str, Any] = {"document": self._document_dict(doc)}
        if caption:
            content["caption"] = caption
        return self._user_message(sender, target, reply_to, content)

    def send_sticker(
        self,
        user: UserRef,
        emoji: str = "👍",
        chat: ChatRef = None,
        *,
        image: bytes | None = None,
        set_name: str | None = None,
    ) -> dict[str, Any]:
        """Inject a (static WEBP) sticker message."""
        self._take_mark()
        sender = self._user(user)
        target = self._resolve_chat_for(sender, chat)
        if image is None:
            buf = io.BytesIO()
            Image.new("RGBA", (512, 512), (255, 200, 0, 255)).save(buf, format="WEBP")
            image = buf.getvalue()
        img = _open_image(image)
        sticker = self._store(
            "sticker",
            image,
            mime_type="image/webp",
            width=img.width if img else 512,
            height=img.height if img else 512,
        )
        content = {"sticker": self._sticker_dict(sticker, emoji, set_name)}
        return self._user_message(sender, target, None, content)

    def edit_text(self, user: UserRef, message: MessageRef, text: str) -> dict[str, Any]:
        """The user edits one of their text messages (an ``edited_message`` update)."""
        self._take_mark()
        sender = self._user(user)
        chat = self._chat_or_error(self._chat_id_of(message) or sender.id)
        msg = self._find_message(chat, message)
        if msg is None or msg.get("from", {}).get("id") != sender.id or "text" not in msg:
            raise ValueError(f"no text message {message!r} of user {sender.id} in {chat.id}")
        msg["text"] = text
        ents = detect_entities(text)
        if ents:
            msg["entities"] = ents
        else:
            msg.pop("entities", None)
        msg["edit_date"] = int(time.time())
        if self._bot_sees(chat, msg):
            self._push_update("edited_message", msg)
        return copy.deepcopy(msg)

    def press_button(
        self,
        user: UserRef,
        message: MessageRef,
        callback_data: str,
        chat: ChatRef = None,
        *,
        check: bool = True,
    ) -> str:
        """Inject a ``callback_query`` for a button of a bot message; returns the query id."""
        self._take_mark()
        sender = self._user(user)
        chat_id = chat if chat is not None else (self._chat_id_of(message) or sender.id)
        target = self._chat_or_error(chat_id)
        msg = self._find_message(target, message)
        if msg is None:
            raise ValueError(f"no message {message!r} in chat {target.id} (deleted?)")
        if check:
            if msg.get("from", {}).get("id") != self.bot_id:
                raise ValueError("buttons can only be pressed on the bot's messages")
            values = [v for row in _buttons_of(msg.get("reply_markup")) for _, v in row]
            if callback_data not in values:
                raise ValueError(
                    f"message {msg['message_id']} has no button with callback_data "
                    f"{callback_data!r}; current buttons: {_buttons_of(msg.get('reply_markup'))}"
                )
        query_id = str(4_382_000_000_000_000_000 + self._next())
        self._callback_queries[query_id] = {"created": time.monotonic(), "answered": False}
        payload = {
            "id": query_id,
            "from": sender.to_dict(),
            "message": copy.deepcopy(msg),
            "chat_instance": str(-(abs(target.id) * 7919 + 104729) % 10**19),
            "data": callback_data,
        }
        self._push_update("callback_query", payload)
        return query_id

    def pay_invoice(
        self,
        user: UserRef,
        message: MessageRef | None = None,
        *,
        payload: str | None = None,
        amount: int | None = None,
        currency: str = STARS,
    ) -> str:
        """The user taps "Pay" on an invoice: injects a ``pre_checkout_query``; returns its id.

        ``message`` is the invoice message (any message reference); or pass ``payload=`` (the
        newest invoice with it, or a bare payload with ``amount=``); with neither, the newest
        invoice in the user's private chat. The bot must answer within
        ``pre_checkout_timeout`` seconds; without an answer the payment is declined.
        """
        self._take_mark()
        sender = self._user(user)
        invoice = self._invoice_for(sender, message, payload)
        if invoice is None and (payload is None or amount is None):
            raise ValueError("no invoice to pay: pass an invoice message, or payload= and amount=")
        query_id = str(5_123_000_000_000_000_000 + self._next())
        pay = Payment(
            query_id=query_id,
            user_id=sender.id,
            chat_id=invoice.chat_id if invoice else sender.id,
            currency=invoice.currency if invoice else currency,
            total_amount=invoice.total_amount if invoice else int(amount or 0),
            payload=invoice.payload if invoice else str(payload),
            created=time.monotonic(),
            invoice=invoice,
        )
        self.payments.append(pay)
        with contextlib.suppress(RuntimeError):  # no running loop: checked when answered
            asyncio.get_running_loop().call_later(
                self.pre_checkout_timeout, self._decline_unanswered, pay
            )
        self._push_update(
            "pre_checkout_query",
            {
                "id": query_id,
                "from": sender.to_dict(),
                "currency": pay.currency,
                "total_amount": pay.total_amount,
                "invoice_payload": pay.payload,
            },
        )
        return query_id

    def _invoice_for(
        self, sender: TgUser, message: MessageRef | None, payload: str | None
    ) -> Invoice | None:
        if message is not None:
            chat_id = self._chat_id_of(message) or sender.id
            mid = self._message_id_of(message)
            found = next(
                (i for i in self.invoices if i.chat_id == chat_id and i.message_id == mid), None
            )
            if found is None:
                raise ValueError(f"message {message!r} is not an invoice sent by the bot")
            return found
        if payload is not None:
            return next((i for i in reversed(self.invoices) if i.payload == payload), None)
        return next((i for i in reversed(self.invoices) if i.chat_id == sender.id), None)

    def expire_pre_checkout(self, query_id: str | None = None) -> Payment:
        """Telegram gives up on a pre-checkout query now (as after 10 s without an answer).

        Default: the newest pending one. The payment is declined and a later answer fails with
        "query is too old"; no sleeping needed in tests.
        """
        pending = [p for p in self.payments if p.status == "pending"]
        pay = next((p for p in pending if p.query_id == query_id), None) if query_id else None
        pay = pay or (pending[-1] if pending and query_id is None else None)
        if pay is None:
            raise LookupError(f"no pending pre-checkout query {query_id!r}")
        self._decline_unanswered(pay)
        return pay

    def redeliver(self, update_id: int) -> dict[str, Any] | None:
        """Deliver an earlier update's content again under a new ``update_id``.

        Models Telegram's at-least-once delivery (e.g. a duplicate after a network hiccup).
        Returns the new update, or None when ``allowed_updates`` filters it out.
        """
        old = next((u for u in self.updates if u["update_id"] == update_id), None)
        if old is None:
            raise LookupError(f"no update {update_id} was delivered")
        kind = next(k for k in old if k != "update_id")
        self._take_mark()
        return self._push_update(kind, old[kind])

    def redeliver_successful_payment(self, charge_id: str | None = None) -> dict[str, Any]:
        """Deliver a ``successful_payment`` update a second time (default: the newest payment)."""
        paid = [p for p in self.payments if p.update_id is not None]
        if charge_id is not None:
            paid = [p for p in paid if p.telegram_payment_charge_id == charge_id]
        if not paid:
            raise LookupError(f"no delivered successful payment {charge_id or ''}".strip())
        update = self.redeliver(int(paid[-1].update_id or 0))
        if update is None:
            raise LookupError("allowed_updates filters out messages")
        return update

    @property
    def star_balance(self) -> int:
        """Stars the bot holds: paid minus refunded."""
        paid = sum(p.total_amount for p in self.payments if p.status in {"paid", "refunded"})
        return paid - sum(r.total_amount for r in self.refunds)

    # ----------------------------------------------------------------------------- reading

    def mark(self) -> int:
        """Position in ``calls``; pass it as ``after=`` to ``wait_for``."""
        return len(self.calls)

    @staticmethod
    def _call_matches(
        call: ApiCall,
        method: str | None,
        chat_id: Any,
        include_failed: bool,
        *,
        any_method: bool = False,
    ) -> bool:
        if not call.ok and not include_failed:
            return False
        if method is not None:
            if call.method.lower() != method.lower():
                return False
        elif not any_method and call.method.lower() not in _MESSAGE_METHODS:
            return False
        if chat_id is None:
            return True
        if isinstance(chat_id, TgUser | TgChat):
            chat_id = chat_id.id
        return str(call.chat_id) == str(chat_id)

    def sent(
        self, chat_id: Any = None, method: str | None = None, *, include_failed: bool = False
    ) -> list[ApiCall]:
        """Recorded calls filtered by chat and method (default: message calls, successful)."""
        return [c for c in self.calls if self._call_matches(c, method, chat_id, include_failed)]

    def last_sent(self, chat_id: Any = None, method: str | None = None) -> ApiCall:
        found = self.sent(chat_id, method)
        if not found:
            raise LookupError(f"no {method or 'message'} call for chat {chat_id}")
        return found[-1]

    def texts(self, chat_id: Any = None) -> list[str]:
        """Texts (or captions) of the bot's successful sendMessage/sendPhoto/... calls."""
        return [
            t
            for c in self.sent(chat_id)
            if c.method.startswith("send") and (t := c.text or c.caption) is not None
        ]

    async def wait_for(
        self,
        predicate: Callable[[ApiCall], bool] | None = None,
        *,
        method: str | None = None,
        chat_id: Any = None,
        after: int | None = None,
        timeout: float = 5.0,  # noqa: ASYNC109 - a deadline is this helper's purpose
        include_failed: bool = False,
    ) -> ApiCall:
        """Wait for the first matching call recorded after ``after`` (see module docstring).

        Without ``method`` only message calls match, unless a ``predicate`` is given (then the
        predicate sees every call).
        """
        start = self._inject_mark if after is None else after
        any_method = predicate is not None
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        idx = start
        while True:
            while idx < len(self.calls):
                call = self.calls[idx]
                idx += 1
                if self._call_matches(
                    call, method, chat_id, include_failed, any_method=any_method
                ) and (predicate is None or predicate(call)):
                    return call
            remaining = deadline - loop.time()
            if remaining <= 0:
                seen = "\n  ".join(repr(c) for c in self.calls[start:][-15:]) or "(none)"
                raise WaitTimeout(
                    f"no call matching method={method!r} chat_id={chat_id!r} "
                    f"predicate={predicate!r} within {timeout}s; calls since mark {start}:\n  "
                    f"{seen}"
                )
            event = self._calls_event
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), remaining)

    async def settle(self, quiet: float = 0.1, timeout: float = 5.0) -> None:  # noqa: ASYNC109
        """Wait until the bot has made no API call for ``quiet`` seconds."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            count = len(self.calls)
            await asyncio.sleep(quiet)
            if len(self.calls) == count:
                return
            if loop.time() > deadline:
                raise WaitTimeout(f"the bot kept calling the API for more than {timeout}s")

    def messages_in(
        self, chat_id: Any, *, from_bot: bool | None = None, include_deleted: bool = False
    ) -> list[StoredMessage]:
        """Messages of a chat in their current state, oldest first."""
        chat = self._chat_or_error(chat_id)
        views = [StoredMessage(copy.deepcopy(m), self.files) for m in chat.messages.values()]
        if include_deleted:
            views += [
                StoredMessage(copy.deepcopy(m), self.files, deleted=True)
                for m in chat.deleted.values()
            ]
        views.sort(key=lambda v: v.data["message_id"])
        if from_bot is not None:
            views = [v for v in views if v.from_bot == from_bot]
        return views

    def message(self, chat_id: Any, message_id: int) -> StoredMessage | None:
        chat = self._chat_or_error(chat_id)
        msg = chat.messages.get(message_id)
        return StoredMessage(copy.deepcopy(msg), self.files) if msg else None

    @property
    def commands(self) -> dict[tuple[str, str], list[tuple[str, str]]]:
        return {k: list(v) for k, v in self._commands.items()}

    def get_commands(
        self, scope: str | Mapping[str, Any] = "default", language_code: str = ""
    ) -> list[tuple[str, str]]:
        key = scope if isinstance(scope, str) else self._scope_key(dict(scope))
        return list(self._commands.get((key, language_code), []))

    # ----------------------------------------------------------------------------- faults

    def fail_next(
        self,
        method: str,
        error_code: int = 400,
        description: str | None = None,
        *,
        retry_after: int | None = None,
        times: int = 1,
        chat_id: int | str | None = None,
        migrate_to_chat_id: int | None = None,
        disconnect: bool = False,
    ) -> Fault:
        """Make the next ``times`` calls of ``method`` fail (see the module docstring)."""
        if error_code == 429:
            retry_after = 1 if retry_after is None else retry_after
            description = description or f"Too Many Requests: retry after {retry_after}"
        if migrate_to_chat_id is not None and description is None:
            description = "Bad Request: group chat was upgraded to a supergroup chat"
        fault = Fault(
            method=method,
            error_code=error_code,
            description=description or _DEFAULT_DESCRIPTIONS.get(error_code, "Error"),
            retry_after=retry_after,
            times=times,
            chat_id=chat_id.id if isinstance(chat_id, TgUser | TgChat) else chat_id,
            migrate_to_chat_id=migrate_to_chat_id,
            disconnect=disconnect,
        )
        self._faults.append(fault)
        return fault

    def delay_next(self, method: str, seconds: float, *, times: int = 1) -> Fault:
        """Delay the next ``times`` calls of ``method`` by ``seconds`` (then answer normally)."""
        fault = Fault(method=method, error_code=0, description="", times=times, delay=seconds)
        self._faults.append(fault)
        return fault

    def clear_faults(self) -> None:
        self._faults.clear()

    def _take_fault(self, method: str, chat_id: Any, *, delays: bool) -> Fault | None:
        for fault in self._faults:
            if (fault.delay > 0) == delays and fault.matches(method, chat_id):
                fault.times -= 1
                if fault.times <= 0:
                    self._faults.remove(fault)
                return fault
        return None

    # ----------------------------------------------------------------------------- HTTP

    @staticmethod
    def _json_response(payload: Any, status: int = 200) -> web.Response:
        return web.Response(
            body=json.dumps(payload, ensure_ascii=False).encode("utf-8"),
            status=status,
            content_type="application/json",
        )

    def _token_error(self, token: str) -> web.Response:
        head, sep, _ = token.partition(":")
        if sep and head.isdigit():
            return self._json_response(TelegramApiError(401, "Unauthorized").payload(), 401)
        return self._json_response(TelegramApiError(404, "Not Found").payload(), 404)

    async def _read_params(
        self, request: web.Request
    ) -> tuple[dict[str, Any], dict[str, UploadedFile]]:
        raw: dict[str, Any] = dict(request.query)
        uploads: dict[str, UploadedFile] = {}
        if request.method == "POST" and request.body_exists:
            ctype = request.content_type
            if ctype == "application/json":
                try:
                    body = await request.json()
                except ValueError:
                    raise _bad("can't parse JSON encoded request parameters") from None
                if not isinstance(body, dict):
                    raise _bad("JSON object expected as request parameters")
                raw.update(body)
            elif ctype in {"application/x-www-form-urlencoded", "multipart/form-data"}:
                form = await request.post()
                for key, value in form.items():
                    if isinstance(value, web.FileField):
                        data = value.file.read()
                        if len(data) > MAX_UPLOAD_SIZE:
                            raise TelegramApiError(413, "Request Entity Too Large")
                        uploads[key] = UploadedFile(key, value.filename, value.content_type, data)
                    else:
                        raw[key] = value
        return {k: _decode_param(k, v) for k, v in raw.items()}, uploads

    async def _handle_api(self, request: web.Request) -> web.StreamResponse:
        token = request.match_info["token"]
        if token != self.token:
            return self._token_error(token)
        entry = self._methods.get(request.match_info["method"].lower())
        if entry is None:
            return self._unknown_method(request.match_info["method"])
        method, handler = entry
        call = ApiCall(
            seq=len(self.calls),
            method=method,
            params={},
            uploads={},
            chat_id=None,
            http_method=request.method,
            _files=self.files,
        )
        status = 200
        try:
            call.params, call.uploads = await self._read_params(request)
            call.received = time.monotonic()
            call.chat_id = call.params.get("chat_id")
            if await self._injected_fault(call, request):
                return web.Response(status=500)  # never reaches the (closed) socket
            result = handler(_Ctx(call.params, call.uploads, call))
            if inspect.isawaitable(result):
                result = await result
        except TelegramApiError as exc:
            status = exc.error_code
            self._record(call, exc)
            return self._json_response(exc.payload(), status)
        except asyncio.CancelledError:
            # The client went away (e.g. PTB's TimedOut, or Updater.stop() during a long poll).
            if method != "getUpdates":
                self._record(call, TelegramApiError(0, "client closed the connection"))
            raise
        except Exception as exc:
            _LOG.exception("Telegram emulator failed while handling %s", method)
            error = TelegramApiError(500, f"Internal Server Error: emulator failed: {exc!r}")
            self._record(call, error)
            return self._json_response(error.payload(), 500)
        payload: dict[str, Any] = {"ok": True}
        if isinstance(result, _WithDescription):
            payload["result"] = result.result
            payload["description"] = result.description
            result = result.result
        else:
            payload["result"] = result
        call.ok = True
        call.result = copy.deepcopy(result)
        self._record(call, None)
        return self._json_response(payload, status)

    def _unknown_method(self, name: str) -> web.Response:
        """404 for a name Telegram does not know; 400 for a real method the bot does not use."""
        if name.lower() not in _REAL_METHODS:
            return self._json_response(TelegramApiError(404, "Not Found").payload(), 404)
        _LOG.warning("Telegram emulator: method %s is not emulated", name)
        return self._json_response(
            _bad(f"method {name} is not supported by the emulator").payload(), 400
        )

    async def _injected_fault(self, call: ApiCall, request: web.Request) -> bool:
        """Apply ``delay_next`` / ``fail_next``: raise the error, or True when disconnected."""
        delay = self._take_fault(call.method, call.chat_id, delays=True)
        if delay is not None:
            await asyncio.sleep(delay.delay)
        fault = self._take_fault(call.method, call.chat_id, delays=False)
        if fault is None:
            return False
        if not fault.disconnect:
            raise fault.to_error()
        self._record(call, TelegramApiError(0, "connection dropped"))
        if request.transport is not None:
            request.transport.close()
        return True

    def _record(self, call: ApiCall, error: TelegramApiError | None) -> None:
        if error is not None:
            call.ok = False
            call.error_code = error.error_code
            call.description = error.description
        if call.method == "getUpdates" and call.ok:
            return
        call.seq = len(self.calls)
        self.calls.append(call)
        event, self._calls_event = self._calls_event, asyncio.Event()
        event.set()

    async def _handle_file(self, request: web.Request) -> web.StreamResponse:
        token = request.match_info["token"]
        if token != self.token:
            return self._token_error(token)
        fault = next((f for f in self._faults if f.method == FILE_DOWNLOAD and f.times > 0), None)
        if fault is not None:
            fault.times -= 1
            if fault.times <= 0:
                self._faults.remove(fault)
            return self._json_response(fault.to_error().payload(), fault.error_code)
        stored = self._files_by_path.get(request.match_info["path"])
        if stored is None:
            return self._json_response(TelegramApiError(404, "Not Found").payload(), 404)
        return web.Response(body=stored.data, content_type="application/octet-stream")

    # ----------------------------------------------------------------------------- helpers

    def _register_methods(self) -> None:
        handlers: dict[str, Handler] = {
            "getMe": self._m_get_me,
            "getUpdates": self._m_get_updates,
            "setWebhook": self._m_set_webhook,
            "deleteWebhook": self._m_delete_webhook,
            "getWebhookInfo": self._m_get_webhook_info,
            "setMyCommands": self._m_set_my_commands,
            "sendMessage": self._m_send_message,
            "sendPhoto": self._m_send_photo,
            "sendDocument": self._m_send_document,
            "editMessageText": self._m_edit_message_text,
            "editMessageCaption": self._m_edit_message_caption,
            "editMessageReplyMarkup": self._m_edit_message_reply_markup,
            "editMessageMedia": self._m_edit_message_media,
            "sendChatAction": self._m_send_chat_action,
            "deleteMessage": self._m_delete_message,
            "answerCallbackQuery": self._m_answer_callback_query,
            "getFile": self._m_get_file,
            "getChatMember": self._m_get_chat_member,
            "sendInvoice": self._m_send_invoice,
            "answerPreCheckoutQuery": self._m_answer_pre_checkout_query,
            "refundStarPayment": self._m_refund_star_payment,
            "getStarTransactions": self._m_get_star_transactions,
        }
        self._methods = {name.lower(): (name, fn) for name, fn in handlers.items()}

    def _require(self, ctx: _Ctx, name: str) -> Any:
        value = ctx.params.get(name)
        if value is None or value == "":
            raise _bad(f"{name} is empty")
        return value

    def _lookup_chat(self, ctx: _Ctx) -> TgChat:
        chat_id = self._require(ctx, "chat_id")
        chat = self._find_chat(chat_id)
        if chat is None:
            raise _bad("chat not found")
        ctx.call.chat_id = chat.id
        return chat

    def _writable_chat(self, ctx: _Ctx) -> TgChat:
        """The target chat of a send/edit/delete, with Telegram's 403 checks."""
        chat = self._lookup_chat(ctx)
        if chat.is_private:
            if chat.bot_status == "kicked":
                raise TelegramApiError(403, "Forbidden: bot was blocked by the user")
            if not chat.started:
                raise TelegramApiError(
                    403, "Forbidden: bot can't initiate conversation with a user"
                )
        else:
            kind = "supergroup chat" if chat.type == "supergroup" else "group chat"
            if chat.bot_status == "kicked":
                raise TelegramApiError(403, f"Forbidden: bot was kicked from the {kind}")
            if chat.bot_status == "left":
                raise TelegramApiError(403, f"Forbidden: bot is not a member of the {kind}")
        return chat

    @staticmethod
    def _format(ctx: _Ctx, text_key: str, entities_key: str) -> tuple[str, list[dict[str, Any]]]:
        """Text plus entities: explicit ones as given, else the ones Telegram detects.

        The bot never sets a parse_mode, so the emulator refuses one instead of guessing.
        """
        text = str(ctx.params.get(text_key) or "")
        if ctx.params.get("parse_mode"):
            raise _bad("parse_mode is not supported by the emulator (the bot sends plain text)")
        explicit = ctx.params.get(entities_key)
        if explicit:
            if not isinstance(explicit, list) or not all(
                isinstance(e, dict) and {"type", "offset", "length"} <= e.keys() for e in explicit
            ):
                raise _bad("can't parse entities JSON object")
            return text, [dict(e) for e in explicit]
        return text, detect_entities(text)

    def _check_markup(self, ctx: _Ctx) -> dict[str, Any] | None:
        """Validate ``reply_markup``; return it if Telegram echoes it (inline keyboards)."""
        markup = ctx.params.get("reply_markup")
        if markup is None:
            return None
        if not isinstance(markup, dict):
            raise _bad("can't parse reply keyboard markup JSON object")
        if "inline_keyboard" in markup:
            rows = markup["inline_keyboard"]
            if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
                raise _bad(
                    'field "inline_keyboard" of the InlineKeyboardMarkup should be an '
                    "Array of Arrays"
                )
            for row in rows:
                for button in row:
                    self._check_inline_button(button)
            return markup
        if "keyboard" in markup and not (
            isinstance(markup["keyboard"], list)
            and all(isinstance(r, list) for r in markup["keyboard"])
        ):
            raise _bad('field "keyboard" of the ReplyKeyboardMarkup should be an Array of Arrays')
        return None

    @staticmethod
    def _check_inline_button(button: Any) -> None:
        if not isinstance(button, dict) or not isinstance(button.get("text"), str):
            raise _bad("can't parse inline keyboard button: Text is not specified")
        if "callback_data" in button:
            size = len(str(button["callback_data"]).encode("utf-8"))
            if not 1 <= size <= MAX_CALLBACK_DATA_BYTES:
                raise _bad("BUTTON_DATA_INVALID")
        elif "url" in button:
            if not _valid_button_url(str(button["url"])):
                raise _bad("BUTTON_URL_INVALID")
        elif not any(
            k in button
            for k in (
                "web_app",
                "login_url",
                "switch_inline_query",
                "switch_inline_query_current_chat",
                "switch_inline_query_chosen_chat",
                "copy_text",
                "callback_game",
                "pay",
            )
        ):
            raise _bad(
                "can't parse inline keyboard button: Text buttons are unallowed in the "
                "inline keyboard"
            )

    def _reply_target(self, ctx: _Ctx, chat: TgChat) -> dict[str, Any] | None:
        params = ctx.params.get("reply_parameters")
        allow_without = bool(ctx.params.get("allow_sending_without_reply"))
        mid: Any = ctx.params.get("reply_to_message_id")
        if isinstance(params, dict):
            mid = params.get("message_id", mid)
            allow_without = bool(params.get("allow_sending_without_reply", allow_without))
            if params.get("chat_id") not in (None, chat.id):
                other = self._find_chat(params["chat_id"])
                if other is None:
                    raise _bad("chat not found")
                chat = other
        if mid is None:
            return None
        replied = chat.messages.get(int(mid))
        if replied is None:
            if allow_without:
                return None
            raise _bad("message to be replied not found")
        return {k: v for k, v in replied.items() if k != "reply_to_message"}

    def _bot_message(
        self,
        chat: TgChat,
        reply: dict[str, Any] | None,
        content: dict[str, Any],
    ) -> dict[str, Any]:
        msg: dict[str, Any] = {
            "message_id": chat.take_message_id(),
            "from": self.bot_user,
            "chat": chat.to_dict(),
            "date": int(time.time()),
        }
        if reply is not None:
            msg["reply_to_message"] = copy.deepcopy(reply)
        msg.update({k: v for k, v in content.items() if v is not None and v != []})
        chat.messages[msg["message_id"]] = msg
        return copy.deepcopy(msg)

    def _caption(self, ctx: _Ctx, source: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Parsed ``caption`` / ``caption_entities`` (from ``source``, default the params)."""
        params = dict(source) if source is not None else ctx.params
        if not params.get("caption"):
            return {}
        sub = _Ctx(params, ctx.uploads, ctx.call)
        caption, entities = self._format(sub, "caption", "caption_entities")
        if utf16_len(caption) > MAX_CAPTION_LENGTH:
            raise _bad("message caption is too long")
        out: dict[str, Any] = {}
        if caption:
            out["caption"] = caption
            if entities:
                out["caption_entities"] = entities
        return out

    def _input_file(self, ctx: _Ctx, value: Any, field_name: str, kind: str) -> Any:
        """Resolve a file parameter: a multipart upload or a file_id.

        Returns the list of photo sizes for ``kind == "photo"``, else one ``StoredFile``.
        """
        upload = ctx.uploads.get(field_name) if value is None else None
        if upload is not None:
            if kind == "photo":
                return self._store_photo(upload.data, validate=True)
            return self._store_document(upload.data, upload.file_name, upload.mime_type)
        if value is None or value == "":
            raise _bad(f"there is no {field_name} in the request")
        text = str(value)
        if text.startswith(("http://", "https://")):
            raise _bad("failed to get HTTP URL content")
        stored = self.files.get(text)
        if stored is None:
            raise _bad(_WRONG_FILE_ID[len("Bad Request: ") :])
        if stored.kind != kind:
            raise _bad(f"can't use file of type {stored.kind.capitalize()} as {kind.capitalize()}")
        if kind == "photo":
            return [self.files[fid] for fid in stored.photo_sizes]
        return stored

    def _edit_target(self, ctx: _Ctx, *, action: str = "edit") -> tuple[TgChat, dict[str, Any]]:
        if ctx.params.get("inline_message_id"):
            raise _bad("MESSAGE_ID_INVALID")
        chat = self._writable_chat(ctx)
        mid = ctx.params.get("message_id")
        if mid is None:
            raise _bad("message identifier is not specified")
        msg = chat.messages.get(int(mid))
        if msg is None:
            raise _bad(f"message to {action} not found")
        if action == "edit" and msg.get("from", {}).get("id") != self.bot_id:
            raise _bad("message can't be edited")
        return chat, msg

    @staticmethod
    def _apply_edit(msg: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
        """Apply ``changes`` (None removes a key) or raise "message is not modified"."""
        if all(msg.get(k) == v for k, v in changes.items()):
            raise TelegramApiError(400, _NOT_MODIFIED)
        for key, value in changes.items():
            if value is None or value == []:
                msg.pop(key, None)
            else:
                msg[key] = value
        msg["edit_date"] = int(time.time())
        return copy.deepcopy(msg)

    @staticmethod
    def _member_dict(user: dict[str, Any], status: str) -> dict[str, Any]:
        data: dict[str, Any] = {"user": user, "status": status}
        if status == "creator":
            data["is_anonymous"] = False
        elif status == "administrator":
            data.update(_ADMIN_RIGHTS)
        elif status == "kicked":
            data["until_date"] = 0
        return data

    @staticmethod
    def _scope_key(scope: dict[str, Any] | None) -> str:
        if not scope:
            return "default"
        kind = str(scope.get("type", "default"))
        key = kind
        if "chat_id" in scope:
            key += f":{scope['chat_id']}"
        if "user_id" in scope:
            key += f":{scope['user_id']}"
        return key

    # ----------------------------------------------------------------------------- methods

    def _m_get_me(self, ctx: _Ctx) -> dict[str, Any]:
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": not self.privacy_mode,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    async def wait_for_poll(
        self,
        after: int = 0,
        timeout: float = 5.0,  # noqa: ASYNC109 - a deadline is this helper's purpose
    ) -> int:
        """Wait until ``poll_count`` exceeds ``after`` (a getUpdates reached the emulator)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while self.poll_count <= after:
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise WaitTimeout(f"no getUpdates after poll #{after} within {timeout}s")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._polls_event.wait(), remaining)
        return self.poll_count

    async def _m_get_updates(self, ctx: _Ctx) -> list[dict[str, Any]]:
        self.poll_count += 1
        event, self._polls_event = self._polls_event, asyncio.Event()
        event.set()
        if self.webhook_url:
            raise TelegramApiError(409, _CONFLICT_WEBHOOK)
        offset = int(ctx.params.get("offset") or 0)
        limit = max(1, min(100, int(ctx.params.get("limit") or 100)))
        timeout = max(0.0, float(ctx.params.get("timeout") or 0))
        if "allowed_updates" in ctx.params:
            self._set_allowed_updates(ctx.params["allowed_updates"])
        if offset > 0:
            self._pending = [u for u in self._pending if u["update_id"] >= offset]
        elif offset < 0:
            self._pending = self._pending[offset:]
        self._poll_generation += 1
        generation = self._poll_generation
        self._wake_pollers()  # a running long poll is terminated with 409
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            if self.webhook_url:
                raise TelegramApiError(409, "Conflict: terminated by setWebhook request")
            if generation != self._poll_generation:
                raise TelegramApiError(409, _CONFLICT_OTHER_POLL)
            if self._pending or self._closing:
                return copy.deepcopy(self._pending[:limit])
            remaining = deadline - loop.time()
            if remaining <= 0:
                return []
            event = self._updates_event
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), remaining)

    def _set_allowed_updates(self, value: Any) -> None:
        if value is None:
            return
        if not isinstance(value, list):
            raise _bad("can't parse allowed_updates JSON object")
        self._allowed_explicit = [str(v) for v in value]
        known = [v for v in self._allowed_explicit if v in ALL_UPDATE_TYPES]
        self._allowed_updates = tuple(known) if known else DEFAULT_ALLOWED_UPDATES

    def _m_set_webhook(self, ctx: _Ctx) -> _WithDescription:
        url = str(ctx.params.get("url") or "")
        if not url:
            return self._m_delete_webhook(ctx)
        parts = urlsplit(url)
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            raise _bad("bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443")
        if parts.hostname not in {"127.0.0.1", "localhost", "::1"}:
            raise _bad("bad webhook: Failed to resolve host: Name or service not known")
        secret = str(ctx.params.get("secret_token") or "") or None
        if secret is not None and len(secret) > 256:
            raise _bad("secret token is too long")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]+", secret):
            raise _bad("secret token contains unallowed characters")
        max_connections = int(ctx.params.get("max_connections") or 40)
        if not 1 <= max_connections <= 100:
            raise _bad("invalid max_connections specified")
        if ctx.params.get("drop_pending_updates"):
            self._pending.clear()
        if "allowed_updates" in ctx.params:
            self._set_allowed_updates(ctx.params["allowed_updates"])
        already = self.webhook_url == url
        self.webhook_url = url
        self._webhook = {
            "secret_token": secret,
            "max_connections": max_connections,
            "ip_address": ctx.params.get("ip_address") or "127.0.0.1",
            "last_error_date": None,
            "last_error_message": None,
        }
        self._wake_pollers()
        self._ensure_webhook_worker()
        return _WithDescription(True, "Webhook is already set" if already else "Webhook was set")

    def _m_delete_webhook(self, ctx: _Ctx) -> _WithDescription:
        if ctx.params.get("drop_pending_updates"):
            self._pending.clear()
        was_set = self.webhook_url is not None
        self.webhook_url = None
        self._webhook = {}
        self._webhook_event.set()
        return _WithDescription(
            True, "Webhook was deleted" if was_set else "Webhook is already deleted"
        )

    def _m_get_webhook_info(self, ctx: _Ctx) -> dict[str, Any]:
        info: dict[str, Any] = {
            "url": self.webhook_url or "",
            "has_custom_certificate": False,
            "pending_update_count": len(self._pending),
        }
        if self.webhook_url:
            info["max_connections"] = self._webhook.get("max_connections", 40)
            info["ip_address"] = self._webhook.get("ip_address")
            if self._webhook.get("last_error_date"):
                info["last_error_date"] = self._webhook["last_error_date"]
                info["last_error_message"] = self._webhook["last_error_message"]
        if self._allowed_explicit is not None:
            info["allowed_updates"] = list(self._allowed_explicit)
        return info

    @property
    def webhook_secret_token(self) -> str | None:
        """The ``secret_token`` of the current webhook (None: no webhook or no secret)."""
        return self._webhook.get("secret_token")

    @property
    def allowed_updates(self) -> list[str] | None:
        """The last ``allowed_updates`` the bot set (getUpdates or setWebhook), else None."""
        return None if self._allowed_explicit is None else list(self._allowed_explicit)

    async def wait_for_webhook_deliveries(
        self,
        count: int,
        timeout: float = 5.0,  # noqa: ASYNC109 - a deadline is this helper's purpose
    ) -> list[WebhookDelivery]:
        """Wait until ``count`` POSTs to the webhook were made (answered or failed)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while len(self.webhook_deliveries) < count:
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise WaitTimeout(
                    f"{len(self.webhook_deliveries)} webhook deliveries, not {count}, "
                    f"within {timeout}s: {self.webhook_deliveries}"
                )
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._deliveries_event.wait(), remaining)
        return list(self.webhook_deliveries[:count])

    def _ensure_webhook_worker(self) -> None:
        if self._webhook_task is None or self._webhook_task.done():
            self._webhook_task = asyncio.get_running_loop().create_task(self._webhook_worker())

    async def _stop_webhook_worker(self) -> None:
        task, self._webhook_task = self._webhook_task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if self._webhook_session is not None:
            await self._webhook_session.close()
            self._webhook_session = None

    async def _webhook_worker(self) -> None:
        """POST pending updates to the webhook one by one, in order (see the module docstring)."""
        failures = 0
        while self.webhook_url and not self._closing:
            if not self._pending:
                self._webhook_event.clear()
                await self._webhook_event.wait()
                continue
            update = self._pending[0]
            delivery = await self._post_update(update, failures + 1)
            self.webhook_deliveries.append(delivery)
            event, self._deliveries_event = self._deliveries_event, asyncio.Event()
            event.set()
            if delivery.error is not None:
                self._webhook["last_error_date"] = int(delivery.at)
                self._webhook["last_error_message"] = delivery.error
                failures += 1
                if failures < self.webhook_max_attempts:
                    delay = self.webhook_retry_delay * 2 ** (failures - 1)
                    await asyncio.sleep(min(delay, self.webhook_max_retry_delay))
                    continue
                _LOG.debug("webhook: update %s dropped after %s attempts", update, failures)
                self.dropped_updates.append(update)
            failures = 0
            if self._pending and self._pending[0] is update:
                self._pending.pop(0)

    async def _post_update(self, update: dict[str, Any], attempt: int) -> WebhookDelivery:
        url = str(self.webhook_url)
        secret = self._webhook.get("secret_token")
        headers = {"Content-Type": "application/json"}
        if secret:
            headers["X-Telegram-Bot-Api-Secret-Token"] = str(secret)
        if self._webhook_session is None:
            self._webhook_session = aiohttp.ClientSession()
        status: int | None = None
        error: str | None = None
        try:
            async with self._webhook_session.post(
                url,
                data=json.dumps(update, ensure_ascii=False).encode("utf-8"),
                headers=headers,
                timeout=aiohttp.ClientTimeout(total=self.webhook_timeout),
            ) as resp:
                await resp.read()
                status = resp.status
                if not 200 <= resp.status < 300:
                    error = f"Wrong response from the webhook: {resp.status} {resp.reason}"
        except TimeoutError:
            error = "Read timeout expired"
        except (aiohttp.ClientError, OSError) as exc:
            error = f"Connection refused ({exc.__class__.__name__})"
        return WebhookDelivery(
            update_id=int(update["update_id"]),
            url=url,
            secret_token=secret,
            attempt=attempt,
            status=status,
            error=error,
            at=time.time(),
        )

    def _m_set_my_commands(self, ctx: _Ctx) -> bool:
        commands = ctx.params.get("commands")
        if not isinstance(commands, list):
            raise _bad("can't parse commands JSON object")
        if len(commands) > 100:
            raise _bad("too many commands specified")
        parsed: list[tuple[str, str]] = []
        for item in commands:
            if not isinstance(item, dict):
                raise _bad("can't parse BotCommand")
            command = str(item.get("command", ""))
            description = str(item.get("description", ""))
            if not re.fullmatch(r"[a-z0-9_]{1,32}", command):
                raise _bad("BOT_COMMAND_INVALID")
            if not 1 <= len(description) <= 256:
                raise _bad("BOT_COMMAND_DESCRIPTION_INVALID")
            parsed.append((command, description))
        key = (self._command_scope(ctx), str(ctx.params.get("language_code") or ""))
        if parsed:
            self._commands[key] = parsed
        else:
            self._commands.pop(key, None)
        return True

    def _command_scope(self, ctx: _Ctx) -> str:
        scope = ctx.params.get("scope")
        if scope is not None and not isinstance(scope, dict):
            raise _bad("can't parse scope JSON object")
        if isinstance(scope, dict) and "chat_id" in scope:
            chat = self._find_chat(scope["chat_id"])
            if chat is None:
                raise _bad("chat not found")
            scope = {**scope, "chat_id": chat.id}
        lang = str(ctx.params.get("language_code") or "")
        if lang and not re.fullmatch(r"[a-z]{2}", lang):
            raise _bad("invalid language code specified")
        return self._scope_key(scope)

    def _m_send_message(self, ctx: _Ctx) -> dict[str, Any]:
        text, entities = self._format(ctx, "text", "entities")
        chat = self._writable_chat(ctx)
        if not text.strip():
            raise _bad("message text is empty")
        if utf16_len(text) > MAX_TEXT_LENGTH:
            raise _bad("message is too long")
        markup = self._check_markup(ctx)
        reply = self._reply_target(ctx, chat)
        content: dict[str, Any] = {"text": text, "entities": entities}
        if isinstance(ctx.params.get("link_preview_options"), dict):
            content["link_preview_options"] = ctx.params["link_preview_options"]
        content["reply_markup"] = markup
        return self._bot_message(chat, reply, content)

    def _m_send_photo(self, ctx: _Ctx) -> dict[str, Any]:
        chat = self._writable_chat(ctx)
        caption = self._caption(ctx)
        markup = self._check_markup(ctx)
        reply = self._reply_target(ctx, chat)
        sizes: list[StoredFile] = self._input_file(ctx, ctx.params.get("photo"), "photo", "photo")
        ctx.call.photo = sizes[-1]
        content: dict[str, Any] = {"photo": [s.photo_size_dict() for s in sizes], **caption}
        if ctx.params.get("has_spoiler"):
            content["has_media_spoiler"] = True
        content["reply_markup"] = markup
        return self._bot_message(chat, reply, content)

    def _m_send_document(self, ctx: _Ctx) -> dict[str, Any]:
        chat = self._writable_chat(ctx)
        caption = self._caption(ctx)
        markup = self._check_markup(ctx)
        reply = self._reply_target(ctx, chat)
        doc: StoredFile = self._input_file(ctx, ctx.params.get("document"), "document", "document")
        ctx.call.document = doc
        content = {"document": self._document_dict(doc), **caption, "reply_markup": markup}
        return self._bot_message(chat, reply, content)

    def _m_edit_message_text(self, ctx: _Ctx) -> dict[str, Any]:
        text, entities = self._format(ctx, "text", "entities")
        chat, msg = self._edit_target(ctx)
        if "text" not in msg:
            raise _bad("there is no text in the message to edit")
        if not text.strip():
            raise _bad("message text is empty")
        if utf16_len(text) > MAX_TEXT_LENGTH:
            raise _bad("message is too long")
        markup = self._check_markup(ctx)
        return self._apply_edit(
            msg, {"text": text, "entities": entities or None, "reply_markup": markup}
        )

    def _m_edit_message_caption(self, ctx: _Ctx) -> dict[str, Any]:
        chat, msg = self._edit_target(ctx)
        if not any(k in msg for k in ("photo", "document", "video", "animation", "audio")):
            raise _bad("there is no caption in the message to edit")
        caption = self._caption(ctx)
        markup = self._check_markup(ctx)
        return self._apply_edit(
            msg,
            {
                "caption": caption.get("caption"),
                "caption_entities": caption.get("caption_entities"),
                "reply_markup": markup,
            },
        )

    def _m_edit_message_reply_markup(self, ctx: _Ctx) -> dict[str, Any]:
        chat, msg = self._edit_target(ctx)
        markup = self._check_markup(ctx)
        return self._apply_edit(msg, {"reply_markup": markup})

    def _m_edit_message_media(self, ctx: _Ctx) -> dict[str, Any]:
        """A message's photo or document replaced (a new upload or a file id), with the caption
        and keyboard given alongside; like every edit, an omitted ``reply_markup`` removes the
        keyboard."""
        chat, msg = self._edit_target(ctx)
        if not any(k in msg for k in ("photo", "document", "video", "animation", "audio")):
            raise _bad("there is no media in the message to edit")
        media = ctx.params.get("media")
        if not isinstance(media, dict) or media.get("type") not in {"photo", "document"}:
            raise _bad("can't parse InputMedia JSON object")
        markup = self._check_markup(ctx)
        caption = self._caption(ctx, media)
        resolved = self._input_file(ctx, self._attached(ctx, media), "media", media["type"])
        changes: dict[str, Any] = {"photo": None, "document": None}
        if media["type"] == "photo":
            ctx.call.photo = resolved[-1]
            changes["photo"] = [s.photo_size_dict() for s in resolved]
        else:
            ctx.call.document = resolved
            changes["document"] = self._document_dict(resolved)
        changes.update(
            {
                "caption": caption.get("caption"),
                "caption_entities": caption.get("caption_entities"),
                "reply_markup": markup,
            }
        )
        return self._apply_edit(msg, changes)

    @staticmethod
    def _attached(ctx: _Ctx, media: Mapping[str, Any]) -> Any:
        """``attach://<name>`` → None after moving that upload under ``media``; else the file id."""
        value = media.get("media")
        if isinstance(value, str) and value.startswith("attach://"):
            upload = ctx.uploads.get(value[len("attach://") :])
            if upload is None:
                raise _bad("wrong file identifier/HTTP URL specified")
            ctx.uploads["media"] = upload
            return None
        return value

    def _m_send_chat_action(self, ctx: _Ctx) -> bool:
        chat = self._writable_chat(ctx)
        action = str(ctx.params.get("action") or "")
        if action not in CHAT_ACTIONS:
            raise _bad("wrong parameter action in request")
        self.chat_actions.append(ChatAction(chat.id, action, time.time()))
        return True

    def _can_delete(self, chat: TgChat, msg: dict[str, Any]) -> bool:
        if chat.is_private or msg.get("from", {}).get("id") == self.bot_id:
            return True
        return chat.bot_status == "administrator"

    def _m_delete_message(self, ctx: _Ctx) -> bool:
        chat, msg = self._edit_target(ctx, action="delete")
        if not self._can_delete(chat, msg):
            raise _bad("message can't be deleted")
        chat.deleted[msg["message_id"]] = chat.messages.pop(msg["message_id"])
        return True

    def _m_answer_callback_query(self, ctx: _Ctx) -> bool:
        query_id = str(self._require(ctx, "callback_query_id"))
        state = self._callback_queries.get(query_id)
        if (
            state is None
            or state["answered"]
            or time.monotonic() - state["created"] > self.callback_query_ttl
        ):
            raise _bad(_QUERY_TOO_OLD[len("Bad Request: ") :])
        state["answered"] = True
        cache_time = ctx.params.get("cache_time")
        self.callback_answers.append(
            CallbackAnswer(
                query_id=query_id,
                text=ctx.params.get("text"),
                show_alert=bool(ctx.params.get("show_alert")),
                url=ctx.params.get("url"),
                cache_time=None if cache_time is None else int(cache_time),
                at=time.time(),
            )
        )
        return True

    def _m_get_file(self, ctx: _Ctx) -> dict[str, Any]:
        file_id = str(self._require(ctx, "file_id"))
        stored = self.files.get(file_id)
        if stored is None:
            raise _bad(_WRONG_FILE_ID[len("Bad Request: ") :])
        if stored.file_size > MAX_DOWNLOAD_SIZE:
            raise _bad("file is too big")
        if stored.file_path is None:
            folder = {
                "photo": "photos",
                "document": "documents",
                "sticker": "stickers",
                "thumbnail": "thumbnails",
            }[stored.kind]
            if stored.kind in {"photo", "thumbnail"}:
                ext = ".jpg"
            elif stored.kind == "sticker":
                ext = ".webp"
            elif stored.file_name and "." in stored.file_name:
                ext = "." + stored.file_name.rsplit(".", 1)[1]
            else:
                ext = ""
            stored.file_path = f"{folder}/file_{self._next()}{ext}"
            self._files_by_path[stored.file_path] = stored
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": stored.file_size,
            "file_path": stored.file_path,
        }

    def _m_get_chat_member(self, ctx: _Ctx) -> dict[str, Any]:
        chat = self._lookup_chat(ctx)
        user_id = int(self._require(ctx, "user_id"))
        if user_id == self.bot_id:
            status = "member" if chat.is_private else chat.bot_status
            return self._member_dict(self.bot_user, status)
        user = self.users.get(user_id)
        if user is None:
            raise _bad("user not found")
        if chat.is_private:
            status = "member" if user_id == chat.id else "left"
        else:
            status = chat.members.get(user_id, "left")
        return self._member_dict(user.to_dict(), status)

    # --- payments (Telegram Stars)

    @staticmethod
    def _required_str(ctx: _Ctx, name: str) -> str:
        value = ctx.params.get(name)
        if value is None or value == "":
            raise _bad(f'parameter "{name}" is required')
        return str(value)

    @staticmethod
    def _prices(ctx: _Ctx) -> list[dict[str, Any]]:
        prices = ctx.params.get("prices")
        if prices is None:
            raise _bad('parameter "prices" is required')
        if not isinstance(prices, list) or not all(
            isinstance(p, dict)
            and isinstance(p.get("label"), str)
            and isinstance(p.get("amount"), int)
            and not isinstance(p.get("amount"), bool)
            for p in prices
        ):
            raise _bad("can't parse prices JSON object")
        if sum(p["amount"] for p in prices) <= 0:
            raise _bad("total price must be positive")
        return [{"label": p["label"], "amount": p["amount"]} for p in prices]

    def _invoice_from(self, ctx: _Ctx, chat_id: int) -> Invoice:
        """An invoice checked like Telegram checks ``sendInvoice`` (see the module docstring)."""
        title = self._required_str(ctx, "title")
        description = self._required_str(ctx, "description")
        payload = self._required_str(ctx, "payload")
        currency = self._required_str(ctx, "currency")
        prices = self._prices(ctx)
        if len(title) > MAX_INVOICE_TITLE:
            raise _bad(f"invoice title must be 1-{MAX_INVOICE_TITLE} characters long")
        if len(description) > MAX_INVOICE_DESCRIPTION:
            raise _bad(f"invoice description must be 1-{MAX_INVOICE_DESCRIPTION} characters long")
        if len(payload.encode("utf-8")) > MAX_INVOICE_PAYLOAD_BYTES:
            raise _bad("INVOICE_PAYLOAD_INVALID")
        tips = ctx.params.get("max_tip_amount") or ctx.params.get("suggested_tip_amounts")
        if currency == STARS:
            if ctx.params.get("provider_token") or len(prices) != 1 or tips:
                raise _bad("STARS_INVOICE_INVALID")
        elif not ctx.params.get("provider_token"):
            raise _bad("PAYMENT_PROVIDER_INVALID")
        return Invoice(chat_id, None, title, description, payload, currency, prices)

    def _m_send_invoice(self, ctx: _Ctx) -> dict[str, Any]:
        chat = self._writable_chat(ctx)
        invoice = self._invoice_from(ctx, chat.id)
        markup = self._check_markup(ctx)
        reply = self._reply_target(ctx, chat)
        msg = self._bot_message(
            chat,
            reply,
            {
                "invoice": {
                    "title": invoice.title,
                    "description": invoice.description,
                    "start_parameter": str(ctx.params.get("start_parameter") or ""),
                    "currency": invoice.currency,
                    "total_amount": invoice.total_amount,
                },
                "reply_markup": markup,
            },
        )
        invoice.message_id = msg["message_id"]
        self.invoices.append(invoice)
        return msg

    def _m_answer_pre_checkout_query(self, ctx: _Ctx) -> bool:
        query_id = str(self._require(ctx, "pre_checkout_query_id"))
        pay = next((p for p in self.payments if p.query_id == query_id), None)
        if pay is not None and pay.status == "pending" and self._pre_checkout_too_old(pay):
            self._decline_unanswered(pay)
        if pay is None or pay.status != "pending":
            raise _bad(_QUERY_TOO_OLD[len("Bad Request: ") :])
        if not ctx.params.get("ok"):
            if not ctx.params.get("error_message"):
                raise _bad("error_message is empty")
            pay.status = "declined"
            pay.error_message = str(ctx.params["error_message"])
            return True
        self._complete_payment(pay)
        return True

    def _pre_checkout_too_old(self, pay: Payment) -> bool:
        return time.monotonic() - pay.created > self.pre_checkout_timeout

    def _decline_unanswered(self, pay: Payment) -> None:
        if pay.status == "pending":
            pay.status = "declined"
            pay.timed_out = True

    def _complete_payment(self, pay: Payment) -> None:
        """Telegram takes the Stars and sends the ``successful_payment`` message."""
        pay.status = "paid"
        pay.telegram_payment_charge_id = f"stxEMU{self._next():06d}{secrets.token_urlsafe(24)}"
        pay.provider_payment_charge_id = f"{pay.user_id}_{self._next()}"
        pay.paid_at = time.time()
        chat = self.chats.get(pay.chat_id) or self.chats[pay.user_id]
        before = self._update_id
        pay.message = self._user_message(
            self.users[pay.user_id],
            chat,
            None,
            {"successful_payment": self._charge_dict(pay)},
        )
        pay.update_id = self._update_id if self._update_id != before else None
        self._star_ledger.append(("in", pay, pay.paid_at))

    @staticmethod
    def _charge_dict(pay: Payment) -> dict[str, Any]:
        return {
            "currency": pay.currency,
            "total_amount": pay.total_amount,
            "invoice_payload": pay.payload,
            "telegram_payment_charge_id": pay.telegram_payment_charge_id,
            "provider_payment_charge_id": pay.provider_payment_charge_id,
        }

    def _m_refund_star_payment(self, ctx: _Ctx) -> bool:
        user_id = int(self._require(ctx, "user_id"))
        charge = self._required_str(ctx, "telegram_payment_charge_id")
        if user_id not in self.users:
            raise _bad("USER_ID_INVALID")
        pay = next((p for p in self.payments if p.telegram_payment_charge_id == charge), None)
        if pay is None or pay.user_id != user_id:
            raise _bad("CHARGE_NOT_FOUND")
        if pay.status == "refunded":
            raise _bad("CHARGE_ALREADY_REFUNDED")
        pay.status = "refunded"
        pay.refunded_at = time.time()
        self.refunds.append(
            Refund(user_id, charge, pay.total_amount, pay.currency, pay.payload, pay.refunded_at)
        )
        self._star_ledger.append(("out", pay, pay.refunded_at))
        chat = self.chats.get(pay.chat_id) or self.chats[pay.user_id]
        self._user_message(
            self.users[user_id], chat, None, {"refunded_payment": self._charge_dict(pay)}
        )
        return True

    def _m_get_star_transactions(self, ctx: _Ctx) -> dict[str, Any]:
        offset = max(0, int(ctx.params.get("offset") or 0))
        limit = int(ctx.params.get("limit") or 100)
        if not 1 <= limit <= 100:
            raise _bad("limit must be between 1 and 100")
        return {
            "transactions": [
                self._transaction_dict(direction, pay, at)
                for direction, pay, at in self._star_ledger[offset : offset + limit]
            ]
        }

    def _transaction_dict(self, direction: str, pay: Payment, at: float) -> dict[str, Any]:
        partner = {
            "type": "user",
            "transaction_type": "invoice_payment",
            "user": self.users[pay.user_id].to_dict(),
            "invoice_payload": pay.payload,
        }
        side = "source" if direction == "in" else "receiver"
        return {
            "id": pay.telegram_payment_charge_id,
            "amount": pay.total_amount,
            "date": int(at),
            side: partner,
        }
