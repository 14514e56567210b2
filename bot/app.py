"""Builds the python-telegram-bot Application from the config (``serve`` runs it: bot.serving)."""

from __future__ import annotations

import logging

from telegram.ext import ApplicationBuilder, ContextTypes

from bot import engine
from bot.config import Config
from bot.flood import FloodLimiter
from bot.ledger_backend import LedgerBackend
from bot.limits import LimitChecker, OperatorLimits
from bot.metrics import MeteredUpdateProcessor, Metrics
from bot.picwish import PicWishBackend, PicWishClient
from bot.services import BotContext, IdPhotoApplication, Services
from bot.serving import serve
from bot.specs import load_catalog
from bot.storage import Storage
from bot.telegram_http import AiohttpRequest
from bot.update_processor import PerUserUpdateProcessor
from handlers import register_handlers

__all__ = ["build_application", "build_backend", "build_services", "serve"]

logger = logging.getLogger(__name__)

#: Open connections to the Bot API (getUpdates has its own). Telegram holds a bot to ~30 calls/s,
#: so a few suffice.
TELEGRAM_CONNECTIONS = 16
#: Seconds a call may wait for a free connection before it fails (PTB's default is 1 s).
TELEGRAM_POOL_TIMEOUT = 30.0


def build_backend(
    config: Config, storage: Storage, metrics: Metrics | None = None
) -> LedgerBackend:
    """PicWish's API, or the offline engine on this machine (``config.backend``), with every
    task recorded in the ledger and counted in ``metrics``."""
    if config.backend == "local":
        # Attribute access loads the engine (numpy, OpenCV) only when it is the backend.
        local = engine.LocalEngine(image_ttl_seconds=config.keep_original_hours * 3600)
        return LedgerBackend(local, storage.ledger, metrics=metrics)
    client = PicWishClient(
        config.picwish_api_url,
        config.picwish_api_key or "",
        poll_interval=config.picwish_poll_interval,
        deadline=config.picwish_deadline,
    )
    return LedgerBackend(
        PicWishBackend(client, use_sync=config.picwish_sync),
        storage.ledger,
        scrub=client.scrub,
        metrics=metrics,
    )


def build_services(config: Config) -> Services:
    storage = Storage(
        config.db_path, data_key=config.data_key, photos_per_user=config.photos_per_user
    )
    limits = LimitChecker(
        storage,
        OperatorLimits(
            user_finals=config.user_finals,
            previews_per_hour=config.previews_per_hour,
            daily_credits=config.daily_credits,
        ),
    )
    metrics = Metrics()
    return Services(
        config=config,
        storage=storage,
        backend=build_backend(config, storage, metrics),
        catalog=load_catalog(),
        limits=limits,
        metrics=metrics,
    )


def build_application(config: Config, services: Services | None = None) -> IdPhotoApplication:
    """The Application exactly as ``idphoto-bot run`` uses it (tests use this too)."""
    services = services or build_services(config)
    root = config.telegram_api_url
    builder = (
        ApplicationBuilder()
        .application_class(IdPhotoApplication, kwargs={"services": services})
        .context_types(ContextTypes(context=BotContext))
        .token(config.telegram_token)
        .base_url(f"{root}/bot")
        .base_file_url(f"{root}/file/bot")
        .rate_limiter(FloodLimiter(config.telegram_rate, metrics=services.metrics))
        .concurrent_updates(MeteredUpdateProcessor(PerUserUpdateProcessor(256), services.metrics))
        .request(
            AiohttpRequest(
                TELEGRAM_CONNECTIONS,
                read_timeout=30,
                pool_timeout=TELEGRAM_POOL_TIMEOUT,
                media_write_timeout=120,
            )
        )
        .get_updates_request(AiohttpRequest(1))
    )
    if config.webhook_url is not None:
        builder = builder.updater(None)  # Telegram POSTs updates to bot.web instead
    app = builder.build()
    register_handlers(app)
    return app  # type: ignore[return-value]
