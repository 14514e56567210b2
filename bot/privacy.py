"""The /privacy text, built from the running configuration: what is kept, why, for how long,
who else receives the photo (PicWish only when it is the backend) and whom to ask."""

from __future__ import annotations

from bot.config import Config
from bot.i18n import t


def _number(value: float) -> str:
    return f"{value:g}"


def _photos_line(config: Config, lang: str) -> str:
    hours = _number(config.keep_original_hours)
    if config.photos_per_user is None:
        return t(lang, "privacy-photos-unlimited", hours=hours)
    return t(lang, "privacy-photos", hours=hours, count=config.photos_per_user)


def _recipient_line(config: Config, lang: str) -> str:
    return t(lang, "privacy-picwish" if config.backend == "picwish" else "privacy-offline")


def _contact_line(config: Config, lang: str) -> str:
    if config.operator_contact:
        return t(lang, "privacy-contact", contact=config.operator_contact)
    return t(lang, "privacy-contact-unset")


def privacy_text(config: Config, lang: str) -> str:
    """The whole /privacy answer in ``lang`` (one message, plain text)."""
    minutes = _number(round(config.session_timeout / 60))
    sections = (
        t(lang, "privacy-title"),
        "\n".join(
            (
                _photos_line(config, lang),
                t(lang, "privacy-choices", minutes=minutes),
                t(lang, "privacy-account"),
                t(lang, "privacy-ledger"),
                *((t(lang, "privacy-payments"),) if config.payments_enabled else ()),
            )
        ),
        t(lang, "privacy-why"),
        _recipient_line(config, lang),
        "\n".join((t(lang, "privacy-delete"), _contact_line(config, lang))),
    )
    return "\n\n".join(sections)
