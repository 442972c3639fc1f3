"""Extra PostgreSQL clusters for the tests that stop a server or need
several (the offline chaos test, the chain's replication): Debian's
pg_createcluster on a free port, trust authentication for the local tests,
dropped afterwards. Needs root (CI runs as root) and postgresql-common."""

from __future__ import annotations

import shutil
import socket
import subprocess
import uuid
from dataclasses import dataclass

import pytest


def available() -> bool:
    return shutil.which("pg_createcluster") is not None and shutil.which("pg_ctlcluster") is not None


def _version() -> str:
    done = subprocess.run(["pg_lsclusters", "--no-header"], capture_output=True, text=True, check=True)
    return done.stdout.split()[0]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Cluster:
    version: str
    name: str
    port: int

    @classmethod
    def create(cls, *options: str) -> Cluster:
        """A new cluster, started; ``options`` are server settings ("wal_level=logical")."""
        cluster = cls(_version(), f"rd{uuid.uuid4().hex[:8]}", _free_port())
        command = ["pg_createcluster", cluster.version, cluster.name, "-p", str(cluster.port), "--start"]
        for option in options:
            command += ["-o", option]
        subprocess.run([*command, "--", "-A", "trust"], check=True, capture_output=True, timeout=120)
        return cluster

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def dsn(self, database: str = "postgres") -> str:
        return f"host=127.0.0.1 port={self.port} user=postgres dbname={database}"

    def control(self, action: str, *extra: str) -> None:
        subprocess.run(["pg_ctlcluster", self.version, self.name, action, *extra], check=True, capture_output=True,
                       timeout=120)

    def stop(self) -> None:
        self.control("stop", "-m", "immediate")  # as a power cut or a crash takes it

    def start(self) -> None:
        self.control("start")

    def sql(self, statement: str, database: str = "postgres") -> list[tuple[object, ...]]:
        import psycopg

        with psycopg.connect(self.dsn(database), autocommit=True, connect_timeout=5) as connection:
            cursor = connection.execute(statement)
            return list(cursor.fetchall()) if cursor.description else []

    def drop(self) -> None:
        subprocess.run(["pg_dropcluster", "--stop", self.version, self.name], capture_output=True, timeout=120)


def need_clusters() -> None:
    """Skip where the machine cannot make clusters, except in CI, where the test must run."""
    import os

    if not available():
        if os.environ.get("CI"):
            pytest.fail("pg_createcluster (Debian's postgresql-common) is needed for this test in CI")
        pytest.skip("pg_createcluster is not installed")
