"""A real IMAP server for the tests: Dovecot (Debian's dovecot-imapd) started
in a temporary folder on a free port, one mailbox with a password, plain
IMAP on 127.0.0.1. Without Dovecot the tests that need it skip; in CI
(CI=true) they fail, as the PostgreSQL tests do."""

from __future__ import annotations

import getpass
import grp
import imaplib
import os
import pwd
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
USER, PASSWORD = "desk@store.example", "mailbox-secret"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class ImapServer:
    def __init__(self, folder: Path):
        self.folder = folder
        self.port = _free_port()
        self.user, self.password = USER, PASSWORD

    def config(self) -> str:
        home = self.folder / "home"
        if os.getuid() == 0:  # Dovecot's own users (the package made them) run its processes
            owner = "dovecot"
            users = ""
        else:  # run as whoever runs the tests
            owner = getpass.getuser()
            group = grp.getgrgid(os.getgid()).gr_name
            users = (f"default_internal_user = {owner}\ndefault_internal_group = {group}\n"
                     f"default_login_user = {owner}\n")
        entry = pwd.getpwnam(owner)
        home.mkdir(parents=True, exist_ok=True)
        os.chown(home, entry.pw_uid, entry.pw_gid) if os.getuid() == 0 else None
        return f"""
base_dir = {self.folder}/run
state_dir = {self.folder}/state
log_path = {self.folder}/dovecot.log
{users}protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = 1
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {self.folder}/passwd
}}
userdb {{
  driver = static
  args = uid={entry.pw_uid} gid={entry.pw_gid} home={home}/%u
}}
mail_location = maildir:~/Maildir
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
"""

    def start(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        self.folder.chmod(0o755)  # Dovecot's users reach the mail folders under it
        (self.folder / "passwd").write_text(f"{self.user}:{{PLAIN}}{self.password}\n")
        (self.folder / "dovecot.conf").write_text(self.config())
        subprocess.run([DOVECOT, "-c", str(self.folder / "dovecot.conf")], check=True, timeout=30)
        deadline = time.monotonic() + 15
        while True:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                if time.monotonic() > deadline:
                    log = self.folder / "dovecot.log"
                    raise RuntimeError(f"Dovecot did not start: {log.read_text() if log.exists() else ''}") from None
                time.sleep(0.05)

    def stop(self) -> None:
        subprocess.run([DOVECOT, "-c", str(self.folder / "dovecot.conf"), "stop"], check=False, timeout=30,
                       capture_output=True)

    def client(self) -> imaplib.IMAP4:
        imap = imaplib.IMAP4("127.0.0.1", self.port, timeout=10)
        imap.login(self.user, self.password)
        return imap

    def deliver(self, message: bytes, arrived: float | None = None, folder: str = "INBOX") -> None:
        """A message into the mailbox as the mail system would put it, received at ``arrived`` (epoch seconds)."""
        imap = self.client()
        try:
            status, data = imap.append(folder, None, imaplib.Time2Internaldate(arrived or time.time()), message)
            assert status == "OK", data
        finally:
            imap.logout()

    def flags(self, folder: str = "INBOX") -> list[str]:
        imap = self.client()
        try:
            imap.select(folder)
            _, data = imap.fetch("1:*", "(FLAGS)")
            return [item.decode() for item in data if isinstance(item, bytes)]
        finally:
            imap.logout()


@pytest.fixture
def imap_server(tmp_path: Path) -> Iterator[ImapServer]:
    if not Path(DOVECOT).exists():
        message = "Dovecot is not installed (Debian: apt-get install dovecot-imapd; make test installs it as root)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{message}: in CI the mailbox tests must run")
        pytest.skip(message)
    # A short path: Dovecot's UNIX sockets live under base_dir (108 characters at most).
    folder = Path(f"/tmp/rd-imap-{os.getpid()}-{_free_port()}")
    server = ImapServer(folder)
    server.start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)
