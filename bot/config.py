"""Configuration: read from the environment (and an optional ``.env``), validated once at start."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from dotenv import dotenv_values

from bot.engine import offline_available, select_backend
from bot.limits import Quota
from bot.storage.keys import DataKeyError, parse_key

DEFAULT_TELEGRAM_API_URL = "https://api.telegram.org"
DEFAULT_PICWISH_API_URL = "https://techsz.aoscdn.com"
DEFAULT_DB_PATH = "idphoto-bot.sqlite3"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
DEFAULT_HTTP_HOST = "0.0.0.0"  # noqa: S104 - a server in a container listens on every interface
DEFAULT_HTTP_PORT = 8080
DEFAULT_SHUTDOWN_GRACE = 25.0
_WEBHOOK_SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")

_TOKEN_RE = re.compile(r"^\d+:[A-Za-z0-9_-]+$")


class ConfigError(Exception):
    """A missing or malformed setting; the message names the variable and never its secret value."""


@dataclass(frozen=True)
class Config:
    """Everything the bot needs to start. Secrets are excluded from ``repr``."""

    telegram_token: str = field(repr=False)
    telegram_api_url: str = DEFAULT_TELEGRAM_API_URL
    picwish_api_key: str | None = field(default=None, repr=False)
    #: ``picwish`` (PicWish's API) or ``local`` (the offline engine on this machine).
    backend: Literal["picwish", "local"] = "picwish"
    picwish_api_url: str = DEFAULT_PICWISH_API_URL
    picwish_sync: bool = False
    picwish_poll_interval: float = 1.0
    picwish_deadline: float = 30.0
    db_path: Path = Path(DEFAULT_DB_PATH)
    admin_ids: frozenset[int] = frozenset()
    log_level: str = "INFO"
    session_timeout: float = 3600.0
    keep_original_hours: float = 24.0
    sheet_source: Literal["local", "picwish"] = "local"
    user_finals: Quota | None = None
    previews_per_hour: int | None = 30
    daily_credits: int | None = None
    #: Calls per second to Telegram overall (its documented limit); 0: no overall limit.
    telegram_rate: float = 30.0
    #: The offline engine's face checks: every upload before anything is spent, and every
    #: PicWish result against its spec (needs the ``offline`` extra: mediapipe, ~130 MB of RAM).
    face_checks: bool = True
    # -- privacy and data (issue 14) --
    #: The key that encrypts kept photos (32 bytes, URL-safe base64); None: a key file next to
    #: the database, generated at the first start.
    data_key: str | None = field(default=None, repr=False)
    #: At most this many uploads (and as many finals) are kept per user; None: no limit.
    photos_per_user: int | None = 3
    #: How users reach the operator (shown by /privacy), e.g. "@support" or an e-mail address.
    operator_contact: str | None = None
    # -- serving (issue 16): webhook or polling, the HTTP server, graceful stop ---------------
    #: Set: webhook mode (Telegram POSTs updates to this URL's path on our HTTP server).
    webhook_url: str | None = None
    webhook_secret: str | None = field(default=None, repr=False)
    http_host: str = DEFAULT_HTTP_HOST
    #: None: no HTTP server (polling mode without ``IDPHOTO_HTTP_PORT``).
    http_port: int | None = None
    #: Seconds a stop waits for finals under way before it leaves them to the next start.
    shutdown_grace: float = DEFAULT_SHUTDOWN_GRACE
    # -- Telegram Stars (issue 15): 0 keeps finals free (quotas only) --------------------------
    #: Price of one final in Stars; 0: finals are free and no invoice is ever sent.
    stars_price: int = 0
    #: Per-document prices (spec id -> Stars) that override ``stars_price``; 0 makes one free.
    stars_prices: Mapping[str, int] = field(default_factory=dict)

    @property
    def payments_enabled(self) -> bool:
        """Whether any final may cost Stars (some price is set)."""
        return self.stars_price > 0 or any(self.stars_prices.values())

    def price_in_stars(self, spec_id: str | None) -> int:
        """What a final of ``spec_id`` costs in Stars (0: free)."""
        if spec_id is not None and spec_id in self.stars_prices:
            return self.stars_prices[spec_id]
        return self.stars_price

    @property
    def secrets(self) -> tuple[str, ...]:
        """Values that must never be written to a log, an error message or a file."""
        values = (self.telegram_token, self.picwish_api_key, self.data_key, self.webhook_secret)
        return tuple(s for s in values if s)

    @property
    def webhook_path(self) -> str | None:
        """The path Telegram POSTs updates to (``/`` when the URL has none)."""
        if self.webhook_url is None:
            return None
        return urlsplit(self.webhook_url).path or "/"


def _url(env: Mapping[str, str], name: str, default: str) -> str:
    value = env.get(name, "").strip() or default
    if not re.match(r"^https?://[^\s/]+", value):
        raise ConfigError(f"{name} must be an http(s) URL, for example {default}")
    return value.rstrip("/")


def _number(env: Mapping[str, str], name: str, default: float, minimum: float) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a number, got {raw!r}") from None
    if value < minimum:
        raise ConfigError(f"{name} must be at least {minimum:g}, got {raw!r}")
    return value


def _flag(env: Mapping[str, str], name: str) -> bool:
    raw = env.get(name, "").strip().lower()
    if raw in ("", "0", "false", "no", "off"):
        return False
    if raw in ("1", "true", "yes", "on"):
        return True
    raise ConfigError(f"{name} must be 1/0, true/false or yes/no, got {raw!r}")


def _quota(env: Mapping[str, str], name: str) -> Quota | None:
    raw = env.get(name, "").strip()
    if not raw or raw.lower() in ("0", "off", "none"):
        return None
    quota = Quota.parse(raw)
    if quota is None:
        raise ConfigError(
            f"{name} must look like '3 per day', '10/week' or '20/month', got {raw!r}"
        )
    return quota


def _count(env: Mapping[str, str], name: str, default: int | None) -> int | None:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    if raw.lower() in ("off", "none"):
        return None
    if not raw.isdigit():
        raise ConfigError(f"{name} must be a whole number or 'off', got {raw!r}")
    return int(raw)


def _token(env: Mapping[str, str]) -> str:
    token = env.get("TELEGRAM_BOT_TOKEN", "").strip()
    if not token:
        raise ConfigError("TELEGRAM_BOT_TOKEN is not set: get one from @BotFather and export it")
    if not _TOKEN_RE.match(token):
        raise ConfigError(
            "TELEGRAM_BOT_TOKEN is malformed: expected <digits>:<letters> from @BotFather"
        )
    return token


def _admin_ids(env: Mapping[str, str]) -> frozenset[int]:
    raw = env.get("IDPHOTO_ADMIN_IDS", "").strip()
    ids: set[int] = set()
    for part in filter(None, (p.strip() for p in raw.split(","))):
        if not re.fullmatch(r"-?\d+", part):
            raise ConfigError(
                f"IDPHOTO_ADMIN_IDS must be comma-separated Telegram user ids, got {part!r}"
            )
        ids.add(int(part))
    return frozenset(ids)


def _choice(env: Mapping[str, str], name: str, choices: tuple[str, ...], default: str) -> str:
    value = env.get(name, "").strip() or default
    if value.upper() in choices:
        return value.upper()
    if value.lower() in choices:
        return value.lower()
    raise ConfigError(f"{name} must be one of {', '.join(choices)}, got {value!r}")


def _api_key(env: Mapping[str, str]) -> str | None:
    key = env.get("PICWISH_API_KEY", "").strip()
    if any(c.isspace() for c in key):
        raise ConfigError("PICWISH_API_KEY is malformed: it must not contain spaces")
    return key or None


def _backend(env: Mapping[str, str], api_key: str | None) -> str:
    """PicWish when a key is set, else the offline engine (``IDPHOTO_BACKEND`` overrides)."""
    try:
        backend = select_backend(env.get("IDPHOTO_BACKEND"), picwish_api_key=api_key)
    except ValueError as error:
        raise ConfigError(str(error)) from None
    if backend == "local" and not offline_available():
        raise ConfigError(
            "PICWISH_API_KEY is not set and the offline engine is not installed: set the key, "
            "or install the bot with its 'offline' extra (see README)"
        )
    return backend


def _face_checks(env: Mapping[str, str]) -> bool:
    """On when the offline engine is installed, unless ``IDPHOTO_FACE_CHECKS=off``."""
    if not env.get("IDPHOTO_FACE_CHECKS", "").strip():
        return offline_available()
    wanted = _flag(env, "IDPHOTO_FACE_CHECKS")
    if wanted and not offline_available():
        raise ConfigError(
            "IDPHOTO_FACE_CHECKS is on but the offline engine is not installed: install the bot "
            "with its 'offline' extra (see README), or set IDPHOTO_FACE_CHECKS=off"
        )
    return wanted


def _data_key(env: Mapping[str, str]) -> str | None:
    """``IDPHOTO_DATA_KEY`` checked for its format (the message never shows the value)."""
    raw = env.get("IDPHOTO_DATA_KEY", "").strip()
    if not raw:
        return None
    try:
        parse_key(raw, "IDPHOTO_DATA_KEY")
    except DataKeyError as error:
        raise ConfigError(str(error)) from None
    return raw


def _photos_per_user(env: Mapping[str, str]) -> int | None:
    count = _count(env, "IDPHOTO_PHOTOS_PER_USER", 3)
    if count == 0:
        raise ConfigError("IDPHOTO_PHOTOS_PER_USER must be at least 1 (or 'off' for no limit)")
    return count


def _port(env: Mapping[str, str], default: int | None) -> int | None:
    raw = env.get("IDPHOTO_HTTP_PORT", "").strip()
    if not raw:
        return default
    if not raw.isdigit() or not 1 <= int(raw) <= 65535:
        raise ConfigError(f"IDPHOTO_HTTP_PORT must be a port number 1-65535, got {raw!r}")
    return int(raw)


def _webhook_secret(env: Mapping[str, str]) -> str:
    secret = env.get("TELEGRAM_WEBHOOK_SECRET", "").strip()
    if not secret:
        raise ConfigError(
            "TELEGRAM_WEBHOOK_SECRET is not set: webhook mode needs one (1-256 characters "
            "A-Z a-z 0-9 _ -), for example from `openssl rand -hex 32`"
        )
    if not _WEBHOOK_SECRET_RE.match(secret):
        raise ConfigError(
            "TELEGRAM_WEBHOOK_SECRET is malformed: 1-256 characters A-Z a-z 0-9 _ - only"
        )
    return secret


def _serving(env: Mapping[str, str]) -> dict[str, Any]:
    """Webhook or polling, the HTTP server's address, the shutdown grace (issue 16)."""
    url = env.get("TELEGRAM_WEBHOOK_URL", "").strip() or None
    if url is not None:
        url = _url(env, "TELEGRAM_WEBHOOK_URL", "https://bot.example.org/tg/<random path>")
    return {
        "webhook_url": url,
        "webhook_secret": _webhook_secret(env) if url else None,
        "http_host": env.get("IDPHOTO_HTTP_HOST", "").strip() or DEFAULT_HTTP_HOST,
        "http_port": _port(env, DEFAULT_HTTP_PORT if url else None),
        "shutdown_grace": _number(env, "IDPHOTO_SHUTDOWN_GRACE", DEFAULT_SHUTDOWN_GRACE, 0.0),
    }


#: A sanity bound on one final's price (a typo such as 50000 instead of 50 is refused).
MAX_STARS_PRICE = 10_000
_SPEC_PRICE_RE = re.compile(r"^\s*([A-Za-z0-9_.-]+)\s*=\s*(\d+)\s*$")


def _stars(raw: str, name: str) -> int:
    if not raw.isdigit() or int(raw) > MAX_STARS_PRICE:
        raise ConfigError(
            f"{name} must be a whole number of Stars from 0 to {MAX_STARS_PRICE}, got {raw!r}"
        )
    return int(raw)


def _stars_prices(env: Mapping[str, str]) -> dict[str, Any]:
    """``IDPHOTO_STARS_PRICE`` (default 0: free finals) and the optional per-document overrides
    ``IDPHOTO_STARS_PRICES="us-passport=75, cn-visa=0"`` (issue 15)."""
    price = _stars(env.get("IDPHOTO_STARS_PRICE", "").strip() or "0", "IDPHOTO_STARS_PRICE")
    overrides: dict[str, int] = {}
    for part in filter(None, (p.strip() for p in env.get("IDPHOTO_STARS_PRICES", "").split(","))):
        match = _SPEC_PRICE_RE.match(part)
        if match is None:
            raise ConfigError(
                f"IDPHOTO_STARS_PRICES must look like 'us-passport=75, cn-visa=0', got {part!r}"
            )
        overrides[match.group(1)] = _stars(match.group(2), "IDPHOTO_STARS_PRICES")
    return {"stars_price": price, "stars_prices": overrides}


def load_config(
    environ: Mapping[str, str] | None = None, dotenv_path: str | os.PathLike[str] | None = ".env"
) -> Config:
    """Build a :class:`Config` from ``environ`` (default ``os.environ``) over an optional ``.env``.

    Real environment variables win over the ``.env`` file.
    """
    env: dict[str, str] = {}
    if dotenv_path is not None and Path(dotenv_path).is_file():
        env.update({k: v for k, v in dotenv_values(dotenv_path).items() if v is not None})
    env.update(os.environ if environ is None else environ)
    sheet = _choice(env, "IDPHOTO_SHEET_SOURCE", ("local", "picwish"), "local")
    token = _token(env)
    api_key = _api_key(env)
    backend = _backend(env, api_key)
    if backend == "local" and sheet == "picwish":
        raise ConfigError("IDPHOTO_SHEET_SOURCE=picwish needs the PicWish backend")
    return Config(
        telegram_token=token,
        telegram_api_url=_url(env, "TELEGRAM_API_URL", DEFAULT_TELEGRAM_API_URL),
        picwish_api_key=api_key,
        backend=backend,  # type: ignore[arg-type]
        picwish_api_url=_url(env, "PICWISH_API_URL", DEFAULT_PICWISH_API_URL),
        picwish_sync=_flag(env, "PICWISH_SYNC"),
        picwish_poll_interval=_number(env, "PICWISH_POLL_INTERVAL", 1.0, 0.01),
        picwish_deadline=_number(env, "PICWISH_DEADLINE", 30.0, 1.0),
        db_path=Path(env.get("IDPHOTO_DB", "").strip() or DEFAULT_DB_PATH),
        admin_ids=_admin_ids(env),
        log_level=_choice(env, "IDPHOTO_LOG_LEVEL", LOG_LEVELS, "INFO"),
        session_timeout=_number(env, "IDPHOTO_SESSION_TIMEOUT", 3600.0, 10.0),
        keep_original_hours=_number(env, "IDPHOTO_KEEP_ORIGINAL_HOURS", 24.0, 0.0),
        sheet_source=sheet,  # type: ignore[arg-type]
        user_finals=_quota(env, "IDPHOTO_USER_FINALS"),
        previews_per_hour=_count(env, "IDPHOTO_PREVIEWS_PER_HOUR", 30),
        daily_credits=_count(env, "IDPHOTO_DAILY_CREDITS", None),
        telegram_rate=_number(env, "IDPHOTO_TELEGRAM_RATE", 30.0, 0.0),
        face_checks=_face_checks(env),
        # -- privacy and data (issue 14) --
        data_key=_data_key(env),
        photos_per_user=_photos_per_user(env),
        operator_contact=env.get("IDPHOTO_OPERATOR_CONTACT", "").strip() or None,
        **_serving(env),
        **_stars_prices(env),
    )
