"""The limits' messages write their reset time the reader's way (issue #20), not "2026-06-01"."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.i18n import Text
from bot.limits import when

RESET = datetime(2026, 6, 1, tzinfo=UTC)


def test_a_reset_time_is_written_the_readers_way():
    text = Text("limit-previews", {"count": 30, "reset": when(RESET)})
    assert "Jun 1, 12:00\u202fAM UTC" in text.render("en")  # CLDR: a narrow space before AM
    assert "1 июн., 00:00 UTC" in text.render("ru")
    assert all("2026-06-01" not in text.render(lang) for lang in ("en", "ru", "de", "zh"))
