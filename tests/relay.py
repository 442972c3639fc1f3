"""The network between a counter and its database, for tests: a TCP relay
on a port of its own that can be cut (new connections refused, open ones
dropped) and mended. A test that needs a line that dies *silently* cuts the
relay's port with iptables instead (tests/integration/test_dead_link.py)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable


class Link:
    """127.0.0.1:port -> the server, a pair of threads per connection.
    ``prepare`` is called on each accepted counter-side socket (its options)."""

    def __init__(self, host: str, port: int, prepare: Callable[[socket.socket], None] | None = None):
        self.target = (host, port)
        self.prepare = prepare
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.listener.getsockname()[1])
        self.open: list[socket.socket] = []
        self.up = True
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if not self.up:
                client.close()
                continue
            if self.prepare is not None:
                self.prepare(client)
            server = socket.create_connection(self.target)
            self.open += [client, server]
            for source, sink in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:  # one end gone: the other goes too (shut down, so the thread reading it wakes; the server rolls back)
            for end in (source, sink):
                try:
                    end.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                end.close()

    def cut(self) -> None:
        self.up = False
        for end in self.open:
            end.close()
        self.open.clear()

    def mend(self) -> None:
        self.up = True

    def close(self) -> None:
        self.cut()
        self.listener.close()
