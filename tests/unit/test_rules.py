"""The policy file: every key, extends, and problems named by file, line and key."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from desktop.policy import Reason, check_policy, load_policy
from desktop.policy.loading import parse_policy_text
from desktop.policy.rules import PolicyError

CONTRACT_EXAMPLE = Path(__file__).parent / "data" / "contract-policy.toml"


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_contract_example_with_every_key() -> None:
    policy = load_policy(CONTRACT_EXAMPLE)
    assert policy.name == "Main Street store"
    assert policy.currency.code == "USD" and policy.timezone == "America/New_York"
    assert policy.categories["electronics"].restocking_fee_pct == Decimal(15)
    assert policy.categories["electronics"].requires_serial_match
    assert policy.categories["clearance"].final_sale
    assert policy.tiers == {"gold": 30}
    assert policy.holiday is not None and policy.holiday.return_by.as_tuple() == (1, 15)
    assert policy.no_receipt.allowed and policy.no_receipt.max_value_per_365_days == 15000
    assert policy.cash_refund_limit == 20000
    assert Reason.SERIAL_MISMATCH in policy.override_allowed


def test_defaults_when_tables_are_missing(tmp_path: Path) -> None:
    policy = load_policy(write(tmp_path, "p.toml", 'name = "Tiny"\ndefault_window_days = 14\n'))
    assert policy.currency.code == "USD" and policy.locale == "en_US" and policy.timezone == "UTC"
    assert policy.cross_store_returns is True
    assert policy.defective_window() == 14
    assert not policy.no_receipt.allowed
    assert policy.cash_refund_limit is None and policy.holiday is None
    assert policy.override_allowed == frozenset()


def test_store_extends_chain(tmp_path: Path) -> None:
    write(tmp_path, "chain.toml", 'name = "Chain"\ndefault_window_days = 30\n[categories.toys]\nwindow_days = 20\n'
                                  'restocking_fee_pct = 5\n')
    store = write(tmp_path, "store.toml", 'extends = "chain.toml"\nname = "Store"\n[categories.toys]\n'
                                          'window_days = 45\n')
    policy = load_policy(store)
    assert policy.name == "Store" and policy.default_window_days == 30
    assert policy.categories["toys"].window_days == 45
    assert policy.categories["toys"].restocking_fee_pct == Decimal(5)  # kept from the chain


@pytest.mark.parametrize(("text", "line", "key", "message"), [
    ('name = "X"\ndefault_window_days = -3\n', 2, "default_window_days", "cannot be negative"),
    ('name = "X"\ndefault_window_days = 30\n[categories.tv]\nrestocking_fee_pct = 150\n', 4,
     "categories.tv.restocking_fee_pct", "over 100 %"),
    ('name = "X"\ndefault_window_days = 30\nwindow = 3\n', 3, "window", "unknown key"),
    ('name = "X"\ndefault_window_days = 30\n[categories.tv]\nwindow_dayz = 3\n', 4,
     "categories.tv.window_dayz", "did you mean 'window_days'"),
    ('name = "X"\ndefault_window_days = 30\n[override]\nallowed = ["WINDOW_EXPIRED", "BECAUSE"]\n', 4,
     "override.allowed", "unknown reason code 'BECAUSE'"),
    ('name = "X"\ndefault_window_days = 30\n[override]\nallowed = ["QTY_EXCEEDS_REMAINING"]\n', 4,
     "override.allowed", "can never be overridden"),
    ('name = "X"\ndefault_window_days = 30\ncurrency = "XYZ"\n', 3, "currency", "unknown currency"),
    ('name = "X"\ndefault_window_days = 30\ntimezone = "Mars/Olympus"\n', 3, "timezone", "unknown time zone"),
    ('name = "X"\ndefault_window_days = 30\n[holiday]\nstart = "11-31"\nend = "12-24"\nreturn_by = "01-15"\n', 4,
     "holiday.start", "not a day of the year"),
    ('name = "X"\ndefault_window_days = 30\n[no_receipt]\nrefund_as = "original"\n', 4,
     "no_receipt.refund_as", "not possible"),
    ('name = "X"\ndefault_window_days = 30\n[tender]\ncash_refund_limit = 200.5\n', 4,
     "tender.cash_refund_limit", "write amounts as strings"),
    ('name = "X"\ndefault_window_days = 30\ncurrency = "VND"\n[tender]\ncash_refund_limit = "100.50"\n', 5,
     "tender.cash_refund_limit", "more than 0 decimal places"),
    ('name = "X"\n', 0, "default_window_days", "is required"),
    ('name = "X"\ndefault_window_days = 30\n[categories.tv]\nrestocking_fee_when = "sometimes"\n', 4,
     "categories.tv.restocking_fee_when", "must be one of"),
    ('name = "X"\ndefault_window_days = 30\n[service]\nsurvey_url = "survey.example/{code}"\n', 4,
     "service.survey_url", "must be a web address"),
])
def test_problems_name_file_line_and_key(tmp_path: Path, text: str, line: int, key: str, message: str) -> None:
    path = write(tmp_path, "bad.toml", text)
    problems = check_policy(path)
    assert len(problems) == 1, problems
    problem = problems[0]
    assert (problem.file, problem.line, problem.key) == (str(path), line, key)
    assert message in problem.message
    assert str(problem).startswith(f"{path}:{line}: {key}: " if line else f"{path}: {key}: ")


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.toml", 'default_window_days = -1\nfoo = 1\n[categories.tv]\n'
                                       'restocking_fee_pct = 101\n')
    keys = {p.key for p in check_policy(path)}
    assert keys == {"default_window_days", "foo", "categories.tv.restocking_fee_pct", "name"}


def test_toml_syntax_error_has_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.toml", 'name = "X"\ndefault_window_days = 30\n[tender\n')
    (problem,) = check_policy(path)
    assert problem.line == 3 and "not valid TOML" in problem.message


def test_a_problem_in_the_parent_names_the_parent(tmp_path: Path) -> None:
    chain = write(tmp_path, "chain.toml", 'name = "Chain"\ndefault_window_days = 30\n[tiers.gold]\nextra_days = -5\n')
    store = write(tmp_path, "store.toml", 'extends = "chain.toml"\nname = "Store"\n')
    (problem,) = check_policy(store)
    assert (problem.file, problem.line, problem.key) == (str(chain), 4, "tiers.gold.extra_days")


def test_missing_parent_and_loops(tmp_path: Path) -> None:
    store = write(tmp_path, "store.toml", 'extends = "nowhere.toml"\nname = "S"\ndefault_window_days = 1\n')
    (problem,) = check_policy(store)
    assert problem.line == 1 and "nowhere.toml not found" in problem.message
    write(tmp_path, "a.toml", 'extends = "b.toml"\nname = "A"\ndefault_window_days = 1\n')
    write(tmp_path, "b.toml", 'extends = "a.toml"\nname = "B"\ndefault_window_days = 1\n')
    assert "loop" in check_policy(tmp_path / "a.toml")[0].message


def test_stored_policy_text_round_trip() -> None:
    policy = parse_policy_text('name = "S"\ndefault_window_days = 10\n[categories.x]\nrestocking_fee_pct = 12.5\n')
    assert policy.categories["x"].restocking_fee_pct == Decimal("12.5")
    with pytest.raises(PolicyError):
        parse_policy_text('name = "S"\n')


@pytest.mark.parametrize("name", ["default.toml", "harbor-pine-chain.toml", "main-street.toml", "riverside-mall.toml",
                                  "electronics-specialist.toml"])
def test_shipped_policies_are_valid(name: str) -> None:
    from desktop import resources

    assert check_policy(resources.path("policies", name)) == []
