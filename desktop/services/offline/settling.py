"""A manager settles a line two registers both took back offline: what
was done about it (the customer called back, the loss written off), once."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from sqlalchemy import select

from desktop.messages import QT_TR_NOOP
from desktop.models import OfflineConflict
from desktop.services import audit, inputs
from desktop.services.auth import Actor
from desktop.services.commands import MANAGERS, Command, handles
from desktop.services.context import Context
from desktop.services.errors import NotFound, RequestError


@dataclass(frozen=True)
class SettleConflict(Command[int]):
    roles: ClassVar[frozenset[str]] = MANAGERS
    refusal: ClassVar[str] = QT_TR_NOOP("offline conflicts are settled by a manager: {name} is a {role}")
    conflict_id: int
    resolution: str

    def check(self) -> None:
        inputs.text(self.resolution, "resolution", OfflineConflict.resolution, required=True)


@handles(SettleConflict)
def settle(ctx: Context, command: SettleConflict, actor: Actor) -> int:
    with ctx.uow(write=True) as uow:
        conflict = uow.session.scalars(select(OfflineConflict).where(
            OfflineConflict.id == command.conflict_id).with_for_update()).first()
        if conflict is None or conflict.store_id != actor.store_id:
            raise NotFound(QT_TR_NOOP("no offline conflict {id} at this store"), id=command.conflict_id)
        if conflict.resolved_at is not None:
            raise RequestError(QT_TR_NOOP("offline conflict {id} is already settled"), id=command.conflict_id)
        conflict.resolved_at, conflict.resolved_by_id = ctx.now(), actor.staff_id
        conflict.resolution = command.resolution.strip()
        audit.record(uow.session, actor.store_id, "offline.conflict_settled", at=ctx.now(), staff_id=actor.staff_id,
                     entity="offline_conflict", entity_id=conflict.id, payload={"resolution": conflict.resolution})
        uow.commit()
        return conflict.id
