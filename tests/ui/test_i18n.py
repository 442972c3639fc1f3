"""The screens in the station's language: .ts files complete and current
with the code, and windows that speak Vietnamese and Telugu, including what
the layers below say (a misread barcode, the policy in plain words)."""

from __future__ import annotations

import ast
import datetime as dt
import importlib.util
import shutil
import string
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from desktop.messages import QT_TR_NOOP, Message, Term
from desktop.services.errors import NotFound
from desktop.ui import i18n
from desktop.ui.shell import MainWindow
from tests.ui.conftest import sign_in, wait_idle

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("vi", "fil", "lt", "te")


def names(text: str) -> set[tuple[str, str]]:
    return {(name, conversion or "") for _, name, _, conversion in string.Formatter().parse(text) if name}


def entries(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            found[(context.findtext("name") or "", message.findtext("source") or "")] = message
    return found


def load_tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "tools" / "translations.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_screen_string_is_translated(language: str) -> None:
    ts = FOLDER / f"returndesk_{language}.ts"
    assert ts.exists() and ts.with_suffix(".qm").exists(), "run `make translations`"
    messages = entries(ts)
    assert len(messages) > 600
    for (context, source), message in messages.items():
        translation = message.find("translation")
        assert translation is not None and translation.get("type") not in ("unfinished", "obsolete", "vanished"), \
            (context, source)
        assert (translation.text or "").strip(), (context, source)
        assert names(translation.text or "") == names(source), (context, source, translation.text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_ts_files_hold_every_string_the_code_marks(language: str, tmp_path: Path) -> None:
    """A string marked in the code but missing from a .ts file (nobody ran
    `make translations`, or a translator's file is older than the code)."""
    committed = FOLDER / f"returndesk_{language}.ts"
    fresh = tmp_path / committed.name
    shutil.copyfile(committed, fresh)
    load_tool().extract(fresh, language)
    missing = set(entries(fresh)) - set(entries(committed))
    stale = set(entries(committed)) - set(entries(fresh))
    assert not missing, f"not in {committed.name}: {sorted(missing)[:10]}"
    assert not stale, f"no longer in the code: {sorted(stale)[:10]}"


def unseen_by_lupdate(source: str) -> list[str]:
    """Literal text handed to translate() with a context lupdate cannot read
    (a variable): it never reaches a .ts file, so every language shows it in
    English (the presenters did, with a SCREEN constant)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if (isinstance(node, ast.Call) and len(node.args) >= 2
                and (getattr(node.func, "attr", None) or getattr(node.func, "id", None)) == "translate"
                and isinstance(node.args[1], ast.Constant) and not isinstance(node.args[0], ast.Constant)):
            found.append(str(node.args[1].value))
    return found


def test_every_text_the_code_translates_can_be_extracted() -> None:
    assert unseen_by_lupdate('say = self.translate\nsay(SCREEN, "x")\nself.translate(SCREEN, "no scores yet")') \
        == ["no scores yet"]
    offenders = {str(path.relative_to(ROOT)): unseen_by_lupdate(path.read_text(encoding="utf-8"))
                 for path in (ROOT / "desktop").rglob("*.py")}
    assert not {path: texts for path, texts in offenders.items() if texts}


def test_a_presenter_s_own_words_are_translated(qtbot: QtBot) -> None:
    from desktop.services.customers import CustomerView
    from desktop.ui.customers_presenter import CustomerPresenter

    assert i18n.install("vi_VN")
    try:
        presenter = CustomerPresenter(translate=QCoreApplication.translate, locale="vi_VN")
        seen = CustomerView(code="C1", name="An", tier=None, phone="", email="", since=dt.datetime.now(dt.UTC),
                            purchases=(), purchases_total=3, returns=(), returns_total=1, cases=(),
                            scores=(0, 0, ""), no_receipt="")
        header = presenter.header(seen)
        assert "Lần trả: 1" in header and "returns" not in header.lower()  # not "1 returns", not English
        assert presenter.tabs(seen)[1] != "Returns (1)"
    finally:
        i18n.install("en_US")


def test_the_policy_changes_read_in_the_station_s_language(qtbot: QtBot) -> None:
    """The changes shown at sign-in: the rules' names, tables and words in
    Vietnamese, the file's own names (a category) and figures as they are."""
    from desktop.services.policy_changes import differences

    old = {"default_window_days": 30, "categories": {"electronics": {"final_sale": False}},
           "override": {"allowed": ["WINDOW_EXPIRED"]}}
    new = {"default_window_days": 45, "categories": {"electronics": {"final_sale": True}},
           "override": {"allowed": ["WINDOW_EXPIRED", "DAMAGED"]}}
    lines = differences(old, new)
    assert i18n.install("vi_VN")
    try:
        shown = [i18n.render(line) for line in lines]
    finally:
        i18n.install("en_US")
    assert shown[0] == "thời hạn đổi trả (ngày): 30 -> 45"
    assert shown[1] == "danh mục electronics: hàng không đổi trả: không -> có"
    assert shown[2].startswith("phê duyệt của quản lý: được phép: ") and "WINDOW" not in shown[2]
    assert [str(line) for line in lines][1] == "category electronics: final sale: no -> yes"  # files and logs: English


def test_the_check_finds_a_string_nobody_translated(tmp_path: Path) -> None:
    committed = FOLDER / "returndesk_vi.ts"
    fresh = tmp_path / committed.name
    shutil.copyfile(committed, fresh)
    tree = ET.parse(fresh)
    context = next(tree.getroot().iter("context"))
    removed = next(context.iter("message"))
    key = (context.findtext("name") or "", removed.findtext("source") or "")
    context.remove(removed)
    tree.write(fresh, encoding="utf-8")
    assert key not in entries(fresh)
    load_tool().extract(fresh, "vi")
    assert entries(fresh)[key].find("translation").get("type") == "unfinished"  # back, waiting for a translator


# ---- Windows in the station's language


@pytest.fixture
def language() -> Iterator[Callable[[str], None]]:
    def install(locale: str) -> None:
        assert i18n.install(locale)

    yield install
    i18n.install("en_US")


def test_the_window_speaks_vietnamese_down_to_the_layers_below(qtbot: QtBot, language: Callable[[str], None],
                                                              open_window: Callable[..., MainWindow],
                                                              samples: dict[str, str]) -> None:
    language("vi_VN")
    window = open_window()
    assert window.signin.button.text() == "Đăng nhập"
    sign_in(qtbot, window, "1001", "2468")
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert labels[0] == "Trả hàng" and labels[-1] == "Đăng xuất"
    assert window.status_staff.text() == "Alex Rivera (1001, nhân viên)"
    if window.station.ctx.db.backend == "sqlite":
        assert window.status_db.text() == "máy này"
        assert window.status_db.toolTip().startswith("Cơ sở dữ liệu: tệp cục bộ ")
    else:
        assert window.status_db.toolTip().startswith("Cơ sở dữ liệu: máy chủ chung ")
    screen = window.returns
    assert screen.complete_button.text() == "Hoàn tất trả hàng  (F10)"
    assert screen.model.headerData(1, Qt.Orientation.Horizontal).replace("\n", " ") == "Sản phẩm"
    # A misread barcode: the policy engine's DocumentIdError, said in Vietnamese.
    bad = samples["bogo"][:-1] + str((int(samples["bogo"][-1]) + 1) % 10)
    screen.entered(bad)  # as typed by hand (a scanner's burst is checked by the shell, in Vietnamese too)
    assert screen.message.text() == (f"chữ số kiểm tra của {bad} không khớp (mã bị đọc sai hoặc gõ sai). "
                                     "Quét lại hoặc nhập các chữ số dưới mã vạch.")
    # A receipt that opens: the header in Vietnamese, the tender by its label.
    screen.scan.clear()
    qtbot.keyClicks(screen.scan, samples["split_tender"])
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.draft is not None, timeout=5000)
    wait_idle(qtbot, window)
    assert screen.header.text().startswith(f"Hóa đơn {samples['split_tender']}  ·  ")
    assert "Đã thanh toán: thẻ" in screen.header.text()
    assert screen.message.text() == "Chọn các dòng được trả lại: nhập số lượng vào cột Trả."


@pytest.mark.parametrize("backend", ["sqlite"])
def test_the_return_screen_in_telugu(qtbot: QtBot, language: Callable[[str], None],
                                     open_window: Callable[..., MainWindow]) -> None:
    language("te_IN")
    window = open_window()
    sign_in(qtbot, window, "1001", "2468")
    screen = window.returns
    assert screen.complete_button.text() == "రిటర్న్ పూర్తి చేయి  (F10)"
    assert screen.outcome.text() == "ప్రారంభించడానికి రసీదు స్కాన్ చేయండి"
    assert screen.refund_to.itemText(1) == "స్టోర్ క్రెడిట్‌గా"


def test_service_messages_translate_their_words_and_keep_their_values(language: Callable[[str], None],
                                                                      qapp: object) -> None:
    language("lt_LT")
    error = NotFound(QT_TR_NOOP("no {kind} {doc} in this database (store {store}, register {register})"),
                     kind=Term(QT_TR_NOOP("gift receipt")), doc="4000102000000019", store="0001", register="02")
    assert str(error) == "no gift receipt 4000102000000019 in this database (store 0001, register 02)"
    assert i18n.render(error) == ("šioje duomenų bazėje nėra: dovanų kvitas 4000102000000019 "
                                  "(parduotuvė 0001, kasa 02)")
    status = Message(QT_TR_NOOP("case {number} is {status}"), number=7, status=Term("waiting_customer"))
    assert i18n.render(status) == "kreipinio 7 būsena: laukia pirkėjo"
    assert QCoreApplication.translate("Codes", "store credit") == "parduotuvės kreditas"


def test_the_station_language_formats_amounts_unless_it_is_unknown() -> None:
    assert i18n.formatting_locale("vi", "en_US") == "vi"
    assert i18n.formatting_locale("lt-LT", "en_US") == "lt_LT"
    assert i18n.formatting_locale("", "te_IN") == "te_IN"
    assert i18n.formatting_locale("pseudo", "en_US") == "en_US"
    assert i18n.formatting_locale("xx-typo", "fil_PH") == "fil_PH"  # a typo in the config never breaks a screen


def test_a_broken_placeholder_in_a_translation_falls_back_to_english() -> None:
    message = Message(QT_TR_NOOP("override rate {rate}% ({count} of {total})"), rate="20.0", count=1, total=5)
    assert message.render(lambda text: text.replace("{rate}", "{rata}")) == "override rate 20.0% (1 of 5)"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_translated_character_is_in_the_bundled_fonts(language: str, qapp: object) -> None:
    """No boxes in any language: each character of each translation is drawn
    by DejaVu Sans or Noto Sans Telugu (joiners such as ZWNJ aside)."""
    from desktop.ui import theme

    missing = {}
    for (_context, source), message in entries(FOLDER / f"returndesk_{language}.ts").items():
        for c in theme.undrawable((message.findtext("translation") or "") + source):
            missing[c] = source
    assert not missing, missing


def test_the_screens_carry_their_fonts_for_every_script(qapp: object) -> None:
    """No Telugu font on a store PC (none on this machine either): the app
    brings Noto Sans Telugu, and DejaVu Sans for Vietnamese and Lithuanian."""
    from PySide6.QtGui import QFontDatabase, QRawFont

    from desktop.ui import theme

    families = theme.load_fonts()
    assert {"DejaVu Sans", "Noto Sans Telugu"} <= set(families)
    assert QFontDatabase.WritingSystem.Telugu in QFontDatabase.writingSystems("Noto Sans Telugu")
    from PySide6.QtGui import QFont

    telugu = QRawFont.fromFont(QFont("Noto Sans Telugu"))
    assert all(telugu.supportsCharacter(ord(c)) for c in "రిటర్న్పూర్తి")
    latin = QRawFont.fromFont(QFont("DejaVu Sans"))
    assert all(latin.supportsCharacter(ord(c)) for c in "Hoàntấttrảhàngąčęėįšųūž")
    assert not latin.supportsCharacter(ord("త"))  # which is why the app's font is a list of families


@pytest.mark.skipif(shutil.which("fc-list") is None, reason="fontconfig's fc-list is not installed")
@pytest.mark.parametrize("backend", ["sqlite"])
def test_the_title_bar_is_drawn_by_the_system_s_fonts(qtbot: QtBot, language: Callable[[str], None],
                                                      open_window: Callable[..., MainWindow], tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The window manager draws the title with the system's fonts: a Telugu
    title on a PC without a Telugu font showed boxes. fontconfig is asked for
    real, once with only the fonts the .deb installs and once with none."""
    from desktop.services.station import StationInfo
    from desktop.ui import theme
    from desktop.ui.shell import window_title

    def fonts(folder: Path | None) -> None:
        conf = tmp_path / f"fonts-{folder is not None}.conf"
        conf.write_text("<?xml version='1.0'?><fontconfig>" + (f"<dir>{folder}</dir>" if folder else "")
                        + f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>")
        monkeypatch.setenv("FONTCONFIG_FILE", str(conf))
        theme.system_draws.cache_clear()

    title = "రిటర్న్‌డెస్క్: {store} (స్టోర్ {code}, రిజిస్టర్ {register})"
    info = StationInfo(store_code="0003", store_name="విజయవాడ", register_code="01", locale="te_IN",
                       currency="INR", timezone="Asia/Kolkata", database="", location="")
    try:
        fonts(ROOT / "resources" / "fonts")  # what the .deb puts in /usr/share/fonts/truetype/returndesk
        assert theme.system_draws("రిటర్న్") and window_title(title, info).startswith("రిటర్న్‌డెస్క్: విజయవాడ")
        fonts(None)  # a PC with no font for Telugu
        assert not theme.system_draws("రిటర్న్") and theme.system_draws("ReturnDesk")
        assert window_title(title, info) == "ReturnDesk: store 0003, register 01"
        language("te_IN")
        window = open_window()
        sign_in(qtbot, window, "1001", "2468")
        qtbot.waitUntil(lambda: "0001" in window.windowTitle(), timeout=5000)
        assert window.windowTitle().startswith("ReturnDesk: ") and not theme.undrawable(window.windowTitle())
    finally:
        theme.system_draws.cache_clear()


def test_the_selftest_names_a_bundle_that_lost_its_translations(qapp: object, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop import selftest

    assert "vi “Đăng xuất”" in selftest._languages(tmp_path)
    monkeypatch.setattr(i18n, "resources_root", lambda: tmp_path)  # no translations/ folder in it
    with pytest.raises(RuntimeError, match="no translation for vi in the bundle"):
        selftest._languages(tmp_path)
