"""What the Staff screen shows and offers, in plain Python: a person's
state in words, the roles the signed-in person may give, the word on the
activate button. No Qt: the screen hands it Qt's translate."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.services.staff_admin import StaffView
from desktop.ui.presenting import Translate, Words, english

ROLES = ("clerk", "manager", "admin")


@dataclass
class StaffPresenter(Words):
    locale: str = "en_US"
    translate: Translate = field(default=english, repr=False)

    def state(self, person: StaffView) -> str:
        """Deactivated, locked (too many wrong PINs), on a one-time PIN, or active."""
        if not person.active:
            return self.translate("StaffModel", "deactivated")
        if person.locked_until is not None:
            return self.translate("StaffModel", "locked")
        return (self.translate("StaffModel", "one-time PIN: chooses their own") if person.pin_must_change
                else self.translate("StaffModel", "active"))

    @staticmethod
    def roles_for(role: str) -> tuple[str, ...]:
        """An admin gives any role; a manager adds clerks only."""
        return ROLES if role == "admin" else ("clerk",)

    def activate_word(self, person: StaffView | None) -> str:
        return (self.translate("StaffScreen", "Reactivate") if person is not None and not person.active
                else self.translate("StaffScreen", "Deactivate"))
