"""Layouts that survive longer languages, and no text nobody marked for
translation: every screen, dialog and wizard page in the pseudo-locale
(desktop/ui/i18n.py: every translated string bracketed ⟦…⟧ and 40 % longer).

A text a person sees that lacks the bracket was never translated; a button,
label, tab or placeholder narrower than its text clips it; a window that
must grow past its 1280 x 800 to fit its layouts runs off the screen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.ui import i18n, theme
from desktop.ui.feedback import FeedbackDialog
from desktop.ui.forms import FormDialog
from desktop.ui.operations import Runner
from desktop.ui.pages import PAGES
from desktop.ui.returns.exchange import ExchangeDialog
from desktop.ui.returns.find import FindSaleDialog
from desktop.ui.returns.model import (
    COL_CONDITION,
    COL_DECISION,
    COL_LEFT,
    COL_QTY,
    COL_REASON,
    COL_REFUND,
    COL_SERIAL,
    WRAPPING,
)
from desktop.ui.shell import MainWindow
from desktop.ui.wizard import SetupWizard
from tests.ui.conftest import sign_in, wait_idle

WIDTH, HEIGHT = 1280, 800
MARK = "⟦"
# Words that are the same in every language: the product's name, data shown as it is.
NOT_WORDS = {"ReturnDesk", "PIN", "SKU", "CSV", "PDF", "Main Street", "Morgan Lee", "Alex Rivera", "USD"}


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[None]:
    """The look a store PC gets: the bundled fonts at 12 pt and the stylesheet."""
    font, style = qapp.font(), qapp.styleSheet()
    theme.apply(qapp)
    yield
    qapp.setStyleSheet(style)
    qapp.setFont(font)


@pytest.fixture
def pseudo(qapp: QApplication) -> Iterator[None]:
    """The pseudo-locale, with the look a store PC gets (the 12 pt fonts and
    the stylesheet's paddings: sizes are what this test is about)."""
    font, style = qapp.font(), qapp.styleSheet()
    theme.apply(qapp)
    assert i18n.install(i18n.PSEUDO)
    assert i18n.pseudo("Open") == "⟦Öpéñ⟧"
    assert len(i18n.pseudo("Scan or type the receipt code")) >= len("Scan or type the receipt code") * 1.4
    yield
    i18n.install("en_US")
    qapp.setStyleSheet(style)
    qapp.setFont(font)


def is_words(text: str) -> bool:
    """Text in a language (not an amount, a date, a sign or a name)."""
    text = text.strip()
    return text not in NOT_WORDS and sum(c.isalpha() for c in text) >= 2


def problems_in(root: QWidget, where: str) -> list[str]:
    """What a person would see wrong in this widget and its visible children."""
    found: list[str] = []

    def untranslated(widget: QWidget, text: str, what: str) -> None:
        if text and MARK not in text and is_words(text) and not widget.property("customer_language"):
            found.append(f"{where}: {what} not translated: {text!r}")
        boxes = theme.undrawable(text)
        if boxes:
            found.append(f"{where}: {what} has characters no bundled font draws: {boxes!r} in {text[:40]!r}")

    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible():
            continue
        name = f"{type(widget).__name__} {widget.objectName() or ''}".strip()
        if isinstance(widget, QAbstractButton) and not isinstance(widget, QTabBar):
            text = widget.text().replace("&", "")
            untranslated(widget, text, name)
            if isinstance(widget, (QPushButton, QCheckBox, QRadioButton)) and text \
                    and widget.width() + 1 < widget.sizeHint().width():
                found.append(f"{where}: {name} {text!r} clipped: {widget.width()} < {widget.sizeHint().width()} px")
        elif isinstance(widget, QLabel) and widget.text() and not widget.pixmap():
            untranslated(widget, widget.text(), name)
            if widget.wordWrap():
                if widget.height() + 1 < widget.heightForWidth(widget.width()):
                    found.append(f"{where}: {name} {widget.text()[:50]!r} clipped: "
                                 f"{widget.height()} < {widget.heightForWidth(widget.width())} px high")
            elif widget.width() + 1 < widget.sizeHint().width():
                found.append(f"{where}: {name} {widget.text()[:50]!r} clipped: {widget.width()} < "
                             f"{widget.sizeHint().width()} px")
        elif isinstance(widget, QLineEdit) and widget.placeholderText() and not widget.text():
            text = widget.placeholderText()
            untranslated(widget, text, f"{name} placeholder")
            room = widget.width() - 14  # the frame and the text margins
            if widget.fontMetrics().horizontalAdvance(text) > room:
                found.append(f"{where}: {name} placeholder {text[:50]!r} clipped: "
                             f"{widget.fontMetrics().horizontalAdvance(text)} > {room} px")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                untranslated(widget, widget.tabText(index), f"tab {index}")
                if widget.tabRect(index).width() + 1 < widget.tabSizeHint(index).width():
                    found.append(f"{where}: tab {widget.tabText(index)!r} clipped")
        elif isinstance(widget, QListWidget) and widget.objectName() == "nav":
            for row in range(widget.count()):
                untranslated(widget, widget.item(row).text(), "navigation")
            if widget.sizeHintForColumn(0) > widget.viewport().width():
                found.append(f"{where}: navigation clipped: {widget.sizeHintForColumn(0)} > "
                             f"{widget.viewport().width()} px")
        elif isinstance(widget, QGroupBox):
            untranslated(widget, widget.title(), name)
        elif isinstance(widget, QComboBox) and widget.count() and not widget.isEditable():
            text = widget.currentText()
            untranslated(widget, text, f"{name} item")
            needed = widget.sizeHint().width()  # Qt's own measure: its longest item, the arrow and the frame
            if widget.width() + 1 < needed:
                found.append(f"{where}: {name} items clipped ({text[:50]!r} shown): {widget.width()} < {needed} px")
        if widget.toolTip():
            untranslated(widget, widget.toolTip(), f"{name} tooltip")
    if root.isWindow():
        untranslated(root, root.windowTitle(), "window title")
    return found


def settle(qtbot: QtBot, window: QWidget) -> None:
    QApplication.processEvents()
    qtbot.wait(50)
    QApplication.processEvents()


@pytest.mark.parametrize("backend", ["sqlite"])  # what is on screen, not which database holds it
def test_every_screen_in_a_longer_language(qtbot: QtBot, pseudo: None, open_window: Callable[..., MainWindow],
                                           samples: dict[str, str]) -> None:
    window = open_window()
    window.resize(WIDTH, HEIGHT)
    settle(qtbot, window)
    problems = problems_in(window, "sign-in")
    sign_in(qtbot, window, "9001", "1357")  # a manager sees every screen
    for key in (spec.key for spec in PAGES):
        window.open_page(key)
        wait_idle(qtbot, window)
        settle(qtbot, window)
        problems += problems_in(window, key)
        hint = window.minimumSizeHint()
        if window.width() > WIDTH or window.height() > HEIGHT:
            problems.append(f"{key}: the window grew to {window.width()} x {window.height()} px")
        if hint.width() > WIDTH or hint.height() > HEIGHT:
            problems.append(f"{key}: the window needs {hint.width()} x {hint.height()} px, more than "
                            f"{WIDTH} x {HEIGHT}")
    # A receipt on screen, a line picked: the header, the decision and the sentences.
    window.open_page("returns")
    window.returns.entered(samples["electronics"])
    qtbot.waitUntil(lambda: window.returns.draft is not None, timeout=5000)
    wait_idle(qtbot, window)
    window.returns.model.setData(window.returns.model.index(0, 3), 1)
    qtbot.waitSignal(window.returns.sig_decided, timeout=5000).wait()
    wait_idle(qtbot, window)
    settle(qtbot, window)
    problems += problems_in(window, "return with a decision")
    assert window.width() <= WIDTH and window.height() <= HEIGHT
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("backend", ["sqlite"])
def test_every_dialog_in_a_longer_language(qtbot: QtBot, pseudo: None, open_window: Callable[..., MainWindow],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window()
    sign_in(qtbot, window, "9001", "1357")
    problems: list[str] = []

    def check(dialog: QDialog, where: str) -> None:
        dialog.show()
        settle(qtbot, dialog)
        problems.extend(problems_in(dialog, where))
        dialog.close()

    # The service desk's forms open modally: look at each instead of waiting for a click.
    shown: list[str] = []

    def look(self: FormDialog) -> int:
        shown.append(self.windowTitle())
        check(self, f"form {self.windowTitle()}")
        return 0

    monkeypatch.setattr(FormDialog, "exec", look)
    cases = window.cases
    cases.new_case()
    for ask in (cases.ask_contact, cases.ask_transfer, cases.ask_escalate, cases.ask_resolve, cases.ask_follow_up,
                cases.ask_reply, window.customers.ask_goodwill):
        ask()
    assert len(shown) == 8
    check(FeedbackDialog(window), "feedback")
    check(ExchangeDialog(window.station, "3000101000000018", 12_345, parent=window), "exchange")
    check(FindSaleDialog(window.station, parent=window), "find the sale")
    wait_idle(qtbot, window)  # what signing in started has answered before the window closes
    assert not problems, "\n".join(problems)


def test_the_setup_wizard_in_a_longer_language(qtbot: QtBot, pseudo: None) -> None:
    wizard = SetupWizard(Runner())
    qtbot.addWidget(wizard)
    wizard.resize(900, 640)
    wizard.show()
    problems: list[str] = []
    for page in range(3):
        settle(qtbot, wizard)
        problems += problems_in(wizard, f"wizard page {page + 1}")
        wizard.next()
    assert not problems, "\n".join(problems)

KEPT = (COL_LEFT, COL_QTY, COL_DECISION, COL_REFUND, COL_CONDITION, COL_REASON)  # never given up


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("locale", ["en_US", "vi_VN", "fil_PH", "lt_LT", "te_IN"])
def test_the_lines_fit_a_1280_by_800_window(qtbot: QtBot, themed: None, open_window: Callable[..., MainWindow],
                                            samples: dict[str, str], locale: str) -> None:
    """Item names were cut and the columns ran off the right at 1280 x 800:
    the names are whole and nothing scrolls sideways, in every language,
    the serial column shown only for a line that needs one."""
    i18n.install(locale)
    try:
        window = open_window()
        window.resize(WIDTH, HEIGHT)
        sign_in(qtbot, window, "1001", "2468")
        problems = lines_problems(qtbot, window, samples)
        assert window.width() <= WIDTH and window.height() <= HEIGHT
        assert not problems, "\n".join(problems)
    finally:
        i18n.install("en_US")


def lines_problems(qtbot: QtBot, window: MainWindow, samples: dict[str, str]) -> list[str]:
    """What is cut or runs off the right in the lines of three receipts, each with a decision."""
    problems = []
    for sample in ("electronics", "coupon", "bogo"):
        window.returns.entered(samples[sample])
        qtbot.waitUntil(lambda: window.returns.draft is not None, timeout=5000)
        wait_idle(qtbot, window)
        window.returns.model.setData(window.returns.model.index(0, COL_QTY), 1)
        qtbot.waitSignal(window.returns.sig_decided, timeout=5000).wait()
        wait_idle(qtbot, window)
        settle(qtbot, window)
        table, columns = window.returns.table, window.returns.columns
        widths = {c: (table.columnWidth(c), columns.width_of(c)) for c in range(12) if not table.isColumnHidden(c)}
        if table.horizontalScrollBar().maximum() > 0:
            problems.append(f"{sample}: the lines run off the right in {table.viewport().width()} px: {widths}")
        header = table.horizontalHeader()
        for column in widths:  # Qt's own measure of each shown header (not the fitter's kept one)
            if table.columnWidth(column) < header.sectionSizeHint(column):
                problems.append(f"{sample}: the header of column {column} is cut: {table.columnWidth(column)} < "
                                f"{header.sectionSizeHint(column)} px")
        for column in WRAPPING:  # whole, on one line or wrapped onto two
            width, full = table.columnWidth(column), columns.width_of(column)
            lines = 1 if width >= full else 2
            if width < columns.longest_word(column) or table.rowHeight(0) < lines * table.fontMetrics().height():
                problems.append(f"{sample}: column {column} is cut ({width} px, row {table.rowHeight(0)} px "
                                f"high): {widths}")
        problems += [f"{sample}: column {c} given up" for c in KEPT if table.isColumnHidden(c)]
        assert table.isColumnHidden(COL_SERIAL) != any(row.needs_serial for row in window.returns.model.rows)
        window.returns.clear()
    return problems


def fold_problems(qtbot: QtBot, window: MainWindow, samples: dict[str, str]) -> list[str]:
    """Below the fold: the page scrolled and Complete was out of sight at
    853 x 533, the decision and its buttons must all be on screen."""
    window.returns.entered(samples["electronics"])
    qtbot.waitUntil(lambda: window.returns.draft is not None, timeout=5000)
    window.returns.model.setData(window.returns.model.index(0, COL_QTY), 1)
    qtbot.waitSignal(window.returns.sig_decided, timeout=5000).wait()
    wait_idle(qtbot, window)
    settle(qtbot, window)
    returns, problems = window.returns, []
    if window.scroller.verticalScrollBar().maximum() > 0:
        problems.append(f"the return page scrolls: {returns.minimumSizeHint().height()} px high in "
                        f"{window.scroller.viewport().height()} px")
    for button in returns.panel_buttons:
        seen = button.visibleRegion().boundingRect()
        if seen.height() < button.height() or seen.width() < button.width():
            problems.append(f"{button.text()!r} is not all on screen: {seen} of {button.size()}")
    if returns.sentences_box.viewport().height() < 2 * returns.sentences.fontMetrics().height():
        problems.append(f"the customer's sentence has {returns.sentences_box.viewport().height()} px")
    returns.clear()
    return problems


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("locale", ["vi_VN", "te_IN"])
def test_the_lines_fit_1280_by_800_at_150_percent(qtbot: QtBot, themed: None,
                                                  open_window: Callable[..., MainWindow], samples: dict[str, str],
                                                  locale: str) -> None:
    """At 150 % a 1280 x 800 screen is 853 x 533: the screens' list folds
    behind the status bar's button, and the lines fit beside the decision
    in the longest languages; the status bar keeps the store's code and
    register whole."""
    i18n.install(locale)
    try:
        window = open_window()
        window.resize(853, 533)
        sign_in(qtbot, window, "1001", "2468")
        settle(qtbot, window)
        assert not window.nav.isVisible() and window.menu_button.isVisible()
        store = window.status_store
        assert store.width() >= store.sizeHint().width(), store.text()  # whole, not cut
        problems = lines_problems(qtbot, window, samples) + fold_problems(qtbot, window, samples)
        window.menu_button.click()  # the list comes back over the page, and goes once a screen is picked
        assert window.nav.isVisible() and window.nav.hasFocus()
        window.nav.setCurrentRow(1)
        settle(qtbot, window)
        assert not window.nav.isVisible() and window.stack.currentWidget() is not window.returns
        assert not problems, "\n".join(problems)
    finally:
        i18n.install("en_US")
