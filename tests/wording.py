"""The plain-words rules of issue #20, as one checker for any text a user may see.

Users never see "credits" (finals are free, "2 of 3 free photos left today", or a price in ⭐),
hex colour codes, px/dpi/KB, or where our spec data comes from; in a right-to-left language every
line starts right-to-left. ``wording_problems`` is for catalog tests and for end-to-end tests
that read every message of a whole flow (``for text in chat: assert not wording_problems(...)``).
"""

from __future__ import annotations

import re

from bot.i18n import is_rtl, normalise_language, starts_right_to_left

#: How each language names PicWish credits (the unit users must never meet).
CREDIT_WORDS: dict[str, str] = {
    "en": r"\bcredits?\b",
    "ru": r"кредит|\bбалл",
    "zh": r"积分",
    "es": r"\bcréditos?\b",
    "ar": r"رصيد|أرصدة|نقطة|نقاط|نقطت",
    "fr": r"\bcrédits?\b",
    "de": r"\bcredits?\b",
    "pt": r"\bcréditos?\b",
    "hi": r"क्रेडिट",
}
HEX_COLOUR = re.compile(r"#\s*[0-9A-Fa-f]{6}\b|\b[0-9A-F]{6}\b")
UNITS = re.compile(r"(?<![\w.])(px|dpi|KB|kB|Kb|КБ|Кб|кБ|пкс)(?!\w)")
SOURCES = re.compile(r"A-Box|specs\.js|passport-photo-specs|visareadynow|spec-facts|picwish", re.I)


def credit_words(text: str, lang: str | None) -> list[str]:
    pattern = CREDIT_WORDS.get(normalise_language(lang), CREDIT_WORDS["en"])
    return re.findall(pattern, text, flags=re.IGNORECASE)


def wording_problems(text: str, lang: str | None) -> list[str]:
    """Every rule ``text`` breaks, as short readable strings (empty when it is plain)."""
    problems = [f"credit word {w!r}" for w in credit_words(text, lang)]
    problems += [f"hex colour {m.group()!r}" for m in HEX_COLOUR.finditer(text)]
    problems += [f"unit {m.group()!r}" for m in UNITS.finditer(text)]
    problems += [f"source name {m.group()!r}" for m in SOURCES.finditer(text)]
    if is_rtl(lang):
        problems += [
            f"left-to-right line {line!r}"
            for line in text.split("\n")
            if line.strip() and not starts_right_to_left(line)
        ]
    return problems
