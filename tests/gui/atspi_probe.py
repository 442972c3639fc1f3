"""Reads a running application's accessibility tree through AT-SPI, as a
screen reader does. Runs under the system's Python (Debian's python3-pyatspi
is not installable into a virtual environment): one JSON line per request.

    stdin:  the application's name, one per line ("ReturnDesk"), and its
            process ID after a tab when several run ("ReturnDesk\t1234")
    stdout: {"nodes": [{"role", "name", "description", "text", "states",
             "depth", "path", "extents"}...]} or {"error": "..."}

Only showing nodes are walked: what a person could reach on the screen now.
"""

from __future__ import annotations

import json
import sys

import pyatspi  # type: ignore[import-not-found]

SKIP_CHILDREN_OF = {"table", "tree table", "list", "combo box"}  # their rows: at most the first few


def _text(node) -> str:  # type: ignore[no-untyped-def]
    try:
        text = node.queryText()
        return text.getText(0, -1)
    except Exception:  # noqa: BLE001 - not a text node
        return ""


def _extents(node) -> list[int]:  # type: ignore[no-untyped-def]
    try:
        box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        return [box.x, box.y, box.width, box.height]
    except Exception:  # noqa: BLE001
        return []


def walk(node, depth: int, path: str, out: list) -> None:  # type: ignore[no-untyped-def]
    try:
        states = node.getState()
        showing = states.contains(pyatspi.STATE_SHOWING)
        role = node.getRoleName()
        entry = {"role": role, "name": node.name or "", "description": node.description or "",
                 "text": _text(node), "depth": depth, "path": path,
                 "states": sorted(pyatspi.stateToString(s) for s in states.getStates()),
                 "extents": _extents(node) if showing else []}
    except Exception:  # noqa: BLE001 - a node that went away while walking
        return
    if depth > 0 and not showing:
        return
    out.append(entry)
    count = node.childCount
    if role in SKIP_CHILDREN_OF:
        count = min(count, 40)
    for index in range(count):
        try:
            child = node.getChildAtIndex(index)
        except Exception:  # noqa: BLE001
            continue
        if child is not None:
            walk(child, depth + 1, f"{path}/{index}", out)


def dump(app_name: str, pid: int | None = None) -> dict:  # type: ignore[type-arg]
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and app.name == app_name and (pid is None or app.get_process_id() == pid):
            nodes: list = []  # type: ignore[type-arg]
            for window_index in range(app.childCount):
                window = app.getChildAtIndex(window_index)
                if window is not None:
                    walk(window, 0, str(window_index), nodes)
            return {"nodes": nodes}
    return {"error": f"no application named {app_name!r} on the accessibility bus"}


def main() -> None:
    for line in sys.stdin:
        name, _, pid = line.strip().partition("\t")
        try:
            reply = dump(name, int(pid) if pid else None)
        except Exception as error:  # noqa: BLE001 - report, keep serving
            reply = {"error": f"{type(error).__name__}: {error}"}
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
