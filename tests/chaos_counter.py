"""One counter of the offline chaos test (tests/integration/test_offline_chaos.py),
a process of its own: returns as fast as it can for a while, on the shared
database while it answers and on the register's own copy while it does
not, switching as the window does (desktop/ui/shell.py), and syncing when
the database is back. Every completed return is logged (and fsynced)
before the next one starts.

    python -m tests.chaos_counter URL REGISTER SECONDS FOLDER RECEIPTS.json
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from pathlib import Path

from desktop.db.engine import Database
from desktop.db.numbering import RegisterCounter
from desktop.services import auth, returns
from desktop.services.context import Context
from desktop.services.errors import RequestError
from desktop.services.explain import is_offline
from desktop.services.offline import OfflineRefused, OfflineRegister

PEPPER = os.environ["RETURNDESK_PEPPER"].encode()


def main(url: str, register_code: str, seconds: float, folder: Path, receipts: list[str]) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    ctx = Context(db=Database.connect(url), pepper=PEPPER, counter=RegisterCounter(folder / "counters.sqlite3"),
                  store_code="0001", register_code=register_code)
    register = OfflineRegister(ctx, folder / "copy.sqlite3")
    log = (folder / "completed.jsonl").open("a", encoding="utf-8")
    events = (folder / "events.jsonl").open("a", encoding="utf-8")

    def note(kind: str, **what: object) -> None:
        events.write(json.dumps({"at": time.time(), "event": kind, **what}) + "\n")
        events.flush()

    actor = None
    offline, next_try = False, 0.0
    while actor is None:  # a restarted counter may come up while the server is down: its copy signs in
        try:
            actor = auth.sign_in(auth.SignIn("1001", "2468"), register.local if offline else ctx)
            if not offline:
                register.refresh()
        except Exception as error:  # noqa: BLE001 - the server is out: the copy
            if not is_offline(error) or not register.ready:
                time.sleep(0.3)
                continue
            offline = True
            actor = None
    rng = random.Random(f"{register_code}-{os.getpid()}")
    end, number, last_refresh = time.monotonic() + seconds, 0, time.monotonic()
    prefix = f"{register_code}-{os.getpid()}"
    while time.monotonic() < end:
        now = time.monotonic()
        if offline and now >= next_try:
            try:
                note("sync-start")
                synced = register.sync()
                note("synced", entries=synced.entries, already=synced.already, conflicts=len(synced.conflicts))
                offline = False
            except Exception as error:  # noqa: BLE001 - still out
                if not is_offline(error):
                    raise
                next_try = now + 0.3
        elif not offline and now - last_refresh > 2:
            try:
                register.refresh()
                last_refresh = now
            except Exception as error:  # noqa: BLE001
                if not is_offline(error):
                    raise
                offline = True
        code = rng.choice(receipts)
        request = returns.parse_request({
            "receipt": code, "idempotency_key": f"{prefix}-{number}",
            "items": [{"line": rng.choice((1, 2)), "qty": 1, "condition": "new", "reason": "changed_mind"}],
            "refund_to": rng.choice(("store_credit", "store_credit", "store_credit", "original"))})
        number += 1
        reply = None
        for _attempt in range(3):
            # As the window does: the copy only once it is whole; before that the
            # clerk is told the database cannot be reached, and nothing is refunded.
            target = register.local if offline and register.ready else ctx
            try:
                reply = returns.process(request, actor, target)
                break
            except OfflineRefused:
                break
            except RequestError:
                break
            except Exception as error:  # noqa: BLE001 - the server went: the same key again, offline
                if not is_offline(error):
                    raise
                offline, next_try = True, time.monotonic() + 0.3
                if not register.ready:
                    note("unavailable", key=request.idempotency_key)
                    time.sleep(0.3)
                    break
                note("offline", key=request.idempotency_key)
        if reply is not None and reply.status == "completed":
            log.write(json.dumps({"key": request.idempotency_key, "return_id": reply.return_id,
                                  "refund": reply.refund_total, "offline": target is not ctx,
                                  "register": register_code}) + "\n")
            log.flush()
            os.fsync(log.fileno())
    note("done", offline=offline)
    return 0


if __name__ == "__main__":
    url, register_code, seconds, folder, receipts = sys.argv[1:6]
    sys.exit(main(url, register_code, float(seconds), Path(folder), json.loads(Path(receipts).read_text())))
