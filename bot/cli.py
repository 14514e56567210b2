"""Command line: ``idphoto-bot run`` starts the bot; ``check-config`` validates the configuration;
``rotate-key`` re-encrypts the kept photos with a new data key."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import sys

from bot.config import Config, ConfigError, load_config
from bot.logging_setup import configure_logging
from bot.memory import limit_arenas
from bot.specs import Catalog, load_catalog
from bot.storage import DataKeyError
from bot.storage.database import check_data_key
from bot.storage.rotation import rotate_key

EXIT_CONFIG = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="idphoto-bot",
        description="Telegram bot that turns a selfie into a compliant ID photo.",
        epilog="Configuration comes from environment variables (or a .env file); see README.md.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser(
        "run",
        help="start the bot until SIGINT/SIGTERM (long polling, or a webhook when "
        "TELEGRAM_WEBHOOK_URL is set)",
    )
    commands.add_parser("check-config", help="validate the configuration and exit")
    commands.add_parser(  # -- privacy and data (issue 14) --
        "rotate-key",
        help="re-encrypt kept photos with a new data key (IDPHOTO_NEW_DATA_KEY, or a new key "
        "file); stop the bot first",
    )
    return parser


async def _run_until_signal(config) -> None:
    from bot.app import build_application, serve

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await serve(build_application(config), stop)


def _data_key_command(command: str, config) -> int | None:
    """``rotate-key``, or the data key check before ``run``: an exit code when finished here."""
    try:
        if command == "rotate-key":
            new_key = os.environ.get("IDPHOTO_NEW_DATA_KEY", "").strip() or None
            rotated = rotate_key(config.db_path, config.data_key, new_key)
            print(f"re-encrypted {rotated.blobs} kept photos; new key: {rotated.new_key_at}")
            return 0
        check_data_key(config.db_path, config.data_key)
    except DataKeyError as error:
        print(f"idphoto-bot: data key error: {error}", file=sys.stderr)
        return EXIT_CONFIG
    return None


def check_priced_documents(config: Config, catalog: Catalog) -> None:
    """Every document ``IDPHOTO_STARS_PRICES`` names exists (a typo would silently do nothing)."""
    unknown = sorted(spec_id for spec_id in config.stars_prices if catalog.get(spec_id) is None)
    if unknown:
        raise ConfigError(
            "IDPHOTO_STARS_PRICES names documents the catalog does not have: "
            + ", ".join(unknown)
            + " (document ids as in /start s-<id> links, e.g. us-passport)"
        )


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command is None:
        _parser().print_help()
        return EXIT_CONFIG
    try:
        config = load_config()
        check_priced_documents(config, load_catalog())
    except ConfigError as error:
        print(f"idphoto-bot: configuration error: {error}", file=sys.stderr)
        return EXIT_CONFIG
    configure_logging(config.log_level, config.secrets)
    if args.command == "check-config":
        print(f"configuration OK: {config!r}")
        return 0
    done = _data_key_command(args.command, config)
    if done is not None:
        return done
    limit_arenas()
    asyncio.run(_run_until_signal(config))
    logging.getLogger(__name__).info("stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
