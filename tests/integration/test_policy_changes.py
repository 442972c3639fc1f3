"""Staff kept current on the policy: a new version shows each person what
changed at their next sign-in until they acknowledge it, and a manager sees
who has not."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services import auth, policy_changes, reports
from desktop.services.commands import handle
from desktop.services.context import Context
from desktop.services.errors import Forbidden
from tests.conftest import install_policy


def test_a_new_policy_is_shown_to_each_person_until_they_acknowledge_it(ctx: Context, tmp_path: Path) -> None:
    clerk = auth.sign_in(auth.SignIn("1001", "2468"), ctx)
    manager = auth.sign_in(auth.SignIn("9001", "1357"), ctx)
    assert policy_changes.pending(ctx, clerk) is None  # the store's first policy: nothing changed
    install_policy(ctx, tmp_path, "default_window_days = 45\n[tender]\ncash_refund_limit = \"100.00\"\n")
    change = policy_changes.pending(ctx, clerk)
    assert change is not None and change.store == "0001" and change.version >= 2
    assert "return window (days): 30 -> 45" in change.changes
    assert "refunds: cash refund limit: 200.00 -> 100.00" in change.changes
    assert not any(line.startswith(("name", "receipt")) for line in change.changes)  # words, not rules
    assert readers(ctx, manager)["Alex Rivera (1001)"] == "not yet"
    policy_changes.acknowledge(ctx, clerk, change.policy_id)
    policy_changes.acknowledge(ctx, clerk, change.policy_id)  # twice is once
    assert policy_changes.pending(ctx, clerk) is None
    assert policy_changes.pending(ctx, manager) is not None  # each person reads it themselves
    seen = readers(ctx, manager)
    assert seen["Alex Rivera (1001)"] == ctx.now().date().isoformat() and seen["Morgan Lee (9001)"] == "not yet"
    with pytest.raises(Forbidden):
        readers(ctx, clerk)


def readers(ctx: Context, actor: auth.Actor) -> dict[str, str]:
    """The policy-readers report: each person and the day they read the newest policy."""
    day = ctx.now().date()
    report = handle(ctx, reports.RunReport("policy-readers", reports.ReportQuery(day, day, "0001")), actor)
    return {row[0]: str(row[3]) for row in report.rows}


def test_the_differences_name_every_rule_added_changed_or_removed() -> None:
    old = {"name": "A", "default_window_days": 30, "categories": {"electronics": {"window_days": 15}},
           "no_receipt": {"allowed": True}}
    new = {"name": "B", "default_window_days": 30, "categories": {"electronics": {"window_days": 30,
                                                                                  "restocking_fee_pct": 15}}}
    assert policy_changes.differences(old, new) == (
        "category electronics: return window (days): 15 -> 30",
        "category electronics: restocking fee (%): none -> 15",
        "without a receipt: allowed: yes -> none",
    )
