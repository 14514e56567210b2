"""End-to-end harness: the real Application (as ``idphoto-bot run`` builds it) against both
emulators, with helpers that act like a person on a phone."""

from __future__ import annotations

import asyncio
import io
import random
from dataclasses import replace
from pathlib import Path

from PIL import Image, ImageDraw

from bot.app import build_application, serve
from bot.config import Config
from bot.services import IdPhotoApplication
from tests.emulators.picwish import PicWishEmulator
from tests.emulators.telegram import ApiCall, TelegramEmulator, TgUser

API_KEY = "pw-test-key-0123456789"


def _sample_face() -> Image.Image | None:
    """Grace Hopper's portrait, which ships inside matplotlib (installed with the offline extra)."""
    try:
        from matplotlib import cbook
    except ImportError:
        return None
    with cbook.get_sample_data("grace_hopper.jpg") as sample:
        return Image.open(sample).convert("RGB")


def _drawn_face(width: int, height: int, seed: int) -> Image.Image:
    rng = random.Random(seed)
    image = Image.new("RGB", (width, height), (200, 205, 210))
    draw = ImageDraw.Draw(image)
    for _ in range(400):
        x, y = rng.randrange(width), rng.randrange(height)
        shade = rng.randrange(150, 230)
        draw.rectangle((x, y, x + 12, y + 12), fill=(shade, shade, shade + 10))
    draw.ellipse((width * 0.3, height * 0.2, width * 0.7, height * 0.6), fill=(224, 172, 140))
    draw.rectangle((width * 0.15, height * 0.65, width * 0.85, height), fill=(40, 50, 90))
    return image


def portrait_jpeg(width: int = 1200, height: int = 1600, seed: int = 1) -> bytes:
    """A selfie-like JPEG of ``width``×``height``: a real face when the face check can run
    (matplotlib's sample portrait), else a drawn one (no face check happens then)."""
    face = _sample_face()
    if face is None or min(width, height) < 64:
        image = _drawn_face(width, height, seed)
    else:
        image = Image.new("RGB", (width, height), (128, 128, 128))
        scale = min(width / face.width, height / face.height)
        fitted = face.resize((round(face.width * scale), round(face.height * scale)))
        image.paste(fitted, ((width - fitted.width) // 2, (height - fitted.height) // 2))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def make_config(
    db_path: Path, telegram: TelegramEmulator, picwish: PicWishEmulator, **kw
) -> Config:
    config = Config(
        telegram_token=telegram.token,
        telegram_api_url=telegram.root_url,
        picwish_api_key=picwish.api_key,
        picwish_api_url=picwish.root_url,
        picwish_poll_interval=0.05,
        picwish_deadline=10.0,
        db_path=db_path,
    )
    return replace(config, **kw)


class BotHarness:
    """Starts/stops/restarts the bot; taps buttons and sends things like a user would."""

    def __init__(self, telegram: TelegramEmulator, picwish: PicWishEmulator, config: Config):
        self.telegram = telegram
        self.picwish = picwish
        self.config = config
        self.app: IdPhotoApplication | None = None
        self._stop: asyncio.Event | None = None
        self._task: asyncio.Task | None = None

    async def start(self) -> None:
        self.app = build_application(self.config)
        self._stop = asyncio.Event()
        polls = self.telegram.poll_count
        self._task = asyncio.create_task(serve(self.app, self._stop, poll_timeout=1))
        for _ in range(500):
            if self.telegram.poll_count > polls or self._task.done():
                break
            await asyncio.sleep(0.01)
        if self._task.done():
            self._task.result()

    async def stop(self) -> None:
        if self._task is not None and self._stop is not None:
            self._stop.set()
            await asyncio.wait_for(self._task, timeout=30)
            self._task = None

    async def restart(self) -> None:
        await self.stop()
        await self.start()

    # -- acting like a user -------------------------------------------------------------------
    def user(self, user_id: int = 1001, name: str = "Alice", language_code: str = "en") -> TgUser:
        return self.telegram.user(user_id, name, language_code=language_code)

    async def say(self, user: TgUser, text: str, **wait) -> ApiCall:
        """Send ``text``; return the bot's next message-producing call in the user's chat."""
        self.telegram.send_text(user, text)
        return await self.telegram.wait_for(
            chat_id=user.chat_id, predicate=_shows_something, **wait
        )

    def button_message(self, user: TgUser, label: str):
        """The newest bot message in the user's chat that has a button containing ``label``."""
        for message in reversed(self.telegram.messages_in(user.chat_id, from_bot=True)):
            for row in message.buttons:
                for text, data in row:
                    if label.lower() in text.lower():
                        return message, data
        raise AssertionError(
            f"no button {label!r}; messages: "
            f"{[m.buttons for m in self.telegram.messages_in(user.chat_id)]}"
        )

    async def tap(self, user: TgUser, label: str, *, wait: bool = True, **kw) -> ApiCall | None:
        """Tap the newest button containing ``label`` (waiting for it to be shown)."""
        for _ in range(500):
            try:
                message, data = self.button_message(user, label)
                break
            except AssertionError:
                await asyncio.sleep(0.02)
        else:
            message, data = self.button_message(user, label)
        self.telegram.press_button(user, message, data)
        if not wait:
            return None
        return await self.telegram.wait_for(chat_id=user.chat_id, predicate=_shows_something, **kw)

    async def reach_preview(self, user: TgUser, spec_label: str = "US passport") -> ApiCall:
        """The common path: /start, a selfie, one tap on the document, the free preview."""
        await self.say(user, "/start")
        await self.send_photo(user)
        await self.tap(user, spec_label, wait=False)
        return await self.wait_preview(user)

    async def get_final(self, user: TgUser) -> tuple[ApiCall, ApiCall]:
        """One tap on "Get the final photo" (free): the photo and the sheet as documents."""
        await self.tap(user, "Get the final photo", wait=False)
        photo = await self.wait_method(user, "sendDocument")
        sheet = await self.wait_method(user, "sendDocument", after=photo)
        return photo, sheet

    async def send_photo(self, user: TgUser, data: bytes | None = None) -> ApiCall:
        self.telegram.send_photo(user, data or portrait_jpeg())
        return await self.wait_text(user, "document")

    async def wait_text(self, user: TgUser, fragment: str, timeout: float = 10.0) -> ApiCall:
        """The next call (send or edit) whose text or caption contains ``fragment``."""

        def has(call: ApiCall) -> bool:
            shown = (call.text or "") + (call.caption or "")
            return call.chat_id == user.chat_id and fragment.lower() in shown.lower()

        return await self.telegram.wait_for(has, timeout=timeout)

    async def wait_button(self, user: TgUser, label: str, timeout: float = 10.0) -> ApiCall:
        """The next call in the user's chat that shows a button containing ``label``."""

        def has(call: ApiCall) -> bool:
            labels = [text for row in call.buttons for text, _ in row]
            return call.chat_id == user.chat_id and any(label.lower() in x.lower() for x in labels)

        return await self.telegram.wait_for(has, timeout=timeout)

    async def wait_preview(self, user: TgUser, timeout: float = 10.0) -> ApiCall:
        """The next preview photo shown to the user (put in the working message, or sent), with
        its buttons (a document's diagram has none)."""

        def is_preview(call: ApiCall) -> bool:
            return (
                call.chat_id == user.chat_id
                and call.method in ("sendPhoto", "editMessageMedia")
                and any(data for row in call.buttons for _, data in row)
            )

        return await self.telegram.wait_for(is_preview, timeout=timeout)

    async def wait_method(
        self, user: TgUser, method: str, timeout: float = 10.0, after: ApiCall | None = None
    ) -> ApiCall:
        """The next ``method`` call in the user's chat (after ``after``, if given)."""
        return await self.telegram.wait_for(
            method=method,
            chat_id=user.chat_id,
            timeout=timeout,
            **({"after": after.seq + 1} if after is not None else {}),
        )


def _shows_something(call: ApiCall) -> bool:
    return call.method in {
        "sendMessage",
        "editMessageText",
        "sendPhoto",
        "sendDocument",
        "editMessageCaption",
        "editMessageMedia",
    }
