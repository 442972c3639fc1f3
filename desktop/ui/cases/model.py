"""The case queue as a table, what falls due first on top; due marks carry a
word and a sign, never colour alone."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.messages import QT_TRANSLATE_NOOP
from desktop.services.cases import TIERS, QueueRow
from desktop.ui.cases.presenter import CasePresenter
from desktop.ui.tables import HeaderedTableModel

# What staff read first comes first: on a narrow screen the rest scrolls.
COL_NUMBER, COL_DUE, COL_STATE, COL_SUBJECT, COL_CUSTOMER, COL_PRIORITY, COL_TYPE, COL_OWNER, COL_TIER, \
    COL_STATUS = range(10)
HEADERS = ["#", QT_TRANSLATE_NOOP("Columns", "Due"), "", QT_TRANSLATE_NOOP("Columns", "Subject"),
           QT_TRANSLATE_NOOP("Columns", "Customer"), QT_TRANSLATE_NOOP("Columns", "Priority"),
           QT_TRANSLATE_NOOP("Columns", "Type"), QT_TRANSLATE_NOOP("Columns", "Owner"),
           QT_TRANSLATE_NOOP("Columns", "Level"), QT_TRANSLATE_NOOP("Columns", "Status")]
STATE_COLOUR = {"overdue": "#fde7e6", "due soon": "#fff4d6"}

Index = QModelIndex | QPersistentModelIndex


class CaseQueueModel(HeaderedTableModel):
    """The queue's rows; their cells as the presenter words them."""

    def __init__(self, presenter: CasePresenter, parent: Any = None):
        super().__init__(parent)
        self.rows: list[QueueRow] = []
        self.presenter = presenter

    def set_rows(self, rows: list[QueueRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    headers = HEADERS

    def row_count(self) -> int:
        return len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.BackgroundRole and row.due_state in STATE_COLOUR and column in (COL_DUE, COL_STATE):
            return QBrush(QColor(STATE_COLOUR[row.due_state]))
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_DUE and row.due_what:
            return self.presenter.due_tip(row)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == COL_NUMBER:
            return row.number
        if column == COL_DUE:
            return self.presenter.when(row.due_at) if row.due_at else "—"
        if column == COL_STATE:
            return self.presenter.state_text(row.due_state)
        if column == COL_PRIORITY:
            return self.presenter.label(row.priority)
        if column == COL_TYPE:
            return self.presenter.label(row.type)
        if column == COL_SUBJECT:
            return row.subject
        if column == COL_CUSTOMER:
            return row.customer
        if column == COL_OWNER:
            return self.presenter.owner(row)
        if column == COL_TIER:
            return self.presenter.label(TIERS[row.tier])
        if column == COL_STATUS:
            return self.presenter.label(row.status)
        return None
