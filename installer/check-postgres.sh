#!/usr/bin/env sh
# Before `make test`: is a PostgreSQL server there for the PostgreSQL half of
# the suite? Starts a local Debian cluster that is installed but down; when
# there is none, says exactly what to install (the tests then skip that half,
# except in CI, where they fail).
#   installer/check-postgres.sh PYTHON
set -u
python=${1:-python3}
url=${RETURNDESK_TEST_PG_URL:-postgresql+psycopg://postgres@127.0.0.1:5432/postgres}

probe() {
  "$python" - "$url" <<'PY' >/dev/null 2>&1
import sys
import psycopg
from sqlalchemy.engine import make_url
u = make_url(sys.argv[1])
psycopg.connect(host=u.host or "127.0.0.1", port=u.port or 5432, user=u.username, password=u.password,
                dbname=u.database or "postgres", connect_timeout=3).close()
PY
}

probe && exit 0
if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  echo "PostgreSQL $version is installed but not answering; starting it"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start >/dev/null 2>&1 || true
  for _ in 1 2 3 4 5 6 7 8 9 10; do probe && exit 0; sleep 1; done
fi
echo "PostgreSQL is not reachable at $url: the PostgreSQL tests will be skipped."
echo "To run them: sudo apt-get install -y postgresql && sudo pg_ctlcluster 15 main start"
echo "(trust authentication for the postgres role on 127.0.0.1), or set RETURNDESK_TEST_PG_URL."
exit 0
