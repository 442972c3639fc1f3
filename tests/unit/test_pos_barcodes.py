"""The POS's receipt barcodes: layouts from the site config, read back to
the POS reference, a check digit that catches a misread."""

from __future__ import annotations

import pytest

from desktop.config import ConfigError, _pos_config
from desktop.services.imports.raw import PosRef
from desktop.services.pos_barcodes import LayoutError, layouts, parse_layout, read_code

NCR = parse_layout("NCR 22", "store:4 register:3 transaction:4 date:YYMMDD check:mod10", prefix="99")
PLAIN = parse_layout("Xstore", "date:YYYYMMDD store:5 register:3 transaction:6")
REF = PosRef("9", "31", "114", "2017-10-01")


def test_a_layout_reads_the_code_it_prints() -> None:
    code = NCR.make(REF)
    assert code == "9900090310114171001" + code[-1] and len(code) == NCR.length == 20
    assert NCR.read(code) == PosRef("0009", "031", "0114", "2017-10-01")
    assert NCR.read(code).key == REF.key  # the padded fields find the export's plain reference


def test_a_misread_digit_fails_the_check_and_other_codes_are_not_of_the_layout() -> None:
    code = NCR.make(REF)
    wrong = code[:-3] + str((int(code[-3]) + 1) % 10) + code[-2:]
    assert NCR.read(wrong) is None
    assert NCR.read(code[:-1]) is None  # one digit short
    assert NCR.read("88" + code[2:]) is None  # another prefix
    assert NCR.read(NCR.make(REF).replace("171001", "171399")) is None  # not a date
    assert read_code(code, (PLAIN, NCR)) == NCR.read(code)
    assert read_code("1000101000000452", (PLAIN, NCR)) is None


@pytest.mark.parametrize("spec, problem", [
    ("store:4 register:3 transaction:4", "date exactly once"),
    ("store:4 register:3 transaction:4 date:MMYY", "not one of"),
    ("store:4 register:3 check:mod10 transaction:4 date:YYMMDD", "comes last"),
    ("store:4 register:3 transaction:0 date:YYMMDD", "width of 1 to 12"),
    ("store:4 register:3 transaction:4 date:YYMMDD colour:2", "unknown field"),
])
def test_a_layout_that_cannot_work_is_refused_by_name(spec: str, problem: str) -> None:
    with pytest.raises(LayoutError, match=problem):
        parse_layout("POS", spec)


def test_the_site_config_s_pos_table() -> None:
    config = _pos_config({"stores": {"9": "0001"}, "tenders": {"Check": "cash"},
                          "barcodes": [{"name": "NCR 22", "prefix": "99",
                                        "layout": "store:4 register:3 transaction:4 date:YYMMDD check:mod10"}]},
                         "site.toml")
    assert config.tender_kind("CHECK") == "cash" and config.tender_kind("CreditDebit") == "card"
    assert config.unit("LBR") == "lb" and config.unit("EA") is None
    assert layouts(config.barcodes)[0].length == 20
    with pytest.raises(ConfigError, match="tenders.Check"):
        _pos_config({"tenders": {"Check": "money"}}, "site.toml")
    with pytest.raises(ConfigError, match="4 digits"):
        _pos_config({"stores": {"9": "9"}}, "site.toml")
