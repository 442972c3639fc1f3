"""A sale rung up on the store's own POS and imported, opened at the real
counter by scanning that POS's receipt barcode (a layout of the site
config), then returned by keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.config import PosConfig
from desktop.services.imports import import_sales
from desktop.services.imports.raw import PosRef
from desktop.services.pos_barcodes import parse_layout
from tests.conftest import Clock, make_context
from tests.gui.conftest import Launch, sign_in
from tests.gui.test_keyboard_flow import returned
from tests.imports.poslog import apples_and_mug
from tests.integration.test_imports import DAY, WHEN

pytestmark = pytest.mark.gui
LAYOUT = "store:4 register:3 transaction:4 date:YYMMDD check:mod10"


def test_scanning_the_pos_receipt_opens_the_imported_sale(launch: Launch, seeded_url: str, tmp_path: Path) -> None:
    export = tmp_path / "export.xml"
    export.write_text(apples_and_mug(DAY, WHEN))
    ctx = make_context(seeded_url, tmp_path, Clock())
    assert import_sales(ctx, [export], PosConfig()).counts.imported == 1
    ctx.db.dispose()
    site = tmp_path / "site.toml"
    site.write_text(f'[[pos.barcodes]]\nname = "NCR 22"\nprefix = "99"\nlayout = "{LAYOUT}"\n')
    code = parse_layout("NCR 22", LAYOUT, "99").make(PosRef("1", "31", "114", DAY))
    app = launch(RETURNDESK_SITE_CONFIG=str(site))
    sign_in(app)
    app.scan(code)
    app.wait_text(f"POS 1/31/114/{DAY}")
    app.wait_text("Pick the lines coming back")
    shot = app.shot("pos receipt scanned")
    app.key("Down")  # the mug's Return cell
    app.type("1")
    app.key("Return")
    app.wait_text("APPROVE: refund")
    app.shot("mug approved")
    app.key("F10")
    app.wait_text(r"Return \d{16} completed")
    app.shot("completed")
    receipt_id = app.find(name="POS 1/31/114")[0].label.split()[1]  # "Receipt 1000100000000011 · POS ..."
    assert returned(seeded_url, receipt_id) == [1]
    assert shot.exists()
