"""The real window on a real X server, driven the way a counter drives it.

An XSession is a virtual X display (Xvfb) with its own D-Bus session and
accessibility bus. A RunningApp is `python -m desktop` started on it, as a
process of its own, with its xcb platform: keys arrive as X key events typed
by xdotool (a scanner at a key every few milliseconds, then Enter), and what
is on screen is read back through AT-SPI, as a screen reader reads it, and
kept as a screenshot per step.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("atspi_probe.py")
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's python3-pyatspi lives there, not in the virtual environment
TOOLS = ("Xvfb", "xdotool", "import", "dbus-daemon")
A11Y_LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
SCANNER_DELAY_MS = 4  # a USB scanner types a key every few milliseconds


def missing_tools() -> list[str]:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if not A11Y_LAUNCHER.exists():
        missing.append(str(A11Y_LAUNCHER))
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True) \
        if Path(SYSTEM_PYTHON).exists() else None
    if probe is None or probe.returncode != 0:
        missing.append("python3-pyatspi")
    return missing


def wait_for(predicate: Callable[[], Any], timeout: float, what: str, every: float = 0.1) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(every)


class XSession:
    """Xvfb, a D-Bus session bus and the AT-SPI bus, for as long as a test
    session needs them."""

    def __init__(self, width: int = 1280, height: int = 800, dpi: int = 96):
        self.width, self.height, self.dpi = width, height, dpi
        self.processes: list[subprocess.Popen] = []  # type: ignore[type-arg]
        self.env: dict[str, str] = {}
        self.display = ""

    def start(self) -> XSession:
        read, write = os.pipe()
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", f"{self.width}x{self.height}x24",
                                 "-dpi", str(self.dpi), "-nolisten", "tcp", "-noreset"],
                                pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write)
        self.processes.append(xvfb)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        self.display = f":{number}"
        bus = subprocess.run(["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
                             capture_output=True, text=True, check=True)
        address, pid = bus.stdout.split("\n")[:2]
        self.bus_pid = int(pid)
        self.env = {"DISPLAY": self.display, "DBUS_SESSION_BUS_ADDRESS": address.strip(),
                    "XDG_RUNTIME_DIR": os.environ.get("XDG_RUNTIME_DIR", "/tmp")}
        launcher = subprocess.Popen([str(A11Y_LAUNCHER), "--launch-immediately"], env={**os.environ, **self.env},
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.processes.append(launcher)
        wait_for(lambda: subprocess.run(
            ["dbus-send", "--session", "--dest=org.a11y.Bus", "--print-reply", "/org/a11y/bus",
             "org.a11y.Bus.GetAddress"], env={**os.environ, **self.env}, capture_output=True).returncode == 0,
            10, "the accessibility bus")
        return self

    def stop(self) -> None:
        for process in reversed(self.processes):
            process.terminate()
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()
        try:
            os.kill(self.bus_pid, signal.SIGTERM)
        except (OSError, AttributeError):
            pass

    def xdotool(self, *args: str) -> str:
        done = subprocess.run(["xdotool", *args], env={**os.environ, **self.env}, capture_output=True, text=True,
                              timeout=30)
        if done.returncode != 0:
            raise RuntimeError(f"xdotool {' '.join(args)}: {done.stderr.strip()}")
        return done.stdout


@dataclass
class Node:
    role: str
    name: str
    description: str
    text: str
    states: list[str]
    path: str
    depth: int
    extents: list[int] = field(default_factory=list)

    @property
    def label(self) -> str:
        return self.name or self.text

    def has(self, state: str) -> bool:
        return state in self.states


class RunningApp:
    """`python -m desktop` on an XSession: keys in with xdotool, the
    accessibility tree and screenshots out."""

    def __init__(self, session: XSession, env: dict[str, str], artifacts: Path, args: Iterable[str] = (),
                 steps: Iterator[int] | None = None, name: str = "app"):
        self.session = session
        self.artifacts = artifacts
        artifacts.mkdir(parents=True, exist_ok=True)
        self.steps = steps or itertools.count(1)  # shared by the apps of one test: the shots in their order
        self.name = name
        self.log = artifacts / f"{name}.log"
        full_env = {**os.environ, **session.env, **env, "QT_QPA_PLATFORM": "xcb",
                    "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_ACCESSIBILITY": "1"}
        with self.log.open("w") as log:
            self.process = subprocess.Popen([sys.executable, "-m", "desktop", *args], cwd=ROOT, env=full_env,
                                            stdout=log, stderr=subprocess.STDOUT)
        self.probe = subprocess.Popen([SYSTEM_PYTHON, str(PROBE)], env={**os.environ, **session.env},
                                      stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                      text=True)
        self.window = ""

    # ---- The window

    def wait_window(self, title: str = "^ReturnDesk", timeout: float = 20) -> str:
        def found() -> str:
            if self.process.poll() is not None:
                raise RuntimeError(f"the app exited with {self.process.returncode}: {self.log.read_text()[-2000:]}")
            try:
                ids = self.session.xdotool("search", "--all", "--onlyvisible", "--pid", str(self.process.pid), "--name",
                                           title).split()
            except RuntimeError:
                return ""
            return ids[-1] if ids else ""

        self.window = wait_for(found, timeout, f"a window titled {title}")
        self.focus()
        return self.window

    def focus(self, window: str | None = None) -> None:
        """Keys go to this window; raised, for the screenshots (no window manager stacks them)."""
        self.session.xdotool("windowraise", window or self.window)
        self.session.xdotool("windowfocus", "--sync", window or self.window)

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        if self.probe.poll() is None:
            self.probe.kill()
            self.probe.wait(5)
        for pipe in (self.probe.stdin, self.probe.stdout):  # closed, or pytest's strict warnings fail the next test
            if pipe is not None:
                pipe.close()

    # ---- Keys, as the X server delivers them

    def scan(self, code: str) -> None:
        """A USB scanner: the code a key every few milliseconds, then Enter,
        into whatever has the focus (one xdotool run, a carriage return typed as
        Return: no gap before Enter)."""
        self.session.xdotool("type", "--delay", str(SCANNER_DELAY_MS), code + "\r")

    def type(self, text: str, delay_ms: int = 90) -> None:
        """A person typing: about ten keys a second."""
        self.session.xdotool("type", "--delay", str(delay_ms), text)

    def key(self, *keys: str, delay_ms: int = 60) -> None:
        self.session.xdotool("key", "--delay", str(delay_ms), *keys)

    # ---- What a person sees

    def tree(self) -> list[Node]:
        assert self.probe.stdin is not None and self.probe.stdout is not None
        self.probe.stdin.write(f"ReturnDesk\t{self.process.pid}\n")
        self.probe.stdin.flush()
        reply = json.loads(self.probe.stdout.readline())
        if "error" in reply:
            return []
        return [Node(**node) for node in reply["nodes"]]

    def find(self, role: str | None = None, name: str | re.Pattern[str] | None = None,
             nodes: list[Node] | None = None) -> list[Node]:
        found = []
        for node in self.tree() if nodes is None else nodes:
            if role is not None and node.role != role:
                continue
            if name is not None:
                label = node.label
                if isinstance(name, str) and name not in label:
                    continue
                if isinstance(name, re.Pattern) and not name.search(label):
                    continue
            found.append(node)
        return found

    def wait_text(self, pattern: str, timeout: float = 20, role: str | None = None) -> Node:
        """Until something showing reads like ``pattern`` (a regular expression)."""
        compiled = re.compile(pattern)
        try:
            found = wait_for(lambda: self.find(role=role, name=compiled), timeout, f"{pattern!r} on screen",
                             every=0.15)
        except TimeoutError as error:  # what the screen showed instead, kept with the artifacts
            shown = self.shot(f"timed out waiting for {pattern}")
            raise TimeoutError(f"{error}; the screen: {shown}; its texts: {self.texts()[:40]}") from None
        return found[0]

    def texts(self) -> list[str]:
        return [node.label for node in self.tree() if node.label]

    def focused(self) -> Node | None:
        return next((node for node in self.tree() if node.has("focused")), None)

    def shot(self, label: str) -> Path:
        """A screenshot of the whole display, numbered by step."""
        step = next(self.steps)
        path = self.artifacts / f"{step:02d}-{re.sub(r'[^a-z0-9]+', '-', label.lower()).strip('-')}.png"
        subprocess.run(["import", "-window", "root", str(path)], env={**os.environ, **self.session.env},
                       check=True, capture_output=True, timeout=30)
        return path
