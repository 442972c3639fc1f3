"""The case queue as a table, what falls due first on top; due marks carry a
word and a sign, never colour alone."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.services.cases import TIERS, QueueRow
from desktop.ui.tables import HeaderedTableModel

# What staff read first comes first: on a narrow screen the rest scrolls.
COL_NUMBER, COL_DUE, COL_STATE, COL_SUBJECT, COL_CUSTOMER, COL_PRIORITY, COL_TYPE, COL_OWNER, COL_TIER, \
    COL_STATUS = range(10)
HEADERS = ["#", "Due", "", "Subject", "Customer", "Priority", "Type", "Owner", "Level", "Status"]
STATE_TEXT = {"overdue": "⏰ OVERDUE", "due soon": "⌛ due soon", "": ""}
STATE_COLOUR = {"overdue": "#fde7e6", "due soon": "#fff4d6"}

Index = QModelIndex | QPersistentModelIndex


def words(code: str) -> str:
    return code.replace("_", " ")


class CaseQueueModel(HeaderedTableModel):
    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.rows: list[QueueRow] = []
        self.zone: dt.tzinfo | None = None

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
            return f"{row.due_what} due"
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == COL_NUMBER:
            return row.number
        if column == COL_DUE:
            return row.due_at.astimezone(self.zone).strftime("%a %d %b %H:%M") if row.due_at else "—"
        if column == COL_STATE:
            return STATE_TEXT[row.due_state]
        if column == COL_PRIORITY:
            return row.priority
        if column == COL_TYPE:
            return words(row.type)
        if column == COL_SUBJECT:
            return row.subject
        if column == COL_CUSTOMER:
            return row.customer
        if column == COL_OWNER:
            return row.owner + (f" → {row.department}" if row.department else "")
        if column == COL_TIER:
            return TIERS[row.tier]
        if column == COL_STATUS:
            return words(row.status)
        return None
