"""The screens in the station's language: complete .ts files, and a window
that shows its navigation in Vietnamese."""

from __future__ import annotations

import string
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui import i18n
from desktop.ui.shell import MainWindow
from tests.ui.conftest import sign_in

FOLDER = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGUAGES = ("vi", "fil", "lt", "te")


def names(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_screen_string_is_translated(language: str) -> None:
    ts = FOLDER / f"returndesk_{language}.ts"
    assert ts.exists() and ts.with_suffix(".qm").exists(), "run `make translations`"
    messages = list(ET.parse(ts).getroot().iter("message"))
    assert messages
    for message in messages:
        source, translation = message.findtext("source") or "", message.find("translation")
        assert translation is not None and translation.get("type") not in ("unfinished", "obsolete", "vanished"), source
        assert (translation.text or "").strip(), source
        assert names(translation.text or "") == names(source), source


@pytest.fixture
def vietnamese(qtbot: QtBot) -> Iterator[None]:
    assert i18n.install("vi_VN")
    yield
    i18n.install("en_US")


def test_the_window_speaks_the_station_language(qtbot: QtBot, vietnamese: None,
                                                open_window: Callable[..., MainWindow]) -> None:
    window = open_window()
    assert window.signin.button.text() == "Đăng nhập"
    sign_in(qtbot, window, "1001", "2468")
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert labels[0] == "Trả hàng" and labels[-1] == "Đăng xuất"
    assert window.status_staff.text().startswith("Đã đăng nhập: Alex Rivera")
