"""Station settings: defaults < machine-wide file < user file < environment <
command line, each value labelled with where it came from; secrets never shown."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import config


@pytest.fixture
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    site, user = tmp_path / "site.toml", tmp_path / "user.toml"
    monkeypatch.setenv("RETURNDESK_SITE_CONFIG", str(site))
    monkeypatch.setenv("RETURNDESK_USER_CONFIG", str(user))
    for key in config.KEYS:
        monkeypatch.delenv(f"RETURNDESK_{key.upper()}", raising=False)
    return site, user


def test_each_layer_overrides_the_one_below(files: tuple[Path, Path]) -> None:
    site, user = files
    site.write_text('db_url = "postgresql+psycopg://rd@db/rd"\nstore = "0002"\nregister = "03"\n'
                    'idle_lock_minutes = 9\nprinter = "escpos://10.0.0.9"\n', encoding="utf-8")
    user.write_text('register = "04"\nidle_lock_minutes = 3\n', encoding="utf-8")
    environ = {"RETURNDESK_IDLE_LOCK_MINUTES": "2", "RETURNDESK_PRINTER": "pdf"}
    settings = config.load_settings({"db_url": "sqlite:////tmp/x.db"}, environ=environ)
    assert (settings.store, settings.register, settings.idle_lock_minutes, settings.printer, settings.db_url) == \
        ("0002", "04", 2, "pdf", "sqlite:////tmp/x.db")
    assert settings.sources == {**settings.sources, "store": str(site), "register": str(user),
                                "idle_lock_minutes": "environment RETURNDESK_IDLE_LOCK_MINUTES",
                                "printer": "environment RETURNDESK_PRINTER", "db_url": "command line",
                                "paper": "default"}


@pytest.mark.parametrize(("text", "says"), [
    ('store = "12"', "4 digits"),
    ('register = "A1"', "2 digits"),
    ('idle_lock_minutes = "soon"', "whole number"),
    ('colour = "blue"', "unknown setting 'colour'"),
    ('store = ', "not valid TOML"),
])
def test_a_bad_file_is_refused_with_file_and_key(files: tuple[Path, Path], text: str, says: str) -> None:
    files[0].write_text(text + "\n", encoding="utf-8")
    with pytest.raises(config.ConfigError, match=says) as error:
        config.load_settings(environ={})
    assert str(files[0]) in str(error.value)


def test_write_config_merges_and_keeps_other_keys(files: tuple[Path, Path]) -> None:
    _, user = files
    config.write_config(user, {"store": "0005", "printer": "escpos://printer.lan:9100"})
    config.write_config(user, {"register": "07", "printer": ""})  # an empty value leaves the key alone
    settings = config.load_settings(environ={})
    assert (settings.store, settings.register, settings.printer) == ("0005", "07", "escpos://printer.lan:9100")


def test_config_show_prints_sources_and_never_a_secret(files: tuple[Path, Path], tmp_path: Path) -> None:
    secret = tmp_path / "db-password"
    secret.write_text("hunter2-database-password", encoding="utf-8")
    files[0].write_text(f'db_url = "postgresql+psycopg://rd:inline-secret@db/rd"\n'
                        f'db_password_file = "{secret}"\nstore = "0002"\n', encoding="utf-8")
    env = {**os.environ, "RETURNDESK_REGISTER": "06", "RETURNDESK_DATA_DIR": str(tmp_path / "data")}
    shown = subprocess.run([sys.executable, "-m", "desktop", "config", "show", "--json"], capture_output=True,
                           text=True, env=env, timeout=60)
    assert shown.returncode == 0, shown.stderr
    rows = json.loads(shown.stdout)
    assert rows["store"] == {"value": "0002", "source": str(files[0])}
    assert rows["register"] == {"value": "06", "source": "environment RETURNDESK_REGISTER"}
    assert "hunter2" not in shown.stdout and "inline-secret" not in shown.stdout
    plain = subprocess.run([sys.executable, "-m", "desktop", "config", "show"], capture_output=True, text=True,
                           env=env, timeout=60)
    assert "inline-secret" not in plain.stdout and f"# machine-wide: {files[0]}" in plain.stdout
