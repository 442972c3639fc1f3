"""Screenshots of the return screen with a decision, at 1280 x 800 and
1920 x 1080, at 100 % and 150 %, in the five languages, into
docs/screenshots/layouts/ (issue 21: layouts that hold at any size).

    .venv/bin/python tools/layout_shots.py

Needs what the gui tests need (Xvfb, xdotool, ImageMagick, D-Bus, AT-SPI).
Each shot is the real window on its own X display, keys typed by xdotool.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.gui.desktop import RunningApp, XSession  # noqa: E402

OUT = ROOT / "docs" / "screenshots" / "layouts"
SIZES = ((1280, 800), (1920, 1080))
SCALES = ("1", "1.5")
LANGUAGES = ("en_US", "vi_VN", "fil_PH", "lt_LT", "te_IN")


def seed(folder: Path) -> tuple[str, str]:
    url = f"sqlite:///{folder / 'demo.sqlite3'}"
    env = {**os.environ, "RETURNDESK_DB_URL": url, "RETURNDESK_DATA_DIR": str(folder / "data")}
    run = [sys.executable, "-m", "desktop"]
    subprocess.run([*run, "db", "upgrade"], env=env, check=True, capture_output=True)
    seeded = subprocess.run([*run, "demo", "seed", "--receipts", "200"], env=env, check=True, capture_output=True,
                            text=True)
    samples = {sample["key"]: sample["receipt"] for sample in json.loads(seeded.stdout)["samples"]}
    return url, samples["electronics"]


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="returndesk-layouts-") as folder:
        work = Path(folder)
        url, receipt = seed(work)
        for width, height in SIZES:
            session = XSession(width, height).start()
            try:
                for scale in SCALES:
                    for language in LANGUAGES:
                        env = {"RETURNDESK_DB_URL": url, "RETURNDESK_DATA_DIR": str(work / "data"),
                               "RETURNDESK_RECEIPT_DIR": str(work / "receipts"), "RETURNDESK_LANGUAGE": language,
                               "QT_SCALE_FACTOR": scale}
                        app = RunningApp(session, env, work / "shots")
                        try:
                            app.wait_window()
                            time.sleep(1.5)
                            app.type("1001")
                            app.key("Return")
                            app.type("2468")
                            app.key("Return")
                            time.sleep(2)
                            app.scan(receipt)
                            time.sleep(2)
                            app.type("1")
                            app.key("Return")
                            time.sleep(2)
                            shot = app.shot("layout")
                            name = f"returns-{width}x{height}-{int(float(scale) * 100)}pct-{language}.png"
                            shot.replace(OUT / name)
                            print(name)
                        finally:
                            app.close()
            finally:
                session.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
