"""Limits that protect the operator's credits: group quotas and budgets, per-user allowances,
a preview rate and a global daily ceiling — read from the ledger (failures never count) plus the
finals reserved and not yet settled, so finals confirmed together cannot overspend."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from bot.i18n import Text
from bot.storage import Storage
from bot.storage.reservations import Reservation, Usage

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


@dataclass(frozen=True)
class FinalRules:
    """The checks for one final, run on the database thread against :class:`Usage` (what the
    ledger charged plus what open reservations hold) — the same for a dry check and a reservation.

    The group rule: a group pays for, limits and counts only finals made through its link
    (``group_id`` set); a session of the user's own falls under the operator's user quota. The
    daily credit ceiling counts every final."""

    limits: OperatorLimits
    user_id: int
    group_id: int | None
    price: int

    def __call__(self, usage: Usage, at: float) -> Text | None:
        now = datetime.fromtimestamp(at, UTC)
        ceiling = self.limits.daily_credits
        if ceiling is not None:
            used = usage.credits(period_start("day", now).timestamp())
            if used + self.price > ceiling:
                return Text("limit-daily-credits", {"reset": when(period_end("day", now))})
        if self.group_id is not None:
            return self._group_reason(usage, now)
        return self._user_reason(usage, now)

    def _user_reason(self, usage: Usage, now: datetime) -> Text | None:
        quota = self.limits.user_finals
        if quota is None:
            return None
        since = period_start(quota.period, now).timestamp()
        if usage.finals(since, user_id=self.user_id, own_only=True) < quota.count:
            return None
        return Text(
            "limit-user-finals",
            {
                "count": quota.count,
                "period": quota.period,
                "reset": when(period_end(quota.period, now)),
            },
        )

    def _group_reason(self, usage: Usage, now: datetime) -> Text | None:
        assert self.group_id is not None
        settings = GroupSettings.from_dict(usage.group_settings(self.group_id))
        if not settings.enabled:
            return Text("limit-group-disabled", {"group": settings.title})
        quota = settings.quota
        if quota is not None:
            since = period_start(quota.period, now).timestamp()
            done = usage.finals(since, user_id=self.user_id, group_id=self.group_id)
            if done >= quota.count:
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
            spent = usage.credits(period_start("month", now).timestamp(), group_id=self.group_id)
            if spent + self.price > settings.budget:
                return Text(
                    "limit-group-budget",
                    {"group": settings.title, "reset": when(period_end("month", now))},
                )
        return None


@dataclass
class LimitChecker:
    storage: Storage
    limits: OperatorLimits = field(default_factory=OperatorLimits)

    async def reserve_final(
        self, *, ref: str, user_id: int, group_id: int | None, price: int
    ) -> Reservation | Text:
        """Reserve a final (``ref``: the final's key) for ``price`` credits, or say why not.

        One SQL transaction checks the daily credit ceiling, the user's quota or the group's
        enabled flag, quota and budget — counting charged and currently reserved finals — and
        inserts the reservation. The same ref again gives back its reservation (``new=False``):
        a duplicate confirmation never reserves twice."""
        rules = FinalRules(self.limits, user_id, group_id, price)
        return await self.storage.reservations.reserve(
            ref=ref, user_id=user_id, group_id=group_id, price=price, check=rules
        )

    async def settle(self, ref: str, credits_charged: int) -> None:
        """The final was made: its reservation becomes what PicWish charged."""
        await self.storage.reservations.settle(ref, credits_charged)

    async def release(self, ref: str) -> None:
        """The final failed uncharged: its room is free again (a settled one stays charged)."""
        await self.storage.reservations.release(ref)

    async def final_blocked(
        self,
        *,
        user_id: int,
        group_id: int | None,
        price: int,
        ref: str | None = None,
        now: datetime | None = None,
    ) -> Text | None:
        """Why a final for ``price`` credits may not be made now, or None if it may (a dry
        check, e.g. to show limits early: only :meth:`reserve_final` holds the room). The final
        ``ref`` already reserved or made passes (its retry costs nothing more)."""
        rules = FinalRules(self.limits, user_id, group_id, price)
        if now is None:
            return await self.storage.reservations.check(rules, ref)
        at = now.timestamp()
        return await self.storage.reservations.check(lambda usage, _: rules(usage, at), ref)

    async def finals_left(
        self, *, user_id: int, group_id: int | None
    ) -> tuple[int, int, Period] | None:
        """(left, count, period) of the free finals a quota allows the user now — the group's
        quota through its link, else the operator's per-user one; None when none applies."""

        def left(usage: Usage, at: float) -> tuple[int, int, Period] | None:
            now = datetime.fromtimestamp(at, UTC)
            if group_id is not None:
                quota = GroupSettings.from_dict(usage.group_settings(group_id)).quota
                scope: dict[str, Any] = {"user_id": user_id, "group_id": group_id}
            else:
                quota = self.limits.user_finals
                scope = {"user_id": user_id, "own_only": True}
            if quota is None:
                return None
            done = usage.finals(period_start(quota.period, now).timestamp(), **scope)
            return max(0, quota.count - done), quota.count, quota.period

        return await self.storage.reservations.check(left)  # type: ignore[arg-type,return-value]

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
