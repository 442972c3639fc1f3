"""The window as IT and a clerk first see it on a store PC's screen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.gui.conftest import Launch, sign_in
from tests.gui.desktop import XSession, missing_tools

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def x_session() -> Iterator[XSession]:
    """A screen larger than the window's own 1280 x 800 (the suite's is that size)."""
    if missing_tools():
        pytest.skip(f"the real-window tests need {', '.join(missing_tools())}")  # conftest's own fails in CI
    session = XSession(1600, 900).start()
    yield session
    session.stop()


def test_the_window_opens_over_the_whole_screen(launch: Launch) -> None:
    """A counter PC runs nothing else: the window opens maximized (it opened
    at 1280 x 800 whatever the screen, clipped on a smaller one)."""
    app = launch()
    sign_in(app)
    geometry = app.session.xdotool("getwindowgeometry", app.window)
    size = next(line.split(":")[1].strip() for line in geometry.splitlines() if "Geometry" in line)
    screen = app.session.xdotool("getdisplaygeometry").split()
    app.shot("maximized")
    assert size.split("x") == screen, geometry
