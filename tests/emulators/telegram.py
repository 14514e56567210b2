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
callback_query_ttl=15.0, pre_checkout_timeout=10.0, webhook_retry_delay=0.2)``
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
    Implemented: getMe, getUpdates, set/delete/getWebhookInfo, set/get/deleteMyCommands,
    sendMessage, sendPhoto, sendDocument, sendSticker, sendMediaGroup, sendChatAction,
    editMessageText/Caption/ReplyMarkup/Media, deleteMessage(s), answerCallbackQuery, getFile,
    getChat, getChatMember, getChatAdministrators, getChatMemberCount, leaveChat,
    (un)pinChatMessage, set/getMyDescription/ShortDescription/Name, set/getChatMenuButton,
    sendInvoice, createInvoiceLink, answerPreCheckoutQuery, refundStarPayment, logOut, close.

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
    A ``pre_checkout_query`` for an invoice the bot sent; when the bot answers ``ok=True`` the
    ``successful_payment`` message follows, as on Telegram.
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
    ``photo`` / ``photo_bytes``, ``document`` / ``document_bytes``, ``file_name``, ``media``.
``sent(chat_id=None, method=None, *, include_failed=False) -> list[ApiCall]``
    Calls of ``method``; with ``method=None`` only message-producing/-changing ones
    (send* except sendChatAction, edit*, deleteMessage(s)).
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
``reply_keyboard(chat_id)`` the custom reply keyboard currently shown (rows of texts) or None.
``callback_answers: list[CallbackAnswer]``, ``chat_actions: list[ChatAction]``,
``commands: dict[(scope_key, language_code), list[(command, description)]]`` and
``get_commands(scope="default", language_code="")``; ``updates`` (all delivered updates),
``pending_updates``, ``files`` / ``file_bytes(file_id)``, ``payments``, ``invoices``,
``webhook_url``, ``poll_count``.

Faults
------
``fail_next(method, error_code=400, description=None, *, retry_after=None, times=1,
chat_id=None, migrate_to_chat_id=None, disconnect=False) -> Fault``
    The next ``times`` matching calls fail without side effects. 429 gets
    ``parameters.retry_after`` and "Too Many Requests: retry after N" (PTB: ``RetryAfter``);
    5xx gives e.g. 502 "Bad Gateway" (PTB: ``NetworkError``); ``disconnect`` drops the
    connection without an answer. ``method="*"`` matches every method except getUpdates.
``delay_next(method, seconds, *, times=1)`` slows calls down (for PTB ``TimedOut`` tests).
``clear_faults()``.

Fidelity notes: parse_mode HTML / MarkdownV2 / Markdown is parsed like Telegram (port of
tdlib's parsers, same error texts and byte offsets); editing without ``reply_markup`` removes the
inline keyboard; getUpdates confirms updates below ``offset``, a second concurrent getUpdates
terminates the first with 409; ``setWebhook`` to a 127.0.0.1/localhost URL really delivers updates
(with ``X-Telegram-Bot-Api-Secret-Token``). Real Telegram recompresses photos; here the largest
size keeps the original bytes unless ``recompress_photos=True`` (JPEG, longest side <= 2560).
Not emulated: flood limits (use ``fail_next(..., 429)``), inline mode, video/audio/voice,
downloading files from URLs (400 "failed to get HTTP URL content"). Module helpers:
``parse_entities(text, parse_mode)`` and ``detect_entities(text)``.
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
from urllib.parse import parse_qsl, urlsplit

import aiohttp
import telegram
from aiohttp import web
from PIL import Image
from telegram.request import HTTPXRequest

__all__ = [
    "ApiCall",
    "CallbackAnswer",
    "ChatAction",
    "Fault",
    "Invoice",
    "Payment",
    "StoredFile",
    "StoredMessage",
    "TelegramApiError",
    "TelegramEmulator",
    "TgChat",
    "TgUser",
    "UploadedFile",
    "WaitTimeout",
    "detect_entities",
    "parse_entities",
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


def _bad(description: str) -> TelegramApiError:
    return TelegramApiError(400, f"Bad Request: {description}")


class WaitTimeout(AssertionError):
    """``TelegramEmulator.wait_for`` found no matching call in time."""


# ---------------------------------------------------------------------------------------------
# Text: UTF-16 lengths, entity parsing (ports of tdlib's parsers) and entity detection
# ---------------------------------------------------------------------------------------------


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units, the unit of Telegram entity offsets."""
    return len(text.encode("utf-16-le")) // 2


class _EntityParseError(Exception):
    pass


_TD_SPACE = frozenset(b" \t\r\n\x00\x0b")
_ENTITY_TD_NAMES = {
    "bold": "Bold",
    "italic": "Italic",
    "underline": "Underline",
    "strikethrough": "Strikethrough",
    "spoiler": "Spoiler",
    "code": "Code",
    "pre": "Pre",
    "pre_code": "PreCode",
    "text_link": "TextUrl",
    "custom_emoji": "CustomEmoji",
    "blockquote": "BlockQuote",
    "expandable_blockquote": "ExpandableBlockQuote",
}
_ENTITY_PRIORITY = {
    "mention": 50,
    "hashtag": 50,
    "bot_command": 50,
    "url": 50,
    "email": 50,
    "bold": 90,
    "italic": 91,
    "code": 20,
    "pre": 11,
    "text_link": 49,
    "text_mention": 49,
    "cashtag": 50,
    "phone_number": 50,
    "underline": 92,
    "strikethrough": 93,
    "blockquote": 0,
    "spoiler": 94,
    "custom_emoji": 99,
    "expandable_blockquote": 0,
}
_HTML_TAGS = frozenset(
    {
        "a",
        "b",
        "strong",
        "i",
        "em",
        "s",
        "strike",
        "del",
        "u",
        "ins",
        "tg-spoiler",
        "tg-emoji",
        "span",
        "pre",
        "code",
        "blockquote",
    }
)

UserResolver = Callable[[int], "dict[str, Any] | None"]


def _u16(c: int) -> int:
    """UTF-16 units contributed by the UTF-8 byte ``c`` (counted on first code units only)."""
    if (c & 0xC0) == 0x80:
        return 0
    return 2 if c >= 0xF0 else 1


def _is_alnum(c: int) -> bool:
    return 48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122


def _checked_link(url: str) -> str | None:
    """Approximation of tdlib's LinkManager::get_checked_link: normalised URL or None."""
    if not url or any(ch.isspace() for ch in url):
        return None
    m = re.match(r"^([A-Za-z][A-Za-z0-9+.-]*):", url)
    if m and (url[m.end() :].startswith("//") or m.group(1).lower() in {"tg", "ton", "mailto"}):
        scheme = m.group(1).lower()
        if scheme in {"tg", "ton", "mailto"}:
            return scheme + url[m.end() - 1 :]
        if scheme not in {"http", "https", "ftp", "tonsite"}:
            return None
        rest = url[m.end() + 2 :]
        host = re.split(r"[/?#]", rest, maxsplit=1)[0]
        if not host or not urlsplit(url).hostname:
            return None
        if len(rest) == len(host) or rest[len(host)] != "/":
            rest = f"{host}/{rest[len(host) :]}"
        return f"{scheme}://{rest}"
    host = re.split(r"[/?#]", url, maxsplit=1)[0]
    if re.fullmatch(r"[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(:\d{1,5})?", host):
        if len(url) == len(host) or url[len(host)] != "/":
            url = f"{host}/{url[len(host) :]}"
        return "http://" + url
    return None


def _custom_emoji_id(url: str) -> str:
    """tdlib's LinkManager::get_link_custom_emoji_id (same error messages)."""
    m = re.match(r"^([A-Za-z][A-Za-z0-9+.-]*):(//)?", url)
    if not m or m.group(1).lower() != "tg":
        raise _EntityParseError("Custom emoji URL must have scheme tg")
    rest = url[m.end() :].split("#", 1)[0]
    host, _, query = rest.partition("?")
    if host.split("/", 1)[0].lower() != "emoji":
        raise _EntityParseError('Custom emoji URL must have host "emoji"')
    ids = [v for k, v in parse_qsl(query, keep_blank_values=True) if k == "id"]
    if not ids:
        raise _EntityParseError("Custom emoji URL must have an emoji identifier")
    if not re.fullmatch(r"[1-9]\d{0,18}", ids[0]):
        raise _EntityParseError("Invalid custom emoji identifier specified")
    return ids[0]


def _link_entity(
    url: str, offset: int, length: int, resolve_user: UserResolver | None
) -> dict[str, Any] | None:
    m = re.fullmatch(r"(?i)tg:(?://)?user\?id=(\d+)", url)
    if m:
        user = resolve_user(int(m.group(1))) if resolve_user else None
        if user is None:
            return None
        return {"type": "text_mention", "offset": offset, "length": length, "user": user}
    checked = _checked_link(url)
    if checked is None:
        return None
    return {"type": "text_link", "offset": offset, "length": length, "url": checked}


def _entity(kind: str, offset: int, length: int, **extra: Any) -> dict[str, Any]:
    return {"type": kind, "offset": offset, "length": length, **extra}


def _sort_entities(entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(
        entities,
        key=lambda e: (e["offset"], -e["length"], _ENTITY_PRIORITY.get(e["type"], 50)),
    )


def _decode_html_entity(text: bytes, pos: int) -> tuple[int, int]:
    """tdlib's decode_html_entity: (code point, position after it) or (0, pos)."""
    n = len(text)

    def at(i: int) -> int:
        return text[i] if i < n else 0

    end = pos + 1
    res = 0
    if at(pos + 1) == ord("#"):
        end += 1
        if at(pos + 2) == ord("x"):
            end += 1
            while chr(at(end)) in "0123456789abcdefABCDEF" and at(end):
                res = res * 16 + int(chr(at(end)), 16)
                end += 1
        else:
            while 48 <= at(end) <= 57:
                res = res * 10 + at(end) - 48
                end += 1
        if res == 0 or res >= 0x10FFFF or end - pos >= 10:
            return 0, pos
    else:
        while 65 <= at(end) <= 90 or 97 <= at(end) <= 122:
            end += 1
        res = {b"lt": 60, b"gt": 62, b"amp": 38, b"quot": 34}.get(text[pos + 1 : end], 0)
        if not res:
            return 0, pos
    if at(end) == ord(";"):
        end += 1
    return res, end


def _parse_html(src: str, resolve_user: UserResolver | None) -> tuple[str, list[dict[str, Any]]]:
    """Port of tdlib's parse_html (same accepted tags, same error messages and byte offsets)."""
    text = src.encode("utf-8")
    n = len(text)

    def at(i: int) -> int:
        return text[i] if i < n else 0

    def fail(message: str) -> _EntityParseError:
        return _EntityParseError(message)

    out = bytearray()
    entities: list[dict[str, Any]] = []
    utf16 = 0
    # (tag name, argument, utf16 offset, byte position in out)
    nested: list[tuple[str, str, int, int]] = []
    i = 0
    while i < n:
        c = text[i]
        if c == ord("&"):
            code, new_i = _decode_html_entity(text, i)
            if code:
                if 0xD800 <= code <= 0xDFFF:
                    raise fail(
                        "Text contains invalid Unicode characters after decoding HTML entities, "
                        "check for unmatched surrogate code units"
                    )
                utf16 += 2 if code > 0xFFFF else 1
                out += chr(code).encode("utf-8")
                i = new_i
                continue
        if c != ord("<"):
            utf16 += _u16(c)
            out.append(c)
            i += 1
            continue
        begin = i
        i += 1
        if at(i) != ord("/"):
            while at(i) not in _TD_SPACE and at(i) != ord(">"):
                i += 1
            if at(i) == 0:
                raise fail(f"Unclosed start tag at byte offset {begin}")
            tag = text[begin + 1 : i].decode("utf-8", "replace").lower()
            if tag not in _HTML_TAGS:
                raise fail(f'Unsupported start tag "{tag}" at byte offset {begin}')
            argument = ""
            while at(i) != ord(">"):
                while at(i) != 0 and at(i) in _TD_SPACE:
                    i += 1
                if at(i) == ord(">"):
                    break
                attr_begin = i
                while at(i) not in _TD_SPACE and at(i) not in b"=>/\"'":
                    i += 1
                attr_name = text[attr_begin:i]
                if not attr_name:
                    raise fail(f'Empty attribute name in the tag "{tag}" at byte offset {begin}')
                while at(i) != 0 and at(i) in _TD_SPACE:
                    i += 1
                if at(i) != ord("="):
                    if at(i) == 0:
                        raise fail(f'Unclosed start tag "{tag}" at byte offset {begin}')
                    if tag == "blockquote" and attr_name == b"expandable":
                        argument = "1"
                    continue
                i += 1
                while at(i) != 0 and at(i) in _TD_SPACE:
                    i += 1
                if at(i) == 0:
                    raise fail(f'Unclosed start tag "{tag}" at byte offset {begin}')
                if at(i) not in (ord("'"), ord('"')):
                    token_begin = i
                    while _is_alnum(at(i)) or at(i) in (ord("."), ord("-")):
                        i += 1
                    value = text[token_begin:i].decode("ascii").lower()
                    if at(i) not in _TD_SPACE and at(i) != ord(">"):
                        raise fail(f"Unexpected end of name token at byte offset {token_begin}")
                else:
                    end_char = at(i)
                    i += 1
                    raw = bytearray()
                    while at(i) != end_char and at(i) != 0:
                        if at(i) == ord("&"):
                            code, new_i = _decode_html_entity(text, i)
                            if code:
                                raw += chr(code).encode("utf-8", "surrogatepass")
                                i = new_i
                                continue
                        raw.append(at(i))
                        i += 1
                    if at(i) == end_char:
                        i += 1
                    value = raw.decode("utf-8", "replace")
                if at(i) == 0:
                    raise fail(f"Unclosed start tag at byte offset {begin}")
                if tag == "a" and attr_name == b"href":
                    argument = value
                elif tag == "code" and attr_name == b"class" and value.startswith("language-"):
                    argument = value[9:]
                elif tag == "span" and attr_name == b"class" and value.startswith("tg-"):
                    argument = value[3:]
                elif (tag == "tg-emoji" and attr_name == b"emoji-id") or (
                    tag == "blockquote" and attr_name == b"expandable"
                ):
                    argument = value if tag == "tg-emoji" else "1"
            if tag == "span" and argument != "spoiler":
                raise fail(f'Tag "span" must have class "tg-spoiler" at byte offset {begin}')
            nested.append((tag, argument, utf16, len(out)))
        else:
            if not nested:
                raise fail(f"Unexpected end tag at byte offset {begin}")
            while at(i) not in _TD_SPACE and at(i) != ord(">"):
                i += 1
            end_tag = text[begin + 2 : i].decode("utf-8", "replace").lower()
            while at(i) in _TD_SPACE and at(i) != 0:
                i += 1
            if at(i) != ord(">"):
                raise fail(f"Unclosed end tag at byte offset {begin}")
            tag, argument, offset, begin_pos = nested[-1]
            if end_tag and end_tag != tag:
                raise fail(
                    f'Unmatched end tag at byte offset {begin}, expected "</{tag}>", '
                    f'found "</{end_tag}>"'
                )
            if utf16 > offset:
                length = utf16 - offset
                if tag in ("i", "em"):
                    entities.append(_entity("italic", offset, length))
                elif tag in ("b", "strong"):
                    entities.append(_entity("bold", offset, length))
                elif tag in ("s", "strike", "del"):
                    entities.append(_entity("strikethrough", offset, length))
                elif tag in ("u", "ins"):
                    entities.append(_entity("underline", offset, length))
                elif tag in ("tg-spoiler", "span"):
                    entities.append(_entity("spoiler", offset, length))
                elif tag == "tg-emoji":
                    if not argument.isdigit() or int(argument) == 0:
                        raise fail("Invalid custom emoji identifier specified")
                    entities.append(
                        _entity("custom_emoji", offset, length, custom_emoji_id=argument)
                    )
                elif tag == "a":
                    url = argument or out[begin_pos:].decode("utf-8", "replace")
                    link = _link_entity(url, offset, length, resolve_user)
                    if link:
                        entities.append(link)
                elif tag == "pre":
                    last = entities[-1] if entities else None
                    if (
                        last is not None
                        and last["type"] == "code"
                        and last["offset"] == offset
                        and last["length"] == length
                        and last.get("language")
                    ):
                        last["type"] = "pre"
                    else:
                        entities.append(_entity("pre", offset, length))
                elif tag == "code":
                    last = entities[-1] if entities else None
                    if (
                        last is not None
                        and last["type"] == "pre"
                        and last["offset"] == offset
                        and last["length"] == length
                        and argument
                    ):
                        last["language"] = argument
                    elif argument:
                        entities.append(_entity("code", offset, length, language=argument))
                    else:
                        entities.append(_entity("code", offset, length))
                else:  # blockquote
                    kind = "expandable_blockquote" if argument else "blockquote"
                    entities.append(_entity(kind, offset, length))
            nested.pop()
        i += 1
    if nested:
        raise fail(f'Can\'t find end tag corresponding to start tag "{nested[-1][0]}"')
    for ent in entities:
        if ent["type"] == "code":
            ent.pop("language", None)
    return out.decode("utf-8", "replace"), _sort_entities(entities)


def _parse_markdown(src: str, resolve_user: UserResolver | None) -> tuple[str, list[dict]]:
    """Port of tdlib's parse_markdown (legacy "Markdown" parse mode)."""
    text = src.encode("utf-8")
    n = len(text)

    def at(i: int) -> int:
        return text[i] if i < n else 0

    out = bytearray()
    entities: list[dict[str, Any]] = []
    utf16 = 0
    i = 0
    while i < n:
        c = text[i]
        if c == ord("\\") and at(i + 1) in b"_*`[":
            i += 1
            out.append(text[i])
            utf16 += 1
            i += 1
            continue
        if c not in b"_*`[":
            utf16 += _u16(c)
            out.append(c)
            i += 1
            continue
        begin = i
        end_char = ord("]") if c == ord("[") else c
        is_pre = False
        i += 1
        language = ""
        if c == ord("`") and at(i) == ord("`") and at(i + 1) == ord("`"):
            i += 2
            is_pre = True
            lang_end = i
            while at(lang_end) not in _TD_SPACE and at(lang_end) != ord("`"):
                lang_end += 1
            if i != lang_end and lang_end < n and at(lang_end) != ord("`"):
                language = text[i:lang_end].decode("utf-8", "replace")
                i = lang_end
            if at(i) in (10, 13):
                if at(i + 1) in (10, 13) and at(i) != at(i + 1):
                    i += 2
                else:
                    i += 1
        entity_offset = utf16
        while i < n and (
            at(i) != end_char or (is_pre and not (at(i + 1) == ord("`") and at(i + 2) == ord("`")))
        ):
            utf16 += _u16(text[i])
            out.append(text[i])
            i += 1
        if i == n:
            raise _EntityParseError(f"Can't find end of the entity starting at byte offset {begin}")
        if entity_offset != utf16:
            length = utf16 - entity_offset
            if c == ord("_"):
                entities.append(_entity("italic", entity_offset, length))
            elif c == ord("*"):
                entities.append(_entity("bold", entity_offset, length))
            elif c == ord("["):
                if at(i + 1) != ord("("):
                    url = text[begin + 1 : i].decode("utf-8", "replace")
                else:
                    i += 2
                    raw = bytearray()
                    while i < n and text[i] != ord(")"):
                        raw.append(text[i])
                        i += 1
                    url = raw.decode("utf-8", "replace")
                link = _link_entity(url, entity_offset, length, resolve_user)
                if link:
                    entities.append(link)
            elif is_pre:
                extra = {"language": language} if language else {}
                entities.append(_entity("pre", entity_offset, length, **extra))
            else:
                entities.append(_entity("code", entity_offset, length))
        if is_pre:
            i += 2
        i += 1
    return out.decode("utf-8", "replace"), _sort_entities(entities)


@dataclass
class _V2Entity:
    kind: str
    argument: str
    offset: int
    byte_offset: int
    begin_pos: int


def _parse_markdown_v2(src: str, resolve_user: UserResolver | None) -> tuple[str, list[dict]]:
    """Port of tdlib's parse_markdown_v2 (same reserved characters, errors and byte offsets)."""
    text = src.encode("utf-8")
    n = len(text)

    def at(i: int) -> int:
        return text[i] if i < n else 0

    def reserved(ch: int) -> _EntityParseError:
        return _EntityParseError(
            f"Character '{chr(ch)}' is reserved and must be escaped with the preceding '\\'"
        )

    def unclosed(ent: _V2Entity) -> _EntityParseError:
        return _EntityParseError(
            f"Can't find end of {_ENTITY_TD_NAMES[ent.kind]} entity at byte offset "
            f"{ent.byte_offset}"
        )

    out = bytearray()
    entities: list[dict[str, Any]] = []
    utf16 = 0
    nested: list[_V2Entity] = []
    have_blockquote = False
    can_start_blockquote = True
    i = 0
    while i < n:
        c = text[i]
        if c == ord("\\") and 0 < at(i + 1) <= 126:
            i += 1
            utf16 += 1
            out.append(text[i])
            if text[i] != 13:
                can_start_blockquote = text[i] == 10
            i += 1
            continue
        reserved_chars = b"_*[]()~`>#+-=|{}.!\n"
        if nested and nested[-1].kind in ("code", "pre", "pre_code"):
            reserved_chars = b"`"
        if c not in reserved_chars:
            if (c & 0xC0) != 0x80:
                utf16 += _u16(c)
                if c != 13:
                    can_start_blockquote = False
            out.append(c)
            i += 1
            continue

        is_end = False
        if nested:
            top = nested[-1].kind
            if have_blockquote and c == 10 and (i + 1 == n or at(i + 1) != ord(">")):
                is_end = True
            elif top == "bold":
                is_end = c == ord("*")
            elif top == "italic":
                is_end = c == ord("_") and at(i + 1) != ord("_")
            elif top == "code":
                is_end = c == ord("`")
            elif top in ("pre", "pre_code"):
                is_end = c == ord("`") and at(i + 1) == ord("`") and at(i + 2) == ord("`")
            elif top in ("text_link", "custom_emoji"):
                is_end = c == ord("]")
            elif top == "underline":
                is_end = c == ord("_") and at(i + 1) == ord("_")
            elif top == "strikethrough":
                is_end = c == ord("~")
            elif top == "spoiler":
                is_end = c == ord("|") and at(i + 1) == ord("|")

        if not is_end:
            kind: str | None
            argument = ""
            byte_offset = i
            if c == ord("_"):
                if at(i + 1) == ord("_"):
                    kind = "underline"
                    i += 1
                else:
                    kind = "italic"
            elif c == ord("*"):
                kind = "bold"
            elif c == ord("~"):
                kind = "strikethrough"
            elif c == ord("|"):
                if at(i + 1) != ord("|"):
                    raise reserved(c)
                i += 1
                kind = "spoiler"
            elif c == ord("["):
                kind = "text_link"
            elif c == ord("`"):
                if at(i + 1) == ord("`") and at(i + 2) == ord("`"):
                    i += 3
                    kind = "pre"
                    lang_end = i
                    while at(lang_end) not in _TD_SPACE and at(lang_end) != ord("`"):
                        lang_end += 1
                    if i != lang_end and lang_end < n and at(lang_end) != ord("`"):
                        kind = "pre_code"
                        argument = text[i:lang_end].decode("utf-8", "replace")
                        i = lang_end
                    if at(i) in (10, 13):
                        if at(i + 1) in (10, 13) and at(i) != at(i + 1):
                            i += 2
                        else:
                            i += 1
                    i -= 1
                else:
                    kind = "code"
            elif c == ord("!"):
                if at(i + 1) != ord("["):
                    raise reserved(c)
                i += 1
                kind = "custom_emoji"
            elif c == 10:
                utf16 += 1
                out.append(10)
                can_start_blockquote = True
                kind = None
            elif c == ord(">"):
                if not can_start_blockquote:
                    raise reserved(c)
                if have_blockquote:
                    kind = None
                else:
                    kind = "blockquote"
                    have_blockquote = True
            else:
                raise reserved(c)
            if kind is not None:
                nested.append(_V2Entity(kind, argument, utf16, byte_offset, len(out)))
            i += 1
            continue

        # end of an entity
        kind = nested[-1].kind
        if c == 10 and kind != "blockquote":
            top = nested[-1]
            if kind != "spoiler" or not (
                top.byte_offset == i - 2 or (top.byte_offset == i - 3 and out and out[-1] == 13)
            ):
                raise unclosed(top)
            nested.pop()
            if nested[-1].kind != "blockquote":
                raise unclosed(nested[-1])
            kind = "expandable_blockquote"
        top = nested[-1]
        argument = top.argument
        skip_entity = utf16 == top.offset
        link: dict[str, Any] | None = None
        if kind in ("underline", "spoiler"):
            i += 1
        elif kind in ("pre", "pre_code"):
            i += 2
        elif kind in ("text_link", "custom_emoji"):
            if at(i + 1) != ord("("):
                if kind == "custom_emoji":
                    raise _EntityParseError("Custom emoji entity must contain a tg://emoji URL")
                url = out[top.begin_pos :].decode("utf-8", "replace")
            else:
                i += 2
                url_begin = i
                raw = bytearray()
                while i < n and text[i] != ord(")"):
                    if text[i] == ord("\\") and 0 < at(i + 1) <= 126:
                        raw.append(at(i + 1))
                        i += 2
                        continue
                    raw.append(text[i])
                    i += 1
                if at(i) != ord(")"):
                    what = "a custom emoji URL" if kind == "custom_emoji" else "a URL"
                    raise _EntityParseError(f"Can't find end of {what} at byte offset {url_begin}")
                url = raw.decode("utf-8", "replace")
            if kind == "custom_emoji":
                argument = _custom_emoji_id(url)
            else:
                link = _link_entity(url, top.offset, utf16 - top.offset, resolve_user)
                skip_entity = skip_entity or link is None
        elif kind in ("blockquote", "expandable_blockquote"):
            have_blockquote = False
            out.append(text[i])
            can_start_blockquote = True
            utf16 += 1
            skip_entity = False
        if not skip_entity:
            length = utf16 - top.offset
            if link is not None:
                entities.append(link)
            elif kind == "pre_code":
                entities.append(_entity("pre", top.offset, length, language=argument))
            elif kind == "custom_emoji":
                entities.append(
                    _entity("custom_emoji", top.offset, length, custom_emoji_id=argument)
                )
            else:
                entities.append(_entity(kind, top.offset, length))
        nested.pop()
        i += 1

    if have_blockquote and nested:
        kind = "blockquote"
        if nested[-1].kind == "spoiler" and nested[-1].byte_offset == n - 2:
            nested.pop()
            kind = "expandable_blockquote"
        if nested and nested[-1].kind == "blockquote":
            length = utf16 - nested[-1].offset
            if length:
                entities.append(_entity(kind, nested[-1].offset, length))
            nested.pop()
    if nested:
        raise unclosed(nested[-1])
    return out.decode("utf-8", "replace"), _sort_entities(entities)


def parse_entities(
    text: str, parse_mode: str, resolve_user: UserResolver | None = None
) -> tuple[str, list[dict[str, Any]]]:
    """Parse ``text`` like Telegram does for ``parse_mode`` (HTML, MarkdownV2 or Markdown).

    Returns the plain text and the entity dicts. Raises ``TelegramApiError`` (400
    "Bad Request: can't parse entities: ...") on malformed markup.
    """
    mode = parse_mode.lower()
    parser = {
        "html": _parse_html,
        "markdownv2": _parse_markdown_v2,
        "markdown": _parse_markdown,
    }.get(mode)
    if parser is None:
        raise _bad("unsupported parse_mode")
    try:
        return parser(text, resolve_user)
    except _EntityParseError as exc:
        raise _bad(f"can't parse entities: {exc}") from None


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


_ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_URL_RE = re.compile(
    r"(?i)(?<![\w@/.])(?:(?:https?|tg)://[^\s<>\"]+|www\.[^\s<>\"]+|"
    r"[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|me|ru|dev|app|co|de|uk|info|biz)"
    r"\b(?:/[^\s<>\"]*)?)"
)
_EMAIL_RE = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
    r"\.[A-Za-z]{2,}(?![\w])"
)


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


def _find_hashtags(text: str) -> Iterable[tuple[int, int]]:
    for m in re.finditer(r"(?<![\w#])#(\w{1,256})(?![\w]*#)", text):
        if any(ch.isalpha() for ch in m.group(1)):
            yield m.start(), m.end()


def _find_urls(text: str) -> Iterable[tuple[int, int]]:
    for m in _URL_RE.finditer(text):
        end = m.end()
        while end > m.start() and text[end - 1] in ".,:;!?)]}'\"":
            end -= 1
        if end > m.start():
            yield m.start(), end


def detect_entities(text: str) -> list[dict[str, Any]]:
    """Entities Telegram detects by itself: bot_command, email, url, mention, hashtag."""
    if not text:
        return []
    offsets = [0]
    for ch in text:
        offsets.append(offsets[-1] + (2 if ord(ch) > 0xFFFF else 1))
    taken: list[tuple[int, int]] = []
    found: list[dict[str, Any]] = []
    finders: list[tuple[str, Callable[[str], Iterable[tuple[int, int]]]]] = [
        ("bot_command", _find_bot_commands),
        ("email", lambda t: ((m.start(), m.end()) for m in _EMAIL_RE.finditer(t))),
        ("url", _find_urls),
        ("mention", _find_mentions),
        ("hashtag", _find_hashtags),
    ]
    for kind, finder in finders:
        for start, end in finder(text):
            if any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            found.append(_entity(kind, offsets[start], offsets[end] - offsets[start]))
    return found


def _merge_detected(text: str, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add auto-detected entities that do not collide with code/pre/link entities."""
    blocking = [
        (e["offset"], e["offset"] + e["length"])
        for e in entities
        if e["type"] in {"code", "pre", "text_link", "text_mention", "custom_emoji"}
    ]
    extra = [
        d
        for d in detect_entities(text)
        if not any(
            d["offset"] < end and start < d["offset"] + d["length"] for start, end in blocking
        )
    ]
    return _sort_entities([*entities, *extra])


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
    reply_keyboard: list[list[str]] | None = None

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
    created: float
    status: str = "pending"  # pending | paid | declined | refunded
    error_message: str | None = None
    telegram_payment_charge_id: str | None = None


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
        "sendmediagroup",
        "sendsticker",
        "sendinvoice",
        "editmessagetext",
        "editmessagecaption",
        "editmessagereplymarkup",
        "editmessagemedia",
        "deletemessage",
        "deletemessages",
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
    media: list[StoredFile] = field(default_factory=list, repr=False)
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
        "entities",
        "caption_entities",
        "media",
        "commands",
        "scope",
        "allowed_updates",
        "reply_parameters",
        "link_preview_options",
        "prices",
        "message_ids",
        "results",
        "suggested_tip_amounts",
        "menu_button",
        "rights",
        "options",
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
        "from_chat_id",
        "width",
        "height",
        "duration",
        "until_date",
        "max_tip_amount",
        "subscription_period",
        "star_count",
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
        "revoke_messages",
        "only_if_banned",
        "for_channels",
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
        self.bot_texts: dict[str, dict[str, str]] = {}
        self._callback_queries: dict[str, dict[str, Any]] = {}
        self.invoices: list[Invoice] = []
        self.payments: list[Payment] = []
        self._faults: list[Fault] = []
        self._inject_mark = 0
        # webhook
        self.webhook_url: str | None = None
        self._webhook: dict[str, Any] = {}
        self._webhook_task: asyncio.Task[None] | None = None
        self._webhook_session: aiohttp.ClientSession | None = None
        # async plumbing
        self._updates_event = asyncio.Event()
        self._calls_event = asyncio.Event()
        self._webhook_event = asyncio.Event()
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
        currency: str = "XTR",
    ) -> str:
        """The user pays an invoice: injects a ``pre_checkout_query``; returns its id."""
        self._take_mark()
        sender = self._user(user)
        invoice: Invoice | None = None
        if message is not None:
            chat_id = self._chat_id_of(message) or sender.id
            mid = self._message_id_of(message)
            invoice = next(
                (i for i in self.invoices if i.chat_id == chat_id and i.message_id == mid), None
            )
            if invoice is None:
                raise ValueError(f"message {message!r} is not an invoice sent by the bot")
        elif payload is not None:
            invoice = next((i for i in reversed(self.invoices) if i.payload == payload), None)
        if invoice is None and (payload is None or amount is None):
            raise ValueError("pass an invoice message, or payload= and amount=")
        query_id = str(5_123_000_000_000_000_000 + self._next())
        pay = Payment(
            query_id=query_id,
            user_id=sender.id,
            chat_id=invoice.chat_id if invoice else sender.id,
            currency=invoice.currency if invoice else currency,
            total_amount=invoice.total_amount if invoice else int(amount or 0),
            payload=invoice.payload if invoice else str(payload),
            created=time.monotonic(),
        )
        self.payments.append(pay)
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

    def reply_keyboard(self, chat_id: Any) -> list[list[str]] | None:
        return self._chat_or_error(chat_id).reply_keyboard

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
        key = request.match_info["method"].lower()
        entry = self._methods.get(key)
        if entry is None:
            if key in _REAL_METHODS:
                _LOG.warning(
                    "Telegram emulator: method %s is not emulated", request.match_info["method"]
                )
                err = _bad(
                    f"method {request.match_info['method']} is not supported by the emulator"
                )
                return self._json_response(err.payload(), 400)
            return self._json_response(TelegramApiError(404, "Not Found").payload(), 404)
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
            delay = self._take_fault(method, call.chat_id, delays=True)
            if delay is not None:
                await asyncio.sleep(delay.delay)
            fault = self._take_fault(method, call.chat_id, delays=False)
            if fault is not None:
                if fault.disconnect:
                    self._record(call, TelegramApiError(0, "connection dropped"))
                    if request.transport is not None:
                        request.transport.close()
                    return web.Response(status=500)  # never reaches the (closed) socket
                raise fault.to_error()
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
        stored = self._files_by_path.get(request.match_info["path"])
        if stored is None:
            return self._json_response(TelegramApiError(404, "Not Found").payload(), 404)
        return web.Response(body=stored.data, content_type="application/octet-stream")

    # ----------------------------------------------------------------------------- helpers

    def _register_methods(self) -> None:
        handlers: dict[str, Handler] = {
            "getMe": self._m_get_me,
            "logOut": self._m_true,
            "close": self._m_true,
            "getUpdates": self._m_get_updates,
            "setWebhook": self._m_set_webhook,
            "deleteWebhook": self._m_delete_webhook,
            "getWebhookInfo": self._m_get_webhook_info,
            "setMyCommands": self._m_set_my_commands,
            "getMyCommands": self._m_get_my_commands,
            "deleteMyCommands": self._m_delete_my_commands,
            "sendMessage": self._m_send_message,
            "sendPhoto": self._m_send_photo,
            "sendDocument": self._m_send_document,
            "sendSticker": self._m_send_sticker,
            "sendMediaGroup": self._m_send_media_group,
            "sendChatAction": self._m_send_chat_action,
            "editMessageText": self._m_edit_message_text,
            "editMessageCaption": self._m_edit_message_caption,
            "editMessageReplyMarkup": self._m_edit_message_reply_markup,
            "editMessageMedia": self._m_edit_message_media,
            "deleteMessage": self._m_delete_message,
            "deleteMessages": self._m_delete_messages,
            "answerCallbackQuery": self._m_answer_callback_query,
            "getFile": self._m_get_file,
            "getChat": self._m_get_chat,
            "getChatMember": self._m_get_chat_member,
            "getChatAdministrators": self._m_get_chat_administrators,
            "getChatMemberCount": self._m_get_chat_member_count,
            "leaveChat": self._m_leave_chat,
            "pinChatMessage": self._m_pin,
            "unpinChatMessage": self._m_pin,
            "unpinAllChatMessages": self._m_pin,
            "setMyDescription": self._bot_text_setter("description"),
            "getMyDescription": self._bot_text_getter("description"),
            "setMyShortDescription": self._bot_text_setter("short_description"),
            "getMyShortDescription": self._bot_text_getter("short_description"),
            "setMyName": self._bot_text_setter("name"),
            "getMyName": self._bot_text_getter("name"),
            "setChatMenuButton": self._m_true,
            "getChatMenuButton": lambda ctx: {"type": "commands"},
            "sendInvoice": self._m_send_invoice,
            "createInvoiceLink": self._m_create_invoice_link,
            "answerPreCheckoutQuery": self._m_answer_pre_checkout_query,
            "refundStarPayment": self._m_refund_star_payment,
        }
        self._methods = {name.lower(): (name, fn) for name, fn in handlers.items()}

    def _m_true(self, ctx: _Ctx) -> bool:
        return True

    def _bot_text_setter(self, key: str) -> Handler:
        def handler(ctx: _Ctx) -> bool:
            lang = str(ctx.params.get("language_code") or "")
            value = ctx.params.get(key)
            texts = self.bot_texts.setdefault(key, {})
            if value:
                texts[lang] = str(value)
            else:
                texts.pop(lang, None)
            return True

        return handler

    def _bot_text_getter(self, key: str) -> Handler:
        def handler(ctx: _Ctx) -> dict[str, str]:
            lang = str(ctx.params.get("language_code") or "")
            texts = self.bot_texts.get(key, {})
            default = self.bot_first_name if key == "name" else ""
            return {key: texts.get(lang, texts.get("", default))}

        return handler

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

    def _resolve_user_dict(self, user_id: int) -> dict[str, Any] | None:
        user = self.users.get(user_id)
        return user.to_dict() if user else None

    def _format(
        self, ctx: _Ctx, text_key: str, entities_key: str, parse_mode_key: str = "parse_mode"
    ) -> tuple[str, list[dict[str, Any]]]:
        text = str(ctx.params.get(text_key) or "")
        explicit = ctx.params.get(entities_key)
        if explicit:
            if not isinstance(explicit, list) or not all(
                isinstance(e, dict) and {"type", "offset", "length"} <= e.keys() for e in explicit
            ):
                raise _bad("can't parse entities JSON object")
            entities = [dict(e) for e in explicit]
        elif ctx.params.get(parse_mode_key):
            text, entities = parse_entities(
                text, str(ctx.params[parse_mode_key]), self._resolve_user_dict
            )
        else:
            entities = []
        return text, _merge_detected(text, entities)

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
    def _apply_reply_keyboard(chat: TgChat, ctx: _Ctx) -> None:
        """Track the custom keyboard shown to the user once a message was really sent."""
        markup = ctx.params.get("reply_markup")
        if not isinstance(markup, dict):
            return
        if "keyboard" in markup:
            chat.reply_keyboard = [
                [b if isinstance(b, str) else str(b.get("text", "")) for b in row]
                for row in markup["keyboard"]
            ]
        elif markup.get("remove_keyboard"):
            chat.reply_keyboard = None

    @staticmethod
    def _check_inline_button(button: Any) -> None:
        if not isinstance(button, dict) or not isinstance(button.get("text"), str):
            raise _bad("can't parse inline keyboard button: Text is not specified")
        if "callback_data" in button:
            size = len(str(button["callback_data"]).encode("utf-8"))
            if not 1 <= size <= MAX_CALLBACK_DATA_BYTES:
                raise _bad("BUTTON_DATA_INVALID")
        elif "url" in button:
            if _checked_link(str(button["url"])) is None:
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
        ctx: _Ctx | None = None,
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
        if ctx is not None:
            self._apply_reply_keyboard(chat, ctx)
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
        """Resolve a file parameter: multipart upload, attach://name or a file_id.

        Returns the list of photo sizes for ``kind == "photo"``, else one ``StoredFile``.
        """
        upload = ctx.uploads.get(field_name) if value is None else None
        if isinstance(value, str) and value.startswith("attach://"):
            upload = ctx.uploads.get(value[len("attach://") :])
            if upload is None:
                raise _bad(_WRONG_FILE_ID[len("Bad Request: ") :])
        if upload is not None:
            if kind == "photo":
                return self._store_photo(upload.data, validate=True)
            if kind == "sticker":
                img = _open_image(upload.data)
                if img is None:
                    raise _bad("STICKER_PNG_NOPNG")
                return self._store(
                    "sticker",
                    upload.data,
                    mime_type="image/webp",
                    width=img.width,
                    height=img.height,
                )
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

    async def _m_get_updates(self, ctx: _Ctx) -> list[dict[str, Any]]:
        self.poll_count += 1
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
        secret = ctx.params.get("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", str(secret)):
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
        while self.webhook_url and not self._closing:
            if not self._pending:
                self._webhook_event.clear()
                await self._webhook_event.wait()
                continue
            update = self._pending[0]
            url = self.webhook_url
            headers = {"Content-Type": "application/json"}
            if self._webhook.get("secret_token"):
                headers["X-Telegram-Bot-Api-Secret-Token"] = str(self._webhook["secret_token"])
            if self._webhook_session is None:
                self._webhook_session = aiohttp.ClientSession()
            error: str | None = None
            try:
                async with self._webhook_session.post(
                    url,
                    data=json.dumps(update, ensure_ascii=False).encode("utf-8"),
                    headers=headers,
                    timeout=aiohttp.ClientTimeout(total=10),
                ) as resp:
                    await resp.read()
                    if not 200 <= resp.status < 300:
                        error = f"Wrong response from the webhook: {resp.status} {resp.reason}"
            except TimeoutError:
                error = "Read timeout expired"
            except (aiohttp.ClientError, OSError) as exc:
                error = f"Connection refused ({exc.__class__.__name__})"
            if error is None:
                if self._pending and self._pending[0] is update:
                    self._pending.pop(0)
                continue
            self._webhook["last_error_date"] = int(time.time())
            self._webhook["last_error_message"] = error
            await asyncio.sleep(self.webhook_retry_delay)

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

    def _m_get_my_commands(self, ctx: _Ctx) -> list[dict[str, str]]:
        key = (self._command_scope(ctx), str(ctx.params.get("language_code") or ""))
        return [{"command": c, "description": d} for c, d in self._commands.get(key, [])]

    def _m_delete_my_commands(self, ctx: _Ctx) -> bool:
        key = (self._command_scope(ctx), str(ctx.params.get("language_code") or ""))
        self._commands.pop(key, None)
        return True

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
        return self._bot_message(chat, reply, content, ctx)

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
        return self._bot_message(chat, reply, content, ctx)

    def _m_send_document(self, ctx: _Ctx) -> dict[str, Any]:
        chat = self._writable_chat(ctx)
        caption = self._caption(ctx)
        markup = self._check_markup(ctx)
        reply = self._reply_target(ctx, chat)
        doc: StoredFile = self._input_file(ctx, ctx.params.get("document"), "document", "document")
        ctx.call.document = doc
        content = {"document": self._document_dict(doc), **caption, "reply_markup": markup}
        return self._bot_message(chat, reply, content, ctx)

    def _m_send_sticker(self, ctx: _Ctx) -> dict[str, Any]:
        chat = self._writable_chat(ctx)
        markup = self._check_markup(ctx)
        reply = self._reply_target(ctx, chat)
        sticker: StoredFile = self._input_file(ctx, ctx.params.get("sticker"), "sticker", "sticker")
        ctx.call.document = sticker
        content = {
            "sticker": self._sticker_dict(sticker, ctx.params.get("emoji"), None),
            "reply_markup": markup,
        }
        return self._bot_message(chat, reply, content, ctx)

    def _m_send_media_group(self, ctx: _Ctx) -> list[dict[str, Any]]:
        chat = self._writable_chat(ctx)
        media = ctx.params.get("media")
        if not isinstance(media, list):
            raise _bad("can't parse media JSON object")
        if not 2 <= len(media) <= 10:
            raise _bad("media group must include 2-10 items")
        kinds = {m.get("type") if isinstance(m, dict) else None for m in media}
        if not kinds <= {"photo", "document"}:
            raise _bad("emulator supports only photo and document albums")
        if len(kinds) > 1:
            raise _bad("can't use the media of the specified type in the album")
        reply = self._reply_target(ctx, chat)
        prepared: list[dict[str, Any]] = []
        for item in media:
            kind = item["type"]
            resolved = self._input_file(ctx, item.get("media"), "media", kind)
            caption = self._caption(ctx, item)
            if kind == "photo":
                ctx.call.media.append(resolved[-1])
                prepared.append({"photo": [s.photo_size_dict() for s in resolved], **caption})
            else:
                ctx.call.media.append(resolved)
                prepared.append({"document": self._document_dict(resolved), **caption})
        group_id = str(13_000_000_000_000_000 + self._next())
        return [
            self._bot_message(chat, reply, {"media_group_id": group_id, **content})
            for content in prepared
        ]

    def _m_send_chat_action(self, ctx: _Ctx) -> bool:
        chat = self._writable_chat(ctx)
        action = str(ctx.params.get("action") or "")
        if action not in CHAT_ACTIONS:
            raise _bad("wrong parameter action in request")
        self.chat_actions.append(ChatAction(chat.id, action, time.time()))
        return True

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
        chat, msg = self._edit_target(ctx)
        if not any(k in msg for k in ("photo", "document", "video", "animation", "audio")):
            raise _bad("there is no media in the message to edit")
        media = ctx.params.get("media")
        if not isinstance(media, dict) or media.get("type") not in {"photo", "document"}:
            raise _bad("can't parse InputMedia JSON object")
        markup = self._check_markup(ctx)
        caption = self._caption(ctx, media)
        resolved = self._input_file(ctx, media.get("media"), "media", media["type"])
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

    def _m_delete_messages(self, ctx: _Ctx) -> bool:
        chat = self._writable_chat(ctx)
        ids = ctx.params.get("message_ids")
        if not isinstance(ids, list) or not 1 <= len(ids) <= 100:
            raise _bad("message_ids must be a non-empty array of at most 100 integers")
        for mid in ids:
            msg = chat.messages.get(int(mid))
            if msg is not None and self._can_delete(chat, msg):
                chat.deleted[int(mid)] = chat.messages.pop(int(mid))
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

    def _m_get_chat(self, ctx: _Ctx) -> dict[str, Any]:
        chat = self._lookup_chat(ctx)
        info = chat.to_dict()
        info.pop("all_members_are_administrators", None)
        info.update(
            {
                "accent_color_id": 0,
                "max_reaction_count": 11,
                "accepted_gift_types": {
                    "unlimited_gifts": False,
                    "limited_gifts": False,
                    "unique_gifts": False,
                    "premium_subscription": False,
                    "gifts_from_channels": False,
                },
            }
        )
        return info

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

    def _m_get_chat_administrators(self, ctx: _Ctx) -> list[dict[str, Any]]:
        chat = self._lookup_chat(ctx)
        if chat.is_private:
            raise _bad("there are no administrators in the private chat")
        admins = [
            self._member_dict(self.users[uid].to_dict(), status)
            for uid, status in chat.members.items()
            if status in {"creator", "administrator"} and uid in self.users
        ]
        admins.sort(key=lambda m: m["status"] != "creator")
        if chat.bot_status == "administrator":
            admins.append(self._member_dict(self.bot_user, "administrator"))
        return admins

    def _m_get_chat_member_count(self, ctx: _Ctx) -> int:
        chat = self._lookup_chat(ctx)
        if chat.is_private:
            return 2
        present = sum(1 for s in chat.members.values() if s not in {"left", "kicked"})
        return present + (1 if chat.bot_status in {"member", "administrator"} else 0)

    def _m_leave_chat(self, ctx: _Ctx) -> bool:
        chat = self._lookup_chat(ctx)
        if chat.is_private:
            raise _bad("chat member status can't be changed in private chats")
        chat.bot_status = "left"
        return True

    def _m_pin(self, ctx: _Ctx) -> bool:
        self._writable_chat(ctx)
        return True

    # --- payments (Telegram Stars)

    def _invoice_from(self, ctx: _Ctx, chat_id: int) -> Invoice:
        title = str(ctx.params.get("title") or "")
        description = str(ctx.params.get("description") or "")
        payload = str(ctx.params.get("payload") or "")
        currency = str(ctx.params.get("currency") or "")
        prices = ctx.params.get("prices")
        if not 1 <= len(title) <= 32:
            raise _bad("invoice title must be 1-32 characters long" if title else "title is empty")
        if not 1 <= len(description) <= 255:
            raise _bad(
                "description is empty"
                if not description
                else "invoice description must be 1-255 characters long"
            )
        if not 1 <= len(payload.encode("utf-8")) <= 128:
            raise _bad("payload is empty" if not payload else "INVOICE_PAYLOAD_INVALID")
        if not isinstance(prices, list) or not prices:
            raise _bad("there must be at least one price")
        if currency == "XTR":
            if ctx.params.get("provider_token"):
                raise _bad("provider_token must be empty for payments in Telegram Stars")
            if len(prices) != 1:
                raise _bad("STARS_INVOICE_INVALID")
        elif not ctx.params.get("provider_token"):
            raise _bad("PAYMENT_PROVIDER_INVALID")
        for price in prices:
            if not isinstance(price, dict) or int(price.get("amount", 0)) <= 0:
                raise _bad("CURRENCY_TOTAL_AMOUNT_INVALID")
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

    def _m_create_invoice_link(self, ctx: _Ctx) -> str:
        invoice = self._invoice_from(ctx, 0)
        self.invoices.append(invoice)
        return f"https://t.me/$emulated{self._next()}"

    def _m_answer_pre_checkout_query(self, ctx: _Ctx) -> bool:
        query_id = str(self._require(ctx, "pre_checkout_query_id"))
        pay = next((p for p in self.payments if p.query_id == query_id), None)
        if (
            pay is None
            or pay.status != "pending"
            or time.monotonic() - pay.created > self.pre_checkout_timeout
        ):
            raise _bad(_QUERY_TOO_OLD[len("Bad Request: ") :])
        if "ok" not in ctx.params:
            raise _bad("ok is empty")
        if not ctx.params["ok"]:
            if not ctx.params.get("error_message"):
                raise _bad("error_message is empty")
            pay.status = "declined"
            pay.error_message = str(ctx.params["error_message"])
            return True
        pay.status = "paid"
        pay.telegram_payment_charge_id = f"stxEMU{self._next():010d}"
        chat = self.chats[pay.chat_id] if pay.chat_id in self.chats else self.chats[pay.user_id]
        self._user_message(
            self.users[pay.user_id],
            chat,
            None,
            {
                "successful_payment": {
                    "currency": pay.currency,
                    "total_amount": pay.total_amount,
                    "invoice_payload": pay.payload,
                    "telegram_payment_charge_id": pay.telegram_payment_charge_id,
                    "provider_payment_charge_id": pay.telegram_payment_charge_id,
                },
            },
        )
        return True

    def _m_refund_star_payment(self, ctx: _Ctx) -> bool:
        user_id = int(self._require(ctx, "user_id"))
        charge = str(self._require(ctx, "telegram_payment_charge_id"))
        pay = next(
            (
                p
                for p in self.payments
                if p.telegram_payment_charge_id == charge and p.user_id == user_id
            ),
            None,
        )
        if pay is None:
            raise _bad("CHARGE_NOT_FOUND")
        if pay.status == "refunded":
            raise _bad("CHARGE_ALREADY_REFUNDED")
        pay.status = "refunded"
        return True
