"""Whole-flow load benchmark: ``python benchmarks/flow.py [--users 200] [--picwish-seconds 2.0]``.

N emulated users go through the whole flow at the same time: /start, a selfie, one tap on the
document, the free preview, "Get the final photo" (free: no confirmation), the two documents and
"Done" (``--change``: one background change from the preview first, a second free preview made
through ``last_id``). Prints the bot's own time per step (p50 / p95 / max), completed flows per
minute, the chat-bound Bot API calls per flow, the bot's peak RSS and its CPU seconds per
completed flow, and whether each target is met
(p95 < 50 ms per step, RSS < 200 MB, no errors). It is a measurement, not a test: it never fails
on a missed target (the exit status is 1 only when flows did not complete).

The users (defaults): all 200 arrive within ``--ramp 10`` seconds, and each pauses between
seeing a screen and tapping (uniformly 0 to 2 × ``--think 2`` seconds, as a person reading a
phone does). ``--ramp 0 --think 0`` is the stress case: every user at the same instant, each
tapping the moment the screen appears.

Set-up
  * The bot is the real Application (``bot.app.build_application`` + ``serve``, as
    ``idphoto-bot run`` starts it, production defaults except the URLs, the key, a temporary
    database and ``--poll-interval``), in a *spawned child process*. Its CPU time and RSS are
    therefore the bot's alone; the Telegram and PicWish emulators and the simulated users run in
    this process and are reported separately.
  * The PicWish emulator finishes each task ``--picwish-seconds`` after it was created; the bot
    polls it every ``--poll-interval`` seconds (production default 1.0; the tests use 0.05).
  * One warm-up flow runs first and is not counted.
  * The Telegram emulator makes 3 JPEG thumbnails of every injected photo (Telegram's work, ~60 ms
    of this process's event loop per photo); they are memoised for the few test portraits so that
    this process does not stall the emulated servers while 200 photos arrive.

What is timed (wall clock from the moment the update is queued; both processes read the same
system-wide monotonic clock)
  * Interactive steps: until the bot's call that shows the next screen has reached the Telegram
    emulator (the "first" column: its first visible call of any kind: a message sent, edited or
    deleted). preview / delivery: from the tap until the preview photo / the second document.
  * The bot's own time is that wall time less the time the user's work spent waiting on the two
    outside services, counted once where they overlap: PicWish (the time inside the backend's
    ``create()``: upload, emulated processing, polling, result download) and Telegram's flood
    limit (the time the user's Bot API calls queued in the bot's rate limiter before going out:
    Telegram allows a bot ~30 calls/s in all, so 200 busy users queue there whatever the bot
    does). The "flood p95" and "seen p95" columns show those waits and what the user saw.
  * Inside the bot process: wall time per update in ``Application.process_update`` (handlers,
    SQLite, Telegram calls, flood waits included) and the event-loop lag.

Diagnostics: ``--telegram-rate N`` gives the bot's flood limiter N calls/s overall instead of
Telegram's 30 (0: none), to tell throttling from the bot's own cost; ``--no-face-checks`` runs the
bot with ``IDPHOTO_FACE_CHECKS=off`` (no mediapipe in the bot process); ``--profile [FILE]`` runs
cProfile on the bot's event loop during the run and prints the hotspots.

``--webhook``: the bot runs in webhook mode (``TELEGRAM_WEBHOOK_URL``): the Telegram emulator
POSTs each update to the bot's HTTP server (``bot.web``) instead of the bot long-polling; the
time from the update's injection includes that delivery.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import multiprocessing
import os
import random
import resource
import socket
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TARGET_P95_MS = 50.0
TARGET_RSS_MB = 200.0
SPEC_LABEL = "US passport"
PORTRAIT_VARIANTS = 8
LAG_TICK = 0.01

VISIBLE_METHODS = frozenset({
    "sendMessage", "sendPhoto", "sendDocument", "editMessageText", "editMessageCaption",
    "editMessageReplyMarkup", "editMessageMedia", "deleteMessage", "deleteMessages",
})  # fmt: skip

#: (sample, what it times, held to the p95 target)
STEPS: tuple[tuple[str, str, bool], ...] = (
    ("start", "/start -> welcome", True),
    ("photo", "selfie -> document menu", True),
    ("spec", "tap document -> working screen", True),
    ("preview", "tap document -> preview photo", True),
    ("change", "tap Background -> colour menu", True),
    ("colour", "tap a colour -> working screen", True),
    ("repreview", "tap a colour -> new preview", True),
    ("final", "tap Get the final photo -> working", True),
    ("delivery", "tap Get the final photo -> 2nd doc", True),
)


# -- small helpers ----------------------------------------------------------------------------


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _rss_now_kb() -> int:
    with contextlib.suppress(OSError), open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def _thread_cpu() -> dict[str, float]:
    """CPU seconds per live thread of this process, grouped by thread name (Linux /proc)."""
    ticks = os.sysconf("SC_CLK_TCK")
    groups: dict[str, float] = defaultdict(float)
    for thread in threading.enumerate():
        try:
            with open(f"/proc/self/task/{thread.native_id}/stat", encoding="ascii") as stat:
                raw = stat.read()
        except OSError:
            continue
        fields = raw[raw.rindex(")") + 2 :].split()
        name = thread.name.rstrip("0123456789").rstrip("_-") or thread.name
        groups[name] += (int(fields[11]) + int(fields[12])) / ticks
    return dict(groups)


def _usage() -> dict[str, Any]:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {
        "cpu": usage.ru_utime + usage.ru_stime,
        "maxrss_kb": usage.ru_maxrss,
        "rss_kb": _rss_now_kb(),
        "threads": _thread_cpu(),
        "at": time.monotonic(),
    }


# -- the bot process --------------------------------------------------------------------------


class _LogCounter(logging.Handler):
    """Counts log records per level, and WARNING+ records per kind (logger, message template,
    exception type)."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.counts: Counter[str] = Counter()
        self.kinds: Counter[str] = Counter()

    def emit(self, record: logging.LogRecord) -> None:
        self.counts[record.levelname] += 1
        if record.levelno >= logging.WARNING:
            kind = f"{record.levelname} {record.name}: {str(record.msg)[:90]}"
            if record.exc_info and record.exc_info[1] is not None:
                error = record.exc_info[1]
                kind += f" [{type(error).__name__}: {str(error)[:70]}]"
            self.kinds[kind] += 1


def _update_kind(update: object) -> str:
    from telegram import Update

    from handlers.buttons import FlowButton

    if not isinstance(update, Update):
        return "other"
    if update.callback_query is not None:
        data = FlowButton.decode(update.callback_query.data)
        return f"tap:{data.action if data else '?'}"
    message = update.effective_message
    if message is None:
        return "other"
    if message.text and message.text.startswith("/"):
        return f"command:{message.text.split()[0]}"
    if message.photo:
        return "photo"
    return "document" if message.document else "text"


@dataclass(frozen=True)
class PicWishCall:
    """One ``create()`` of the photo backend, as the bot process saw it."""

    user_id: int
    purpose: str
    #: when it began, on the system-wide monotonic clock (shared by both processes)
    started: float
    seconds: float
    #: Of ``seconds``: awaiting the bot's own progress callback (it edits the Telegram message).
    progress_seconds: float
    ok: bool


class _TimedLimiter:
    """Wraps the bot's rate limiter and records how long each chat-targeted call queued in it."""

    def __init__(self, inner: Any, waits: list[tuple[str, float, float]]) -> None:
        self.inner, self.waits = inner, waits

    async def initialize(self) -> None:
        await self.inner.initialize()

    async def shutdown(self) -> None:
        await self.inner.shutdown()

    def has_room(self) -> bool:
        return self.inner.has_room()

    async def process_request(
        self, callback: Any, args: Any, kwargs: Any, endpoint: str, data: Any, rate_limit_args: Any
    ) -> Any:
        entered, chat_id = time.perf_counter(), data.get("chat_id")

        async def timed_callback(*a: Any, **kw: Any) -> Any:
            if chat_id is not None:
                self.waits.append((str(chat_id), entered, time.perf_counter()))
            return await callback(*a, **kw)

        return await self.inner.process_request(
            timed_callback, args, kwargs, endpoint, data, rate_limit_args
        )


@dataclass
class Probe:
    """What the bot process measures about itself; reset when the measured run begins."""

    updates: list[tuple[str, float]] = field(default_factory=list)
    picwish: list[PicWishCall] = field(default_factory=list)
    #: (chat id, entered the rate limiter, left it for the network): Telegram's flood queue
    flood_waits: list[tuple[str, float, float]] = field(default_factory=list)
    lag: list[float] = field(default_factory=list)
    rss: list[tuple[float, int]] = field(default_factory=list)

    def reset(self) -> None:
        self.updates.clear()
        self.picwish.clear()
        self.flood_waits.clear()
        self.lag.clear()
        self.rss.clear()

    def install(self, app: Any) -> None:
        """Time ``Application.process_update`` and the photo backend's ``make`` (PicWish or the
        offline engine, behind the ledger), by wrapping them on the instances."""
        process_update = app.process_update
        backend = app.services.backend
        make = backend.make

        async def timed_update(update: object) -> None:
            started = time.perf_counter()
            try:
                await process_update(update)
            finally:
                self.updates.append((_update_kind(update), time.perf_counter() - started))

        async def timed_make(job: Any, **kw: Any) -> Any:
            context = kw.get("context")
            on_progress = kw.get("on_progress")
            in_progress = 0.0  # time the client spent awaiting the bot's progress callback

            async def timed_progress(percent: int) -> None:
                nonlocal in_progress
                started = time.perf_counter()
                try:
                    await on_progress(percent)
                finally:
                    in_progress += time.perf_counter() - started

            if on_progress is not None:
                kw["on_progress"] = timed_progress
            started, ok = time.perf_counter(), False
            try:
                result = await make(job, **kw)
                ok = True
                return result
            finally:
                self.picwish.append(
                    PicWishCall(
                        user_id=getattr(context, "user_id", 0) or 0,
                        purpose=getattr(context, "purpose", "") or "",
                        started=started,
                        seconds=time.perf_counter() - started,
                        progress_seconds=in_progress,
                        ok=ok,
                    )
                )

        app.process_update = timed_update
        backend.make = timed_make
        if app.bot.rate_limiter is not None:
            app.bot._rate_limiter = _TimedLimiter(app.bot.rate_limiter, self.flood_waits)

    async def watch_loop(self) -> None:
        """Event-loop lag (how late a 10 ms sleep wakes up) and the RSS every half second."""
        next_rss = 0.0
        while True:
            started = time.perf_counter()
            await asyncio.sleep(LAG_TICK)
            now = time.perf_counter()
            self.lag.append(now - started - LAG_TICK)
            if now >= next_rss:
                self.rss.append((time.monotonic(), _rss_now_kb()))
                next_rss = now + 0.5


@dataclass(frozen=True)
class BotOptions:
    profile_path: str | None = None
    max_seconds: float = 900.0
    #: None: the Application's own rate limiter; a number: AIORateLimiter with that overall rate
    #: (0 = no overall limit), for telling throttling apart from the bot's own cost.
    telegram_rate: float | None = None


def _bot_process(config: Any, conn: Any, options: BotOptions) -> None:
    """Child process entry point: run the bot until told to stop (or ``max_seconds``)."""
    from bot.logging_setup import configure_logging
    from bot.memory import limit_arenas

    with open(Path(config.db_path).with_name("bot.log"), "w", encoding="utf-8") as log_file:
        os.dup2(log_file.fileno(), 2)  # native libraries' chatter too (stderr)
        configure_logging("INFO", config.secrets, stream=log_file)  # as in production
        limit_arenas()  # as `idphoto-bot run` does
        asyncio.run(_bot_main(config, conn, options))


async def _bot_main(config: Any, conn: Any, options: BotOptions) -> None:
    import cProfile

    from bot.app import build_application, serve
    from bot.flood import FloodLimiter

    counter = _LogCounter()
    logging.getLogger().addHandler(counter)
    app = build_application(config)
    if options.telegram_rate is not None:  # diagnostics only: replaces the built-in limiter
        app.bot._rate_limiter = FloodLimiter(options.telegram_rate)
    profile_path = options.profile_path
    probe = Probe()
    probe.install(app)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    profiler = cProfile.Profile() if profile_path else None

    def on_command() -> None:
        try:
            command = conn.recv()
        except (EOFError, OSError):  # the benchmark went away
            loop.remove_reader(conn.fileno())
            stop.set()
            return
        if command == "begin":
            probe.reset()
            if profiler is not None:
                profiler.enable()
            conn.send(_usage())
        elif command == "end":
            if profiler is not None and profile_path:
                profiler.disable()
                profiler.dump_stats(profile_path)
            conn.send(
                {
                    **_usage(),
                    "updates": list(probe.updates),
                    "picwish": list(probe.picwish),
                    "flood_waits": list(probe.flood_waits),
                    "lag": list(probe.lag),
                    "rss": list(probe.rss),
                    "log": dict(counter.counts),
                    "log_kinds": counter.kinds.most_common(10),
                }
            )
        elif command == "stop":
            loop.remove_reader(conn.fileno())
            stop.set()

    loop.add_reader(conn.fileno(), on_command)
    watcher = asyncio.create_task(probe.watch_loop())
    try:
        await asyncio.wait_for(serve(app, stop, poll_timeout=1), options.max_seconds)
    finally:
        watcher.cancel()
        with contextlib.suppress(OSError, BrokenPipeError):
            conn.send({"stopped": True, "log": dict(counter.counts)})


class BotProcess:
    """The bot in a spawned child process, driven through a pipe."""

    def __init__(self, config: Any, options: BotOptions) -> None:
        self.log_path = Path(config.db_path).with_name("bot.log")
        context = multiprocessing.get_context("spawn")
        self.conn, child_conn = context.Pipe()
        self.process = context.Process(
            target=_bot_process,
            args=(config, child_conn, options),
            name="idphoto-bot",
            daemon=True,  # never outlives the benchmark
        )

    async def start(self, telegram: Any, timeout: float = 120.0) -> None:
        def taking_updates() -> int:  # long polls, or the webhook being set
            return telegram.poll_count + len(telegram.sent(method="setWebhook"))

        before = taking_updates()
        self.process.start()
        deadline = time.monotonic() + timeout
        while taking_updates() <= before:
            if not self.process.is_alive():
                with contextlib.suppress(OSError):
                    print(self.log_path.read_text(encoding="utf-8")[-3000:], file=sys.stderr)
                raise RuntimeError(f"the bot process exited with {self.process.exitcode}")
            if time.monotonic() > deadline:
                raise TimeoutError("the bot did not start taking updates in time")
            await asyncio.sleep(0.05)

    def _ask(self, command: str, timeout: float) -> Any:
        self.conn.send(command)
        if not self.conn.poll(timeout):
            raise TimeoutError(f"the bot process did not answer {command!r}")
        return self.conn.recv()

    async def ask(self, command: str, timeout: float = 60.0) -> dict[str, Any]:
        return await asyncio.get_running_loop().run_in_executor(None, self._ask, command, timeout)

    async def stop(self, timeout: float = 60.0) -> None:
        with contextlib.suppress(TimeoutError, EOFError, OSError, BrokenPipeError):
            await self.ask("stop", timeout)
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, self.process.join, 10)
        if self.process.is_alive():
            self.process.terminate()
            await loop.run_in_executor(None, self.process.join, 5)
        if self.process.is_alive():
            self.process.kill()


# -- the simulated users ----------------------------------------------------------------------

Predicate = Callable[[Any], bool]


class StepFailed(Exception):
    pass


class Router:
    """One reader of the emulator's call log that hands each call to the users waiting for it.

    (200 users each in ``wait_for`` would wake 200 coroutines per bot call.)
    """

    def __init__(self, telegram: Any) -> None:
        self.telegram = telegram
        self._seen = 0
        self._waiting: dict[str, list[tuple[int, Predicate, asyncio.Future]]] = defaultdict(list)
        self._task: asyncio.Task | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._run())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def _run(self) -> None:
        from tests.emulators.telegram import WaitTimeout

        while True:
            with contextlib.suppress(WaitTimeout):
                # The predicate routes every call and never matches: wait_for just feeds it.
                await self.telegram.wait_for(self._route, after=self._seen, timeout=5.0)

    def _route(self, call: Any) -> bool:
        self._seen = call.seq + 1
        waiters = self._waiting.get(str(call.chat_id))
        if waiters:
            # The bot's part ends when its request has reached Telegram (not when the emulator
            # has finished working on it, e.g. making a photo's thumbnails).
            reached = call.received or time.perf_counter()
            for entry in list(waiters):
                after, predicate, future = entry
                if future.done():
                    waiters.remove(entry)
                elif call.seq >= after and predicate(call):
                    future.set_result(reached)
                    waiters.remove(entry)
        return False

    def expect(self, chat_id: int, after: int, predicate: Predicate) -> asyncio.Future:
        future = asyncio.get_running_loop().create_future()
        self._waiting[str(chat_id)].append((after, predicate, future))
        return future


def visible(call: Any) -> bool:
    return call.method in VISIBLE_METHODS


def shows_button(label: str) -> Predicate:
    def check(call: Any) -> bool:
        return any(label.lower() in text.lower() for row in call.buttons for text, _ in row)

    return check


def method_is(method: str, nth: int = 1) -> Predicate:
    seen = 0

    def check(call: Any) -> bool:
        nonlocal seen
        if call.method == method:
            seen += 1
        return seen >= nth

    return check


def is_preview(call: Any) -> bool:
    """A preview photo (with the review buttons; sent, or put in the working message), not a
    document's diagram."""
    return call.method in ("sendPhoto", "editMessageMedia") and any(
        data for row in call.buttons for _, data in row
    )


def says(fragment: str) -> Predicate:
    def check(call: Any) -> bool:
        return fragment.lower() in ((call.text or "") + (call.caption or "")).lower()

    return check


class Users:
    def __init__(
        self, telegram: Any, router: Router, step_timeout: float, think: float, change: bool
    ) -> None:
        self.change = change
        self.telegram = telegram
        self.router = router
        self.step_timeout = step_timeout
        self.think = think

    async def _act(
        self, user: Any, step: str, inject: Callable[[], object], waits: dict[str, Predicate]
    ) -> dict[str, float]:
        mark = self.telegram.mark()
        inject()
        started = time.perf_counter()
        futures = {
            name: self.router.expect(user.chat_id, mark, predicate)
            for name, predicate in waits.items()
        }
        await asyncio.wait(futures.values(), timeout=self.step_timeout)
        missing = [name for name, future in futures.items() if not future.done()]
        if missing:
            for future in futures.values():
                future.cancel()
            raise StepFailed(f"{step}: no {', '.join(missing)} within {self.step_timeout:g}s")
        times = {name: future.result() - started for name, future in futures.items()}
        times[f"{step}:at"] = started
        if self.think:
            await asyncio.sleep(random.uniform(0, 2 * self.think))
        return times

    def _tap(self, user: Any, label: str) -> Callable[[], object]:
        def press() -> object:
            for message in reversed(self.telegram.messages_in(user.chat_id, from_bot=True)):
                for row in message.buttons:
                    for text, data in row:
                        if label.lower() in text.lower():
                            return self.telegram.press_button(user, message, data)
            raise StepFailed(f"no button {label!r} in the chat")

        return press

    async def flow(self, user: Any, photo: bytes) -> dict[str, float]:
        """The whole flow for one user; sample name -> seconds (see the module doc)."""
        tg, tap = self.telegram, self._tap
        steps: list[tuple[str, Callable[[], object], dict[str, Predicate]]] = [
            ("start", lambda: tg.send_text(user, "/start"), {"start": method_is("sendMessage")}),
            (
                "photo",
                lambda: tg.send_photo(user, photo),
                {"photo:first": visible, "photo": shows_button(SPEC_LABEL)},
            ),
            (
                "spec",
                tap(user, SPEC_LABEL),
                {"spec": visible, "preview:wall": is_preview},
            ),
        ]
        if self.change:
            steps += [
                (
                    "change",
                    tap(user, "Background"),
                    {"change:first": visible, "change": shows_button("Light grey")},
                ),
                (
                    "colour",
                    tap(user, "Light grey"),
                    {"colour": visible, "repreview:wall": is_preview},
                ),
            ]
        steps.append(
            (
                "final",
                tap(user, "Get the final photo"),
                {
                    "final": visible,
                    "delivery:wall": method_is("sendDocument", 2),
                    "done:wall": says("Done!"),
                },
            )
        )
        times: dict[str, float] = {}
        for step, inject, waits in steps:
            times |= await self._act(user, step, inject, waits)
        return times


def _memoise_portrait_thumbnails(module: Any, portraits: list[bytes]) -> None:
    """The emulator's photo thumbnails of the test portraits are made once (see module doc)."""
    open_image, make_jpeg = module._open_image, module._jpeg
    known = set(portraits)
    images: dict[bytes, Any] = {}
    thumbs: dict[tuple[int, Any, int], Any] = {}

    def cached_open(data: bytes) -> Any:
        if data not in known:
            return open_image(data)
        if data not in images:
            images[data] = open_image(data)
        return images[data]

    def cached_jpeg(img: Any, max_side: Any, quality: int = 80) -> Any:
        if not any(img is cached for cached in images.values()):
            return make_jpeg(img, max_side, quality)
        key = (id(img), max_side, quality)
        if key not in thumbs:
            thumbs[key] = make_jpeg(img, max_side, quality)
        return thumbs[key]

    module._open_image, module._jpeg = cached_open, cached_jpeg


async def _watch_own_loop(lags: list[float]) -> None:
    while True:
        started = time.perf_counter()
        await asyncio.sleep(LAG_TICK)
        lags.append(time.perf_counter() - started - LAG_TICK)


# -- the run ----------------------------------------------------------------------------------


@dataclass
class Outcome:
    per_user: dict[int, dict[str, float]] = field(default_factory=dict)
    errors: Counter[str] = field(default_factory=Counter)
    completed: int = 0
    seconds: float = 0.0
    begin: dict[str, Any] = field(default_factory=dict)
    end: dict[str, Any] = field(default_factory=dict)
    driver_cpu: float = 0.0
    driver_lag: list[float] = field(default_factory=list)
    calls: Counter[str] = field(default_factory=Counter)
    chat_calls: Counter[str] = field(default_factory=Counter)
    failed_calls: Counter[str] = field(default_factory=Counter)
    alerts: Counter[str] = field(default_factory=Counter)
    picwish_creates: int = 0
    picwish_failed: int = 0
    credits: int = 0


async def run(args: argparse.Namespace) -> Outcome:
    import tests.emulators.telegram as telegram_module
    from bot.config import Config
    from tests.emulators.picwish import PicWishEmulator
    from tests.emulators.telegram import TelegramEmulator
    from tests.harness import API_KEY, portrait_jpeg

    portraits = [portrait_jpeg(seed=seed) for seed in range(1, PORTRAIT_VARIANTS + 1)]
    _memoise_portrait_thumbnails(telegram_module, portraits)
    outcome = Outcome()
    with tempfile.TemporaryDirectory(prefix="idphoto-flow-bench-") as tmp:
        async with (
            TelegramEmulator() as telegram,
            PicWishEmulator(api_key=API_KEY, processing_seconds=args.picwish_seconds) as picwish,
        ):
            config = Config(
                telegram_token=telegram.token,
                telegram_api_url=telegram.root_url,
                picwish_api_key=picwish.api_key,
                picwish_api_url=picwish.root_url,
                picwish_poll_interval=args.poll_interval,
                db_path=Path(tmp) / "bot.db",
                face_checks=not args.no_face_checks,
                **(_webhook_settings() if args.webhook else {}),
            )
            profile_path = None
            if args.profile is not None:
                profile_path = args.profile or str(Path(tmp) / "bot.prof")
            options = BotOptions(profile_path, args.timeout + 300, args.telegram_rate)
            bot = BotProcess(config, options)
            router = Router(telegram)
            users = Users(telegram, router, args.step_timeout, args.think, args.change)
            lag_task = asyncio.create_task(_watch_own_loop(outcome.driver_lag))
            try:
                await bot.start(telegram)
                router.start()
                for n in range(args.warmup):
                    await users.flow(telegram.user(900_000 + n, f"Warm{n}"), portraits[0])
                outcome.driver_lag.clear()
                calls_before = len(telegram.calls)
                answers_before = len(telegram.callback_answers)
                creates_before = len(picwish.creates)
                outcome.begin = await bot.ask("begin")
                driver_cpu = time.process_time()
                started = time.perf_counter()
                await _run_users(args, telegram, users, portraits, outcome)
                outcome.seconds = time.perf_counter() - started
                outcome.driver_cpu = time.process_time() - driver_cpu
                outcome.end = await bot.ask("end")
                if profile_path:
                    _print_profile(profile_path, args.profile_top)
                for call in telegram.calls[calls_before:]:
                    outcome.calls[call.method] += 1
                    if call.chat_id is not None:
                        outcome.chat_calls[call.method] += 1
                    if not call.ok:
                        outcome.failed_calls[f"{call.method}: {call.description}"[:110]] += 1
                for answer in telegram.callback_answers[answers_before:]:
                    if answer.show_alert:
                        outcome.alerts[str(answer.text)[:80]] += 1
                creates = picwish.creates[creates_before:]
                outcome.picwish_creates = len(creates)
                outcome.picwish_failed = sum(1 for c in creates if c.http_status != 200)
                outcome.credits = sum(c.credits for c in creates)
            finally:
                lag_task.cancel()
                await router.stop()
                await bot.stop()
    return outcome


def _webhook_settings() -> dict[str, Any]:
    """Config fields for webhook mode on a free local port."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    return {
        "webhook_url": f"http://127.0.0.1:{port}/tg/benchmark",
        "webhook_secret": "benchmark-secret",
        "http_host": "127.0.0.1",
        "http_port": port,
    }


async def _run_users(
    args: argparse.Namespace, telegram: Any, users: Users, portraits: list[bytes], outcome: Outcome
) -> None:
    async def one(n: int) -> None:
        if args.ramp:
            await asyncio.sleep(args.ramp * n / args.users)
        user = telegram.user(100_000 + n, f"User{n}")
        try:
            times = await users.flow(user, portraits[n % len(portraits)])
        except StepFailed as error:
            outcome.errors[str(error)] += 1
            return
        except Exception as error:  # noqa: BLE001 - counted and reported, the run goes on
            outcome.errors[f"{type(error).__name__}: {error}"[:160]] += 1
            return
        outcome.per_user[user.id] = times
        outcome.completed += 1

    tasks = [asyncio.create_task(one(n)) for n in range(args.users)]
    _done, pending = await asyncio.wait(tasks, timeout=args.timeout)
    for task in pending:
        task.cancel()
    if pending:
        await asyncio.gather(*pending, return_exceptions=True)
        outcome.errors[f"flow not finished within --timeout {args.timeout:g}s"] += len(pending)


# -- the report -------------------------------------------------------------------------------


#: Where each timed sample starts: the step whose update began it.
_SAMPLE_START = {"preview": "spec", "repreview": "colour", "delivery": "final"}
_SAMPLE_WALL = {
    "preview": "preview:wall",
    "repreview": "repreview:wall",
    "delivery": "delivery:wall",
}


def _covered(intervals: list[tuple[float, float]], start: float, end: float) -> float:
    """Seconds of [start, end] covered by the union of ``intervals``."""
    clipped = sorted((max(a, start), min(b, end)) for a, b in intervals if b > start and a < end)
    total, low, high = 0.0, None, None
    for a, b in clipped:
        if high is None or a > high:
            if high is not None and low is not None:
                total += high - low
            low, high = a, b
        else:
            high = max(high, b)
    if high is not None and low is not None:
        total += high - low
    return total


def _own_times(outcome: Outcome) -> dict[str, list[float]]:
    """Per-step samples of the bot's own time: the wall time of the step less the part of it the
    user's work spent waiting on the two outside services, PicWish (inside ``create()``) and
    Telegram's flood limit (queued in the rate limiter before the call went out), counted once
    where they overlap. ``<step>:flood`` is the flood-limit part alone, ``<step>:seen`` the wall
    time as the user saw it (PicWish included)."""
    waits: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for chat_id, entered, left in outcome.end.get("flood_waits", []):
        waits[chat_id].append((entered, left))
    picwish: dict[int, list[tuple[float, float]]] = defaultdict(list)
    samples: dict[str, list[float]] = defaultdict(list)
    for call in outcome.end.get("picwish", []):
        picwish[call.user_id].append((call.started, call.started + call.seconds))
        samples[f"create:{call.purpose}"].append(call.seconds)
        samples[f"progress:{call.purpose}"].append(call.progress_seconds)
    for user_id, times in outcome.per_user.items():
        flood = waits.get(str(user_id), [])
        outside = flood + picwish.get(user_id, [])
        for name, seconds in times.items():
            if not name.endswith(":at"):
                samples[name].append(seconds)
        for name, _what, _held in STEPS:
            step = _SAMPLE_START.get(name, name)
            if f"{step}:at" not in times:
                continue  # a step of --change only
            at = times[f"{step}:at"]
            for sample in (name, f"{name}:first"):
                wall = times.get(_SAMPLE_WALL.get(sample, sample))
                if wall is None:
                    continue
                if sample == name:
                    samples[f"{name}:seen"].append(wall)
                    samples[f"{name}:flood"].append(_covered(flood, at, at + wall))
                samples[f"{sample}:own"].append(wall - _covered(outside, at, at + wall))
    return samples


def _ms(values: list[float]) -> str:
    if not values:
        return f"{'-':>8} {'-':>8} {'-':>8}"
    ms = [v * 1000 for v in values]
    return f"{percentile(ms, 0.5):8.1f} {percentile(ms, 0.95):8.1f} {max(ms):8.1f}"


def report(args: argparse.Namespace, outcome: Outcome) -> bool:
    samples = _own_times(outcome)
    begin, end = outcome.begin, outcome.end
    print()
    rate = "30 (Telegram's)" if args.telegram_rate is None else f"{args.telegram_rate:g}"
    print(
        f"idphoto-bot whole flow: {args.users} users arriving within {args.ramp:g} s, pausing "
        f"{args.think:g} s on average between steps (+{args.warmup} warm-up); PicWish answering "
        f"after {args.picwish_seconds:g} s, polled every {args.poll_interval:g} s; flood limit "
        f"{rate} calls/s; face checks {'off' if args.no_face_checks else 'on'}; updates by "
        f"{'webhook' if args.webhook else 'long polling'}"
    )
    print(
        "The bot runs in its own (spawned) process: its CPU and RSS below are its own. The "
        "emulators and the users run in this process (reported at the end)."
    )
    print()
    header = f"{'step':<11} {'what is timed (from the update)':<41} {'n':>4} "
    header += f"{'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'first p95':>9}  target"
    header += f"  {'flood p95':>9} {'seen p95':>9}"
    print("The bot's own time per step: wall time less the waits on PicWish and on Telegram's")
    print("flood limit ('first': until its first visible call). 'flood p95': the flood-limit")
    print("wait alone; 'seen p95': the wall time as the user saw it, PicWish included.")
    print(header)
    print("-" * len(header))
    misses = []
    for name, what, held in STEPS:
        values = samples.get(f"{name}:own", [])
        if not values:
            continue
        first = samples.get(f"{name}:first:own", [])
        first_p95 = f"{percentile(first, 0.95) * 1000:9.1f}" if first else f"{'':9}"
        verdict = ""
        if held and values:
            p95 = percentile(values, 0.95) * 1000
            verdict = "ok" if p95 < TARGET_P95_MS else "MISSED"
            if p95 >= TARGET_P95_MS:
                misses.append(name)
        extra = "".join(
            f" {percentile(samples[key], 0.95) * 1000:9.1f}" if samples.get(key) else f" {'':9}"
            for key in (f"{name}:flood", f"{name}:seen")
        )
        print(
            f"{name:<11} {what:<41} {len(values):>4} {_ms(values)} {first_p95}  "
            f"{verdict:<6} {extra}"
        )
    print()
    print(
        "PicWish-bound steps, raw (wall from the tap; create() = in PicWishClient.create; "
        "progress = create() awaiting the bot's progress edits):"
    )
    for name, what in (
        ("preview:wall", "tap document -> preview photo"),
        ("create:preview", "  of which in create() (preview)"),
        ("progress:preview", "    of which awaiting progress edits"),
        ("delivery:wall", "tap final -> 2nd document"),
        ("create:final", "  of which in create() (final)"),
        ("progress:final", "    of which awaiting progress edits"),
        ("done:wall", "tap final -> Done message"),
    ):
        print(f"{name:<15} {what:<37} {len(samples.get(name, [])):>4} {_ms(samples.get(name, []))}")
    processing = args.picwish_seconds
    for label, key in (("preview", "preview:wall"), ("delivery", "delivery:wall")):
        values = [v - processing for v in samples.get(key, [])]
        print(
            f"{label + ' - ' + format(processing, 'g') + ' s':<15} "
            f"{'wall minus the emulated processing':<37} {len(values):>4} {_ms(values)}"
        )

    updates: dict[str, list[float]] = defaultdict(list)
    for kind, seconds in end.get("updates", []):
        updates[kind].append(seconds)
    print()
    print("Inside the bot: wall time in Application.process_update per update kind:")
    for kind in sorted(updates):
        print(f"  {kind:<24} {len(updates[kind]):>5} {_ms(updates[kind])}")
    lag = end.get("lag", [])
    print(f"  bot event-loop lag (10 ms ticks)  {len(lag):>5} {_ms(lag)}")
    print(
        f"  this process's loop lag           {len(outcome.driver_lag):>5} "
        f"{_ms(outcome.driver_lag)}"
    )

    run_seconds = outcome.seconds
    completed = outcome.completed
    cpu = end.get("cpu", 0.0) - begin.get("cpu", 0.0)
    rss_mb = end.get("maxrss_kb", 0) / 1024
    print()
    per_min = completed / run_seconds * 60 if run_seconds else 0.0
    print(
        f"completed flows     {completed}/{args.users} in {run_seconds:.1f} s "
        f"= {per_min:.1f} flows/min"
    )
    rss_begin, rss_end = begin.get("rss_kb", 0) / 1024, end.get("rss_kb", 0) / 1024
    print(
        f"bot peak RSS        {rss_mb:.1f} MB (when the run began {rss_begin:.1f} MB, "
        f"at its end {rss_end:.1f} MB)"
    )
    timeline = end.get("rss", [])
    if timeline:
        began = begin.get("at", timeline[0][0])
        picks = [timeline[round(i * (len(timeline) - 1) / 11)] for i in range(12)]
        points = "  ".join(f"{at - began:.0f}s {kb / 1024:.0f}" for at, kb in picks)
        print(f"  RSS over the run  {points} (MB)")
    per_flow = cpu / completed if completed else float("nan")
    print(f"bot CPU             {cpu:.1f} s in the run = {per_flow:.3f} s per completed flow")
    threads_before = begin.get("threads", {})
    by_thread = {
        name: seconds - threads_before.get(name, 0.0)
        for name, seconds in end.get("threads", {}).items()
    }
    ranked = sorted(by_thread.items(), key=lambda item: -item[1])
    shares = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in ranked if seconds >= 0.05)
    print(f"  by thread         {shares}")
    print(
        f"this process        {outcome.driver_cpu:.1f} s CPU (emulators + users, not counted "
        f"above), peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"
    )
    if completed:
        chat_calls = sum(outcome.chat_calls.values())
        print(
            f"Bot API calls       {sum(outcome.calls.values()) / completed:.1f} per flow, "
            f"{chat_calls / completed:.1f} of them chat-bound (with a chat_id: the ones "
            "AIORateLimiter holds to its overall rate):"
        )
        print(
            "                    "
            + ", ".join(f"{m} {n / completed:.1f}" for m, n in outcome.chat_calls.most_common())
        )
    print(
        f"PicWish             {outcome.picwish_creates} tasks created, {outcome.credits} "
        f"credits charged (expected {6 * completed}: 6 per final), "
        f"{outcome.picwish_failed} refused"
    )

    log = end.get("log", {})
    problems = {
        "failed flows": sum(outcome.errors.values()),
        "failed Bot API calls": sum(outcome.failed_calls.values()),
        "alerts": sum(outcome.alerts.values()),
        "refused PicWish tasks": outcome.picwish_failed,
        "bot ERROR log records": log.get("ERROR", 0) + log.get("CRITICAL", 0),
    }
    found = ", ".join(f"{count} {what}" for what, count in problems.items() if count)
    print(f"bot log             {log.get('WARNING', 0)} warnings, {log.get('ERROR', 0)} errors")
    for kind, count in end.get("log_kinds", []):
        print(f"    {count} x {kind}")
    for title, counter in (
        ("flows that failed", outcome.errors),
        ("failed Bot API calls", outcome.failed_calls),
        ("alerts shown to users", outcome.alerts),
    ):
        for text, count in counter.most_common(8):
            print(f"  {title}: {count} x {text}")

    print()
    held = [name for name, _what, counted in STEPS if counted]
    print(
        f"target p95 < {TARGET_P95_MS:g} ms per step: "
        + ("met" if not misses else f"MISSED ({', '.join(misses)})")
        + f" [{len(held) - len(misses)}/{len(held)} steps]"
    )
    print(
        f"target RSS < {TARGET_RSS_MB:g} MB:        "
        + ("met" if rss_mb < TARGET_RSS_MB else "MISSED")
        + f" ({rss_mb:.1f} MB)"
    )
    print("target no errors:             " + (f"MISSED ({found})" if found else "met"))
    return completed == args.users


def _print_profile(path: str, top: int) -> None:
    import pstats

    stats = pstats.Stats(path)
    repo = str(ROOT)
    own = {
        key: value
        for key, value in stats.stats.items()  # type: ignore[attr-defined]
        if key[0].startswith(repo) and "/tests/" not in key[0]
    }
    print()
    print(
        f"cProfile of the bot's event-loop thread (threads not included), top {top} of the "
        "repository's functions by cumulative time:"
    )
    print(f"{'cum s':>8} {'own s':>8} {'calls':>8}  function")
    rows = sorted(own.items(), key=lambda item: -item[1][3])[:top]
    for (file, line, func), (_cc, calls, tottime, cumtime, _callers) in rows:
        where = os.path.relpath(file, repo)
        print(f"{cumtime:8.2f} {tottime:8.3f} {calls:>8}  {where}:{line} {func}")
    print(f"\ntop {top} of all functions by own time:")
    rows = sorted(stats.stats.items(), key=lambda item: -item[1][2])[:top]  # type: ignore[attr-defined]
    for (file, line, func), (_cc, calls, tottime, cumtime, _callers) in rows:
        print(f"{cumtime:8.2f} {tottime:8.3f} {calls:>8}  {Path(file).name}:{line} {func}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=200, help="concurrent users (200)")
    parser.add_argument(
        "--picwish-seconds",
        type=float,
        default=2.0,
        help="emulated PicWish processing time per task (2.0)",
    )
    parser.add_argument(
        "--poll-interval",
        type=float,
        default=1.0,
        help="the bot's PICWISH_POLL_INTERVAL (production default 1.0)",
    )
    parser.add_argument("--warmup", type=int, default=1, help="uncounted flows first (1)")
    parser.add_argument(
        "--change",
        action="store_true",
        help="each user changes the background once from the preview (a second free preview)",
    )
    parser.add_argument(
        "--ramp",
        type=float,
        default=10.0,
        help="spread the users' starts over this many seconds (10; 0: all at once)",
    )
    parser.add_argument(
        "--think", type=float, default=2.0, help="mean pause of a user between steps, seconds (2)"
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=600.0,
        help="overall limit for the measured run, seconds (600)",
    )
    parser.add_argument(
        "--step-timeout",
        type=float,
        default=300.0,
        help="limit for one step of one user, seconds (300)",
    )
    parser.add_argument(
        "--profile",
        nargs="?",
        const="",
        metavar="FILE",
        help="cProfile the bot's event loop during the run, print the hotspots "
        "(and keep the pstats in FILE)",
    )
    parser.add_argument("--profile-top", type=int, default=25)
    parser.add_argument(
        "--no-face-checks",
        action="store_true",
        help="run the bot with IDPHOTO_FACE_CHECKS=off (no mediapipe in the bot process)",
    )
    parser.add_argument(
        "--telegram-rate",
        type=float,
        default=None,
        metavar="PER_SECOND",
        help="diagnostics: give the bot's flood limiter this overall rate (0: none); "
        "default: the bot's own (30 calls/s, Telegram's limit)",
    )
    parser.add_argument(
        "--webhook",
        action="store_true",
        help="run the bot in webhook mode (the emulator POSTs updates to the bot's HTTP server)",
    )
    args = parser.parse_args(argv)
    if args.users < 1:
        parser.error("--users must be at least 1")
    logging.basicConfig(level=logging.WARNING)
    outcome = asyncio.run(run(args))
    return 0 if report(args, outcome) else 1


if __name__ == "__main__":
    sys.exit(main())
