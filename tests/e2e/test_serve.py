"""`returndesk serve`, the store server's scheduler, as IT runs it: one
turn runs every job once and says so in JSON lines, a second turn within
the minute has nothing to do, --status shows each job's runs, and SIGTERM
stops the loop cleanly."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time

import pytest

from tests.e2e.test_cli import run


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_serve_runs_each_job_once_and_reports_it(cli_env: dict[str, str]) -> None:
    first = run("serve", "--once", env=cli_env)
    assert first.returncode == 0, first.stderr
    ran = [json.loads(line) for line in first.stdout.splitlines()]
    assert {r["job"] for r in ran} == {"cases.due", "cases.follow_ups", "notifications.mail", "retention"}
    assert all(r["failed"] is None for r in ran)
    again = run("serve", "--once", env=cli_env)
    assert again.returncode == 0 and again.stdout == ""  # each job once per period, whoever runs it
    status = json.loads(run("serve", "--status", env=cli_env).stdout)
    assert {row["job"]: row["runs"] for row in status} == {"cases.due": 1, "cases.follow_ups": 1,
                                                           "notifications.mail": 1, "retention": 1}
    assert all(row["running_on"] is None for row in status)


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_serve_stops_cleanly_on_sigterm(cli_env: dict[str, str]) -> None:
    process = subprocess.Popen([sys.executable, "-m", "desktop", "serve", "--every", "0.2"], env=cli_env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        first = process.stdout.readline()  # the first job's line: the loop is running
        assert json.loads(first)["job"] == "cases.due"
        time.sleep(0.5)
        process.send_signal(signal.SIGTERM)
        assert process.wait(30) == 0
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate()
