"""A manager's periodic review from the command line: the staff scorecards
for a period, one person's signed off (once, and never their own), and the
whole exported as a PDF whose text names the sign-off."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.e2e.test_cli import run


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_scorecards_are_reviewed_signed_off_and_exported_as_pdf(cli_env: dict[str, str], tmp_path: Path) -> None:
    import pypdfium2

    today = dt.date.today()
    period = [(today - dt.timedelta(days=30)).isoformat(), today.isoformat()]
    manager = {**cli_env, "RETURNDESK_PIN": "1357"}
    signed = run("staff", "sign-off", "1001", "--from", period[0], "--to", period[1], "--note", "steady month",
                 "--staff", "9001", env=manager)
    assert signed.returncode == 0, signed.stderr
    assert json.loads(signed.stdout)["signed_off_by"] == "9001"
    again = run("staff", "sign-off", "1001", "--from", period[0], "--to", period[1], "--staff", "9001", env=manager)
    assert again.returncode != 0 and "already signed off" in again.stderr
    own = run("staff", "sign-off", "9001", "--from", period[0], "--to", period[1], "--staff", "9001", env=manager)
    assert own.returncode != 0 and "someone else than its owner" in own.stderr
    table = run("report", "staff-scorecards", "--from", period[0], "--to", period[1], "--store", "0001",
                "--format", "json", "--staff", "9001", env=manager)
    assert table.returncode == 0, table.stderr
    rows = {row["person"]: row for row in json.loads(table.stdout)["rows"]}
    assert rows["Alex Rivera (1001)"]["signed off"] == f"Morgan Lee, {today.isoformat()}"
    assert rows["Morgan Lee (9001)"]["signed off"] == "not yet"
    pdf = tmp_path / "scorecards.pdf"
    made = run("report", "staff-scorecards", "--from", period[0], "--to", period[1], "--store", "0001",
               "--format", "pdf", "--out", str(pdf), "--staff", "9001", env=manager)
    assert made.returncode == 0, made.stderr
    document = pypdfium2.PdfDocument(str(pdf))
    text = " ".join(" ".join(document[i].get_textpage().get_text_range().split()) for i in range(len(document)))
    assert "Staff scorecards" in text and "Alex Rivera (1001)" in text and "Morgan Lee" in text
    assert "returns refunded overrides asked" in text  # headers whole, not cut inside a word
