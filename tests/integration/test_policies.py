"""Installing a store's policy: checked, versioned, and seen by the counters."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop import resources
from desktop.models import Store, StorePolicy
from desktop.policy import PolicyError
from desktop.services import policies
from desktop.services.context import Context


def store(ctx: Context) -> Store:
    with ctx.uow() as uow:
        return uow.session.scalars(select(Store).where(Store.code == "0001")).one()


def test_a_new_policy_reaches_this_process_at_once_and_others_within_seconds(ctx: Context, tmp_path: Path) -> None:
    shop = store(ctx)
    with ctx.uow() as uow:
        before = policies.active_policy(uow.session, shop.id, shop.code)
    stricter = tmp_path / "stricter.toml"
    stricter.write_text(f'extends = "{resources.path("policies", "default.toml")}"\ndefault_window_days = 7\n',
                        encoding="utf-8")
    with ctx.uow(write=True) as uow:
        row = policies.install(uow.session, uow.session.get(Store, shop.id), stricter, "it@store", ctx.now())
        uow.commit()
    with ctx.uow() as uow:
        after = policies.active_policy(uow.session, shop.id, shop.code)
        assert after.default_window_days == 7 != before.default_window_days
        versions = uow.session.scalars(select(StorePolicy.version).where(StorePolicy.store_id == shop.id)).all()
        assert row.version == max(versions) and len(versions) >= 2
    # Another counter process looked the old policy up a moment ago: it keeps it until its cache entry is
    # older than the maximum age, then reads the new one.
    with ctx.uow() as uow:
        key = (policies._database(uow.session), shop.id)
        old_id = uow.session.scalars(select(StorePolicy.id).where(StorePolicy.store_id == shop.id,
                                                                  StorePolicy.id != row.id)
                                     .order_by(StorePolicy.id.desc())).first()
        policies._ACTIVE[key] = (old_id, time.monotonic())
        assert policies.active_policy(uow.session, shop.id, shop.code).default_window_days == \
            before.default_window_days
        policies._ACTIVE[key] = (old_id, time.monotonic() - policies.ACTIVE_MAX_AGE_S - 1)
        assert policies.active_policy(uow.session, shop.id, shop.code).default_window_days == 7
        assert policies._ACTIVE[key][0] == row.id


def test_an_invalid_policy_is_refused_whole(ctx: Context, tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text('currency = "USD"\ndefault_window_days = "thirty"\n', encoding="utf-8")
    shop = store(ctx)
    with ctx.uow(write=True) as uow, pytest.raises(PolicyError, match="default_window_days"):
        policies.install(uow.session, uow.session.get(Store, shop.id), broken, "it@store", ctx.now())
