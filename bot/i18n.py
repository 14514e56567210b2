"""Message catalog: every user-visible string, rendered through Project Fluent.

Catalogs live in ``bot/locales/<lang>/*.ftl`` (one file per area of the bot). A message missing
from a language falls back to English for that one string; an id missing everywhere is a bug,
reported by the catalog tests, and renders as the id rather than crashing a conversation.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from fluent.runtime import FluentLocalization, FluentResourceLoader

LOCALES_DIR = Path(__file__).parent / "locales"
DEFAULT_LANGUAGE = "en"

logger = logging.getLogger(__name__)


@cache
def available_languages() -> tuple[str, ...]:
    """Languages that have a catalog folder, English first."""
    found = sorted(p.name for p in LOCALES_DIR.iterdir() if p.is_dir())
    return (DEFAULT_LANGUAGE, *(lang for lang in found if lang != DEFAULT_LANGUAGE))


@cache
def resource_files() -> tuple[str, ...]:
    """All catalog file names (the English folder is the reference)."""
    return tuple(sorted(p.name for p in (LOCALES_DIR / DEFAULT_LANGUAGE).glob("*.ftl")))


def normalise_language(code: str | None) -> str:
    """Map a Telegram ``language_code`` (``pt-br``, ``zh-hans``) to a catalog language."""
    if not code:
        return DEFAULT_LANGUAGE
    base = code.lower().replace("_", "-").split("-")[0]
    return base if base in available_languages() else DEFAULT_LANGUAGE


@cache
def _localization(lang: str) -> FluentLocalization:
    chain = [lang] if lang == DEFAULT_LANGUAGE else [lang, DEFAULT_LANGUAGE]
    loader = FluentResourceLoader(str(LOCALES_DIR / "{locale}"))
    return FluentLocalization(chain, list(resource_files()), loader, use_isolating=False)


def t(lang: str | None, message_id: str, **args: object) -> str:
    """Render ``message_id`` in ``lang`` (falling back to English) with ``args`` filled in."""
    return _localization(normalise_language(lang)).format_value(message_id, args)


@dataclass(frozen=True)
class Text:
    """A message id with its arguments, rendered later in the reader's language."""

    message_id: str
    args: dict[str, object] = field(default_factory=dict)

    def render(self, lang: str | None) -> str:
        return t(lang, self.message_id, **self.args)
