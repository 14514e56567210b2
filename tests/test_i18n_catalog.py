"""The message catalogs (``bot/locales/<lang>/*.ftl``): well-formed, complete and safe.

English is the source. Every shipped language translates every English message (the house
rule: a new message comes in all nine languages); what a catalog has must parse, name only
English ids, use exactly the English placeholders, render without Fluent errors in every plural
form, and fit Telegram's limits. Should a message still be missing at run time, the bot falls
back to English for that one string (pinned below with a catalog made for the test).
``tools/check_catalog.py`` checks the other direction: every id the code uses exists in English.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from babel import Locale
from fluent.runtime import FluentBundle
from fluent.syntax import FluentParser, Visitor
from fluent.syntax import ast as fast

from bot import i18n
from bot.i18n import DEFAULT_LANGUAGE, LOCALES_DIR, normalise_language, t

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = i18n.available_languages()
TRANSLATIONS = tuple(lang for lang in LANGUAGES if lang != DEFAULT_LANGUAGE)
#: The languages the bot ships; a missing folder is a regression, not a skipped test.
SHIPPED = ("ru", "zh", "es", "ar", "fr", "de", "pt", "hi")

#: Telegram limits: a text message, a photo / document caption, a callback-query alert,
#: a bot command's description. Inline-button labels have no hard limit; 64 keeps them
#: readable on a phone (the same bound as callback data).
MESSAGE_LIMIT, CAPTION_LIMIT, ALERT_LIMIT, COMMAND_LIMIT, BUTTON_LIMIT = 4096, 1024, 200, 256, 64
BUTTON_PREFIXES = ("btn-", "bg-", "outfit-", "paper-", "touchup-")
BUTTON_IDS = {"group-open-button"}
NOT_BUTTONS = {"outfit-pick"}  # a prompt above the buttons, not a label
ALERT_IDS = {"menu-expired", "menu-not-yours", "final-already-running", "preview-already-running"}

#: Placeables the code fills with numbers (a plural or NUMBER() may depend on them).
NUMERIC_VARS = {
    "base", "best_kb", "copies", "count", "credits", "dpi", "expected_height", "expected_width",
    "finals", "height", "id", "kb", "level", "limit", "limit_mb", "max", "max_kb", "min",
    "min_side", "months", "need_height", "need_width", "number", "percent", "previews",
    "size_mb", "spent", "state", "users", "value", "width", "face_px", "min_px", "measured",
    "offset", "degrees",
}  # fmt: skip
NUMERIC_VAR_RE = re.compile(r"^[dm]_")  # ops counters: d_previews, m_credits, …
#: Numbers that reach every CLDR plural category of the shipped languages, and a fraction.
SAMPLE_NUMBERS = (0, 1, 2, 3, 5, 11, 21, 100, 102, 1.5)
PLURAL_KEYS = {"zero", "one", "two", "few", "many", "other"}
ISOLATION_MARKS = ("\u2068", "\u2069")
LRM = "\u200e"
BIDI_CONTROLS = re.compile("[\u200e\u200f\u2066-\u2069]")


# -- catalog access -----------------------------------------------------------------------------
def ftl_files(lang: str) -> list[Path]:
    return sorted((LOCALES_DIR / lang).glob("*.ftl"))


@cache
def parsed(path: Path) -> fast.Resource:
    return FluentParser().parse(path.read_text(encoding="utf-8"))


@cache
def messages(lang: str) -> dict[str, fast.Message]:
    found: dict[str, fast.Message] = {}
    for path in ftl_files(lang):
        for entry in parsed(path).body:
            if isinstance(entry, fast.Message):
                found[entry.id.name] = entry
    return found


class _Variables(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()
        self.numeric: set[str] = set()
        #: Variables formatted with NUMBER() (grouping, fraction digits).
        self.formatted: set[str] = set()
        self.choices: dict[str, set[str]] = {}
        #: (selector variable, variant keys, default key) of every select expression.
        self.selects: list[tuple[str | None, set[str], str]] = []

    def visit_VariableReference(self, node: fast.VariableReference) -> None:
        self.names.add(node.id.name)

    def visit_FunctionReference(self, node: fast.FunctionReference) -> None:
        if node.id.name == "NUMBER":
            for arg in node.arguments.positional:
                if isinstance(arg, fast.VariableReference):
                    self.numeric.add(arg.id.name)
                    self.formatted.add(arg.id.name)
        self.generic_visit(node)

    def visit_SelectExpression(self, node: fast.SelectExpression) -> None:
        selector = node.selector
        if isinstance(selector, fast.FunctionReference) and selector.arguments.positional:
            selector = selector.arguments.positional[0]
        name = selector.id.name if isinstance(selector, fast.VariableReference) else None
        keys = {_key(v) for v in node.variants}
        default = next(_key(v) for v in node.variants if v.default)
        self.selects.append((name, keys, default))
        if name is not None:
            named = {k for k in keys if not k.isdigit()}
            if named <= PLURAL_KEYS or named == {default}:  # plural categories or exact numbers
                self.numeric.add(name)
            else:
                self.choices.setdefault(name, set()).update(keys - {"other"})
        self.generic_visit(node)


def _key(variant: fast.Variant) -> str:
    key = variant.key
    return str(key.value) if isinstance(key, fast.NumberLiteral) else key.name


@cache
def variables(lang: str, message_id: str) -> _Variables:
    visitor = _Variables()
    visitor.visit(messages(lang)[message_id])
    return visitor


@cache
def numeric_in_catalogs() -> frozenset[str]:
    """Variables some catalog formats with NUMBER() or selects on with number keys."""
    return frozenset(
        name
        for lang in LANGUAGES
        for mid in messages(lang)
        for name in variables(lang, mid).numeric
    )


def is_numeric(name: str) -> bool:
    return name in NUMERIC_VARS or bool(NUMERIC_VAR_RE.match(name)) or name in numeric_in_catalogs()


def sample_args(message_id: str) -> Iterator[dict[str, object]]:
    """Argument sets for an English message: every plural category, every string choice."""
    names = variables(DEFAULT_LANGUAGE, message_id).names
    numeric = sorted(n for n in names if is_numeric(n))
    choices: dict[str, set[str]] = {}
    for lang in LANGUAGES:
        if message_id in messages(lang):
            for name, keys in variables(lang, message_id).choices.items():
                choices.setdefault(name, set()).update(keys)
    strings = {n: "Sample" for n in names if n not in numeric}
    for value in SAMPLE_NUMBERS if numeric else (None,):
        args = {**strings, **dict.fromkeys(numeric, value)}
        yield args
        for name, keys in sorted(choices.items()):
            for key in sorted(keys):
                yield {**args, name: key}


@cache
def bundle(lang: str) -> FluentBundle:
    """A bundle like the bot's (``use_isolating=False``), the language first in its chain."""
    chain = [lang] if lang == DEFAULT_LANGUAGE else [lang, DEFAULT_LANGUAGE]
    result = FluentBundle(chain, use_isolating=False)
    for path in ftl_files(lang):
        result.add_resource(parsed(path))  # a FluentResource is the fluent.syntax AST
    return result


def render(lang: str, message_id: str, args: dict[str, object]) -> tuple[str, list[Exception]]:
    """``message_id`` in ``lang``, or in English when ``lang`` lacks it (as the bot does)."""
    source = bundle(lang) if bundle(lang).has_message(message_id) else bundle(DEFAULT_LANGUAGE)
    message = source.get_message(message_id)
    assert message.value is not None, f"{message_id} has no value"
    return source.format_pattern(message.value, args)


def limit_for(message_id: str) -> int:
    if message_id in ALERT_IDS:
        return ALERT_LIMIT
    if message_id.startswith("cmd-"):
        return COMMAND_LIMIT
    if is_button(message_id):
        return BUTTON_LIMIT
    if "caption" in message_id:
        return CAPTION_LIMIT
    return MESSAGE_LIMIT


def is_button(message_id: str) -> bool:
    if message_id in NOT_BUTTONS:
        return False
    return message_id in BUTTON_IDS or message_id.startswith(BUTTON_PREFIXES)


def untranslated() -> dict[str, list[str]]:
    english = messages(DEFAULT_LANGUAGE)
    return {lang: sorted(set(english) - set(messages(lang))) for lang in TRANSLATIONS}


def _load_check_catalog():
    spec = importlib.util.spec_from_file_location(
        "check_catalog", ROOT / "tools" / "check_catalog.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being created
    spec.loader.exec_module(module)
    return module


# -- structure ----------------------------------------------------------------------------------
def test_every_shipped_language_has_a_catalog() -> None:
    assert set(SHIPPED) <= set(LANGUAGES), sorted(set(SHIPPED) - set(LANGUAGES))


@pytest.mark.parametrize(
    "path",
    [p for lang in LANGUAGES for p in ftl_files(lang)],
    ids=lambda p: f"{p.parent.name}/{p.name}",
)
def test_every_file_parses_without_errors(path: Path) -> None:
    junk = [entry for entry in parsed(path).body if isinstance(entry, fast.Junk)]
    assert not junk, [(j.annotations[0].message, j.content[:80]) for j in junk]


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_translation_files_mirror_the_english_file_names(lang: str) -> None:
    """The bot only loads the English file names: any other file would be silently ignored."""
    english = {p.name for p in ftl_files(DEFAULT_LANGUAGE)}
    assert {p.name for p in ftl_files(lang)} <= english


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_translations_define_no_ids_unknown_to_english(lang: str) -> None:
    orphans = sorted(set(messages(lang)) - set(messages(DEFAULT_LANGUAGE)))
    assert not orphans, f"{lang} has messages English lacks: {orphans}"


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_translations_use_exactly_the_english_placeholders(lang: str) -> None:
    wrong = {}
    for message_id in messages(lang).keys() & messages(DEFAULT_LANGUAGE).keys():
        theirs = variables(lang, message_id).names
        ours = variables(DEFAULT_LANGUAGE, message_id).names
        if theirs != ours:
            wrong[message_id] = {
                "missing": sorted(ours - theirs),
                "invented": sorted(theirs - ours),
            }
    assert not wrong, wrong


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_translations_format_numbers_like_english(lang: str) -> None:
    """A number English formats with NUMBER() (e.g. a pixel size without grouping, "4032×3024")
    is formatted in the translation too; otherwise it would read "4 032×3 024"."""
    unformatted = {}
    for message_id in messages(lang).keys() & messages(DEFAULT_LANGUAGE).keys():
        english = variables(DEFAULT_LANGUAGE, message_id).formatted
        missing = english - variables(lang, message_id).formatted
        if missing:
            unformatted[message_id] = sorted(missing)
    assert not unformatted, unformatted


@pytest.mark.parametrize("lang", LANGUAGES)
def test_plural_selects_use_the_language_categories(lang: str) -> None:
    """A plural select names only the language's CLDR categories, and all those integers hit
    (Russian one/few/many, Arabic zero/one/two/few/many/other, …), so no count reads wrongly."""
    rule = Locale.parse(lang).plural_form
    reachable = {rule(n) for n in range(1001)}
    valid = set(rule.tags) | {"other"}
    problems = {}
    for message_id in messages(lang):
        for name, keys, default in variables(lang, message_id).selects:
            named = {k for k in keys if not k.isdigit()}
            if not named or not named <= PLURAL_KEYS or name is None:
                continue
            if named - valid:
                problems[message_id] = f"${name}: not {lang} categories: {sorted(named - valid)}"
            elif reachable - named - {default}:
                problems[message_id] = f"${name}: no variant for {sorted(reachable - named)}"
    assert not problems, problems


# -- rendering ----------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_renders_in_every_form(lang: str) -> None:
    """Every English id, in this language (or its English fallback), with every plural category
    and every string choice: no Fluent error, no placeable left, inside Telegram's limits."""
    problems: dict[str, str] = {}
    for message_id in messages(DEFAULT_LANGUAGE):
        for args in sample_args(message_id):
            text, errors = render(lang, message_id, args)
            if errors:
                problems[message_id] = f"{args}: {errors}"
            elif not text.strip():
                problems[message_id] = f"{args}: empty"
            elif "{" in text or "}" in text:
                problems[message_id] = f"{args}: placeable left in {text!r}"
            elif len(text) > limit_for(message_id):
                problems[message_id] = f"{len(text)} > {limit_for(message_id)} chars: {text!r}"
            if message_id in problems:
                break
    assert not problems, problems


@pytest.mark.parametrize("lang", LANGUAGES)
def test_button_labels_fit_a_phone(lang: str) -> None:
    too_long = {}
    for message_id in filter(is_button, messages(DEFAULT_LANGUAGE)):
        for args in sample_args(message_id):
            text, _ = render(lang, message_id, args)
            if len(text) > BUTTON_LIMIT:
                too_long[message_id] = text
    assert not too_long, too_long


def test_catalogs_contain_no_bidi_isolation_marks() -> None:
    marks = ("\u2066", "\u2067", *ISOLATION_MARKS)
    found = [
        f"{path.parent.name}/{path.name}"
        for lang in LANGUAGES
        for path in ftl_files(lang)
        if any(mark in path.read_text(encoding="utf-8") for mark in marks)
    ]
    assert not found, found


def test_left_to_right_languages_render_without_bidi_marks() -> None:
    """``bot.i18n.t`` isolates inserted values and marks lines only in right-to-left languages:
    in the others FSI/PDI/RLM would be invisible junk travelling into copied numbers and codes."""
    leaked = {}
    for lang in LANGUAGES:
        if i18n.is_rtl(lang):
            continue
        for message_id in messages(DEFAULT_LANGUAGE):
            if not variables(DEFAULT_LANGUAGE, message_id).names:
                continue
            text = t(lang, message_id, **next(sample_args(message_id)))
            if any(mark in text for mark in (*ISOLATION_MARKS, i18n.RLM)):
                leaked[f"{lang}/{message_id}"] = text
    assert not leaked, leaked


# -- Arabic: numbers and units inside right-to-left text ---------------------------------------
ARABIC_INDIC_DIGITS = re.compile("[\u0660-\u0669\u06f0-\u06f9]")
UNITS = ("mm", "px", "KB", "MB", "dpi")


def _arabic_problems(message_id: str) -> str | None:
    names = variables(DEFAULT_LANGUAGE, message_id).names
    size = {k: v for k, v in {"width": 35, "height": 45}.items() if k in names}
    for args in sample_args(message_id):
        args = {**args, **size}
        text, errors = render("ar", message_id, args)
        english, _ = render(DEFAULT_LANGUAGE, message_id, args)
        if errors:
            return f"{errors}"
        if ARABIC_INDIC_DIGITS.search(text):
            return f"Arabic-Indic digits in {text!r}"
        in_order = "35" in text and "45" in text and text.index("35") < text.index("45")
        if len(size) == 2 and "35" in english and not in_order:
            return f"35 and 45 not in logical order: {text!r}"
        for unit in UNITS:
            if re.search(rf"\b{unit}\b", english) and not re.search(rf"\b{unit}\b", text):
                return f"{unit} lost: {text!r}"
        if re.search(r"\d\s*×\s*\d", text):
            return f"bare × between digits: {text!r}"
    return None


@pytest.mark.skipif("ar" not in LANGUAGES, reason="no Arabic catalog")
def test_arabic_keeps_numbers_and_units_readable() -> None:
    """Latin digits and unit tokens survive in logical order (35 before 45, "mm" kept), and a
    "35×45" size is held left-to-right with LRM marks: a bare "×" between digits would make a
    right-to-left paragraph show "45×35"."""
    problems = {mid: p for mid in sorted(messages("ar")) if (p := _arabic_problems(mid))}
    assert not problems, problems


def test_arabic_size_reads_35_by_45() -> None:
    text = t("ar", "specs-size-mm", width="35", height="45")
    assert BIDI_CONTROLS.sub("", text) == "35×45 mm"
    assert text.index("35") < text.index("45")
    caption = t("ar", "imaging-too-small", width=35, height=45, min_side=600)
    assert caption.index("35") < caption.index("45") < caption.index("600")


# -- language choice and fallback ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("pt-br", "pt"),
        ("pt-BR", "pt"),
        ("zh-hans", "zh"),
        ("zh-TW", "zh"),
        ("en-GB", "en"),
        ("ru", "ru"),
        ("ar", "ar"),
        ("xx", "en"),
        ("tlh", "en"),
        ("", "en"),
        (None, "en"),
    ],
)
def test_normalise_language(code: str | None, expected: str) -> None:
    assert normalise_language(code) == expected


@pytest.fixture
def tiny_locales(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A two-language catalog where one message exists only in English."""
    (tmp_path / "en").mkdir()
    (tmp_path / "ru").mkdir()
    (tmp_path / "en" / "main.ftl").write_text(
        "both = Hello, { $name }!\nonly-english = Only in English, { $name }.\n", encoding="utf-8"
    )
    (tmp_path / "ru" / "main.ftl").write_text("both = Привет, { $name }!\n", encoding="utf-8")
    _clear_i18n_caches()
    monkeypatch.setattr(i18n, "LOCALES_DIR", tmp_path)
    yield tmp_path
    monkeypatch.undo()
    _clear_i18n_caches()


def _clear_i18n_caches() -> None:
    for name in ("available_languages", "resource_files", "_localization"):
        function = getattr(i18n, name, None)
        if hasattr(function, "cache_clear"):
            function.cache_clear()


def test_a_missing_translation_falls_back_to_english(tiny_locales: Path) -> None:
    assert t("ru", "both", name="Ира") == "Привет, Ира!"
    assert t("ru", "only-english", name="Ира") == "Only in English, Ира."
    assert i18n.Text("only-english", {"name": "Ира"}).render("ru-RU") == "Only in English, Ира."


@pytest.mark.parametrize("lang", [*LANGUAGES, "xx", None])
def test_an_unknown_id_never_raises(lang: str | None) -> None:
    assert t(lang, "no-such-message") == "no-such-message"
    assert t(lang, "no-such-message", credits=3, spec="US passport") == "no-such-message"


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_every_language_translates_every_english_message(lang: str) -> None:
    assert untranslated()[lang] == []


@pytest.fixture
def tiny_catalog(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """``bot.i18n`` reading a two-language catalog written for the test (caches reset)."""
    (tmp_path / "en").mkdir()
    (tmp_path / "de").mkdir()
    (tmp_path / "en" / "main.ftl").write_text(
        "hello = Hello, { $name }!\nonly-english = Only in English: { $count }\n"
    )
    (tmp_path / "de" / "main.ftl").write_text("hello = Hallo, { $name }!\n")
    caches = (i18n.available_languages, i18n.resource_files, i18n._localization)
    monkeypatch.setattr(i18n, "LOCALES_DIR", tmp_path)
    for cached in caches:
        cached.cache_clear()
    yield
    monkeypatch.undo()
    for cached in caches:
        cached.cache_clear()


@pytest.mark.usefixtures("tiny_catalog")
def test_a_message_missing_from_a_language_renders_in_english() -> None:
    assert t("de", "hello", name="Ada") == "Hallo, Ada!"
    assert t("de", "only-english", count=3) == "Only in English: 3"


# -- the code and the catalog agree (tools/check_catalog.py) ------------------------------------
def test_every_id_used_in_code_exists_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    """The CI check: ``tools/check_catalog.py`` exits 0 (unused English ids only warn)."""
    status = _load_check_catalog().main([])
    assert status == 0, capsys.readouterr().out


FAKE_MODULE = """
from bot.i18n import Text, t


class PhotoError(Exception):
    def __init__(self, message_id, args=None):
        super().__init__(message_id)


class TooDark(PhotoError):
    pass


class ServiceError(Exception):
    message_id = "known-class-id"


def reply(update, who, message_id, **args):
    return t(who, message_id, **args)


def _busy(state):
    if state:
        return "busy-reason"
    return None


class Screens:
    def t(self, message_id, **args):
        return t(self.lang, message_id, **args)

    def progress(self, message_id, percent):
        return self.t(message_id, percent=percent)

    def show(self, paper, ok, state):
        key = "key-one" if ok else "key-two"
        busy = _busy(state)
        return [
            t("en", "known-bare"),
            Text("missing-text", {}),
            self.t("missing-method"),
            self.t(f"paper-{paper}"),
            self.t(f"nowhere-{paper}"),
            reply(None, "en", "missing-reply"),
            self.progress("missing-progress", 3),
            t("en", key),
            t("en", busy or "known-fallback"),
            TooDark("missing-inherited"),
            ValueError("not an id at all"),
            ServiceError(message_id="missing-keyword"),
            ("known-literal", "FFFFFF"),
        ]
"""


def test_check_catalog_finds_every_way_code_names_an_id(tmp_path: Path) -> None:
    check_catalog = _load_check_catalog()
    english = tmp_path / "bot" / "locales" / "en"
    english.mkdir(parents=True)
    (english / "main.ftl").write_text(
        "\n".join(
            f"{i} = x"
            for i in (
                "known-class-id",
                "busy-reason",
                "known-bare",
                "paper-a4",
                "key-one",
                "key-two",
                "known-fallback",
                "known-literal",
                "never-used",
                "referenced",
            )
        )  # fmt: skip
        + "\nuses-a-reference = { referenced }\n",
        encoding="utf-8",
    )
    (tmp_path / "handlers").mkdir()
    (tmp_path / "handlers" / "screens.py").write_text(FAKE_MODULE, encoding="utf-8")

    report = check_catalog.scan(tmp_path)

    assert sorted(report.missing) == [
        "missing-inherited", "missing-keyword", "missing-method", "missing-progress",
        "missing-reply", "missing-text",
    ]  # fmt: skip
    assert list(report.missing_prefixes) == ["nowhere-"]
    assert report.unused == ["never-used", "uses-a-reference"]
    assert check_catalog.main(["--root", str(tmp_path)]) == 1


def test_check_catalog_strict_mode_fails_on_unused_ids(tmp_path: Path) -> None:
    check_catalog = _load_check_catalog()
    english = tmp_path / "bot" / "locales" / "en"
    english.mkdir(parents=True)
    (english / "main.ftl").write_text("used = x\nunused = y\n", encoding="utf-8")
    (tmp_path / "bot" / "app.py").write_text('t(lang, "used")\n', encoding="utf-8")
    assert check_catalog.main(["--root", str(tmp_path)]) == 0
    assert check_catalog.main(["--root", str(tmp_path), "--strict"]) == 1
