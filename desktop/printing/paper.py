"""The papers documents print on, in points: the receipt rolls and the full
pages. No reportlab here: choosing a printer or a paper loads no PDF code."""

from __future__ import annotations

from dataclasses import dataclass

mm = 72 / 25.4  # points per millimetre (reportlab.lib.units.mm)
A4 = (210 * mm, 297 * mm)
LETTER = (612.0, 792.0)


@dataclass(frozen=True)
class Paper:
    name: str
    width: float  # points
    height: float | None  # None: follows the content (a roll)
    margin_x: float
    margin_y: float
    size: float  # body text size in points

    @property
    def printable(self) -> float:
        return self.width - 2 * self.margin_x


ROLL_80MM = Paper("roll80", 80 * mm, None, 4 * mm, 4 * mm, 8.5)  # 72 mm printable: 576 dots at 203 dpi
ROLL_58MM = Paper("roll58", 58 * mm, None, 5 * mm, 3 * mm, 7.5)  # 48 mm printable: 384 dots
A4_PAGE = Paper("a4", A4[0], A4[1], 25 * mm, 20 * mm, 10.5)
LETTER_PAGE = Paper("letter", LETTER[0], LETTER[1], 1 * 72, 0.8 * 72, 10.5)
PAPERS = {paper.name: paper for paper in (ROLL_80MM, ROLL_58MM, A4_PAGE, LETTER_PAGE)}


def roll(paper: str) -> Paper:
    """The receipt roll a ``paper`` setting names: the 58 mm roll, or else the
    80 mm one (A4 and Letter are for PDF files, not receipt printers)."""
    return ROLL_58MM if paper == ROLL_58MM.name else ROLL_80MM
