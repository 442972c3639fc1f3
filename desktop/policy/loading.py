"""Reading a policy file: TOML, with ``extends = "chain.toml"`` to take a
chain's file and override keys (tables merge key by key, arrays and values
replace). Every problem is reported with the file and line where the
offending key was written, so a store administrator can fix a file without
guessing (docs/policy.md).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from desktop.policy.checking import Checker
from desktop.policy.rules import Policy, PolicyError, Problem

# ---- Loading


def load_policy(path: str | Path) -> Policy:
    """Read, merge (``extends``) and check a policy file; raise PolicyError."""
    document, origins, problems = _read_with_extends(Path(path), seen=())
    if problems:
        raise PolicyError(problems)
    return policy_from_document(document, origins, str(path))


def check_policy(path: str | Path) -> list[Problem]:
    """Every problem of a policy file (empty when it is valid)."""
    try:
        load_policy(path)
    except PolicyError as error:
        return error.problems
    return []


def policy_from_document(
    document: Mapping[str, Any],
    origins: Mapping[tuple[str, ...], tuple[str, int]] | None = None,
    file: str = "<policy>",
) -> Policy:
    """Build a Policy from an already merged document (e.g. one stored in the
    database), checking it exactly as a file would be checked."""
    checker = Checker(origins or {}, file)
    policy = checker.build(document)
    if checker.problems:
        raise PolicyError(checker.problems)
    assert policy is not None
    return policy


def parse_policy_text(text: str, file: str = "<policy>") -> Policy:
    """A self-contained policy (no ``extends``) from TOML text."""
    try:
        document = _toml(text, file)
    except tomllib.TOMLDecodeError as error:
        raise PolicyError([_decode_problem(file, error)]) from None
    if "extends" in document:
        raise PolicyError([Problem(file, _key_lines(text).get(("extends",), 0), "extends",
                                   "a stored policy must already be merged")])
    origins = {path: (file, line) for path, line in _key_lines(text).items()}
    return policy_from_document(document, origins, file)


Origins = dict[tuple[str, ...], tuple[str, int]]


def _read_with_extends(
    path: Path, seen: tuple[Path, ...]
) -> tuple[dict[str, Any], Origins, list[Problem]]:
    file = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}, {}, [Problem(file, 0, "", "file not found")]
    except (OSError, UnicodeDecodeError) as error:
        return {}, {}, [Problem(file, 0, "", f"cannot be read: {error}")]
    try:
        document = _toml(text, file)
    except tomllib.TOMLDecodeError as error:
        return {}, {}, [_decode_problem(file, error)]
    except PolicyError as error:
        return {}, {}, list(error.problems)
    lines = _key_lines(text)
    origins: Origins = {key: (file, line) for key, line in lines.items()}
    parent_name = document.pop("extends", None)
    if parent_name is None:
        return document, origins, []
    line = lines.get(("extends",), 0)
    if not isinstance(parent_name, str) or not parent_name:
        return {}, {}, [Problem(file, line, "extends", "must be the name of a policy file")]
    parent_path = (path.parent / parent_name).resolve()
    if parent_path in seen or parent_path == path.resolve():
        return {}, {}, [Problem(file, line, "extends", f"{parent_name} extends itself in a loop")]
    parent, parent_origins, problems = _read_with_extends(parent_path, seen + (path.resolve(),))
    if problems:
        if any(p.file == str(parent_path) and p.message == "file not found" for p in problems):
            return {}, {}, [Problem(file, line, "extends", f"{parent_name} not found next to {path.name}")]
        return {}, {}, problems
    merged_origins = {**parent_origins, **origins}
    return _deep_merge(parent, document), merged_origins, []


def _deep_merge(base: dict[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in over.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = _deep_merge(dict(merged[key]), value)
        else:
            merged[key] = value
    return merged


MAX_SIZE = 1 << 20  # a policy is a few kilobytes; a megabyte is not a policy
MAX_DEPTH = 16  # tables and arrays inside each other: a policy needs 3


def _toml(text: str, file: str) -> dict[str, Any]:
    """tomllib.loads, refusing what would exhaust it (a huge or deeply nested file)."""
    if len(text) > MAX_SIZE:
        raise PolicyError([Problem(file, 0, "", f"larger than {MAX_SIZE >> 20} MB: not a policy file")])
    depth = deepest = 0
    outside = re.sub(r"#[^\n]*", "", re.sub(r'"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\'', "", text))
    for char in outside:  # brackets outside strings and comments
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth = max(depth - 1, 0)
    if deepest > MAX_DEPTH:
        raise PolicyError([Problem(file, 0, "", f"nested {deepest} levels deep; a policy needs at most {MAX_DEPTH}")])
    try:
        return tomllib.loads(text)
    except RecursionError:
        raise PolicyError([Problem(file, 0, "", f"nested too deeply; a policy needs at most {MAX_DEPTH}")]) from None


def _decode_problem(file: str, error: tomllib.TOMLDecodeError) -> Problem:
    message = str(error)
    match = re.search(r"\(at line (\d+), column \d+\)", message)
    line = int(match.group(1)) if match else 0
    text = re.sub(r"\s*\(at line \d+, column \d+\)", "", message)
    return Problem(file, line, "", f"not valid TOML: {text}")


_BARE = r'[A-Za-z0-9_-]+|"[^"]*"|\'[^\']*\''
_DOTTED = rf"(?:{_BARE})(?:\s*\.\s*(?:{_BARE}))*"
_HEADER = re.compile(rf"^\[\[?\s*({_DOTTED})\s*\]\]?")
_ASSIGN = re.compile(rf"^({_DOTTED})\s*=")


def _split_dotted(text: str) -> tuple[str, ...]:
    return tuple(part.strip().strip("\"'") for part in re.findall(_BARE, text))


def _key_lines(text: str) -> dict[tuple[str, ...], int]:
    """Where each key path was written. tomllib keeps no positions, so this
    walks the lines of the file: table headers and ``key =`` assignments."""
    lines: dict[tuple[str, ...], int] = {}
    table: tuple[str, ...] = ()
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        header = _HEADER.match(line)
        if header:
            table = _split_dotted(header.group(1))
            for depth in range(1, len(table) + 1):
                lines.setdefault(table[:depth], number)
            continue
        assign = _ASSIGN.match(line)
        if assign:
            path = table + _split_dotted(assign.group(1))
            lines.setdefault(path, number)
    return lines
