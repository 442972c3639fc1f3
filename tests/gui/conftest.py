"""The acceptance suite's fixtures: a virtual X display with D-Bus and the
accessibility bus for the session, and the real app started on it, on a
copy of the seeded demo database, once per test.

Without Xvfb, xdotool, ImageMagick or AT-SPI these tests skip, naming what
to install (installer/check-system.sh gui installs it on Debian as root);
in CI (CI=true) they fail instead.
"""

from __future__ import annotations

import itertools
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.gui.desktop import ROOT, RunningApp, XSession, missing_tools

ARTIFACTS = ROOT / "out" / "gui"

Launch = Callable[..., RunningApp]


@pytest.fixture(scope="session")
def x_session() -> Iterator[XSession]:
    missing = missing_tools()
    if missing:
        message = (f"the real-window tests need {', '.join(missing)} (Debian: xvfb xdotool imagemagick dbus "
                   "at-spi2-core python3-pyatspi; installer/check-system.sh gui installs them)")
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message + ": in CI they must run")
        pytest.skip(message)
    session = XSession().start()
    yield session
    session.stop()


@pytest.fixture
def backend() -> str:
    """The window runs on the embedded database, as a counter PC does."""
    return "sqlite"


@pytest.fixture
def launch(x_session: XSession, seeded_url: str, tmp_path: Path,
           request: pytest.FixtureRequest) -> Iterator[Launch]:
    apps: list[RunningApp] = []
    steps = itertools.count(1)
    name = re.sub(r"[^A-Za-z0-9_.-]+", "-", request.node.name)

    def start(language: str = "", scale: str = "", **env: str) -> RunningApp:
        folder = ARTIFACTS / name
        for old in folder.glob("*.png") if folder.exists() and not apps else []:
            old.unlink()
        settings = {"RETURNDESK_DB_URL": seeded_url, "RETURNDESK_DATA_DIR": str(tmp_path / "app-data"),
                    "RETURNDESK_RECEIPT_DIR": str(tmp_path / "receipts"), "RETURNDESK_LANGUAGE": language, **env}
        if scale:
            settings["QT_SCALE_FACTOR"] = scale
        app = RunningApp(x_session, settings, folder, steps=steps, name=f"app{len(apps) + 1}")
        apps.append(app)
        app.wait_window()
        return app

    yield start
    for app in apps:
        app.close()


def sign_in(app: RunningApp, staff: str = "1001", pin: str = "2468", name: str = "Alex Rivera") -> None:
    app.wait_text("Sign in with your staff ID and PIN")
    app.type(staff)
    app.key("Return")
    app.type(pin)
    app.key("Return")
    app.wait_text(re.escape(name))
