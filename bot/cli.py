"""Command line: ``idphoto-bot run`` starts the bot; ``idphoto-bot check-config`` validates it."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys

from bot.config import ConfigError, load_config
from bot.logging_setup import configure_logging
from bot.memory import limit_arenas

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
    return parser


async def _run_until_signal(config) -> None:
    from bot.app import build_application, serve

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await serve(build_application(config), stop)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command is None:
        _parser().print_help()
        return EXIT_CONFIG
    try:
        config = load_config()
    except ConfigError as error:
        print(f"idphoto-bot: configuration error: {error}", file=sys.stderr)
        return EXIT_CONFIG
    configure_logging(config.log_level, config.secrets)
    if args.command == "check-config":
        print(f"configuration OK: {config!r}")
        return 0
    limit_arenas()
    asyncio.run(_run_until_signal(config))
    logging.getLogger(__name__).info("stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
