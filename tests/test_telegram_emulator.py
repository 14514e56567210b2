"""Tests of the Telegram Bot API emulator, driven by the real python-telegram-bot."""

from __future__ import annotations

import asyncio
import io
import time
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from PIL import Image
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeChat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputMediaDocument,
    InputMediaPhoto,
    LabeledPrice,
    ReplyParameters,
    Update,
)
from telegram.constants import ChatAction, ChatMemberStatus
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Conflict,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TimedOut,
)
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    PreCheckoutQueryHandler,
    filters,
)

from tests.emulators.telegram import (
    ApiCall,
    TelegramEmulator,
    WaitTimeout,
    detect_entities,
)

TOKEN = "123456:TEST-TOKEN"


def make_image(width: int, height: int, fmt: str = "JPEG") -> bytes:
    """A small gradient image (compresses like a photo, unlike a flat colour)."""
    gradient = Image.linear_gradient("L")
    img = Image.merge(
        "RGB",
        (
            gradient.resize((width, height)),
            gradient.rotate(90).resize((width, height)),
            Image.new("L", (width, height), 90),
        ),
    )
    buf = io.BytesIO()
    img.save(buf, format=fmt)
    return buf.getvalue()


@pytest.fixture(scope="module")
def portrait() -> bytes:
    return make_image(1200, 900)


@pytest.fixture
async def emu() -> AsyncIterator[TelegramEmulator]:
    async with TelegramEmulator() as emulator:
        yield emulator


@pytest.fixture
async def bot(emu: TelegramEmulator) -> AsyncIterator[Bot]:
    async with emu.make_bot() as ptb_bot:
        yield ptb_bot


def keyboard(*rows: list[tuple[str, str]]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(text, callback_data=data) for text, data in row] for row in rows]
    )


# ------------------------------------------------------------------------- entities


def test_only_bot_commands_and_mentions_are_detected() -> None:
    assert detect_entities("/start payload_1") == [
        {"type": "bot_command", "offset": 0, "length": 6}
    ]
    assert detect_entities("/start@idphoto_test_bot x") == [
        {"type": "bot_command", "offset": 0, "length": 23}
    ]
    assert detect_entities("a/b and 🏟 /help") == [
        {"type": "bot_command", "offset": 11, "length": 5}
    ]
    assert detect_entities("hi @someone, see /help") == [
        {"type": "mention", "offset": 3, "length": 8},
        {"type": "bot_command", "offset": 17, "length": 5},
    ]
    assert detect_entities("mail a@b.io, see https://x.org/p #tag") == []


async def test_parse_mode_is_refused(emu: TelegramEmulator, bot: Bot) -> None:
    """The bot sends plain text; a parse_mode would be a change the emulator cannot check."""
    alice = emu.user(1, "Alice")
    with pytest.raises(BadRequest, match="Parse_mode is not supported by the emulator"):
        await bot.send_message(alice.id, "<b>bold</b>", parse_mode="HTML")
    assert emu.sent(alice) == []


# ------------------------------------------------------------------------- HTTP surface


async def test_raw_protocol(emu: TelegramEmulator) -> None:
    alice = emu.user(11, "Alice")
    async with aiohttp.ClientSession() as http:
        async with http.post(f"{emu.base_url}{TOKEN}/GETME") as resp:
            body = await resp.json()
            assert resp.status == 200 and body["ok"] is True
            assert body["result"]["username"] == "idphoto_test_bot"
            assert body["result"]["is_bot"] is True
        url = f"{emu.base_url}{TOKEN}/sendMessage"
        async with http.get(url, params={"chat_id": "11", "text": "via GET"}) as resp:
            assert (await resp.json())["result"]["text"] == "via GET"
        async with http.post(url, json={"chat_id": 11, "text": "via JSON"}) as resp:
            assert (await resp.json())["result"]["chat"]["id"] == alice.id
        async with http.post(f"{emu.base_url}123456:WRONG/getMe") as resp:
            assert resp.status == 401
            assert await resp.json() == {
                "ok": False,
                "error_code": 401,
                "description": "Unauthorized",
            }
        async with http.post(f"{emu.base_url}{TOKEN}/fooBar") as resp:
            assert resp.status == 404
            assert await resp.json() == {"ok": False, "error_code": 404, "description": "Not Found"}
        async with http.post(f"{emu.base_url}{TOKEN}/sendPoll") as resp:
            assert resp.status == 400
            assert "not supported by the emulator" in (await resp.json())["description"]
        async with http.get(f"{emu.base_file_url}{TOKEN}/photos/nope.jpg") as resp:
            assert resp.status == 404
    assert [c.text for c in emu.sent(alice)] == ["via GET", "via JSON"]
    assert emu.sent(method="sendMessage")[0].http_method == "GET"


@pytest.mark.parametrize("method", ["getChat", "sendMediaGroup", "getMyName"])
async def test_a_method_the_bot_does_not_use_is_refused_clearly(
    emu: TelegramEmulator, method: str
) -> None:
    url = f"{emu.base_url}{TOKEN}/{method}"
    async with aiohttp.ClientSession() as http, http.post(url, json={"chat_id": 1}) as resp:
        assert resp.status == 400
        body = await resp.json()
    assert body["description"] == (f"Bad Request: method {method} is not supported by the emulator")


async def test_wrong_token_is_invalid_token(emu: TelegramEmulator) -> None:
    with pytest.raises(InvalidToken):
        async with emu.make_bot("123456:WRONG"):
            pass


# ------------------------------------------------------------------------- messages


async def test_send_message_and_records(emu: TelegramEmulator, bot: Bot) -> None:
    alice, bob = emu.user(1, "Alice"), emu.user(2, "Bob")
    incoming = emu.send_text(alice, "hello")
    m1 = await bot.send_message(
        alice.id,
        "Pick one",
        reply_markup=keyboard([("Passport", "t:passport"), ("Visa", "t:visa")], [("Help", "help")]),
    )
    m2 = await bot.send_message(bob.id, "hi Bob")
    m3 = await bot.send_message(
        alice.id, "again", reply_parameters=ReplyParameters(incoming["message_id"])
    )
    assert (incoming["message_id"], m1.message_id, m3.message_id) == (1, 2, 3)
    assert m2.message_id == 1  # ids are per chat
    assert m1.text == "Pick one" and m1.entities == ()
    assert m1.from_user.username == "idphoto_test_bot"
    assert m1.reply_markup.inline_keyboard[0][1].callback_data == "t:visa"
    assert m3.reply_to_message.text == "hello"

    rec = emu.last_sent(alice, "sendMessage")
    assert isinstance(rec, ApiCall) and rec.message_id == 3
    first = emu.sent(alice)[0]
    assert first.text == "Pick one" and first.raw_text == "Pick one"
    assert first.buttons == [[("Passport", "t:passport"), ("Visa", "t:visa")], [("Help", "help")]]
    assert first.callback_data_for("Visa") == "t:visa"
    assert first.params["reply_markup"]["inline_keyboard"][1][0]["text"] == "Help"
    assert emu.texts(alice) == ["Pick one", "again"]
    assert [m.text for m in emu.messages_in(alice)] == ["hello", "Pick one", "again"]
    assert [m.from_bot for m in emu.messages_in(alice)] == [False, True, True]


async def test_text_and_markup_validation(emu: TelegramEmulator, bot: Bot) -> None:
    alice = emu.user(1, "Alice")
    cases: list[tuple[dict[str, Any], str]] = [
        ({"text": ""}, "Message text is empty"),
        ({"text": " \n "}, "Message text is empty"),
        ({"text": "x" * 4097}, "Message is too long"),
        ({"text": "x", "reply_markup": keyboard([("b", "d" * 65)])}, "Button_data_invalid"),
        ({"text": "x", "reply_parameters": ReplyParameters(99)}, "Message to be replied not found"),
    ]
    for kwargs, message in cases:
        with pytest.raises(BadRequest) as info:
            await bot.send_message(alice.id, **kwargs)
        assert info.value.message == message
    ok = await bot.send_message(alice.id, "x" * 4096, reply_markup=keyboard([("b", "d" * 64)]))
    assert len(ok.text) == 4096
    orphan = await bot.send_message(
        alice.id, "x", reply_parameters=ReplyParameters(99, allow_sending_without_reply=True)
    )
    assert orphan.reply_to_message is None
    with pytest.raises(BadRequest, match="Message caption is too long"):
        await bot.send_photo(alice.id, make_image(20, 20), caption="c" * 1025)
    failed = emu.sent(alice, "sendMessage", include_failed=True)
    assert [c.ok for c in failed].count(False) == len(cases)
    assert failed[0].error_code == 400
    assert failed[0].description == "Bad Request: message text is empty"


async def test_chat_access_errors(emu: TelegramEmulator, bot: Bot) -> None:
    alice = emu.user(1, "Alice")
    newbie = emu.user(2, "Newbie", started=False)
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message(424242, "x")
    with pytest.raises(Forbidden, match="bot can't initiate conversation with a user"):
        await bot.send_message(newbie.id, "x")
    emu.send_text(newbie, "/start")
    await bot.send_message(newbie.id, "welcome")

    emu.block_bot(alice.id)
    with pytest.raises(Forbidden, match="Forbidden: bot was blocked by the user"):
        await bot.send_message(alice.id, "x")
    with pytest.raises(Forbidden):
        await bot.send_document(alice.id, b"%PDF-1.4", filename="sheet.pdf")
    update = emu.updates[-1]["my_chat_member"]
    assert update["new_chat_member"]["status"] == "kicked"
    emu.unblock_bot(alice.id)
    await bot.send_message(alice.id, "back")

    emu.group(-1001, "Fans", members={alice: "creator"})
    emu.block_bot(-1001)
    with pytest.raises(Forbidden, match="bot was kicked from the supergroup chat"):
        await bot.send_message(-1001, "x")


async def test_edits_and_deletes(emu: TelegramEmulator, bot: Bot, portrait: bytes) -> None:
    alice = emu.user(1, "Alice")
    msg = await bot.send_message(alice.id, "Step 1", reply_markup=keyboard([("Next", "n")]))
    with pytest.raises(
        BadRequest,
        match="Message is not modified: specified new message "
        "content and reply markup are exactly the same",
    ):
        await bot.edit_message_text(
            "Step 1", alice.id, msg.message_id, reply_markup=keyboard([("Next", "n")])
        )
    edited = await bot.edit_message_text("Step 2", alice.id, msg.message_id)
    assert edited.text == "Step 2" and edited.edit_date is not None
    assert edited.reply_markup is None  # omitting reply_markup removes the keyboard
    marked = await bot.edit_message_reply_markup(
        alice.id, msg.message_id, reply_markup=keyboard([("Back", "b")])
    )
    assert marked.reply_markup.inline_keyboard[0][0].text == "Back"
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_reply_markup(
            alice.id, msg.message_id, reply_markup=keyboard([("Back", "b")])
        )
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await bot.edit_message_text("x", alice.id, 999)
    user_msg = emu.send_text(alice, "mine")
    with pytest.raises(BadRequest, match="Message can't be edited"):
        await bot.edit_message_text("x", alice.id, user_msg["message_id"])
    photo = await bot.send_photo(alice.id, portrait, caption="old")
    with pytest.raises(BadRequest, match="There is no text in the message to edit"):
        await bot.edit_message_text("x", alice.id, photo.message_id)
    with pytest.raises(BadRequest, match="There is no caption in the message to edit"):
        await bot.edit_message_caption(alice.id, msg.message_id, caption="x")
    recaptioned = await bot.edit_message_caption(alice.id, photo.message_id, caption="new")
    assert recaptioned.caption == "new"

    assert await bot.delete_message(alice.id, msg.message_id) is True
    assert await bot.delete_message(alice.id, user_msg["message_id"]) is True  # private chat
    with pytest.raises(BadRequest, match="Message to delete not found"):
        await bot.delete_message(alice.id, msg.message_id)
    assert [m.message_id for m in emu.messages_in(alice)] == [photo.message_id]
    assert emu.messages_in(alice)[0].caption == "new"
    deleted = [m for m in emu.messages_in(alice, include_deleted=True) if m.deleted]
    assert [m.text for m in deleted] == ["Step 2", "mine"]
    assert emu.message(alice.id, msg.message_id) is None


async def test_edit_message_media_swaps_an_uploaded_photo_and_sets_caption_and_keyboard(
    emu: TelegramEmulator, bot: Bot, portrait: bytes
) -> None:
    alice = emu.user(1, "Alice")
    sent = await bot.send_photo(
        alice.id, portrait, caption="old", reply_markup=keyboard([("A", "a")])
    )
    new_image = make_image(600, 800)
    swapped = await bot.edit_message_media(
        InputMediaPhoto(new_image, caption="new"),
        alice.id,
        sent.message_id,
        reply_markup=keyboard([("B", "b")]),
    )
    assert swapped.message_id == sent.message_id and swapped.edit_date is not None
    assert swapped.caption == "new"
    assert swapped.reply_markup.inline_keyboard[0][0].text == "B"
    stored = emu.message(alice.id, sent.message_id)
    assert stored.photo_bytes == new_image
    assert emu.last_sent(alice.id, "editMessageMedia").photo_bytes == new_image


async def test_edit_message_media_takes_a_file_id_and_a_document(
    emu: TelegramEmulator, bot: Bot, portrait: bytes
) -> None:
    alice = emu.user(1, "Alice")
    first = await bot.send_photo(alice.id, portrait)
    other = await bot.send_photo(alice.id, make_image(300, 400))
    reused = await bot.edit_message_media(
        InputMediaPhoto(other.photo[-1].file_id), alice.id, first.message_id
    )
    assert reused.photo[-1].file_id == other.photo[-1].file_id
    as_file = await bot.edit_message_media(
        InputMediaDocument(b"%PDF-1.4 sheet", filename="sheet.pdf", caption="sheet"),
        alice.id,
        first.message_id,
    )
    assert as_file.document.file_name == "sheet.pdf" and not as_file.photo
    assert emu.message(alice.id, first.message_id).document_bytes == b"%PDF-1.4 sheet"


async def test_edit_message_media_without_a_keyboard_removes_it_like_every_edit(
    emu: TelegramEmulator, bot: Bot, portrait: bytes
) -> None:
    alice = emu.user(1, "Alice")
    sent = await bot.send_photo(alice.id, portrait, reply_markup=keyboard([("A", "a")]))
    edited = await bot.edit_message_media(
        InputMediaPhoto(make_image(200, 200)), alice.id, sent.message_id
    )
    assert edited.reply_markup is None
    assert emu.message(alice.id, sent.message_id).buttons == []


async def test_edit_message_media_refuses_text_messages_unknown_files_and_no_change(
    emu: TelegramEmulator, bot: Bot, portrait: bytes
) -> None:
    alice = emu.user(1, "Alice")
    text = await bot.send_message(alice.id, "menu")
    with pytest.raises(BadRequest, match="There is no media in the message to edit"):
        await bot.edit_message_media(InputMediaPhoto(portrait), alice.id, text.message_id)
    photo = await bot.send_photo(alice.id, portrait, caption="same")
    with pytest.raises(BadRequest, match="Wrong file identifier"):
        await bot.edit_message_media(InputMediaPhoto("no-such-file"), alice.id, photo.message_id)
    file_id = photo.photo[-1].file_id
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_media(
            InputMediaPhoto(file_id, caption="same"), alice.id, photo.message_id
        )
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await bot.edit_message_media(InputMediaPhoto(file_id), alice.id, 999)


async def test_chat_actions_are_recorded_and_unknown_ones_refused(
    emu: TelegramEmulator, bot: Bot
) -> None:
    alice = emu.user(1, "Alice")
    assert await bot.send_chat_action(alice.id, ChatAction.UPLOAD_PHOTO) is True
    assert await bot.send_chat_action(alice.id, ChatAction.TYPING) is True
    assert [(a.chat_id, a.action) for a in emu.chat_actions] == [
        (1, "upload_photo"),
        (1, "typing"),
    ]
    with pytest.raises(BadRequest, match="Wrong parameter action"):
        await bot.send_chat_action(alice.id, "dancing")
    emu.block_bot(alice.id, notify=False)
    with pytest.raises(Forbidden):
        await bot.send_chat_action(alice.id, ChatAction.TYPING)
    assert len(emu.chat_actions) == 2


# ------------------------------------------------------------------------- files


async def test_photo_sizes_get_file_and_download(
    emu: TelegramEmulator, bot: Bot, portrait: bytes
) -> None:
    alice = emu.user(1, "Alice")
    sent = await bot.send_photo(alice.id, portrait, caption="ID")
    sizes = [(p.width, p.height) for p in sent.photo]
    assert sizes == [(90, 68), (320, 240), (800, 600), (1200, 900)]
    assert all(p.file_size for p in sent.photo) and sent.photo[-1].file_size == len(portrait)
    assert sent.caption == "ID"
    rec = emu.last_sent(alice, "sendPhoto")
    assert rec.photo_bytes == portrait and rec.uploads["photo"].data == portrait
    assert rec.uploads["photo"].file_name == "application.octet-stream"  # PTB's name for bytes

    tg_file = await bot.get_file(sent.photo[-1].file_id)
    assert tg_file.file_path.startswith(f"{emu.base_file_url}{TOKEN}/photos/")
    assert bytes(await tg_file.download_as_bytearray()) == portrait
    thumb = await (await bot.get_file(sent.photo[0].file_id)).download_as_bytearray()
    assert Image.open(io.BytesIO(thumb)).size == (90, 68)

    again = await bot.send_photo(alice.id, sent.photo[-1].file_id)
    assert again.photo[-1].file_unique_id == sent.photo[-1].file_unique_id
    assert emu.last_sent(alice, "sendPhoto").photo_bytes == portrait
    errors = [
        (
            bot.send_document(alice.id, sent.photo[-1].file_id),
            "Can't use file of type photo as document",
        ),
        (bot.send_photo(alice.id, "AgACnonexistent"), "Wrong file identifier/http url specified"),
        (bot.get_file("AgACnonexistent"), "Wrong file identifier/http url specified"),
        (bot.send_photo(alice.id, "https://example.com/a.jpg"), "Failed to get http url content"),
        (bot.send_photo(alice.id, b"not an image"), "Image_process_failed"),
        (bot.send_photo(alice.id, make_image(2100, 100)), "Photo_invalid_dimensions"),
    ]
    for coro, message in errors:
        with pytest.raises(BadRequest) as info:
            await coro
        assert info.value.message == message


async def test_user_photo_album_and_big_files(
    emu: TelegramEmulator, bot: Bot, portrait: bytes
) -> None:
    alice = emu.user(1, "Alice")
    small = make_image(60, 40, "PNG")
    msg = emu.send_photo(alice, small, caption="tiny")
    assert len(msg["photo"]) == 1 and msg["photo"][0]["width"] == 60
    album = emu.send_album(alice, [portrait, small])
    assert len({m["media_group_id"] for m in album}) == 1
    assert [len(m["photo"]) for m in album] == [4, 1]
    big = emu.send_document(alice, b"\0" * (20 * 1024 * 1024 + 1), "scan.tiff")
    assert big["document"]["mime_type"] == "image/tiff"
    with pytest.raises(BadRequest, match="File is too big"):
        await bot.get_file(big["document"]["file_id"])
    emu.send_sticker(alice, "😎", set_name="cool_pack")
    text = emu.send_text(alice, "typo")
    emu.edit_text(alice, text, "fixed")
    updates = await bot.get_updates()
    assert [u.message.message_id for u in updates if u.message] == [1, 2, 3, 4, 5, 6]
    sticker = updates[4].message.sticker
    assert (sticker.emoji, sticker.set_name, sticker.width) == ("😎", "cool_pack", 512)
    assert updates[-1].edited_message.text == "fixed"
    assert updates[-1].edited_message.edit_date is not None


async def test_recompressed_photos() -> None:
    async with TelegramEmulator(recompress_photos=True) as emu:
        alice = emu.user(1, "Alice")
        original = make_image(2600, 1300)
        msg = emu.send_photo(alice, original)
        sizes = [(p["width"], p["height"]) for p in msg["photo"]]
        assert sizes == [(90, 45), (320, 160), (800, 400), (1280, 640), (2560, 1280)]
        largest = emu.file_bytes(msg["photo"][-1]["file_id"])
        assert largest != original and Image.open(io.BytesIO(largest)).format == "JPEG"


async def test_documents(emu: TelegramEmulator, bot: Bot, portrait: bytes) -> None:
    alice = emu.user(1, "Alice")
    pdf = b"%PDF-1.4 fake sheet"
    doc = await bot.send_document(alice.id, pdf, filename="sheet.pdf", caption="Print me")
    assert doc.document.file_name == "sheet.pdf"
    assert doc.document.mime_type == "application/pdf"
    rec = emu.last_sent(alice, "sendDocument")
    assert (rec.document_bytes, rec.file_name, rec.mime_type) == (
        pdf,
        "sheet.pdf",
        "application/pdf",
    )
    jpg_doc = await bot.send_document(alice.id, portrait, filename="photo.jpg")
    assert jpg_doc.document.thumbnail.width == 320


# ------------------------------------------------------------------------- other methods


async def test_callback_answers(emu: TelegramEmulator, bot: Bot) -> None:
    alice = emu.user(1, "Alice")
    with pytest.raises(BadRequest, match="Query is too old and response timeout expired"):
        await bot.answer_callback_query("12345")

    menu = await bot.send_message(alice.id, "Menu", reply_markup=keyboard([("Go", "go")]))
    with pytest.raises(ValueError, match="no button with callback_data 'nope'"):
        emu.press_button(alice, menu.message_id, "nope")
    query_id = emu.press_button(alice, menu.message_id, "go")
    [update] = await bot.get_updates()
    query = update.callback_query
    assert query.id == query_id and query.data == "go" and query.from_user.id == alice.id
    assert query.message.text == "Menu" and query.message.from_user.is_bot
    assert query.chat_instance
    assert await query.answer("Done!", show_alert=True) is True
    assert emu.callback_answers[-1].text == "Done!" and emu.callback_answers[-1].show_alert
    with pytest.raises(BadRequest, match="Query is too old"):
        await query.answer()


async def test_commands_per_scope_and_language(emu: TelegramEmulator, bot: Bot) -> None:
    alice = emu.user(1, "Alice")
    assert await bot.set_my_commands([BotCommand("start", "Start"), BotCommand("help", "Help")])
    assert await bot.set_my_commands(
        [BotCommand("start", "Starten")], scope=BotCommandScopeAllPrivateChats(), language_code="de"
    )
    assert await bot.set_my_commands(
        [BotCommand("admin", "Admin")], scope=BotCommandScopeChat(alice.id)
    )
    assert emu.get_commands() == [("start", "Start"), ("help", "Help")]
    assert emu.get_commands("all_private_chats", "de") == [("start", "Starten")]
    assert emu.get_commands("all_private_chats") == []
    assert emu.commands[("chat:1", "")] == [("admin", "Admin")]
    assert await bot.set_my_commands([])
    assert emu.get_commands() == []
    with pytest.raises(BadRequest, match="Bot_command_invalid"):
        await bot.set_my_commands([BotCommand("Start", "Capitalised")])


async def test_chat_info_and_members(emu: TelegramEmulator, bot: Bot) -> None:
    alice, bob, carol = emu.user(1, "Alice"), emu.user(2, "Bob"), emu.user(3, "Carol")
    emu.group(
        -1001,
        "Photo club",
        members={alice: "creator", bob: "administrator", carol: "member"},
        username="photoclub",
    )
    statuses = [(await bot.get_chat_member(-1001, uid)).status for uid in (1, 2, 3)]
    assert statuses == [
        ChatMemberStatus.OWNER,
        ChatMemberStatus.ADMINISTRATOR,
        ChatMemberStatus.MEMBER,
    ]
    emu.user(4, "Dave")
    assert (await bot.get_chat_member(-1001, 4)).status == ChatMemberStatus.LEFT
    assert (await bot.get_chat_member(-1001, bot.id)).status == ChatMemberStatus.MEMBER
    with pytest.raises(BadRequest, match="User not found"):
        await bot.get_chat_member(-1001, 999)
    assert (await bot.get_chat_member(-1001, 2)).can_delete_messages is True
    assert (await bot.get_chat_member("@photoclub", 1)).status == ChatMemberStatus.OWNER
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.get_chat_member(-5, 1)

    chatter = emu.send_text(carol, "/help", chat=-1001)
    with pytest.raises(BadRequest, match="Message can't be deleted"):
        await bot.delete_message(-1001, chatter["message_id"])
    emu.group(-1001, "Photo club", bot_status="administrator")
    own = await bot.send_message(-1001, "Rules")
    assert await bot.delete_message(-1001, chatter["message_id"])
    assert await bot.delete_message(-1001, own.message_id)
    assert emu.messages_in(-1001) == []


# ------------------------------------------------------------------------- faults


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")  # RetryAfter
async def test_fault_injection(emu: TelegramEmulator, bot: Bot) -> None:
    alice, bob = emu.user(1, "Alice"), emu.user(2, "Bob")
    emu.fail_next("sendMessage", 429, retry_after=7)
    with pytest.raises(RetryAfter) as flood:
        await bot.send_message(alice.id, "x")
    assert "Retry in 7 seconds" in str(flood.value)
    assert emu.calls[-1].description == "Too Many Requests: retry after 7"

    emu.fail_next("sendmessage", 502, times=2)
    for _ in range(2):
        with pytest.raises(NetworkError, match="Bad Gateway") as gateway:
            await bot.send_message(alice.id, "x")
        assert not isinstance(gateway.value, BadRequest)
    await bot.send_message(alice.id, "third time lucky")

    emu.fail_next("sendMessage", 403, "Forbidden: bot was blocked by the user", chat_id=bob.id)
    await bot.send_message(alice.id, "alice is fine")
    with pytest.raises(Forbidden):
        await bot.send_message(bob.id, "x")

    emu.fail_next("*", disconnect=True)
    with pytest.raises(NetworkError, match="Server disconnected"):
        await bot.get_chat_member(alice.id, alice.id)

    emu.fail_next("sendMessage", 400, migrate_to_chat_id=-100777)
    with pytest.raises(ChatMigrated) as migrated:
        await bot.send_message(alice.id, "x")
    assert migrated.value.new_chat_id == -100777

    emu.delay_next("getChatMember", 1.0)
    mark = emu.mark()
    async with emu.make_bot(read_timeout=0.2) as impatient:
        with pytest.raises(TimedOut):
            await impatient.get_chat_member(alice.id, alice.id)
    abandoned = await emu.wait_for(
        lambda c: c.method == "getChatMember", after=mark, include_failed=True
    )
    assert abandoned.description == "client closed the connection"
    assert [c.text for c in emu.sent(alice)] == ["third time lucky", "alice is fine"]
    failures = [c for c in emu.calls if not c.ok]
    assert [c.error_code for c in failures] == [429, 502, 502, 403, 0, 400, 0]


# ------------------------------------------------------------------------- updates


async def test_get_updates_semantics(emu: TelegramEmulator, bot: Bot) -> None:
    alice = emu.user(1, "Alice")
    for i in range(5):
        emu.send_text(alice, f"m{i}")
    first = await bot.get_updates(limit=2)
    assert [u.message.text for u in first] == ["m0", "m1"]
    assert [u.message.text for u in await bot.get_updates(limit=2)] == ["m0", "m1"]
    confirmed = await bot.get_updates(offset=first[-1].update_id + 1)
    assert [u.message.text for u in confirmed] == ["m2", "m3", "m4"]
    assert [u.message.text for u in await bot.get_updates(offset=-1)] == ["m4"]
    assert await bot.get_updates(offset=confirmed[-1].update_id + 1) == ()
    assert emu.pending_updates == []

    loop = asyncio.get_running_loop()
    started = loop.time()
    loop.call_later(0.2, emu.send_text, alice, "wake up")
    woke = await bot.get_updates(timeout=5)
    assert woke[0].message.text == "wake up" and loop.time() - started < 1.5

    started = loop.time()
    assert await bot.get_updates(offset=woke[-1].update_id + 1, timeout=0.3) == ()
    assert 0.25 < loop.time() - started < 3

    await bot.get_updates(allowed_updates=["callback_query"])
    emu.send_text(alice, "filtered out")
    menu = await bot.send_message(alice.id, "m", reply_markup=keyboard([("a", "a")]))
    emu.press_button(alice, menu, "a")
    [only] = await bot.get_updates()
    assert only.callback_query is not None and only.callback_query.data == "a"
    assert "allowed_updates" in (await bot.get_webhook_info()).to_dict()


async def test_concurrent_get_updates_conflict(emu: TelegramEmulator, bot: Bot) -> None:
    async with emu.make_bot() as other:
        first = asyncio.create_task(bot.get_updates(timeout=5))
        await emu.wait_for_poll()  # the first long poll is waiting on the server
        assert await other.get_updates() == ()
        with pytest.raises(Conflict, match="terminated by other getUpdates request"):
            await first


async def test_group_privacy_mode(emu: TelegramEmulator) -> None:
    alice = emu.user(1, "Alice")
    emu.group(-500, "Family", members={alice: "creator"})
    bot_msg = emu.send_text(alice, "/start@idphoto_test_bot", chat=-500)
    emu.send_text(alice, "just chatting", chat=-500)
    emu.send_text(alice, "/start@other_bot", chat=-500)
    emu.send_text(alice, "hey @idphoto_test_bot", chat=-500)
    emu.send_text(alice, "/help", chat=-500)
    delivered = [u["message"]["text"] for u in emu.updates]
    assert delivered == ["/start@idphoto_test_bot", "hey @idphoto_test_bot", "/help"]
    assert len(emu.messages_in(-500)) == 5
    assert bot_msg["chat"] == {
        "id": -500,
        "title": "Family",
        "type": "group",
        "all_members_are_administrators": False,
    }
    emu.group(-500, "Family", bot_status="administrator")
    emu.send_text(alice, "admins see everything", chat=-500)
    assert emu.updates[-1]["message"]["text"] == "admins see everything"


async def test_wait_for_helpers(emu: TelegramEmulator, bot: Bot) -> None:
    alice = emu.user(1, "Alice")
    await bot.send_message(alice.id, "before")
    mark = emu.mark()
    with pytest.raises(WaitTimeout, match="sendPhoto"):
        await emu.wait_for(method="sendPhoto", after=mark, timeout=0.05)
    loop = asyncio.get_running_loop()
    loop.call_later(0.05, lambda: asyncio.ensure_future(bot.send_message(alice.id, "later")))
    got = await emu.wait_for(lambda c: c.text == "later", after=mark)
    assert got.method == "sendMessage"
    assert (await emu.wait_for(method="sendMessage", after=0)).text == "before"
    await emu.settle(quiet=0.05)


# ------------------------------------------------------------------------- a real Application


async def test_application_end_to_end(emu: TelegramEmulator, portrait: bytes) -> None:
    seen: dict[str, Any] = {}

    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.message is not None and update.effective_user is not None
        await update.message.reply_text(
            f"Hello {update.effective_user.first_name}! payload={context.args}",
            reply_markup=keyboard([("Passport", "type:passport"), ("Visa", "type:visa")]),
        )

    async def on_photo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.message is not None
        tg_file = await update.message.photo[-1].get_file()
        data = bytes(await tg_file.download_as_bytearray())
        seen["photo"] = data
        await update.message.reply_document(
            data, filename="id-photo.jpg", caption=f"{len(data)} bytes"
        )

    async def on_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.message is not None and update.message.document is not None
        doc = update.message.document
        data = await (await doc.get_file()).download_as_bytearray()
        await update.message.reply_text(f"{doc.file_name} {doc.mime_type} {len(data)}")

    async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        assert query is not None and query.data is not None
        await query.answer("Saved")
        await query.edit_message_text(f"You chose {query.data.split(':')[1]}")

    async def on_pre_checkout(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.pre_checkout_query is not None
        await update.pre_checkout_query.answer(ok=True)

    async def on_paid(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.message is not None
        await update.message.reply_text("Thanks for paying!")

    app = emu.application_builder().build()
    app.add_handler(CommandHandler("start", start))
    app.add_handler(MessageHandler(filters.PHOTO, on_photo))
    app.add_handler(MessageHandler(filters.Document.ALL, on_document))
    app.add_handler(CallbackQueryHandler(on_button))
    app.add_handler(PreCheckoutQueryHandler(on_pre_checkout))
    app.add_handler(MessageHandler(filters.SUCCESSFUL_PAYMENT, on_paid))

    alice = emu.user(1001, "Alice", language_code="de")
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0, timeout=10)
        try:
            emu.send_text(alice, "/start passport_de")
            greeting = await emu.wait_for(method="sendMessage", chat_id=alice.id)
            assert greeting.text == "Hello Alice! payload=['passport_de']"
            assert greeting.callback_data_for("Visa") == "type:visa"

            emu.send_text(alice, "/start@idphoto_test_bot other")
            assert (await emu.wait_for(method="sendMessage")).text.endswith("['other']")

            emu.send_photo(alice, portrait)
            reply = await emu.wait_for(method="sendDocument", chat_id=alice.id)
            assert seen["photo"] == portrait
            assert reply.document_bytes == portrait and reply.file_name == "id-photo.jpg"
            assert reply.caption == f"{len(portrait)} bytes"

            emu.send_document(alice, b"GIF89a....", "scan.gif")
            assert (await emu.wait_for(method="sendMessage")).text == "scan.gif image/gif 10"

            query_id = emu.press_button(alice, greeting, "type:visa")
            edit = await emu.wait_for(method="editMessageText")
            assert edit.text == "You chose visa" and edit.message_id == greeting.message_id
            assert emu.callback_answers[-1].query_id == query_id
            assert emu.messages_in(alice)[1].buttons == []

            invoice = await app.bot.send_invoice(
                alice.id, "Photo", "One ID photo", "p-1", "XTR", [LabeledPrice("Photo", 25)]
            )
            emu.pay_invoice(alice, invoice)
            assert (await emu.wait_for(method="sendMessage")).text == "Thanks for paying!"
        finally:
            stopping = time.monotonic()
            await app.updater.stop()
            await app.stop()
            assert time.monotonic() - stopping < 2  # the pending long poll is cancelled
    assert emu.calls[0].method == "getMe" and emu.calls[1].method == "deleteWebhook"
    assert emu.pending_updates == []  # the final getUpdates confirmed everything
