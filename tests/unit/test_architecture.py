"""The layers of STYLE.md: ui -> services -> (policy, models, db, printing),
never the other way; the policy engine imports neither Qt nor SQLAlchemy."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "desktop"

# layer -> module prefixes it must not import
FORBIDDEN = {
    "desktop.policy": ("PySide6", "sqlalchemy", "alembic", "reportlab", "desktop.models", "desktop.db",
                       "desktop.services", "desktop.printing", "desktop.ui", "desktop.cli", "desktop.config"),
    "desktop.models": ("PySide6", "desktop.db", "desktop.services", "desktop.printing", "desktop.ui", "desktop.cli"),
    "desktop.db": ("PySide6", "desktop.services", "desktop.printing", "desktop.ui", "desktop.cli"),
    "desktop.printing": ("PySide6", "sqlalchemy", "desktop.models", "desktop.db", "desktop.services",
                         "desktop.ui", "desktop.cli"),
    "desktop.services": ("PySide6", "desktop.ui", "desktop.cli"),
    # Screens never run SQL: they call services.
    "desktop.ui": ("sqlalchemy", "alembic", "desktop.models", "desktop.db", "desktop.cli"),
    "desktop.config": ("PySide6", "desktop.services", "desktop.ui"),
}


def _modules() -> list[tuple[str, Path]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        relative = path.relative_to(PACKAGE.parent).with_suffix("")
        parts = list(relative.parts)
        if parts[-1] == "__init__":
            parts.pop()
        found.append((".".join(parts), path))
    return found


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _layer(module: str) -> str | None:
    for layer in FORBIDDEN:
        if module == layer or module.startswith(layer + "."):
            return layer
    return None


@pytest.mark.parametrize(("module", "path"), _modules(), ids=[m for m, _ in _modules()])
def test_layer_imports_only_what_it_may(module: str, path: Path) -> None:
    layer = _layer(module)
    if layer is None:
        return
    bad = sorted(name for name in _imports(path)
                 for banned in FORBIDDEN[layer] if name == banned or name.startswith(banned + "."))
    assert not bad, f"{module} ({layer}) imports {bad}"


def test_the_rule_catches_a_violation(tmp_path: Path) -> None:
    offender = tmp_path / "bad.py"
    offender.write_text("from PySide6.QtWidgets import QWidget\nimport sqlalchemy.orm\n")
    assert _imports(offender) == {"PySide6.QtWidgets", "sqlalchemy.orm"}
    assert _layer("desktop.policy.engine") == "desktop.policy"
