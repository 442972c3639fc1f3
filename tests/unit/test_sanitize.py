"""Text leaving as a LIKE pattern or a spreadsheet cell."""

from __future__ import annotations

import csv
import io

import pytest

from desktop.services.reports import Report, to_csv
from desktop.services.sanitize import SafeDictWriter, csv_cell, like_pattern


@pytest.mark.parametrize("text", ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_a_cell_a_spreadsheet_would_run_is_written_as_text(text: str) -> None:
    assert csv_cell(text) == "'" + text


@pytest.mark.parametrize("value", ["-12.30", "12", "Dana", 7, None, "a=b"])
def test_numbers_and_plain_text_stay_as_they_are(value: object) -> None:
    assert csv_cell(value) == value


def test_like_patterns_take_wildcards_literally() -> None:
    assert like_pattern("50%_off\\") == "%50\\%\\_off\\\\%"


def test_the_fraud_report_and_the_export_cannot_carry_a_formula() -> None:
    report = Report("fraud-signals", "Returned most often", ("what", "who / serial", "returns", "refunded"),
                    (("customer", "=cmd|'/c calc'!A0 (C9)", 4, "120.00"), ("serial", "@SN1", 3, "-5.00")))
    rows = list(csv.reader(io.StringIO(to_csv(report))))
    assert rows[1][1] == "'=cmd|'/c calc'!A0 (C9)" and rows[2][1] == "'@SN1" and rows[2][3] == "-5.00"
    out = io.StringIO()
    writer = SafeDictWriter(out, ["name"])
    writer.writerow({"name": "+SUM(1)"})
    assert out.getvalue().strip() == "'+SUM(1)"
