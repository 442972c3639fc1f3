"""The sale's lines as a table: what was sold, returned and left, and the
columns the clerk edits (quantity, condition, reason, serial) beside the
live decision for each line."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QComboBox,
    QDoubleSpinBox,
    QHeaderView,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from desktop.messages import QT_TRANSLATE_NOOP
from desktop.policy import quantity
from desktop.ui.labels import label, labels
from desktop.ui.returns.presenter import CONDITIONS, REASONS, LineRow, ReturnDraft
from desktop.ui.tables import ALIGNMENT, BACKGROUND, DISPLAY, EDIT, TOOLTIP, HeaderedTableModel
from desktop.ui.theme import outcome_text
from desktop.ui.widgets import in_two_lines

# What the clerk needs most comes first: on a narrow screen the rest scrolls.
COL_LINE, COL_ITEM, COL_LEFT, COL_QTY, COL_DECISION, COL_REFUND, COL_CONDITION, COL_REASON, COL_SERIAL, \
    COL_PRICE, COL_SOLD, COL_RETURNED = range(12)
HEADERS = ["#", QT_TRANSLATE_NOOP("Columns", "Item"), QT_TRANSLATE_NOOP("Columns", "Left"),
           QT_TRANSLATE_NOOP("Columns", "Return"), QT_TRANSLATE_NOOP("Columns", "Decision"),
           QT_TRANSLATE_NOOP("Columns", "Refund"), QT_TRANSLATE_NOOP("Columns", "Condition"),
           QT_TRANSLATE_NOOP("Columns", "Reason"), QT_TRANSLATE_NOOP("Columns", "Serial"),
           QT_TRANSLATE_NOOP("Columns", "Price"), QT_TRANSLATE_NOOP("Columns", "Sold"),
           QT_TRANSLATE_NOOP("Columns", "Returned")]
EDITABLE = {COL_QTY, COL_CONDITION, COL_REASON, COL_SERIAL}
# Made once: a view asks a cell's flags on every paint.
NO_FLAGS = Qt.ItemFlag.NoItemFlags
SHOWN = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
EDITED = SHOWN | Qt.ItemFlag.ItemIsEditable
COLOURS = {"approve": "#e4f4e7", "deny": "#fde7e6", "needs_override": "#fff4d6"}
BRUSHES = {outcome: QBrush(QColor(colour)) for outcome, colour in COLOURS.items()}
WHITE = QBrush(QColor("#ffffff"))
RIGHT_ALIGNED = frozenset({COL_SOLD, COL_RETURNED, COL_LEFT, COL_QTY, COL_PRICE, COL_REFUND})
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ANSWERED = frozenset({DISPLAY, EDIT, BACKGROUND, TOOLTIP, ALIGNMENT})  # every other role: None at once

Index = QModelIndex | QPersistentModelIndex


class ReturnLinesModel(HeaderedTableModel):
    sig_edited = Signal()  # the clerk changed what is returned: decide again

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.draft: ReturnDraft | None = None
        self.two_line_headers = False  # a narrow window: a header of two words takes two lines
        # Each cell's text, made once (amounts formatted by Babel): a view asks for it on every paint and
        # every measure. Forgotten whenever the model says its cells changed, before any view hears it.
        self.shown: dict[tuple[int, int], Any] = {}
        for signal in (self.modelReset, self.dataChanged, self.rowsInserted):
            signal.connect(self.shown.clear)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = DISPLAY) -> Any:
        text = super().headerData(section, orientation, role)
        return in_two_lines(text) if self.two_line_headers and isinstance(text, str) else text

    def wrap_headers(self, on: bool) -> None:
        if on != self.two_line_headers:
            self.two_line_headers = on
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)

    @property
    def rows(self) -> list[LineRow]:
        return self.draft.rows if self.draft else []

    def row_added(self) -> None:
        count = len(self.rows)
        self.beginInsertRows(QModelIndex(), count - 1, count - 1)
        self.endInsertRows()

    def set_draft(self, draft: ReturnDraft | None) -> None:
        self.beginResetModel()
        self.draft = draft
        self.endResetModel()

    def decision_changed(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(HEADERS) - 1))

    # ---- Qt's model interface

    headers = HEADERS

    def row_count(self) -> int:
        return len(self.rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return NO_FLAGS
        if self.draft is not None and self.draft.completed:
            return SHOWN  # a completed return is a record
        column = index.column()
        if column in EDITABLE and self.rows[index.row()].remaining > 0:
            if column != COL_SERIAL or self.rows[index.row()].needs_serial:
                return EDITED
        return SHOWN

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role not in ANSWERED or self.draft is None or not index.isValid():
            return None
        if role == DISPLAY:
            key = (index.row(), index.column())
            if key not in self.shown:
                self.shown[key] = self._text(self.rows[key[0]], key[1], edit=False)
            return self.shown[key]
        row, column = self.rows[index.row()], index.column()
        if role == EDIT:
            return self._text(row, column, edit=True)
        if role == BACKGROUND and column in (COL_DECISION, COL_REFUND) and row.outcome:
            return BRUSHES.get(row.outcome, WHITE)
        if role == TOOLTIP and column == COL_DECISION and row.reasons:
            return labels(row.reasons)
        if role == TOOLTIP and column == COL_ITEM:  # what a narrow screen hides
            return self._item_tip(row)
        if role == ALIGNMENT and column in RIGHT_ALIGNED:
            return RIGHT
        return None

    def _text(self, row: LineRow, column: int, edit: bool) -> Any:
        draft = self.draft
        assert draft is not None
        if column == COL_LINE:
            return row.line
        if column == COL_ITEM:
            return row.description + (QCoreApplication.translate("ReturnLinesModel", "  (final sale)")
                                      if row.final_sale else "")
        if column in (COL_SOLD, COL_RETURNED, COL_LEFT) and row.no_receipt:
            return "–"  # nothing on record without a receipt
        if column == COL_SOLD:
            return draft.amount_of(row, row.sold)
        if column == COL_RETURNED:
            return draft.amount_of(row, row.returned)
        if column == COL_LEFT:
            return draft.amount_of(row, row.remaining)
        if column == COL_PRICE:
            return draft.money(row.unit_price)
        if column == COL_QTY:
            if edit:  # what the spin box starts from
                return float(row.qty) if row.unit else row.qty
            return draft.amount_of(row, row.qty)
        if column == COL_CONDITION:
            return row.condition if edit else label(row.condition)
        if column == COL_REASON:
            return row.reason if edit else label(row.reason)
        if column == COL_SERIAL:
            if edit or row.serial:
                return row.serial
            return QCoreApplication.translate("ReturnLinesModel", "required") if row.needs_serial else ""
        if column == COL_DECISION:
            if not row.outcome:
                return ""
            return outcome_text(row.outcome)  # the reasons: tooltip, and the sentences beside the table
        if column == COL_REFUND:
            return draft.money(row.refund) if row.refund else ""
        return None

    def _item_tip(self, row: LineRow) -> str:
        draft = self.draft
        assert draft is not None
        if row.no_receipt:
            return row.description
        said = QCoreApplication.translate("ReturnLinesModel", "sold {sold} · returned {returned} · price {price}")
        return row.description + "\n" + said.format(sold=draft.amount_of(row, row.sold),
                                                     returned=draft.amount_of(row, row.returned),
                                                     price=draft.money(row.unit_price))

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        row, column = self.rows[index.row()], index.column()
        if column == COL_QTY:
            try:
                # A spin box's float carries binary noise: round to the thousandth the line is sold in.
                text = f"{value:.3f}" if isinstance(value, float) else value
                qty = quantity.parse(text, measured=row.unit is not None)
            except quantity.QuantityError:
                return False
            if not 0 <= qty <= row.remaining:
                return False
            row.qty = qty
        elif column == COL_CONDITION and value in CONDITIONS:
            row.condition = value
        elif column == COL_REASON and value in REASONS:
            row.reason = value
        elif column == COL_SERIAL:
            row.serial = str(value).strip()
        else:
            return False
        assert self.draft is not None
        self.draft.changed()
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(HEADERS) - 1))
        self.sig_edited.emit()
        return True


LOADED = "returndesk_loaded"  # an editor's property: the cell's value it was last given


class LineEditorDelegate(QStyledItemDelegate):
    """Spin box for the quantity, lists for condition and reason: all keyboard.

    Up and Down in a quantity step to the line above or below (what is typed
    counts), as in a spreadsheet; they never nudge the number: a clerk going
    down the receipt must not return a pound of apples on the way."""

    sig_step = Signal(int)  # Up (-1) or Down (+1) in a quantity: the row to go to, relative

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (event.type() == QEvent.Type.KeyPress and isinstance(editor, (QSpinBox, QDoubleSpinBox))
                and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)  # type: ignore[attr-defined]
                and not event.modifiers()):  # type: ignore[attr-defined]
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.sig_step.emit(-1 if event.key() == Qt.Key.Key_Up else 1)  # type: ignore[attr-defined]
            return True
        return super().eventFilter(editor, event)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        model = index.model()
        assert isinstance(model, ReturnLinesModel)
        column = index.column()
        if column == COL_QTY:
            row = model.rows[index.row()]
            if row.unit:  # weighed or measured: part of it may come back
                measure = QDoubleSpinBox(parent)
                measure.setDecimals(quantity.DECIMALS)
                measure.setRange(0, float(row.remaining))
                measure.setSuffix(f" {row.unit}")
                return measure
            box = QSpinBox(parent)
            box.setRange(0, int(row.remaining))
            return box
        if column in (COL_CONDITION, COL_REASON):
            combo = QComboBox(parent)
            for value in CONDITIONS if column == COL_CONDITION else REASONS:
                combo.addItem(label(value), value)
            return combo
        return QLineEdit(parent)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        # An open editor holds what the clerk is typing. Qt calls this again whenever any cell of the line
        # changes; a decision arriving for the line before (its Down committed a quantity) would put the
        # model's 0 back over a 1 typed but not yet confirmed with Enter. Only a change of this very cell
        # (the line picked another way) reaches the editor.
        value = index.data(Qt.ItemDataRole.EditRole)
        if editor.property(LOADED) == repr(value):
            return
        editor.setProperty(LOADED, repr(value))
        if isinstance(editor, QDoubleSpinBox):
            editor.setValue(float(value or 0))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value or 0))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value or ""))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        if isinstance(editor, (QSpinBox, QDoubleSpinBox)):
            model.setData(index, editor.value())
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())


CELL_PADDING = 6  # a cell's margin on each side, as the style draws it
WRAPPING = (COL_ITEM, COL_DECISION, COL_REASON)  # text that may take two lines rather than be cut
# Columns a narrow window gives up first (the item's tooltip still says them),
# so the item's name and the columns the clerk works in fit without scrolling.
DROPPABLE = (COL_RETURNED, COL_SOLD, COL_PRICE, COL_LINE)


def resize(header: QHeaderView, column: int, width: int) -> None:
    if header.sectionSize(column) != width:  # each resize lays the table out again
        header.resizeSection(column, width)


class ColumnFitter(QObject):
    """Keeps the lines table within its width: the serial column only when a
    line needs one, headers of two words on two lines, then the droppable
    columns hidden, least needed first; what is still too long (an item's
    name, a decision, a reason) wraps onto a second line, never cut. The item
    column takes what the others leave.

    It fits once per turn of the event loop, after the decision is painted:
    a decision changes every line's cells at once, and measuring the columns
    for each change slowed the scan-to-decision path fourfold."""

    def __init__(self, table: QTableView, model: ReturnLinesModel):
        super().__init__(table)
        self.table, self.model = table, model
        self.fitting = False  # hiding a column resizes the viewport: no fitting inside a fit
        self.sizes: dict[tuple[int, str], int] = {}  # (column, text) -> width, for self.font
        self.font = table.font()
        self.wrapped = False  # some rows are taller: a cell wraps
        self.pending = QTimer(self)
        self.pending.setSingleShot(True)
        self.pending.setInterval(0)
        self.pending.timeout.connect(self.fit_now)
        table.setWordWrap(True)
        # Every width is set here, from the measures kept in self.sizes: a column left to Qt's
        # ResizeToContents had Qt measure each of its cells again on every layout (two thousand
        # calls of the model's data() a scan, most of the fitting's time).
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.viewport().installEventFilter(self)
        for signal in (model.modelReset, model.rowsInserted, model.dataChanged):
            signal.connect(self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def width_of(self, column: int) -> int:
        """What a column needs to show its header and every cell on one line
        (as QTableView.sizeHintForColumn, each cell measured by the delegate
        once per text and font: a decision changes two columns, not twelve)."""
        table, model = self.table, self.model
        cells = [self.cell_width(model.index(row, column)) for row in range(model.rowCount())]
        grid = 1 if table.showGrid() else 0
        return max([self.header_width(column), *(width + grid for width in cells)])

    def header_width(self, column: int) -> int:
        # Beside the cells' keys; by its text: in two lines, or another language.
        key = (-1 - column, str(self.model.headerData(column, Qt.Orientation.Horizontal)))
        if key not in self.sizes:
            header = self.table.horizontalHeader()
            if header.isSectionHidden(column):  # Qt measures a hidden header as 0: shown a moment, once a text
                header.setSectionHidden(column, False)
                try:
                    self.sizes[key] = header.sectionSizeHint(column)
                finally:
                    header.setSectionHidden(column, True)
            else:
                self.sizes[key] = header.sectionSizeHint(column)
        return self.sizes[key]

    def cell_width(self, index: QModelIndex) -> int:
        key = (index.column(), str(index.data()))
        if key not in self.sizes:
            self.sizes[key] = self.table.sizeHintForIndex(index).width()
        return self.sizes[key]

    def longest_word(self, column: int) -> int:
        """What a column needs with its cells wrapped: its header, or its longest word."""
        metrics, model = self.table.fontMetrics(), self.model
        cells = (str(model.data(model.index(row, column)) or "") for row in range(model.rowCount()))
        words = [word for cell in cells for word in cell.split()]
        header = self.header_width(column)
        return max([header, *(metrics.horizontalAdvance(word) + 2 * CELL_PADDING for word in words)])

    def fit(self, *_: object) -> None:
        """Fit at the next turn of the event loop (many changes, one fit)."""
        if not self.fitting:
            self.pending.start()

    def fit_now(self) -> None:
        self.pending.stop()
        self.fitting = True
        try:
            self._fit()
        finally:
            self.fitting = False

    def _fit(self) -> None:
        """Decided on measures first (the headers' two forms measured with the
        model's flag set quietly), then only what changed is done to the
        table: showing, hiding, a header's form and a width each make Qt lay
        the table out again."""
        table, rows, model = self.table, self.model.rows, self.model
        if table.font() != self.font or len(self.sizes) > 5000:  # another size or language; or a long day
            self.font, self.sizes = table.font(), {}
        hidden = set() if any(row.needs_serial or row.serial for row in rows) else {COL_SERIAL}
        room = table.viewport().width()
        shown_now = model.two_line_headers

        def measured(two_lines: bool) -> dict[int, int]:
            model.two_line_headers = two_lines  # quietly: only measured here
            try:
                return {column: self.width_of(column) for column in range(len(HEADERS)) if column not in hidden}
            finally:
                model.two_line_headers = shown_now

        two_lines = False
        widths = measured(two_lines)

        def fixed() -> int:
            return sum(width for column, width in widths.items() if column not in WRAPPING and column not in hidden)

        def full() -> int:
            return sum(widths[column] for column in WRAPPING)

        if fixed() + full() > room:
            two_lines = True
            widths = measured(two_lines)
        for column in DROPPABLE:
            if fixed() + full() <= room:
                break
            hidden.add(column)
        model.wrap_headers(two_lines)
        for column in (COL_SERIAL, *DROPPABLE):
            if table.isColumnHidden(column) != (column in hidden):
                table.setColumnHidden(column, column in hidden)
        left = room - fixed()
        header = table.horizontalHeader()
        for column, width in widths.items():
            if column not in WRAPPING and column not in hidden:
                resize(header, column, width)
        if left >= full():  # every name on one line; the item takes the rest
            for column in WRAPPING:
                resize(header, column, widths[column] + (left - full() if column == COL_ITEM else 0))
            if self.wrapped:  # back to one line a row
                table.resizeRowsToContents()
                self.wrapped = False
        else:
            least = {column: self.longest_word(column) for column in WRAPPING}
            shares = {column: max(least[column], left * widths[column] // full()) for column in WRAPPING}
            for column in WRAPPING:  # each gives up room in proportion, down to its longest word
                over = sum(shares.values()) - left
                if over > 0:
                    shares[column] -= min(over, shares[column] - least[column])
                resize(header, column, shares[column])
            table.resizeRowsToContents()  # a wrapped name takes its second line
            self.wrapped = True
