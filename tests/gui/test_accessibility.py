"""The return screen as a screen reader meets it: its accessibility tree read
through AT-SPI from the real window (Xvfb, the session's accessibility bus),
every control named, and the decision and the customer's sentence there to be
read."""

from __future__ import annotations

import pytest

from tests.gui.conftest import Launch, sign_in
from tests.gui.desktop import Node, RunningApp, wait_for

pytestmark = pytest.mark.gui

# What a person operates: each must say what it is for.
CONTROLS = {"push button", "text", "password text", "combo box", "spin button", "check box", "radio button",
            "table", "list", "page tab", "slider", "date editor"}


def unnamed(app: RunningApp) -> list[Node]:
    return [node for node in app.tree() if node.role in CONTROLS and node.has("showing")
            and not (node.name or node.description).strip()]


def test_every_control_of_the_return_screen_has_a_name(launch: Launch, samples: dict[str, str]) -> None:
    app = launch()
    problems = [f"sign-in: {node.role} at {node.path}" for node in unnamed(app)]
    sign_in(app)
    problems += [f"empty return screen: {node.role} at {node.path}" for node in unnamed(app)]
    app.scan(samples["coupon"])
    app.wait_text("Pick the lines coming back")
    app.type("1")
    app.key("Return")
    app.wait_text("APPROVE")
    app.shot("a decision, as read through AT-SPI")
    problems += [f"return with a decision: {node.role} at {node.path}" for node in unnamed(app)]
    assert not problems, "\n".join(problems)
    # The decision and the sentence to read are there for a screen reader, not only painted.
    labels = app.texts()
    assert any("APPROVE" in text for text in labels)
    assert any(text.startswith("“") for text in labels), labels


def test_every_screen_a_manager_opens_names_its_controls(launch: Launch) -> None:
    """Each screen in the side bar, opened by clicking its name (xdotool),
    walked through AT-SPI once its item is the selected one."""
    app = launch()
    sign_in(app, "9001", "1357", "Morgan Lee")
    nav = app.find(role="list", name="Screens")
    assert nav, "the side bar is not named"
    screens = [node.label for node in app.tree() if node.role == "list item" and node.path.startswith(nav[0].path)]
    problems: list[str] = []
    for screen in screens:
        if screen.strip() in ("Sign out", ""):
            continue
        item = app.find(role="list item", name=screen.split("\n")[0])
        if not item or not item[0].extents:
            problems.append(f"{screen!r}: not on screen")
            continue
        x, y, width, height = item[0].extents
        app.session.xdotool("mousemove", "--sync", str(x + width // 2), str(y + height // 2), "click", "1")
        name = screen.split("\n")[0]
        wait_for(lambda name=name: any(node.has("selected") for node in app.find(role="list item", name=name)),  # type: ignore[misc]
                 5, f"{name!r} selected")
        problems += [f"{screen.splitlines()[0]}: {node.role} at {node.path}" for node in unnamed(app)]
    assert len(screens) >= 8
    assert not problems, "\n".join(problems)
