"""Returns exported to each target exactly once, even when an export is
killed half-way; the voucher commands; loyalty points taken back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.models import ExportBatch, Return
from desktop.services import auth, exports, returns, vouchers
from desktop.services.context import Context
from desktop.services.imports import import_sales
from tests.integration.test_imports import DAY, WHEN, imported

CLERK = ("1001", "2468")


def a_return(ctx: Context, receipt: str, key: str) -> dict:
    actor = auth.sign_in(auth.SignIn(*CLERK), ctx)
    with ctx.uow() as uow:
        from desktop.services.receipts import find_sale, receipt_json

        sale = receipt_json(find_sale(uow.session, receipt))
    line = next(line for line in sale["lines"] if line["qty"] != line["returned_qty"])
    reply = returns.process(returns.parse_request({"receipt": receipt, "items": [
        {"line": line["line"], "qty": 1, "condition": "opened", "reason": "changed_mind"}],
        "refund_to": "store_credit", "idempotency_key": key}), actor, ctx)
    assert reply.status == "completed", reply.body
    return reply.body


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_each_target_gets_each_return_once(ctx: Context, tmp_path: Path, samples: dict[str, str]) -> None:
    first = a_return(ctx, samples["coupon"], "one")
    pos = exports.export(ctx, "jsonl", tmp_path / "pos-1.jsonl", target="pos")
    kinds = [record["kind"] for record in records(tmp_path / "pos-1.jsonl")]
    assert pos.returns == 1 and kinds.count("return") == 1 and kinds.count("voucher") == pos.vouchers >= 1
    [ret] = [r for r in records(tmp_path / "pos-1.jsonl") if r["kind"] == "return"]
    assert ret["return_id"] == first["return_id"] and ret["lines"][0]["disposition"] == "open_box"
    assert ret["vouchers"][0]["voucher_id"] == first["tenders"][0]["voucher_id"]
    assert exports.export(ctx, "jsonl", tmp_path / "pos-2.jsonl", target="pos").returns == 0
    assert exports.export(ctx, "jsonl", tmp_path / "inventory.jsonl", target="inventory").returns == 1
    second = a_return(ctx, samples["coupon"], "two")
    third = exports.export(ctx, "jsonl", tmp_path / "pos-3.jsonl", target="pos")
    assert [r["return_id"] for r in records(tmp_path / "pos-3.jsonl") if r["kind"] == "return"] == \
        [second["return_id"]] and third.returns == 1
    # Stateless: everything after a cursor, remembering nothing.
    assert exports.export(ctx, "jsonl", tmp_path / "since.jsonl", since=pos.cursor).returns == 1


def test_an_export_killed_before_its_file_is_finished_by_the_next(ctx: Context, tmp_path: Path,
                                                                  samples: dict[str, str],
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    a_return(ctx, samples["coupon"], "one")

    def killed(*_args: object) -> None:
        raise KeyboardInterrupt  # the process dies after the claim, before the file

    with monkeypatch.context() as patch:
        patch.setattr(exports, "_write", killed)
        with pytest.raises(KeyboardInterrupt):
            exports.export(ctx, "poslog", tmp_path / "killed.xml", target="pos")
    assert not (tmp_path / "killed.xml").exists()
    a_return(ctx, samples["coupon"], "two")
    after = exports.export(ctx, "poslog", tmp_path / "next.xml", target="pos")
    assert after.recovered == (str((tmp_path / "killed.xml").resolve()),) and after.returns == 1
    killed_ids = (tmp_path / "killed.xml").read_text().count("<rd:ReturnID>")
    next_ids = (tmp_path / "next.xml").read_text().count("<rd:ReturnID>")
    assert (killed_ids, next_ids) == (1, 1)  # one each: neither lost nor twice
    with ctx.uow() as uow:
        assert set(uow.session.scalars(select(ExportBatch.state))) == {"done"}


def test_an_export_killed_after_its_file_was_in_place_is_not_written_twice(
        ctx: Context, tmp_path: Path, samples: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    a_return(ctx, samples["coupon"], "one")
    real_finish = exports._finish

    def killed_after_rename(ctx_: Context, batch_id: int, fmt: str, out: Path, ids: dict) -> None:
        with ctx_.uow() as uow:
            exports._write(out, fmt, list(exports._records(uow.session, ids)))
        raise KeyboardInterrupt  # the file is in place; the batch is not marked done

    with monkeypatch.context() as patch:
        patch.setattr(exports, "_finish", killed_after_rename)
        with pytest.raises(KeyboardInterrupt):
            exports.export(ctx, "csv", tmp_path / "first.csv", target="accounts")
    written = (tmp_path / "first.csv").stat().st_mtime_ns
    assert exports._finish is real_finish
    after = exports.export(ctx, "csv", tmp_path / "second.csv", target="accounts")
    assert after.returns == 0 and (tmp_path / "first.csv").stat().st_mtime_ns == written


def test_loyalty_points_come_back_in_proportion_to_what_was_returned(ctx: Context, tmp_path: Path) -> None:
    sale = {"pos_ref": f"1/5/900/{DAY}", "purchased_at": WHEN, "customer_id": "C1042", "points_earned": 30,
            "lines": [{"line": "1", "sku": "A", "qty": 3, "unit_price": "10.00"}],
            "tenders": [{"type": "cash", "amount": "30.00"}], "total": "30.00"}
    (tmp_path / "sale.jsonl").write_text(json.dumps(sale))
    from desktop.config import PosConfig

    assert import_sales(ctx, [tmp_path / "sale.jsonl"], PosConfig()).counts.imported == 1
    receipt = imported(ctx, f"1/5/900/{DAY}")
    actor = auth.sign_in(auth.SignIn(*CLERK), ctx)
    for n in range(3):
        returns.process(returns.parse_request({"receipt": receipt["receipt_id"], "items": [{"line": 1, "qty": 1}],
                                               "idempotency_key": f"p{n}"}), actor, ctx)
    with ctx.uow() as uow:
        assert list(uow.session.scalars(select(Return.points_reversed).order_by(Return.id))
                    .all())[-3:] == [10, 10, 10]


def test_a_voucher_is_checked_and_burned_once_at_the_main_pos(ctx: Context, samples: dict[str, str]) -> None:
    from desktop.services.errors import RequestError

    voucher = a_return(ctx, samples["coupon"], "v")["tenders"][0]["voucher_id"]
    state = vouchers.voucher_state(ctx, voucher)
    assert state.balance == state.amount and state.redeemed == ()
    spent = vouchers.redeem_voucher(ctx, voucher, "1.00", "9/31/777/2026-12-03")
    again = vouchers.redeem_voucher(ctx, voucher, "1.00", "9/31/777/2026-12-03")  # the POS retried
    assert spent == again and len(again.redeemed) == 1
    with pytest.raises(RequestError, match="left"):
        vouchers.redeem_voucher(ctx, voucher, "100000.00", "9/31/778/2026-12-03")
    with pytest.raises(RequestError, match="another amount"):
        vouchers.redeem_voucher(ctx, voucher, "2.00", "9/31/777/2026-12-03")
