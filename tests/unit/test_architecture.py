"""The layers of docs/architecture.md as an executable allow-list.

Every module of desktop/ belongs to one layer (its first package under
desktop/). LAYERS says, once, which other layers and which third-party
packages each layer may import; the standard library is open to all.
Relative imports are resolved, imports inside functions count, and the
allowed graph itself must have no cycle, so the layers cannot import each
other in a ring.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "desktop"


@dataclass(frozen=True)
class Layer:
    uses: frozenset[str] = frozenset()        # other layers of desktop/
    packages: frozenset[str] = frozenset()    # third-party top-level packages


def _layer(uses: str = "", packages: str = "") -> Layer:
    return Layer(frozenset(uses.split()), frozenset(packages.split()))


# Bottom to top. "desktop" is the package itself (its __version__).
LAYERS: dict[str, Layer] = {
    "desktop": _layer(),
    "messages": _layer(),                       # words every layer may raise
    "codes": _layer("messages"),                # the English label of each code
    "resources": _layer(),                      # files shipped with the app
    "catalogue": _layer("resources", "babel"),  # customers' and managers' words (gettext .po)
    "policy": _layer("messages codes catalogue", "babel"),  # pure rules: values in, decision out
    "models": _layer("", "sqlalchemy"),         # tables
    "config": _layer("", "platformdirs sqlalchemy"),
    "db": _layer("messages policy models", "sqlalchemy alembic psycopg"),  # psycopg: db/pipeline.py alone
    "printing": _layer("messages catalogue policy resources", "reportlab barcode PIL pypdfium2"),
    "services": _layer("desktop messages codes catalogue resources policy models config db printing",
                       "sqlalchemy argon2 babel PIL"),
    "bootstrap": _layer("desktop config db services"),   # the composition root
    # Screens show what services return: never db/ or models/, never SQL.
    "ui": _layer("messages codes catalogue resources policy printing config services bootstrap",
                 "PySide6 shiboken6 babel pypdfium2"),
    "selftest": _layer("desktop messages resources config bootstrap services policy printing ui", "PySide6"),
    "cli": _layer("desktop messages config bootstrap services selftest ui"),
    "__main__": _layer("cli"),
}

STDLIB = frozenset(sys.stdlib_module_names) | {"__future__"}


def module_name(path: Path, root: Path = PACKAGE) -> tuple[str, bool]:
    """desktop/ui/returns/screen.py -> ("desktop.ui.returns.screen", False)."""
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    is_package = parts[-1] == "__init__"
    if is_package:
        parts.pop()
    return ".".join(parts), is_package


def imported(module: str, is_package: bool, source: str, known: set[str]) -> Iterator[tuple[int, str]]:
    """(line, absolute module name) for every import in the source, relative
    ones resolved; `from desktop import config` counts as desktop.config."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".") if is_package else module.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for alias in node.names:
                submodule = f"{target}.{alias.name}"
                yield node.lineno, submodule if submodule in known else target


def layer_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def violations(module: str, is_package: bool, source: str, known: set[str]) -> list[str]:
    own = layer_of(module)
    rule = LAYERS[own]
    found = []
    for line, target in imported(module, is_package, source, known):
        top = target.split(".")[0]
        if top == "desktop":
            other = layer_of(target)
            if other != own and other not in rule.uses:
                found.append(f"{module}:{line} ({own}) imports {target} ({other})")
        elif top not in STDLIB and top not in rule.packages:
            found.append(f"{module}:{line} ({own}) imports the package {top}")
    return found


def _modules() -> list[tuple[str, bool, Path]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "migrations" in path.parts:
            continue  # Alembic's scripts: alembic and sqlalchemy only, run by db/
        name, is_package = module_name(path)
        found.append((name, is_package, path))
    return found


MODULES = _modules()
KNOWN = {name for name, _, _ in MODULES}


@pytest.mark.parametrize(("module", "is_package", "path"), MODULES, ids=[m for m, _, _ in MODULES])
def test_module_imports_only_what_its_layer_may(module: str, is_package: bool, path: Path) -> None:
    assert layer_of(module) in LAYERS, f"{module} is in no layer: add its package to LAYERS"
    assert violations(module, is_package, path.read_text(encoding="utf-8"), KNOWN) == []


def test_every_layer_exists_and_names_only_layers() -> None:
    present = {layer_of(name) for name in KNOWN}
    assert set(LAYERS) == present
    for name, layer in LAYERS.items():
        assert layer.uses <= set(LAYERS), name
        assert name not in layer.uses


def _cycle(graph: dict[str, frozenset[str]]) -> list[str]:
    """One cycle of the graph as a path, or [] when it has none."""
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        path.append(node)
        for other in sorted(graph.get(node, ())):
            if state.get(other) == 1:
                return path[path.index(other):] + [other]
            if other not in state and (found := visit(other)):
                return found
        path.pop()
        state[node] = 2
        return []

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return []


def test_the_layers_form_no_cycle() -> None:
    assert _cycle({name: layer.uses for name, layer in LAYERS.items()}) == []


# The rule must be able to fail: each case below is a file that breaks it.

@pytest.mark.parametrize(("module", "source", "expected"), [
    ("desktop.ui.returns.screen", "from desktop.db.uow import UnitOfWork\n", "(ui) imports desktop.db.uow (db)"),
    ("desktop.ui.returns.screen", "from ...db import uow\n", "(ui) imports desktop.db.uow (db)"),
    ("desktop.ui.returns.screen", "from ...models import Sale\n", "(ui) imports desktop.models (models)"),
    ("desktop.ui.reports", "import sqlalchemy.orm\n", "(ui) imports the package sqlalchemy"),
    ("desktop.services.returns", "from PySide6.QtCore import QObject\n", "(services) imports the package PySide6"),
    ("desktop.services.returns", "def later():\n    from ..ui import shell\n",
     "(services) imports desktop.ui.shell (ui)"),
    ("desktop.policy.engine", "from desktop import config\n", "(policy) imports desktop.config (config)"),
    ("desktop.cli", "from desktop.db.uow import UnitOfWork\n", "(cli) imports desktop.db.uow (db)"),
])
def test_the_rule_catches_a_violation(module: str, source: str, expected: str) -> None:
    is_package = False
    found = violations(module, is_package, source, KNOWN)
    assert len(found) == 1 and expected in found[0], found


def test_allowed_imports_pass() -> None:
    source = "from ..services import returns\nfrom PySide6.QtWidgets import QWidget\nimport json\n"
    assert violations("desktop.ui.returns.screen", False, source, KNOWN) == []


def test_a_cycle_is_found() -> None:
    assert _cycle({"a": frozenset({"b"}), "b": frozenset({"c"}), "c": frozenset({"a"})}) == ["a", "b", "c", "a"]
    assert _cycle({"a": frozenset({"b"}), "b": frozenset()}) == []


PRESENTERS = [(name, is_package, path) for name, is_package, path in MODULES if name.endswith("presenter")]


@pytest.mark.parametrize(("module", "is_package", "path"), PRESENTERS, ids=[m for m, _, _ in PRESENTERS])
def test_a_presenter_needs_no_qt(module: str, is_package: bool, path: Path) -> None:
    """What a screen shows is decided in plain Python, tested without a window."""
    qt = [target for _, target in imported(module, is_package, path.read_text(encoding="utf-8"), KNOWN)
          if target.split(".")[0] in ("PySide6", "shiboken6") or target in ("desktop.ui.labels", "desktop.ui.i18n")]
    assert qt == []


def test_there_are_presenters() -> None:
    assert len(PRESENTERS) >= 3


# Use cases that are commands are asked for through services.commands.handle, which checks the role
# first; above the services nobody calls their functions directly.
BEHIND_HANDLE = {
    "returns": {"process", "preview"},
    "overrides": {"request_override", "withdraw", "decide", "approve_at_counter", "refuse_at_counter"},
    "staff_admin": {"listing", "add", "set_role", "set_store", "reset_pin", "deactivate", "reactivate"},
    "store_settings": {"change"},
    "reports": {"run"},
    "cases": {"open_case", "log_contact", "set_waiting", "escalate", "transfer", "resolve", "record_follow_up",
              "give_feedback"},
    "replies": {"write_reply"},
    "visits": {"check_in", "serve", "leave"},
    "goodwill": {"request", "decide"},
    "reference": {"save_answer"},
    "sales": {"exchange"},
    "documents": {"reprint", "closing_slip", "issue_gift_receipt"},
}
ABOVE_SERVICES = [(name, path) for name, _, path in MODULES if layer_of(name) in ("ui", "cli", "selftest")]


def direct_calls(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.attr in BEHIND_HANDLE.get(node.func.value.id, ())):
            found.append(f"{node.func.value.id}.{node.func.attr} (line {node.lineno})")
    return found


@pytest.mark.parametrize(("module", "path"), ABOVE_SERVICES, ids=[m for m, _ in ABOVE_SERVICES])
def test_commands_are_asked_for_through_handle(module: str, path: Path) -> None:
    assert direct_calls(path.read_text(encoding="utf-8")) == []


def test_a_direct_call_is_caught() -> None:
    assert direct_calls("returns.process(req, actor, ctx)\nhandle(ctx, returns.ProcessReturn(req), actor)\n") == [
        "returns.process (line 1)"]
