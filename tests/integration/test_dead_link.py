"""A link to the shared server that dies without a word (no reset, no FIN:
a WAN or VPN drop, a cable pulled) is found within seconds: the return says
the database is unreachable instead of waiting for ever, nothing is lost,
and the retry refunds once.

The counter reaches the server through a relay on a port of its own
(tests/relay.py), and
the link is cut with iptables DROP rules on that port alone, so every
packet of it vanishes as on a dead line while the rest of the machine goes
on (root and Debian's iptables; `installer/check-system.sh gui` installs
it). The relay stands for the server's end: its sockets give up on a dead
peer as the server's do when postgresql.conf sets tcp_keepalives_* and
tcp_user_timeout (docs/deploying.md), so the server rolls back what the
lost counter left open."""

from __future__ import annotations

import os
import shlex
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from desktop.db.errors import DatabaseUnavailable
from desktop.models import Return
from desktop.services import returns
from desktop.services.context import Context
from tests.conftest import Clock, make_context
from tests.integration.test_returns import count, request, sale_line, sign_in
from tests.relay import Link

pytestmark = pytest.mark.postgres
FOUND_WITHIN_S = 30  # keepalives find a dead line in about 11 s, unacknowledged data in about 10 s


def _give_up_on_a_dead_peer(sock: socket.socket) -> None:
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE, 5)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPINTVL, 2)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPCNT, 3)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_USER_TIMEOUT, 10_000)


MARK = "returndesk-dead-link-test"  # every rule of these tests carries it


def _rules(port: int) -> list[list[str]]:
    return [["INPUT", "-p", "tcp", direction, str(port), "-m", "comment", "--comment", MARK, "-j", "DROP"]
            for direction in ("--dport", "--sport")]


def cut(port: int) -> None:
    for rule in _rules(port):
        subprocess.run(["iptables", "-I", *rule], check=True)


def mend(port: int) -> None:
    for rule in _rules(port):
        subprocess.run(["iptables", "-D", *rule], check=False, capture_output=True)


def _mend_all() -> None:
    """Rules a killed run of these tests left behind."""
    listed = subprocess.run(["iptables", "-S", "INPUT"], capture_output=True, text=True, check=True).stdout
    for line in listed.splitlines():
        if MARK in line and line.startswith("-A "):
            subprocess.run(["iptables", "-D", *shlex.split(line)[1:]], check=False, capture_output=True)


def _can_cut() -> str | None:
    if shutil.which("iptables") is None:
        return "iptables is missing (Debian: iptables; installer/check-system.sh gui installs it)"
    if os.geteuid() != 0:
        return "cutting a link with iptables needs root"
    return None


@pytest.fixture
def backend() -> str:
    return "postgresql"


@pytest.fixture
def relay(seeded_url: str) -> Iterator[Link]:
    why = _can_cut()
    if why:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(why + ": in CI this test must run")
        pytest.skip(why)
    _mend_all()
    url = make_url(seeded_url)
    through = Link(url.host or "127.0.0.1", url.port or 5432, prepare=_give_up_on_a_dead_peer)
    try:
        yield through
    finally:
        mend(through.port)
        through.close()


@pytest.fixture
def counter(seeded_url: str, relay: Link, tmp_path: Path, clock: Clock) -> Iterator[Context]:
    """The counter's services, on the server through the relay."""
    url = make_url(seeded_url).set(host="127.0.0.1", port=relay.port).render_as_string(hide_password=False)
    context = make_context(url, tmp_path, clock)
    yield context
    context.db.dispose()


def _fails_in_time(action: object) -> float:
    started = time.monotonic()
    with pytest.raises(DatabaseUnavailable, match="nothing was refunded"):
        action()  # type: ignore[operator]
    took = time.monotonic() - started
    assert took < FOUND_WITHIN_S, f"the dead link was found after {took:.0f} s"
    return took


def test_a_return_sent_into_a_dead_line_fails_in_seconds_and_the_retry_refunds_once(
        counter: Context, relay: Link, samples: dict[str, str]) -> None:
    """What the counter sends is never acknowledged: TCP_USER_TIMEOUT."""
    actor = sign_in(counter)
    req = request(samples["coupon"], [{"line": 1, "qty": 1}], key="dead-1")
    returns.preview(req, actor, counter)  # the pooled connection is in use, warm, and trusted (no ping)
    cut(relay.port)
    _fails_in_time(lambda: returns.process(req, actor, counter))
    mend(relay.port)
    assert count(counter, Return) == 0 and sale_line(counter, samples["coupon"], 1).returned_qty == 0
    assert returns.process(req, actor, counter).status == "completed"
    assert returns.process(req, actor, counter).replayed
    assert count(counter, Return) == 1 and sale_line(counter, samples["coupon"], 1).returned_qty == 1


def test_a_line_that_dies_while_the_answer_is_awaited_is_found_by_keepalives(
        counter: Context, relay: Link, seeded_url: str, samples: dict[str, str]) -> None:
    """The return waits on the sale's row lock (another counter holds it);
    meanwhile the line dies, and the answer never comes: nothing of the
    counter's is in flight, so only keepalive probes can tell."""
    actor = sign_in(counter)
    code = samples["coupon"]
    req = request(code, [{"line": 1, "qty": 1}], key="dead-2")
    returns.preview(req, actor, counter)
    holder = create_engine(seeded_url)  # another counter, on the server directly
    outcome: dict[str, object] = {}
    try:
        with holder.connect() as other:
            other.execute(text("SELECT id FROM sales WHERE doc_id = :code FOR UPDATE"), {"code": code})

            def attempt() -> None:
                started = time.monotonic()
                try:
                    returns.process(req, actor, counter)
                    outcome["error"] = None
                except Exception as error:  # noqa: BLE001 - what the counter said is the test's to judge
                    outcome["error"] = error
                outcome["seconds"] = time.monotonic() - started

            worker = threading.Thread(target=attempt)
            worker.start()
            waiting = text("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                           "AND datname = current_database()")
            deadline = time.monotonic() + 10
            while other.execute(waiting).scalar() == 0:
                assert time.monotonic() < deadline, "the return never reached the sale's lock"
                time.sleep(0.05)
            cut(relay.port)
            other.commit()  # the lock goes: the server answers into the dead line
        worker.join(FOUND_WITHIN_S + 15)
        assert not worker.is_alive(), "the counter is still waiting for an answer on a dead line"
        assert isinstance(outcome["error"], DatabaseUnavailable), outcome
        assert float(outcome["seconds"]) < FOUND_WITHIN_S + 1  # type: ignore[arg-type]
    finally:
        holder.dispose()
    mend(relay.port)
    reply = returns.process(req, actor, counter)  # the server rolled the lost attempt back: it refunds now, once
    assert reply.status == "completed"
    assert count(counter, Return) == 1 and sale_line(counter, code, 1).returned_qty == 1
