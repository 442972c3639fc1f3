"""The case queue as a table, what falls due first on top; due marks carry a
word and a sign, never colour alone."""

from __future__ import annotations

import datetime as dt
from typing import Any

from babel.dates import format_datetime
from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.messages import QT_TRANSLATE_NOOP
from desktop.services.cases import TIERS, QueueRow
from desktop.ui.labels import label
from desktop.ui.tables import HeaderedTableModel

# What staff read first comes first: on a narrow screen the rest scrolls.
COL_NUMBER, COL_DUE, COL_STATE, COL_SUBJECT, COL_CUSTOMER, COL_PRIORITY, COL_TYPE, COL_OWNER, COL_TIER, \
    COL_STATUS = range(10)
HEADERS = ["#", QT_TRANSLATE_NOOP("Columns", "Due"), "", QT_TRANSLATE_NOOP("Columns", "Subject"),
           QT_TRANSLATE_NOOP("Columns", "Customer"), QT_TRANSLATE_NOOP("Columns", "Priority"),
           QT_TRANSLATE_NOOP("Columns", "Type"), QT_TRANSLATE_NOOP("Columns", "Owner"),
           QT_TRANSLATE_NOOP("Columns", "Level"), QT_TRANSLATE_NOOP("Columns", "Status")]
STATE_TEXT = {"overdue": QT_TRANSLATE_NOOP("CaseQueueModel", "⚑ OVERDUE"),
              "due soon": QT_TRANSLATE_NOOP("CaseQueueModel", "◷ due soon"), "": ""}
STATE_COLOUR = {"overdue": "#fde7e6", "due soon": "#fff4d6"}

Index = QModelIndex | QPersistentModelIndex


class CaseQueueModel(HeaderedTableModel):
    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.rows: list[QueueRow] = []
        self.zone: dt.tzinfo | None = None
        self.locale = "en_US"

    # ---- Dates and marks as staff read them

    def when(self, at: dt.datetime) -> str:
        """A day and time in the store's zone, in the station's language ("Mon 23 Nov 14:05")."""
        return format_datetime(at.astimezone(self.zone), "EEE d MMM HH:mm", locale=self.locale)

    def day(self, at: dt.datetime) -> str:
        return format_datetime(at.astimezone(self.zone), "EEE d MMM", locale=self.locale)

    @staticmethod
    def state_text(state: str) -> str:
        text = STATE_TEXT.get(state, state)
        return QCoreApplication.translate("CaseQueueModel", text) if text else ""

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
            return QCoreApplication.translate("CaseQueueModel", "{what} due").format(what=label(row.due_what))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == COL_NUMBER:
            return row.number
        if column == COL_DUE:
            return self.when(row.due_at) if row.due_at else "—"
        if column == COL_STATE:
            return self.state_text(row.due_state)
        if column == COL_PRIORITY:
            return label(row.priority)
        if column == COL_TYPE:
            return label(row.type)
        if column == COL_SUBJECT:
            return row.subject
        if column == COL_CUSTOMER:
            return row.customer
        if column == COL_OWNER:
            return row.owner + (f" → {label(row.department)}" if row.department else "")
        if column == COL_TIER:
            return label(TIERS[row.tier])
        if column == COL_STATUS:
            return label(row.status)
        return None
