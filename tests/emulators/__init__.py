"""Local emulators of the Telegram Bot API and of PicWish, used by every end-to-end test."""
