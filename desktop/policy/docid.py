"""16-digit document IDs printed as barcodes (docs/contract.md section 5).

kind (1) + store (4) + register (2) + sequence per register (8) + GS1 mod-10
check digit. Digits only and of even length: Code 128 set C packs two per
symbol, and a keyboard-wedge scanner types digits the same on any layout.
A code is checked here, before any database lookup.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from desktop.messages import QT_TR_NOOP, Explained, Term


class DocumentKind(enum.IntEnum):
    SALE = 1
    RETURN = 2
    VOUCHER = 3  # store-credit voucher
    GIFT_RECEIPT = 4

    @property
    def label(self) -> str:
        return Term({1: QT_TR_NOOP("sale"), 2: QT_TR_NOOP("return"), 3: QT_TR_NOOP("store-credit voucher"),
                     4: QT_TR_NOOP("gift receipt")}[self])


class DocumentIdError(Explained, ValueError):
    """A scanned or typed code that cannot be a ReturnDesk document."""


def check_digit(body: str) -> int:
    """GS1 mod-10: weights 3, 1, 3, ... from the rightmost digit of ``body``."""
    digits = [ord(char) - 48 for char in body]
    total = 3 * sum(digits[-1::-2]) + sum(digits[-2::-2])
    return (10 - total % 10) % 10


@dataclass(frozen=True, slots=True)
class DocumentId:
    kind: DocumentKind
    store: str  # 4 digits, e.g. "0001"
    register: str  # 2 digits, e.g. "02"
    sequence: int  # 1 .. 99,999,999

    # ---- Public API

    @classmethod
    def make(cls, kind: DocumentKind | int, store: str, register: str, sequence: int) -> DocumentId:
        if not (len(store) == 4 and store.isdigit()):
            raise DocumentIdError(QT_TR_NOOP("store code must be 4 digits, got {store!r}"), store=store)
        if not (len(register) == 2 and register.isdigit()):
            raise DocumentIdError(QT_TR_NOOP("register code must be 2 digits, got {register!r}"), register=register)
        if not 0 < sequence <= 99_999_999:
            raise DocumentIdError(QT_TR_NOOP("sequence {sequence} is outside 1..99999999"), sequence=sequence)
        return cls(DocumentKind(kind), store, register, sequence)

    @classmethod
    def parse(cls, text: str) -> DocumentId:
        """Parse a scanned code, saying exactly what is wrong with a bad one."""
        code = text.strip()
        if not code:
            raise DocumentIdError(QT_TR_NOOP("no code was scanned or typed"))
        if not code.isascii() or not code.isdigit():
            bad = next(c for c in code if not (c.isascii() and c.isdigit()))
            raise DocumentIdError(QT_TR_NOOP("a receipt code has digits only; {code!r} contains {bad!r}"),
                                  code=code, bad=bad)
        if len(code) != 16:
            raise DocumentIdError(QT_TR_NOOP("a receipt code has 16 digits; {code!r} has {count}"),
                                  code=code, count=len(code))
        expected = check_digit(code[:15])
        if int(code[15]) != expected:
            raise DocumentIdError(QT_TR_NOOP("check digit of {code} does not match (misread or mistyped code)"),
                                  code=code)
        try:
            kind = DocumentKind(int(code[0]))
        except ValueError:
            raise DocumentIdError(QT_TR_NOOP("{code} is not a ReturnDesk document (kind {kind})"), code=code,
                                  kind=code[0]) from None
        sequence = int(code[7:15])
        if sequence == 0:
            raise DocumentIdError(QT_TR_NOOP("{code} has sequence 0, which is never issued"), code=code)
        return cls(kind, code[1:5], code[5:7], sequence)

    def __str__(self) -> str:
        body = f"{int(self.kind)}{self.store}{self.register}{self.sequence:08d}"
        return body + str(check_digit(body))
