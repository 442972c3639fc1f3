"""The part every table model of the screens shares: rows counted by the
subclass, column names from its ``headers`` (marked for translation in the
"Columns" context, shown in the station's language)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()  # the root: a table's rows have no parent
# The roles as plain numbers: a view asks data() a dozen roles per cell per paint, and reading
# Qt.ItemDataRole.X each time (an enum lookup) was a good part of the time a scan took to paint.
DISPLAY, EDIT = int(Qt.ItemDataRole.DisplayRole.value), int(Qt.ItemDataRole.EditRole.value)
TOOLTIP, BACKGROUND = int(Qt.ItemDataRole.ToolTipRole.value), int(Qt.ItemDataRole.BackgroundRole.value)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
HORIZONTAL = Qt.Orientation.Horizontal


class HeaderedTableModel(QAbstractTableModel):
    headers: Sequence[str] = ()

    def row_count(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = DISPLAY) -> Any:
        if role == DISPLAY and orientation == HORIZONTAL:
            return QCoreApplication.translate("Columns", self.headers[section])
        return None
