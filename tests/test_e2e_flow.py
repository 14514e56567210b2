"""End to end, in a private chat: the real Application against the Telegram and PicWish
emulators, driven the way a person on a phone uses the bot."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from bot.i18n import t
from tests.harness import BotHarness, portrait_jpeg


async def reach_review(bot: BotHarness, user, spec_label: str = "United States passport"):
    await bot.say(user, "/start")
    await bot.send_photo(user)
    await bot.tap(user, spec_label)
    await bot.tap(user, "(required)")
    await bot.tap(user, "Keep my clothes")
    await bot.tap(user, "Continue")
    return await bot.wait_preview(user)


async def test_start_welcomes_and_says_what_to_send(bot):
    user = bot.user()
    reply = await bot.say(user, "/start")
    assert "selfie" in reply.text
    assert "file" in reply.text  # the tip: send as a file for best quality


async def test_full_path_delivers_two_documents_charged_once(bot):
    user = bot.user()
    preview = await reach_review(bot, user)
    assert "Free preview" in preview.caption
    assert "6 credits" in preview.caption  # the price of the final, shown before any charge
    await bot.tap(user, "Get the final photo")
    await bot.tap(user, "Yes, make it", wait=False)
    photo = await bot.wait_method(user, "sendDocument")
    sheet = await bot.wait_method(user, "sendDocument", after=photo)
    assert photo.file_name == "us-passport_51x51mm_600x600px.jpg"
    final = Image.open(io.BytesIO(photo.document_bytes))
    assert final.size == (600, 600) and final.format == "JPEG"
    # Inside the spec's 100–240 KB window whether a portal counts 1000 or 1024 bytes a KB.
    assert 100 * 1024 <= len(photo.document_bytes) <= 240 * 1000
    assert sheet.file_name.endswith(".jpg") and "sheet" in sheet.file_name
    await bot.wait_text(user, "Done")

    uploads = [c for c in bot.picwish.creates if c.image_uploaded]
    assert len(uploads) == 1 and uploads[0].fields["preview"] == "1"
    final_requests = [c for c in bot.picwish.creates if c.fields.get("preview") == "0"]
    assert len(final_requests) == 1 and final_requests[0].last_id == uploads[0].image_id
    assert bot.picwish.credits_charged == 6


async def test_changes_after_a_preview_reuse_the_upload_through_last_id(bot):
    user = bot.user()
    await reach_review(bot, user)
    await bot.tap(user, "Background")
    await bot.tap(user, "Blue", wait=False)
    await bot.wait_preview(user)
    await bot.tap(user, "Outfit")
    await bot.tap(user, "Men’s suits")
    await bot.tap(user, "Man 2", wait=False)
    await bot.wait_preview(user)
    await bot.tap(user, "Document")
    bot.telegram.send_text(user, "china visa")
    await bot.wait_text(user, "Matches")
    await bot.tap(user, "China visa", wait=False)
    await bot.wait_preview(user)

    creates = bot.picwish.creates
    assert [c.image_uploaded for c in creates] == [True, False, False, False]
    assert {c.last_id for c in creates[1:]} == {creates[0].image_id}
    assert creates[1].fields["bg_color"] == "438EDB"
    assert creates[2].fields["clothes_id"] == "man_2"
    assert all(c.fields["preview"] == "1" for c in creates)
    assert bot.picwish.credits_charged == 0


async def test_photo_sent_as_a_file_is_accepted(bot):
    user = bot.user()
    await bot.say(user, "/start")
    bot.telegram.send_document(user, portrait_jpeg(), "selfie.jpg", "image/jpeg")
    reply = await bot.wait_text(user, "Which document")
    assert reply.text.endswith(t("en", "choose-spec"))
    assert reply.text.startswith(t("en", "photo-received", width=1200, height=1600))


async def test_double_tap_on_confirm_charges_once(bot):
    user = bot.user()
    await reach_review(bot, user)
    await bot.tap(user, "Get the final photo")
    message, data = bot.button_message(user, "Yes, make it")
    bot.telegram.press_button(user, message, data)
    bot.telegram.press_button(user, message, data, check=False)
    await bot.wait_method(user, "sendDocument")
    await bot.wait_text(user, "Done")
    await bot.telegram.settle(quiet=0.3)
    finals = [c for c in bot.picwish.creates if c.fields.get("preview") == "0"]
    assert len(finals) == 1
    assert bot.picwish.credits_charged == 6


async def test_restart_mid_flow_continues_where_the_user_was(bot):
    user = bot.user()
    await bot.say(user, "/start")
    await bot.send_photo(user)
    await bot.tap(user, "United States passport")
    await bot.restart()
    await bot.tap(user, "(required)")
    reply = await bot.wait_text(user, "Outfit")
    assert reply.text == t("en", "choose-outfit", credits=15, base=6)


async def test_stale_button_after_cancel_says_the_menu_expired(bot):
    user = bot.user()
    await bot.say(user, "/start")
    await bot.send_photo(user)
    await bot.say(user, "/cancel")
    message, data = bot.button_message(user, "United States passport")
    bot.telegram.press_button(user, message, data)
    await bot.telegram.settle(quiet=0.2)
    answer = bot.telegram.callback_answers[-1]
    assert "expired" in answer.text
    assert bot.picwish.creates == []


async def test_text_where_a_photo_is_expected_gets_a_hint(bot):
    user = bot.user()
    await bot.say(user, "/start")
    reply = await bot.say(user, "hello")
    assert "photo" in reply.text.lower()


async def test_language_switch_mid_flow_keeps_the_users_place(bot):
    user = bot.user()
    await bot.say(user, "/start")
    await bot.send_photo(user)
    await bot.tap(user, "United States passport")
    await bot.say(user, "/language")
    await bot.tap(user, "Español", wait=False)
    screen = await bot.telegram.wait_for(
        lambda call: call.chat_id == user.chat_id and call.method == "sendMessage" and call.buttons
    )
    spanish = t("es", "choose-background", spec="", required="")[:10]
    assert screen.text.startswith(spanish)
    assert not screen.text.startswith(t("en", "choose-background", spec="", required="")[:10])
    stored = await bot.app.services.storage.sessions.load(f"user:{user.id}")
    assert stored.state == "choosing_background"
    assert await bot.app.services.storage.users.language(user.id) == "es"


async def test_command_menus_are_registered_per_scope_and_language(bot):
    private = bot.telegram.get_commands(scope="all_private_chats")
    admins = bot.telegram.get_commands(scope="all_chat_administrators")
    assert [name for name, _ in private][:2] == ["start", "new"]
    assert "setspec" in [name for name, _ in admins]
    assert bot.telegram.get_commands(scope="all_private_chats", language_code="de")


def _cyrillic(text: str) -> bool:
    return any("а" <= ch.lower() <= "я" for ch in text)


async def test_russian_user_sees_the_whole_flow_in_russian(bot):
    from bot.specs import load_catalog, localised_title

    user = bot.user(language_code="ru")
    us_passport = localised_title(load_catalog().get("us-passport"), "ru")
    await bot.say(user, "/start")
    bot.telegram.send_photo(user, portrait_jpeg())
    await bot.wait_text(user, t("ru", "choose-spec")[:15])
    await bot.tap(user, us_passport)
    await bot.wait_button(user, t("ru", "bg-custom"))
    message, _ = bot.button_message(user, t("ru", "bg-custom"))
    bot.telegram.press_button(user, message, message.buttons[0][0][1])  # the required colour
    await bot.wait_button(user, t("ru", "outfit-own"))
    await bot.tap(user, t("ru", "outfit-own"))
    await bot.tap(user, t("ru", "btn-continue"), wait=False)
    preview = await bot.wait_preview(user)
    await bot.tap(user, t("ru", "btn-final"))
    await bot.tap(user, t("ru", "btn-confirm", credits=6), wait=False)
    photo = await bot.wait_method(user, "sendDocument")
    sheet = await bot.wait_method(user, "sendDocument", after=photo)

    shown = [call.text or call.caption or "" for call in bot.telegram.sent(chat_id=user.chat_id)]
    shown = [text for text in shown if text]
    assert shown and all(_cyrillic(text) for text in shown), [
        text for text in shown if not _cyrillic(text)
    ]
    assert _cyrillic(preview.caption) and _cyrillic(sheet.caption)


async def test_deep_link_preselects_a_document(bot):
    user = bot.user()
    welcome = await bot.say(user, "/start s-cn-visa")
    assert "China visa" in welcome.text
    bot.telegram.send_photo(user, portrait_jpeg())
    background = await bot.wait_text(user, "Background colour?")
    assert "China visa" in background.text


async def test_unknown_deep_link_payload_is_a_plain_start(bot):
    user = bot.user()
    welcome = await bot.say(user, "/start s-atlantis-passport")
    assert "Selected" not in welcome.text
    await bot.send_photo(user)  # asks for the document as usual


async def test_choosing_a_document_shows_its_rules_with_a_diagram(bot):
    user = bot.user()
    await bot.say(user, "/start")
    await bot.send_photo(user)
    bot.telegram.send_text(user, "germany passport")
    await bot.wait_text(user, "Matches")
    await bot.tap(user, "Germany passport", wait=False)
    card = await bot.wait_method(user, "sendPhoto")
    assert "32–36 mm" in card.caption  # the head-height band
    assert "citizens’ office" in card.caption  # Germany's 2025 warning
    assert Image.open(io.BytesIO(card.photo_bytes)).format == "PNG"
    await bot.wait_button(user, "(required)")  # then the next step, below the card


async def _choose_document(bot, user, label: str = "Germany passport"):
    await bot.say(user, "/start")
    await bot.send_photo(user)
    bot.telegram.send_text(user, label)
    await bot.wait_text(user, "Matches")
    await bot.tap(user, label, wait=False)
    return await bot.wait_method(user, "sendPhoto")


async def test_a_document_diagram_is_drawn_once_then_resent_by_file_id(bot):
    first = await _choose_document(bot, bot.user(1001, "Alice"))
    second = await _choose_document(bot, bot.user(1002, "Bob"))
    assert "photo" in first.uploads  # drawn and uploaded for the first user
    assert not second.uploads and second.params["photo"] == first.photo.file_id
    assert second.photo_bytes == first.photo_bytes and second.caption == first.caption


async def test_a_refused_diagram_file_id_is_drawn_and_uploaded_again(bot):
    first = await _choose_document(bot, bot.user(1001, "Alice"))
    key = ("diagram", bot.app.services.catalog.get("de-passport"), "en")
    assert bot.app.services.pictures.file_id(key) == first.photo.file_id
    bot.app.services.pictures.remember(key, "no-such-file-id")
    second = await _choose_document(bot, bot.user(1002, "Bob"))
    assert "photo" in second.uploads and second.photo_bytes == first.photo_bytes
    await bot.wait_button(bot.user(1002, "Bob"), "(required)")


async def test_the_print_sheet_gets_the_chosen_canvas_label_and_qr_code(bot):
    cv2 = pytest.importorskip("cv2")
    np = pytest.importorskip("numpy")
    user = bot.user()
    await reach_review(bot, user)
    await bot.tap(user, "Paper")
    await bot.tap(user, "Light grey canvas")
    await bot.tap(user, "Add a label")
    bot.telegram.send_text(user, "Jane Doe\nClass 4B")
    await bot.wait_button(user, "Label: Jane Doe / Class 4B")
    await bot.tap(user, "Add a QR code")
    bot.telegram.send_text(user, "https://example.org/visa")
    await bot.wait_button(user, "QR code ✓")
    await bot.tap(user, "Continue")
    await bot.tap(user, "Get the final photo")
    await bot.tap(user, "Yes, make it", wait=False)
    photo = await bot.wait_method(user, "sendDocument")
    sheet = await bot.wait_method(user, "sendDocument", after=photo)
    image = Image.open(io.BytesIO(sheet.document_bytes)).convert("RGB")
    assert all(abs(c - 0xEE) <= 3 for c in image.getpixel((5, 5)))  # the canvas colour
    found, _, _ = cv2.QRCodeDetector().detectAndDecode(np.asarray(image)[:, :, ::-1])
    assert found == "https://example.org/visa"
    assert len([c for c in bot.picwish.creates if c.fields.get("preview") == "0"]) == 1


async def test_a_label_too_long_for_the_sheet_is_refused_with_the_limits(bot):
    user = bot.user()
    await reach_review(bot, user)
    await bot.tap(user, "Paper")
    await bot.tap(user, "Add a label")
    bot.telegram.send_text(user, "x" * 41)
    refusal = await bot.wait_text(user, "does not fit")
    assert "40" in refusal.text
    await bot.tap(user, "No label")
    await bot.wait_button(user, "Add a label")
