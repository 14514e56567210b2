"""End to end: every kind of upload a phone can send gets its documented outcome, and nothing
unusable ever reaches PicWish."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from bot.i18n import t
from conversation.states import State
from tests.harness import portrait_jpeg
from tests.test_imaging_support import animated_gif, png_bomb


async def refused_with(bot, user, message_id: str, **args: object) -> str:
    """The refusal the user got is exactly ``message_id``; nothing was sent to PicWish."""
    expected = t("en", message_id, **args)
    reply = await bot.telegram.wait_for(
        lambda call: (
            call.chat_id == user.chat_id and call.method == "sendMessage" and call.text == expected
        )
    )
    stored = await bot.app.services.storage.sessions.load(f"user:{user.id}")
    assert stored.state == State.AWAITING_PHOTO
    assert bot.picwish.creates == []
    return reply.text


@pytest.fixture
async def user(bot):
    person = bot.user()
    await bot.say(person, "/start")
    return person


@pytest.mark.parametrize(
    ("data", "name", "message_id", "args"),
    [
        (b"Hello, this is my CV, not a photo\n" * 20, "selfie.jpg", "imaging-not-an-image", {}),
        (portrait_jpeg()[:5000], "cut.jpg", "imaging-corrupt", {}),
        (animated_gif(), "funny.gif", "imaging-animated", {"kind": "animation"}),
        (png_bomb(30000, 30000), "huge.png", "imaging-bomb", {}),
        (
            portrait_jpeg(width=1, height=1),
            "dot.jpg",
            "imaging-too-small",
            {"width": 1, "height": 1, "min_side": 200},
        ),
    ],
    ids=["text-renamed-jpg", "truncated-jpeg", "animated-gif", "png-bomb", "one-pixel"],
)
async def test_unusable_file_is_refused_with_its_reason(bot, user, data, name, message_id, args):
    bot.telegram.send_document(user, data, name, "image/jpeg")
    await refused_with(bot, user, message_id, **args)


async def test_file_over_telegrams_download_limit_is_refused_before_downloading(bot, user):
    bot.telegram.send_document(user, b"\xff\xd8" + b"0" * (21 * 1024 * 1024), "big.jpg")
    await refused_with(bot, user, "imaging-too-big-download", size_mb=21.0, limit_mb=20)
    assert not [call for call in bot.telegram.calls if call.method == "getFile"]


async def test_sticker_is_refused_with_a_hint_to_send_a_photo(bot, user):
    bot.telegram.send_sticker(user)
    await refused_with(bot, user, "imaging-animated", kind="sticker")


async def test_huge_camera_photo_is_downscaled_and_accepted(bot, user):
    bot.telegram.send_document(user, portrait_jpeg(8000, 6000), "IMG_0001.JPG", "image/jpeg")
    await bot.wait_button(user, "US passport", timeout=60)
    stored = await bot.app.services.storage.sessions.load(f"user:{user.id}")
    kept = stored.data["photo"]
    assert (kept["width"], kept["height"]) == (4096, 3072)


async def test_exif_and_gps_are_stripped_before_picwish_sees_the_photo(bot, user):
    image = Image.open(io.BytesIO(portrait_jpeg()))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x8825] = {1: "N", 2: (51.0, 30.0, 0.0)}  # GPS IFD
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif, quality=90)
    bot.telegram.send_document(user, out.getvalue(), "with-gps.jpg", "image/jpeg")
    await bot.wait_text(user, "Which document")
    await bot.tap(user, "US passport", wait=False)
    await bot.wait_preview(user)
    uploaded = bot.picwish.creates[0].image_bytes
    assert b"PhoneMaker" not in uploaded
    assert not Image.open(io.BytesIO(uploaded)).getexif()


async def test_a_quick_photo_check_answers_with_the_document_menu_alone(bot):
    user = bot.user()
    welcome = await bot.say(user, "/start")
    menu = await bot.send_photo(user)
    assert menu.text.startswith("Got your photo.")
    assert "US passport" in str(menu.buttons)
    between = bot.telegram.calls[welcome.seq + 1 : menu.seq]
    assert [c.method for c in between] == ["getFile"]  # no "Checking…" message, no edit


async def test_a_slow_photo_check_says_it_is_checking_then_what_it_found(bot):
    user = bot.user()
    await bot.say(user, "/start")
    bot.telegram.delay_next("getFile", 1.5)
    await bot.send_photo(user)
    checking = await bot.wait_text(user, "Checking your photo")
    found = await bot.wait_method(user, "editMessageText", after=checking)
    assert found.text.startswith("Got your photo.")
    menu = await bot.wait_button(user, "US passport")
    assert not menu.text.startswith("Got your photo")
