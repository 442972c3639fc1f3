"""At sign-in, when the store installed a new return policy since this
person last acknowledged one: what changed (windows, fees, limits), read
and acknowledged before the counter is used (services/policy_changes.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from desktop.catalogue import day
from desktop.ui.i18n import render

if TYPE_CHECKING:
    from desktop.services.policy_changes import PolicyChange


class PolicyChangeDialog(QDialog):
    """One button: the person has read it (Esc does not skip it)."""

    def __init__(self, change: PolicyChange, locale: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("ReturnDesk: the return policy changed"))
        self.setModal(True)
        intro = QLabel(self.tr("Store {store} has a new return policy (version {version}, installed {when} by {who}). "
                               "What changed:").format(store=change.store, version=change.version,
                                                       when=day(change.installed_at.date(), locale),
                                                       who=change.installed_by or "?"))
        intro.setWordWrap(True)
        self.changes = QListWidget()
        self.changes.setAccessibleName(self.tr("What changed in the policy"))
        self.changes.addItems([render(line) for line in change.changes])
        self.read_button = QPushButton(self.tr("I have read the changes"))
        self.read_button.setObjectName("primary")
        self.read_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.changes, 1)
        layout.addWidget(self.read_button)
        self.read_button.clicked.connect(self.accept)
        self.resize(640, 420)
        self.read_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def reject(self) -> None:  # Esc: the changes stay on screen until acknowledged
        return
