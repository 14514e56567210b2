"""CI check: every message id the code uses exists in the English catalog (and vice versa).

Scans the Python sources (``bot/``, ``handlers/``, ``conversation/``) with :mod:`ast` for the
Fluent message ids they render:

* ``t(lang, "id", ...)``, ``Text("id", ...)``, ``self.t("id")`` / ``screens.t("id")``;
* calls to any function, method or class (through its ``__init__``, inherited too) that takes a
  parameter named ``message_id`` — ``reply(update, who, "help")``, ``ImageRejected("imaging-…")``,
  ``ProgressMessage(flow, who, "finalizing")`` — and any ``message_id="id"`` keyword argument;
* class attributes ``message_id = "id"`` (error classes);
* the first string argument of a class whose name ends with Error/Rejected/Invalid/Unreachable
  when it looks like a message id (``^[a-z]+(-[a-z0-9_]+)+$``).

An argument may be a literal, ``a if cond else b``, ``x or "id"``, a local variable or a call to
a function whose ``return`` statements are such expressions. An f-string such as
``f"paper-{paper}"`` is a *prefix*: at least one English id must start with ``paper-``.

Exit status 1 lists the ids (and prefixes) used in code but absent from ``bot/locales/en``.
English ids that nothing references are listed as a warning (exit 0) unless ``--strict``.
An id is "referenced" when it is used as above, is a string literal anywhere in the sources
(e.g. a table of button labels), matches a used prefix, or is referenced by another message.

Usage: ``python tools/check_catalog.py [--strict] [--verbose] [--root DIR]``
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from fluent.syntax import FluentParser, Visitor
from fluent.syntax import ast as fast

ROOT = Path(__file__).resolve().parents[1]
SOURCE_DIRS = ("bot", "handlers", "conversation")
ENGLISH_DIR = Path("bot") / "locales" / "en"

#: A message id where the code's shape says "this is an id" (``t(lang, "help")``).
ID_RE = re.compile(r"^[a-z][a-z0-9_]*(-[a-z0-9_]+)*$")
#: A string that looks like an id on its own (an error's first argument, a table of labels).
LOOKS_LIKE_ID_RE = re.compile(r"^[a-z]+(-[a-z0-9_]+)+$")
PREFIX_RE = re.compile(r"^[a-z]+(-[a-z0-9_]+)*-$")
ERROR_CLASS_RE = re.compile(r"(Error|Rejected|Invalid|Unreachable)$")
#: The parameter / keyword / attribute name that carries a message id.
ID_PARAM = "message_id"
#: ``t(lang, id)`` as a function; ``obj.t(id)`` as a method (``ScreenBuilder.t``).
T_FUNCTION = "t"
TEXT_CLASS = "Text"
MAX_DEPTH = 6


@dataclass(frozen=True)
class Site:
    path: str
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass
class Report:
    """What the sources use, compared with what the English catalog defines."""

    english: set[str]
    ids: dict[str, list[Site]] = field(default_factory=lambda: defaultdict(list))
    prefixes: dict[str, list[Site]] = field(default_factory=lambda: defaultdict(list))
    dynamic: list[tuple[Site, str]] = field(default_factory=list)
    literals: set[str] = field(default_factory=set)
    catalog_refs: set[str] = field(default_factory=set)

    @property
    def missing(self) -> dict[str, list[Site]]:
        """Ids used in code that the English catalog lacks."""
        return {i: sites for i, sites in sorted(self.ids.items()) if i not in self.english}

    @property
    def missing_prefixes(self) -> dict[str, list[Site]]:
        """f-string prefixes that no English id starts with."""
        return {
            p: sites
            for p, sites in sorted(self.prefixes.items())
            if not any(i.startswith(p) for i in self.english)
        }

    @property
    def unused(self) -> list[str]:
        """English ids nothing in the code (or the catalog itself) refers to."""
        used = set(self.ids) | self.literals | self.catalog_refs
        return sorted(
            i
            for i in self.english
            if i not in used and not any(i.startswith(p) for p in self.prefixes)
        )


# -- the English catalog ------------------------------------------------------------------------
def english_catalog(root: Path = ROOT) -> tuple[set[str], set[str]]:
    """(message ids, ids referenced from other messages) of ``bot/locales/en/*.ftl``."""
    ids: set[str] = set()
    refs: set[str] = set()
    parser = FluentParser(with_spans=False)

    class Refs(Visitor):
        def visit_MessageReference(self, node: fast.MessageReference) -> None:
            refs.add(node.id.name)
            self.generic_visit(node)

    for path in sorted((root / ENGLISH_DIR).glob("*.ftl")):
        resource = parser.parse(path.read_text(encoding="utf-8"))
        for entry in resource.body:
            if isinstance(entry, fast.Message):
                ids.add(entry.id.name)
                Refs().visit(entry)
    return ids, refs


# -- the sources --------------------------------------------------------------------------------
def source_files(root: Path = ROOT) -> Iterator[Path]:
    for name in SOURCE_DIRS:
        folder = root / name
        if folder.is_dir():
            yield from sorted(p for p in folder.rglob("*.py") if "__pycache__" not in p.parts)


def _callee_name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _params(node: ast.FunctionDef | ast.AsyncFunctionDef) -> list[str]:
    return [a.arg for a in (*node.args.posonlyargs, *node.args.args)]


class _Module:
    """One parsed file: parents of every node, so a name can be looked up in its scope."""

    def __init__(self, path: Path, root: Path) -> None:
        self.rel = path.relative_to(root).as_posix()
        self.tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        self.parent: dict[ast.AST, ast.AST] = {}
        #: Every node, walked once (the passes below reuse this list).
        self.nodes: list[ast.AST] = []
        stack: list[ast.AST] = [self.tree]
        while stack:
            node = stack.pop()
            self.nodes.append(node)
            for child in ast.iter_child_nodes(node):
                self.parent[child] = node
                stack.append(child)

    def scope_of(self, node: ast.AST) -> ast.AST:
        """The innermost function (or the module) containing ``node``."""
        current = self.parent.get(node)
        while current is not None and not isinstance(
            current, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda
        ):
            current = self.parent.get(current)
        return current if current is not None else self.tree

    def in_class(self, node: ast.AST) -> bool:
        return isinstance(self.parent.get(node), ast.ClassDef)


def _own_nodes(scope: ast.AST) -> Iterator[ast.AST]:
    """Nodes of ``scope`` without descending into nested functions or classes."""
    stack = list(ast.iter_child_nodes(scope))
    while stack:
        node = stack.pop()
        yield node
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda | ast.ClassDef):
            stack.extend(ast.iter_child_nodes(node))


class Scanner:
    """Collects message ids from a set of modules (two passes: signatures, then call sites)."""

    def __init__(self, modules: Sequence[_Module], report: Report) -> None:
        self.modules = modules
        self.report = report
        #: callable name → positional index of ``message_id`` when called by that name.
        self.id_params: dict[str, set[int]] = defaultdict(set)
        #: function name → its (module, node) definitions, for following ``return``.
        self.functions: dict[str, list[tuple[_Module, ast.AST]]] = defaultdict(list)
        self._collect_signatures()

    # -- pass 1 -----------------------------------------------------------------------------
    def _collect_signatures(self) -> None:
        inits: dict[str, int] = {}
        bases: dict[str, list[str]] = {}
        for module in self.modules:
            for node in module.nodes:
                if isinstance(node, ast.ClassDef):
                    bases[node.name] = [n for n in map(_callee_name, node.bases) if n]
                    for item in node.body:
                        if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                            params = _params(item)
                            if ID_PARAM in params:
                                inits[node.name] = params.index(ID_PARAM) - 1
                if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                    continue
                self.functions[node.name].append((module, node))
                params = _params(node)
                if ID_PARAM in params and node.name != "__init__":
                    index = params.index(ID_PARAM)
                    method = module.in_class(node) and params[:1] in (["self"], ["cls"])
                    self.id_params[node.name].add(index - 1 if method else index)

        def init_index(name: str, seen: frozenset[str] = frozenset()) -> int | None:
            if name in inits:
                return inits[name]
            for base in bases.get(name, []):
                if base not in seen:
                    found = init_index(base, seen | {name})
                    if found is not None:
                        return found
            return None

        for name in bases:
            index = init_index(name)
            if index is not None:
                self.id_params[name].add(index)

    # -- resolving an expression to ids -----------------------------------------------------
    def resolve(self, module: _Module, expr: ast.AST, depth: int = 0) -> tuple[set, bool]:
        """({("id", x) | ("prefix", p)}, fully resolved?) for an expression naming an id."""
        if depth > MAX_DEPTH:
            return set(), False
        if isinstance(expr, ast.Constant):
            if isinstance(expr.value, str):
                return ({("id", expr.value)} if ID_RE.match(expr.value) else set()), True
            return set(), expr.value is None  # ``None`` (no message) is fine
        if isinstance(expr, ast.JoinedStr):
            head = expr.values[0] if expr.values else None
            if all(isinstance(v, ast.Constant) for v in expr.values):
                text = "".join(str(v.value) for v in expr.values)  # type: ignore[attr-defined]
                return ({("id", text)} if ID_RE.match(text) else set()), True
            if isinstance(head, ast.Constant) and PREFIX_RE.match(str(head.value)):
                return {("prefix", str(head.value))}, True
            return set(), False
        if isinstance(expr, ast.IfExp):
            return self._union(module, (expr.body, expr.orelse), depth)
        if isinstance(expr, ast.BoolOp):
            return self._union(module, expr.values, depth)
        if isinstance(expr, ast.Name):
            return self._resolve_name(module, expr, depth)
        if isinstance(expr, ast.Call):
            name = _callee_name(expr.func)
            if name and name in self.functions and name not in self.id_params:
                returns = [
                    (mod, node.value)
                    for mod, fn in self.functions[name]
                    for node in _own_nodes(fn)
                    if isinstance(node, ast.Return) and node.value is not None
                ]
                found: set = set()
                ok = bool(returns)
                for mod, value in returns:
                    ids, done = self.resolve(mod, value, depth + 1)
                    found |= ids
                    ok = ok and done
                return found, ok
        return set(), False

    def _union(self, module: _Module, exprs: Iterable[ast.AST], depth: int) -> tuple[set, bool]:
        found: set = set()
        ok = True
        for expr in exprs:
            ids, done = self.resolve(module, expr, depth + 1)
            found |= ids
            ok = ok and done
        return found, ok

    def _resolve_name(self, module: _Module, name: ast.Name, depth: int) -> tuple[set, bool]:
        scope = module.scope_of(name)
        values: list[ast.AST] = []
        for scope_ in (scope, module.tree) if scope is not module.tree else (scope,):
            for node in _own_nodes(scope_):
                if (
                    isinstance(node, ast.Assign)
                    and any(isinstance(t, ast.Name) and t.id == name.id for t in node.targets)
                ) or (
                    isinstance(node, ast.AnnAssign | ast.NamedExpr)
                    and isinstance(node.target, ast.Name)
                    and node.target.id == name.id
                    and node.value is not None
                ):
                    values.append(node.value)  # type: ignore[arg-type]
            if values:
                break
        if not values:
            return set(), False
        return self._union(module, values, depth)

    # -- pass 2 -----------------------------------------------------------------------------
    def _record(
        self, module: _Module, node: ast.AST, expr: ast.AST, *, report_dynamic: bool
    ) -> None:
        site = Site(module.rel, getattr(node, "lineno", 0))
        found, ok = self.resolve(module, expr)
        for kind, value in found:
            target = self.report.ids if kind == "id" else self.report.prefixes
            target[value].append(site)
        if report_dynamic and not ok:
            self.report.dynamic.append((site, ast.unparse(expr)))

    def scan(self) -> None:
        for module in self.modules:
            for node in module.nodes:
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    if LOOKS_LIKE_ID_RE.match(node.value):
                        self.report.literals.add(node.value)
                elif isinstance(node, ast.ClassDef):
                    self._class_attributes(module, node)
                elif isinstance(node, ast.Call):
                    self._call(module, node)

    def _class_attributes(self, module: _Module, node: ast.ClassDef) -> None:
        for item in node.body:
            targets: list[ast.expr] = []
            if isinstance(item, ast.Assign):
                targets = item.targets
            elif isinstance(item, ast.AnnAssign) and item.value is not None:
                targets = [item.target]
            if any(isinstance(t, ast.Name) and t.id == ID_PARAM for t in targets):
                self._record(module, item, item.value, report_dynamic=False)  # type: ignore[arg-type]

    def _call(self, module: _Module, call: ast.Call) -> None:
        name = _callee_name(call.func)
        if name is None or name == "__init__":
            return
        args = [a for a in call.args if not isinstance(a, ast.Starred)]
        index: int | None = None
        if name == T_FUNCTION:
            bare = isinstance(call.func, ast.Name) or (
                isinstance(call.func, ast.Attribute)
                and isinstance(call.func.value, ast.Name)
                and call.func.value.id == "i18n"
            )
            index = 1 if bare else 0
        elif name == TEXT_CLASS:
            index = 0
        elif name in self.id_params:
            index = min(self.id_params[name])
        elif ERROR_CLASS_RE.search(name) and args:
            first = args[0]
            if (
                isinstance(first, ast.Constant)
                and isinstance(first.value, str)
                and LOOKS_LIKE_ID_RE.match(first.value)
            ):
                self._record(module, call, first, report_dynamic=False)
        checked = index is not None and (name in (T_FUNCTION, TEXT_CLASS))
        if index is not None and index < len(args):
            self._record(module, call, args[index], report_dynamic=checked)
        for keyword in call.keywords:
            if keyword.arg == ID_PARAM:
                self._record(module, call, keyword.value, report_dynamic=False)


def scan(root: Path = ROOT) -> Report:
    """Compare the sources under ``root`` with its English catalog."""
    english, refs = english_catalog(root)
    report = Report(english=english, catalog_refs=refs)
    modules = [_Module(path, root) for path in source_files(root)]
    Scanner(modules, report).scan()
    return report


# -- command line -------------------------------------------------------------------------------
def _sites(sites: Sequence[Site], limit: int = 3) -> str:
    sites = sorted(sites, key=lambda s: (s.path, s.line))
    shown = ", ".join(str(s) for s in sites[:limit])
    return shown + (f", … (+{len(sites) - limit})" if len(sites) > limit else "")


def format_report(report: Report, *, verbose: bool = False) -> str:
    lines = [
        f"check_catalog: {len(report.ids)} ids and {len(report.prefixes)} f-string prefixes "
        f"used in code; the English catalog has {len(report.english)} messages."
    ]
    if report.missing or report.missing_prefixes:
        lines.append("ERROR: used in code but missing from bot/locales/en/*.ftl:")
        lines += [f"  {i}  ({_sites(s)})" for i, s in report.missing.items()]
        lines += [
            f"  {p}…  (no id has this prefix; {_sites(s)})"
            for p, s in report.missing_prefixes.items()
        ]
    if report.unused:
        lines.append(f"warning: {len(report.unused)} English ids are never referenced in code:")
        lines += [f"  {i}" for i in report.unused]
    if verbose:
        lines.append(f"prefixes: {', '.join(sorted(report.prefixes))}")
        if report.dynamic:
            lines.append("call sites whose id is computed (not checked):")
            lines += [f"  {site}: {expr}" for site, expr in report.dynamic]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--strict", action="store_true", help="unused English ids fail too")
    parser.add_argument("--verbose", action="store_true", help="also list computed ids")
    parser.add_argument("--root", type=Path, default=ROOT, help="repository root")
    options = parser.parse_args(argv)
    report = scan(options.root)
    print(format_report(report, verbose=options.verbose))
    failed = bool(report.missing or report.missing_prefixes)
    if options.strict and report.unused:
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
