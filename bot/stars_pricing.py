"""What a final costs its user in Telegram Stars: the operator's price (per document if set),
nothing for members of a group that sponsors its members' finals (issue 15).

Which groups sponsor is read from the database at start and changed by ``/sponsor``; it is kept
here so screens (drawn synchronously) can name the price. One bot instance per token (see
README), so this copy never disagrees with the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.config import Config
from bot.limits import GroupSettings
from bot.storage import Storage


@dataclass
class StarsPricing:
    config: Config
    sponsored_groups: set[int] = field(default_factory=set)

    @property
    def enabled(self) -> bool:
        return self.config.payments_enabled

    def price(self, spec_id: str | None, group_id: int | None) -> int:
        """Stars the user pays for a final of ``spec_id`` (0: free, no invoice)."""
        if group_id is not None and group_id in self.sponsored_groups:
            return 0
        return self.config.price_in_stars(spec_id)

    def sponsored(self, group_id: int | None) -> bool:
        return group_id is not None and group_id in self.sponsored_groups

    def set_sponsored(self, group_id: int, sponsored: bool) -> None:
        if sponsored:
            self.sponsored_groups.add(group_id)
        else:
            self.sponsored_groups.discard(group_id)

    async def load(self, storage: Storage) -> None:
        """Read which groups sponsor their members (at start)."""
        everything = await storage.groups.all_settings()
        self.sponsored_groups = {
            chat_id
            for chat_id, data in everything.items()
            if GroupSettings.from_dict(data).sponsored
        }
