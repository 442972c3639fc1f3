"""The return screen's widgets and their layout, and what only touches
them (a cell editor, the message line); what they do is screen.py."""

from __future__ import annotations

import itertools
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.labels import label
from desktop.ui.page import Page
from desktop.ui.returns.model import ColumnFitter, LineEditorDelegate, ReturnLinesModel
from desktop.ui.returns.presenter import ID_TYPES, REFUND_TO
from desktop.ui.station import Station
from desktop.ui.widgets import say

COMPACT_WIDTH = 900  # narrower than this, the panel's buttons show their names without their keys
SHORT_HEIGHT = 700  # lower than this (the page as laid out at full size is about 660), the panel packs closer
_KEY = re.compile(r"\(?(F\d{1,2}|Esc)\)?")


def _caption_parts(caption: str) -> tuple[str, str]:
    """"Manager  F8" -> ("Manager", "F8"); a caption without a key at its end: (caption, "")."""
    name, _, key = caption.rpartition("  ")
    return (name.strip(), key) if name.strip() and _KEY.fullmatch(key.strip()) else (caption, "")


class ReturnForm(Page):
    """The scan field, the sale's lines, the decision panel and its buttons."""

    def __init__(self, station: Station, parent: QWidget | None = None):
        super().__init__(parent)
        self.station = station

        self.scan = QLineEdit()
        self.scan.setObjectName("scan")
        self.scan.setPlaceholderText(self.tr("Scan or type the receipt code"))
        self.scan.setMaxLength(32)
        self.scan.setProperty("scan_documents", True)  # a scanned receipt may land here as typed
        self.open_button = QPushButton(self.tr("Open"))
        self.no_receipt_button = QPushButton(self.tr("No receipt  (F6)"))
        self.find_button = QPushButton(self.tr("Find sale  (F4)"))
        self.find_button.setToolTip(self.tr("The POS receipt's number typed in, or the card or loyalty ID"))
        self.customer = QLineEdit()
        self.customer.setPlaceholderText(self.tr("Loyalty ID (C…)"))
        self.customer.setMaxLength(32)
        self.id_type = QComboBox()
        for value in ID_TYPES:
            self.id_type.addItem(label(value) if value else self.tr("photo ID not checked"), value)
        self.customer_row = QWidget()
        customer_layout = QHBoxLayout(self.customer_row)
        customer_layout.setContentsMargins(0, 0, 0, 0)
        customer_layout.addWidget(QLabel(self.tr("Customer")))
        customer_layout.addWidget(self.customer, 1)
        customer_layout.addWidget(QLabel(self.tr("ID seen")))
        customer_layout.addWidget(self.id_type, 1)
        self.customer_row.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.header = QLabel(self.tr("No receipt open"))
        self.header.setObjectName("hint")
        self.header.setWordWrap(True)  # a long receipt line wraps instead of widening the window
        self.model = ReturnLinesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("The receipt's lines"))
        self.delegate = LineEditorDelegate(self.table)
        self.delegate.sig_step.connect(self._step_line)
        self.table.setItemDelegate(self.delegate)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        # One stop for Tab, as a grid is (WAI-ARIA): the arrows move between cells, Tab goes on to the refund.
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.horizontalHeader().setMinimumSectionSize(44)
        self.columns = ColumnFitter(self.table, self.model)

        self.outcome = QLabel(self.tr("Scan a receipt to start"))
        self.outcome.setObjectName("neutral")
        self.outcome.setWordWrap(True)
        self.sentences = QLabel()
        self.sentences.setObjectName("sentences")
        # Read to the customer: in the store policy's language, which may differ from the screens'.
        self.sentences.setProperty("customer_language", True)
        self.sentences.setWordWrap(True)
        self.sentences.setMinimumHeight(110)
        self.sentences.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.sentences.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tenders = QLabel()
        self.tenders.setWordWrap(True)
        self.refund_to = QComboBox()
        for value in REFUND_TO:
            self.refund_to.addItem(self.tr("to the original payment") if value == "original"
                                   else self.tr("as store credit"), value)
        self.complete_button = QPushButton(self.tr("Complete return  (F10)"))
        self.complete_button.setObjectName("primary")
        self.manager_button = QPushButton(self.tr("Manager  F8"))
        self.manager_button.setToolTip(self.tr("A manager approves here, with their ID and PIN"))
        self.queue_button = QPushButton(self.tr("Queue  F9"))
        self.queue_button.setToolTip(self.tr("Send the return to the manager's override queue"))
        self.clear_button = QPushButton(self.tr("Next  Esc"))
        self.clear_button.setToolTip(self.tr("Next customer"))
        self.case_button = QPushButton(self.tr("Case  F7"))
        self.case_button.setToolTip(self.tr("Open a service case about this receipt"))
        self.feedback_button = QPushButton(self.tr("Feedback  F11"))
        self.feedback_button.setToolTip(self.tr("The customer scores the visit"))
        self.exchange_button = QPushButton(self.tr("Exchange  F12"))
        self.exchange_button.setToolTip(self.tr("The customer takes another item, paid with this return's credit"))

        top = QHBoxLayout()
        top.addWidget(self.scan, 1)
        top.addWidget(self.open_button)
        # The two ways in without a scannable receipt, beside what is open.
        header_row = QHBoxLayout()
        self.top_row, self.header_row = top, header_row
        header_row.addWidget(self.header, 1)
        header_row.addWidget(self.find_button, 0, Qt.AlignmentFlag.AlignTop)
        header_row.addWidget(self.no_receipt_button, 0, Qt.AlignmentFlag.AlignTop)
        side = self.panel_side = QVBoxLayout()
        side.addWidget(self.outcome)
        # A long explanation scrolls in its box instead of being cut at the bottom (a short screen, 150 %).
        self.sentences_box = QScrollArea()
        self.sentences_box.setWidget(self.sentences)
        self.sentences_box.setWidgetResizable(True)
        self.sentences_box.setFrameShape(QFrame.Shape.NoFrame)
        self.sentences_box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sentences_box.setMinimumHeight(120)
        # Its height is what the panel has left (a long explanation scrolls): the page's height for a width,
        # which sets whether the screen scrolls, counts only its minimum.
        policy = self.sentences_box.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)
        self.sentences_box.setSizePolicy(policy)
        side.addWidget(self.sentences_box, 1)
        side.addWidget(self.tenders)
        refund_label = QLabel(self.tr("Refund"))  # above its box: the panel stays narrow in long languages
        refund_label.setBuddy(self.refund_to)
        self.refund_to.setAccessibleName(refund_label.text())
        self.refund_label = refund_label
        side.addWidget(refund_label)
        side.addWidget(self.refund_to)
        # Complete on its own row; the rest two by two, so the sentences keep their room.
        side.addWidget(self.complete_button)
        buttons = self.panel_grid = QGridLayout()
        for index, button in enumerate((self.manager_button, self.queue_button, self.exchange_button,
                                        self.case_button, self.feedback_button, self.clear_button)):
            buttons.addWidget(button, index // 2, index % 2)
        side.addLayout(buttons)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        panel = QWidget()
        panel.setLayout(side)
        # The lines take five parts of the width and the decision two: at 1280 x 800 the panel keeps
        # room for the sentences and its buttons (300 px), and the lines their names whole.
        panel.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        panel.setMaximumWidth(480)
        self.panel = panel
        self.panel_buttons = (self.complete_button, self.manager_button, self.queue_button, self.exchange_button,
                              self.case_button, self.feedback_button, self.clear_button)
        self.captions = {button: (button.text(), button.toolTip()) for button in self.panel_buttons}
        self.compact = self.short = False
        self._fit_panel()
        body.setStretch(0, 5)
        body.addWidget(panel, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addLayout(header_row)
        layout.addWidget(self.customer_row)
        layout.addLayout(body, 1)
        # Tab goes where the clerk works next: from the scan to the customer and the photo ID (shown without a
        # receipt), the lines, the refund and Complete; the buttons that have keys of their own come after.
        chain = (self.scan, self.customer, self.id_type, self.table, self.refund_to, self.complete_button,
                 self.manager_button, self.queue_button, self.exchange_button, self.case_button,
                 self.feedback_button, self.clear_button, self.open_button, self.find_button, self.no_receipt_button)
        for first, then in itertools.pairwise(chain):
            QWidget.setTabOrder(first, then)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if (self.width() < COMPACT_WIDTH) != self.compact:
            self.compact = not self.compact
            self._fit_panel()
        if (self.height() < SHORT_HEIGHT) != self.short:
            self.short = not self.short
            self._fit_height()

    def _fit_height(self) -> None:
        """In a short window (1280 x 800 at 150 % leaves 500 px for the page)
        the decision and every button stay on screen instead of the page
        scrolling Complete below the fold: the buttons lose their padding,
        the sentences' box keeps two lines or what room is left (it scrolls), and the refund's
        caption goes (the box says what it does and keeps the name for a
        screen reader)."""
        for widget in (*self.panel_buttons, self.open_button, self.find_button, self.no_receipt_button,
                       self.refund_to):
            widget.setProperty("short", self.short)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self.refund_label.setVisible(not self.short)
        style = self.style()
        margin = 0 if self.short else style.pixelMetric(QStyle.PixelMetric.PM_LayoutTopMargin)
        spacing = 3 if self.short else style.pixelMetric(QStyle.PixelMetric.PM_LayoutVerticalSpacing)
        self.panel_side.setContentsMargins(margin, margin, margin, margin)
        self.panel_side.setSpacing(spacing)
        self.panel_grid.setSpacing(spacing)
        # The two ways in without a receipt go up beside the scan field, so what is open takes the full width.
        for button in (self.find_button, self.no_receipt_button):
            (self.header_row if self.short else self.top_row).removeWidget(button)
            if self.short:
                self.top_row.addWidget(button)
            else:
                self.header_row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        lines = 2 * self.sentences.fontMetrics().height() + 24  # and the box's padding (returndesk.qss)
        self.sentences.setMinimumHeight(lines if self.short else 110)
        self.sentences_box.setMinimumHeight(lines if self.short else 120)
        self._fit_panel()

    def _fit_panel(self) -> None:
        """In a narrow window (1280 x 800 at 150 %) the panel's buttons drop
        their keys from the caption (still in the tooltip and the accessible
        name) so the lines keep the width their columns need."""
        for button, (caption, tip) in self.captions.items():
            name, key = _caption_parts(caption)
            short = self.compact and bool(key)
            button.setText(name if short else caption)
            button.setToolTip((f"{caption}: {tip}" if tip else caption) if short else tip)
            button.setAccessibleName(caption)
        side = self.panel.layout()
        if side is not None:
            side.activate()
        self.panel.setMinimumWidth(max(260 if self.compact else 300, self.panel.minimumSizeHint().width()))

    def _step_line(self, step: int) -> None:
        """Up or Down out of a quantity: the same column of the line above or below."""
        current = self.table.currentIndex()
        row = current.row() + step
        if current.isValid() and 0 <= row < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row, current.column()))
        editor = self._open_editor()  # the next line's quantity opened by itself: what is typed goes there
        (editor or self.table).setFocus()

    def _open_editor(self) -> QWidget | None:
        if self.table.state() != QAbstractItemView.State.EditingState:
            return None
        return self.table.indexWidget(self.table.currentIndex())

    def _commit_open_editor(self) -> None:
        """A quantity typed but not yet confirmed with Enter counts."""
        editor = self._open_editor()
        if editor is not None:
            self.table.commitData(editor)
            self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.table.setFocus()

    def _close_open_editor(self) -> bool:
        editor = self._open_editor()
        if editor is None:
            return False
        self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.RevertModelCache)
        self.table.setFocus()
        return True

    def show_message(self, text: str, error: bool = False) -> None:
        say(self.message, text, error)
