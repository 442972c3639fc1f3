"""Code 128 for document IDs, drawn as vector bars on whole printer dots.

python-barcode encodes the 16 digits (it picks code set C, two digits per
symbol: 123 modules in all); the bars are drawn here as rectangles whose
widths are a whole number of thermal-printer dots, so a 203 dpi printer
prints every bar exactly and a scanner reads it at the first pass.
"""

from __future__ import annotations

from dataclasses import dataclass

from barcode.codex import Code128

from desktop.policy.docid import DocumentId

PRINTER_DPI = 203  # the common 80 mm thermal head: 8 dots per mm
DOT = 72.0 / PRINTER_DPI  # one printer dot in PDF points
QUIET_MODULES = 10  # the minimum quiet zone each side of a Code 128 symbol


def modules(doc_id: str) -> str:
    """The symbol as a string of '1' (bar) and '0' (space) modules."""
    DocumentId.parse(doc_id)  # only valid IDs are printed
    pattern: str = Code128(doc_id).build()[0]
    return pattern


def bars(pattern: str) -> list[tuple[int, int]]:
    """Runs of bars as (first module, width in modules)."""
    runs: list[tuple[int, int]] = []
    start = None
    for index, module in enumerate(pattern + "0"):
        if module == "1" and start is None:
            start = index
        elif module == "0" and start is not None:
            runs.append((start, index - start))
            start = None
    return runs


@dataclass(frozen=True)
class BarcodeGeometry:
    """Where the bars go, in points, for a module width of ``dots`` dots."""

    doc_id: str
    dots: int  # printer dots per module: 2 or 3

    @property
    def module(self) -> float:
        return self.dots * DOT

    @property
    def pattern(self) -> str:
        return modules(self.doc_id)

    @property
    def width(self) -> float:
        """The symbol with its quiet zones."""
        return (len(self.pattern) + 2 * QUIET_MODULES) * self.module


def fitting(doc_id: str, available: float) -> BarcodeGeometry:
    """The widest whole-dot module (3, then 2 dots) whose symbol fits."""
    for dots in (3, 2):
        geometry = BarcodeGeometry(doc_id, dots)
        if geometry.width <= available:
            return geometry
    return BarcodeGeometry(doc_id, 2)


def snap(x: float) -> float:
    """The nearest printer-dot boundary at or right of x."""
    whole = round(x / DOT)
    return whole * DOT
