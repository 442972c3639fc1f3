"""The reference panel: the store's active return policy in plain language,
and canned answers to common questions, kept current by managers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from sqlalchemy import select

from desktop.messages import QT_TR_NOOP, Message
from desktop.models import CannedAnswer, Staff
from desktop.policy.plain import describe
from desktop.services import audit, inputs
from desktop.services.auth import Actor
from desktop.services.commands import MANAGERS, Command, handles
from desktop.services.context import Context
from desktop.services.errors import Forbidden, NotFound, RequestError
from desktop.services.policies import active_policy


@dataclass(frozen=True)
class Answer:
    id: int
    title: str
    body: str
    updated_by: str


def policy_text(ctx: Context, actor: Actor) -> tuple[str, list[Message]]:
    """(policy name, sentences)."""
    with ctx.uow() as uow:
        policy = active_policy(uow.session, actor.store_id, actor.store_code)
        return policy.name, describe(policy)


def answers(ctx: Context, actor: Actor) -> list[Answer]:
    with ctx.uow() as uow:
        rows = uow.session.scalars(select(CannedAnswer).where(CannedAnswer.store_id == actor.store_id)
                                   .order_by(CannedAnswer.title)).all()
        out = []
        for row in rows:
            staff = uow.session.get(Staff, row.updated_by_id)
            out.append(Answer(row.id, row.title, row.body, staff.name if staff else ""))
        return out


def save_answer(ctx: Context, actor: Actor, title: str, body: str, answer_id: int | None = None) -> Answer:
    """Managers keep the answers current; every change is audited."""
    if not actor.is_manager:
        raise Forbidden(QT_TR_NOOP("only a manager can change the canned answers"))
    title, body = title.strip(), body.strip()
    if not title or not body:
        raise RequestError(QT_TR_NOOP("an answer needs a title and a text"))
    with ctx.uow(write=True) as uow:
        session = uow.session
        if answer_id is None:
            row = CannedAnswer(store_id=actor.store_id, title=title[:120], body=body, updated_by_id=actor.staff_id,
                               updated_at=ctx.now())
            session.add(row)
        else:
            found = session.get(CannedAnswer, answer_id)
            if found is None or found.store_id != actor.store_id:
                raise NotFound(QT_TR_NOOP("no canned answer {answer_id}"), answer_id=answer_id)
            row = found
            row.title, row.body, row.updated_by_id, row.updated_at = title[:120], body, actor.staff_id, ctx.now()
        session.flush()
        audit.record(session, actor.store_id, "answer.saved", at=ctx.now(), staff_id=actor.staff_id,
                     entity="answer", entity_id=row.id, payload={"title": row.title})
        answer = Answer(row.id, row.title, row.body, actor.name)
        uow.commit()
    return answer


@dataclass(frozen=True)
class SaveAnswer(Command[Answer]):
    """A canned answer, new (no ``answer_id``) or changed: managers only."""

    roles: ClassVar[frozenset[str]] = MANAGERS
    refusal: ClassVar[str] = QT_TR_NOOP("only a manager can change the canned answers")
    title: str
    body: str
    answer_id: int | None = None

    def check(self) -> None:
        inputs.text(self.title, "title", limit=120)
        inputs.text(self.body, "text", limit=20_000, lines=True)


@handles(SaveAnswer)
def _save(ctx: Context, command: SaveAnswer, actor: Actor) -> Answer:
    return save_answer(ctx, actor, command.title, command.body, command.answer_id)
