"""Search the catalog the way a phone user types: any language, any case, accents, typos, flags.

A query is read into countries (CLDR names in many languages, pycountry names, ISO codes, flag
emoji, informal names) and document kinds (search_words.toml), exactly first and then fuzzily
(rapidfuzz) for what is left. Ranking: the named country's named document, then that country's
other documents (passport, visa, …), then the named document elsewhere. Everything is built once
per catalog; a query is a few dictionary lookups plus one bounded fuzzy scan.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pycountry
from rapidfuzz import fuzz, process

from .model import DOCUMENT_KINDS, Spec, flag_country
from .names import raw_territories

WORDS_FILE = Path(__file__).with_name("search_words.toml")

#: Languages whose CLDR country names are indexed (the bot's languages and its users' neighbours).
INDEX_LOCALES: tuple[str, ...] = (
    "en", "ru", "uk", "zh", "zh_Hant", "ja", "ko", "es", "ar", "fa", "fr", "de", "pt", "it",
    "hi", "tr", "id", "vi", "pl", "kk", "uz", "bn", "ur",
)  # fmt: skip

#: A kind that is a special case of another: asking for the child drops the parent from the query,
#: a child spec still answers a query for the parent, a parent spec half-answers one for the child.
KIND_PARENT: dict[str, str] = {
    "schengen-visa": "visa",
    "evisa": "visa",
    "visa-on-arrival": "visa",
    "internal-passport": "id-card",
}

EXACT, CODE, PREFIX_BASE = 100.0, 96.0, 84.0
FUZZY_CUTOFF, DOC_FUZZY_CUTOFF = 78.0, 80.0
DOC_MATCH_BONUS, SPEC_ALIAS_SCORE, DOC_ELSEWHERE = 40.0, 150.0, 30.0

_DROP_MARKS = re.compile("[\u0300-\u036f\u064b-\u065f\u0670\u0640\u093c]")
_ARABIC = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي"}
)
_APOSTROPHES = re.compile("['’ʼ`´]")


def _mark_ranges() -> str:
    """Every combining mark in the BMP as a regex class body (``\\w`` drops Indic vowel signs)."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x300, 0x10000):
        if unicodedata.category(chr(code)).startswith("M"):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return "".join(f"\\u{lo:04x}-\\u{hi:04x}" for lo, hi in ranges)


_NON_WORD = re.compile(f"[^\\w{_mark_ranges()}]+")
_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_PARENS = re.compile(r"\(([^)]*)\)")


def fold(text: str) -> str:
    """Lower-case, accent- and punctuation-free form used on both sides of every comparison."""
    text = unicodedata.normalize("NFKD", text)
    text = _DROP_MARKS.sub("", text)
    text = unicodedata.normalize("NFKC", text).casefold().translate(_ARABIC)
    text = _APOSTROPHES.sub("", text).replace("_", " ")
    return " ".join(_NON_WORD.sub(" ", text).split())


def name_variants(name: str) -> set[str]:
    """A CLDR name and its parts: ``Myanmar (Burma)`` → myanmar burma, myanmar, burma."""
    variants = {fold(name), fold(_PARENS.sub(" ", name))}
    variants.update(fold(inner) for inner in _PARENS.findall(name))
    for separator in (" - ", ", ", " – "):
        if separator in name:
            variants.add(fold(name.split(separator)[0]))
    if "SAR" in name or "RAE" in name:
        variants.add(fold(name.replace("SAR China", "").replace("RAE de", "")))
    return {v for v in variants if v}


@dataclass
class Reading:
    """What a query was understood to mean, with a score per country."""

    countries: dict[str, float] = field(default_factory=dict)
    kinds: set[str] = field(default_factory=set)
    spec_ids: set[str] = field(default_factory=set)

    def add_country(self, code: str, score: float) -> None:
        self.countries[code] = max(score, self.countries.get(code, 0.0))


class SearchIndex:
    """Everything a query is matched against, built once from the catalog's specs."""

    def __init__(
        self, specs: Sequence[Spec], popular: Sequence[str] = (), countries: Sequence[str] = ()
    ) -> None:
        self.specs = tuple(specs)
        self.by_country: dict[str, list[Spec]] = defaultdict(list)
        self.by_kind: dict[str, list[Spec]] = defaultdict(list)
        self.by_id = {spec.id: spec for spec in self.specs}
        for spec in self.specs:
            self.by_country[spec.country].append(spec)
            self.by_kind[spec.document].append(spec)
        self.rank = {spec_id: len(popular) - i for i, spec_id in enumerate(popular)}
        country_rank = {code: len(countries) - i for i, code in enumerate(countries)}
        self.prior = {
            spec.id: self._kind_bonus(spec)
            + 0.2 * self.rank.get(spec.id, 0)
            + 0.05 * country_rank.get(spec.country, 0)
            for spec in self.specs
        }
        words = tomllib.loads(WORDS_FILE.read_text(encoding="utf-8"))
        self.stopwords = {fold(w) for w in words["stopwords"]["words"]}
        self.doc_phrases = self._doc_phrases(words["documents"])
        self.country_phrases, self.codes = self._country_phrases(words["countries"])
        self.spec_phrases = self._spec_phrases()
        self.country_choices = sorted(self.country_phrases)
        self.doc_choices = [p for p in self.doc_phrases if len(p) >= 4 and " " not in p]
        self.cjk_phrases = sorted(
            (p for p in (*self.country_phrases, *self.doc_phrases) if _CJK.search(p)),
            key=len,
            reverse=True,
        )
        self.max_words = max(len(p.split()) for p in (*self.doc_phrases, *self.country_phrases))

    # --- building ------------------------------------------------------------------------------

    @staticmethod
    def _doc_phrases(table: dict[str, list[str]]) -> dict[str, str]:
        phrases: dict[str, str] = {}
        for kind, entries in table.items():
            if kind not in DOCUMENT_KINDS:
                raise ValueError(f"search_words.toml: unknown document kind {kind!r}")
            for entry in entries:
                phrases.setdefault(fold(entry), kind)
        return phrases

    def _country_phrases(
        self, aliases: dict[str, list[str]]
    ) -> tuple[dict[str, set[str]], dict[str, str]]:
        countries = {spec.country for spec in self.specs if spec.country}
        phrases: dict[str, set[str]] = defaultdict(set)
        codes: dict[str, str] = {}
        for code in countries:
            for locale_id in INDEX_LOCALES:
                name = raw_territories(locale_id).get(code)
                for variant in name_variants(name) if name else ():
                    phrases[variant].add(code)
            record = pycountry.countries.get(alpha_2=code)
            if record is not None:
                for attr in ("name", "official_name", "common_name"):
                    if value := getattr(record, attr, None):
                        for variant in name_variants(value):
                            phrases[variant].add(code)
                codes[record.alpha_3.lower()] = code
            codes[code.lower()] = code
        alias_codes: dict[str, set[str]] = defaultdict(set)
        for code, entries in aliases.items():
            for entry in entries:
                alias_codes[fold(entry)].add(code)
        phrases.update(alias_codes)  # an informal name means exactly what the alias table says
        for phrase in [p for p in phrases if p in self.doc_phrases or p in self.stopwords]:
            del phrases[phrase]
        return dict(phrases), codes

    def _spec_phrases(self) -> dict[str, set[str]]:
        """Document names of single specs (``iqama``, ``cnic``, ``ds 160``) → their ids."""
        phrases: dict[str, set[str]] = defaultdict(set)
        for spec in self.specs:
            for alias in spec.aliases:
                for part in re.split(r"[/()]", alias):
                    phrase = fold(part)
                    if phrase and phrase not in self.doc_phrases and phrase not in self.stopwords:
                        phrases[phrase].add(spec.id)
        return dict(phrases)

    # --- reading a query -----------------------------------------------------------------------

    def read(self, query: str) -> Reading:
        """Countries, document kinds and named specs in ``query``."""
        reading = Reading()
        if (code := flag_country(query)) is not None and code in self.by_country:
            reading.add_country(code, EXACT)
        text = fold("".join(ch for ch in query if not 0x1F1E6 <= ord(ch) <= 0x1F1FF))
        if _CJK.search(text):
            text = self._read_cjk(text, reading)
        tokens = text.split()
        leftovers = self._read_exact(tokens, reading)
        self._read_fuzzy(leftovers, reading)
        reading.kinds -= {KIND_PARENT[k] for k in reading.kinds if k in KIND_PARENT}
        if not reading.countries:
            for token in tokens:
                if token in self.stopwords and token in self.codes:
                    reading.add_country(self.codes[token], CODE - 6)
        return reading

    def _read_cjk(self, text: str, reading: Reading) -> str:
        for phrase in self.cjk_phrases:
            if phrase in text:
                self._record(phrase, reading)
                text = text.replace(phrase, " ")
        return text

    def _record(self, phrase: str, reading: Reading) -> bool:
        """Note what an exact ``phrase`` names; ``False`` when it names nothing."""
        found = False
        if phrase in self.spec_phrases:
            reading.spec_ids.update(self.spec_phrases[phrase])
            found = True
        if phrase in self.doc_phrases:
            reading.kinds.add(self.doc_phrases[phrase])
            return True
        for code in self.country_phrases.get(phrase, ()):
            reading.add_country(code, EXACT)
            found = True
        return found

    def _match_at(self, tokens: list[str], i: int, reading: Reading) -> int:
        """The length of the longest phrase starting at ``tokens[i]`` (0 when none)."""
        for size in range(min(self.max_words, len(tokens) - i), 0, -1):
            if self._record(" ".join(tokens[i : i + size]), reading):
                return size
        token = tokens[i]
        if token in self.codes and token not in self.stopwords:
            reading.add_country(self.codes[token], CODE)
            return 1
        return 0

    def _read_exact(self, tokens: list[str], reading: Reading) -> list[list[str]]:
        """Longest exact phrases first; returns the runs of tokens nothing matched."""
        runs: list[list[str]] = []
        run: list[str] = []
        i = 0
        while i < len(tokens):
            size = self._match_at(tokens, i, reading)
            if size:
                runs.append(run)
                run = []
                i += size
                continue
            if tokens[i] not in self.stopwords:
                run.append(tokens[i])
            i += 1
        runs.append(run)
        return [r for r in runs if r]

    def _read_fuzzy(self, runs: list[list[str]], reading: Reading) -> None:
        """Typos: a whole run as one country name, else each word as a country or a document."""
        for run in runs:
            if len(run) > 1 and self._fuzzy_country(" ".join(run), reading, FUZZY_CUTOFF + 4):
                continue
            for token in (t for t in run if len(t) >= 3):
                trial = Reading()
                self._fuzzy_country(token, trial, FUZZY_CUTOFF)
                doc = process.extractOne(
                    token, self.doc_choices, scorer=fuzz.ratio, score_cutoff=DOC_FUZZY_CUTOFF
                )
                if doc is not None and doc[1] >= max(trial.countries.values(), default=0.0):
                    reading.kinds.add(self.doc_phrases[doc[0]])
                    continue
                for code, score in trial.countries.items():
                    reading.add_country(code, score)

    def _fuzzy_country(self, text: str, reading: Reading, cutoff: float) -> bool:
        """Typo-tolerant and prefix matches of ``text`` against every country name."""
        found = False
        if len(text) >= 3:
            start = bisect_left(self.country_choices, text)
            for phrase in self.country_choices[start : start + 40]:
                if not phrase.startswith(text):
                    break
                score = PREFIX_BASE + 10 * len(text) / len(phrase)
                for code in self.country_phrases[phrase]:
                    reading.add_country(code, score)
                found = True
        if len(text) >= 4:
            for phrase, score, _ in process.extract(
                text, self.country_choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=6
            ):
                for code in self.country_phrases[phrase]:
                    reading.add_country(code, score * 0.97)
                found = True
        return found

    # --- ranking -------------------------------------------------------------------------------

    @staticmethod
    def _kind_bonus(spec: Spec) -> float:
        order = DOCUMENT_KINDS.index(spec.document)
        return 10.0 - 0.5 * order - (0.3 if spec.variant else 0.0)

    @staticmethod
    def _kind_match(kind: str, wanted: set[str]) -> float:
        if kind in wanted or KIND_PARENT.get(kind) in wanted:
            return 1.0
        if any(KIND_PARENT.get(k) == kind for k in wanted):
            return 0.6
        return 0.0

    def _score(self, spec: Spec, reading: Reading) -> float:
        score = reading.countries.get(spec.country, 0.0)
        if spec.id in reading.spec_ids:
            score += SPEC_ALIAS_SCORE
        if reading.kinds:
            match = self._kind_match(spec.document, reading.kinds)
            score += match * (DOC_MATCH_BONUS if score else DOC_ELSEWHERE)
        return score + self.prior[spec.id]

    def candidates(self, reading: Reading) -> Iterable[Spec]:
        for code in reading.countries:
            yield from self.by_country.get(code, ())
        for kind in reading.kinds:
            yield from self.by_kind.get(kind, ())
        for kind, parent in KIND_PARENT.items():
            if parent in reading.kinds:
                yield from self.by_kind.get(kind, ())
        yield from (self.by_id[spec_id] for spec_id in reading.spec_ids)

    def search(self, query: str, limit: int = 8) -> list[Spec]:
        """The best ``limit`` specs for ``query``, best first (empty when nothing matches)."""
        reading = self.read(query)
        scored = {spec.id: (self._score(spec, reading), spec) for spec in self.candidates(reading)}
        ranked = sorted(scored.values(), key=lambda pair: (-pair[0], pair[1].id))
        return [spec for _, spec in ranked[:limit]]
