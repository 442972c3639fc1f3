import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.policy.docid import DocumentId, DocumentIdError, DocumentKind, check_digit


def test_the_contract_example() -> None:
    doc = DocumentId.parse("1000102000001234")
    assert doc == DocumentId(DocumentKind.SALE, "0001", "02", 123)
    assert str(doc) == "1000102000001234"


@pytest.mark.parametrize(("code", "message"), [
    ("", "no code"),
    ("100010200000123", "has 16 digits; '100010200000123' has 15"),
    ("10001020000012345", "has 17"),
    ("1000102000001235", "check digit"),
    ("10001O2000001234", "contains 'O'"),
    ("１000102000001234", "contains"),  # a full-width digit from a misconfigured scanner
    ("9000102000001230", "not a ReturnDesk document"),
])
def test_bad_codes_say_what_is_wrong(code: str, message: str) -> None:
    with pytest.raises(DocumentIdError, match=message):
        DocumentId.parse(code)


def test_every_single_digit_error_is_caught() -> None:
    code = "1000102000001234"
    for position in range(16):
        for digit in "0123456789":
            if digit == code[position]:
                continue
            changed = code[:position] + digit + code[position + 1:]
            with pytest.raises(DocumentIdError):
                DocumentId.parse(changed)


def test_gs1_weights_from_the_right() -> None:
    # GS1's own example: 629104150021 has check digit 3 (EAN-13 6291041500213)
    assert check_digit("629104150021") == 3


@given(st.sampled_from(list(DocumentKind)), st.integers(0, 9999), st.integers(0, 99), st.integers(1, 99_999_999))
def test_round_trip(kind: DocumentKind, store: int, register: int, sequence: int) -> None:
    doc = DocumentId.make(kind, f"{store:04d}", f"{register:02d}", sequence)
    text = str(doc)
    assert len(text) == 16 and text.isdigit()
    assert DocumentId.parse(text) == doc
