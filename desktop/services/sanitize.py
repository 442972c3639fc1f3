"""Text that leaves the database as something else: a LIKE pattern, a CSV
cell a manager opens in a spreadsheet.

- LIKE: what a person types is searched for as it is; ``%`` and ``_`` are
  not wildcards ("%%" finds a name with "%%" in it, not every customer).
- CSV: a cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
  return is a formula to a spreadsheet (OWASP, "CSV Injection"); such a
  cell is written with a leading apostrophe, which the spreadsheet shows as
  text. A plain number ("-12.30") stays a number.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping
from typing import Any

LIKE_ESCAPE = "\\"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def like_pattern(text: str) -> str:
    """``%text%`` with the text's own ``%``, ``_`` and ``\\`` taken literally
    (use with ``escape=LIKE_ESCAPE``)."""
    escaped = text.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2).replace("%", LIKE_ESCAPE + "%").replace("_", LIKE_ESCAPE + "_")
    return f"%{escaped}%"


def csv_cell(value: Any) -> Any:
    """A value as a CSV cell that a spreadsheet cannot run."""
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def csv_row(values: Iterable[Any]) -> list[Any]:
    return [csv_cell(value) for value in values]


def csv_record(values: Mapping[str, Any]) -> dict[str, Any]:
    return {key: csv_cell(value) for key, value in values.items()}


class SafeDictWriter(csv.DictWriter):  # type: ignore[type-arg]
    """csv.DictWriter with every cell made safe (csv_cell)."""

    def writerow(self, rowdict: Mapping[str, Any]) -> Any:
        return super().writerow(csv_record(rowdict))
