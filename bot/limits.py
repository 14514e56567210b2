"""Limits that protect the operator's credits: group quotas and budgets, per-user allowances,
a preview rate and a global daily ceiling — read from the ledger, so failures never count."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from bot.i18n import Text
from bot.storage import Storage

Period = Literal["day", "week", "month"]
_QUOTA_RE = re.compile(r"^\s*(\d+)\s*(?:/|per|a|an|each)?\s*(day|week|month)s?\s*$", re.I)


@dataclass(frozen=True)
class Quota:
    count: int
    period: Period

    @classmethod
    def parse(cls, text: str) -> Quota | None:
        """``"3 per day"``, ``"10/week"``, ``"5 month"`` → Quota; anything else → None."""
        match = _QUOTA_RE.match(text)
        if not match:
            return None
        return cls(int(match.group(1)), match.group(2).lower())  # type: ignore[arg-type]


def period_start(period: str, now: datetime) -> datetime:
    day = now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    if period == "day":
        return day
    if period == "week":
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def period_end(period: str, now: datetime) -> datetime:
    start = period_start(period, now)
    if period == "day":
        return start + timedelta(days=1)
    if period == "week":
        return start + timedelta(days=7)
    return (start + timedelta(days=32)).replace(day=1)


def when(moment: datetime) -> datetime:
    """A reset time as a message argument: ``t`` writes it the reader's way ("Jun 1, 12:00 AM
    UTC", "1 июн., 00:00 UTC"), never a hand-made "2025-06-01 00:00 UTC"."""
    return moment.astimezone(UTC)


@dataclass(frozen=True)
class GroupSettings:
    """What a group's admins chose for their members."""

    title: str = ""
    spec_id: str | None = None
    bg_color: str | None = None
    quota: Quota | None = None
    budget: int | None = None  # credits per month
    enabled: bool = True
    language: str | None = None
    #: Members' finals are paid from the group's credit budget: they never see an invoice.
    sponsored: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> GroupSettings:
        values = dict(data or {})
        if values.get("quota"):
            values["quota"] = Quota(**values["quota"])
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in values.items() if k in known})


@dataclass(frozen=True)
class OperatorLimits:
    """The operator's own limits (configuration); ``None`` means no limit."""

    user_finals: Quota | None = None
    previews_per_hour: int | None = 30
    daily_credits: int | None = None


@dataclass
class LimitChecker:
    storage: Storage
    limits: OperatorLimits = field(default_factory=OperatorLimits)

    async def final_blocked(
        self, *, user_id: int, group_id: int | None, price: int, now: datetime | None = None
    ) -> Text | None:
        """Why a final for ``price`` credits may not be made now, or None if it may."""
        now = now or datetime.now(UTC)
        if self.limits.daily_credits is not None:
            used = await self._summary(period_start("day", now), None, None)
            if used["credits"] + price > self.limits.daily_credits:
                return Text("limit-daily-credits", {"reset": when(period_end("day", now))})
        if self.limits.user_finals is not None:
            quota = self.limits.user_finals
            done = await self._summary(period_start(quota.period, now), user_id, None)
            if done["finals"] >= quota.count:
                return Text(
                    "limit-user-finals",
                    {
                        "count": quota.count,
                        "period": quota.period,
                        "reset": when(period_end(quota.period, now)),
                    },
                )
        if group_id is not None:
            return await self._group_blocked(user_id, group_id, price, now)
        return None

    async def _group_blocked(
        self, user_id: int, group_id: int, price: int, now: datetime
    ) -> Text | None:
        settings = GroupSettings.from_dict(await self.storage.groups.settings(group_id))
        if not settings.enabled:
            return Text("limit-group-disabled", {"group": settings.title})
        if settings.quota is not None:
            quota = settings.quota
            done = await self._summary(period_start(quota.period, now), user_id, group_id)
            if done["finals"] >= quota.count:
                return Text(
                    "limit-group-quota",
                    {
                        "group": settings.title,
                        "count": quota.count,
                        "period": quota.period,
                        "reset": when(period_end(quota.period, now)),
                    },
                )
        if settings.budget is not None:
            spent = await self._summary(period_start("month", now), None, group_id)
            if spent["credits"] + price > settings.budget:
                return Text(
                    "limit-group-budget",
                    {"group": settings.title, "reset": when(period_end("month", now))},
                )
        return None

    async def preview_blocked(self, user_id: int, now: datetime | None = None) -> Text | None:
        """Too many previews in the last hour (previews are free, but cost time)."""
        per_hour = self.limits.previews_per_hour
        if per_hour is None:
            return None
        now = now or datetime.now(UTC)
        since = (now - timedelta(hours=1)).timestamp()
        made = await self.storage.ledger.preview_requests(user_id, since)
        if made >= per_hour:
            return Text(
                "limit-previews", {"count": per_hour, "reset": when(now + timedelta(hours=1))}
            )
        return None

    async def _summary(
        self, since: datetime, user_id: int | None, group_id: int | None
    ) -> dict[str, int]:
        return await self.storage.ledger.summary(
            since.timestamp(), user_id=user_id, group_id=group_id
        )
