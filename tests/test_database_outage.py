"""The site outlives its database: while PostgreSQL is out of reach, readers get a 503 page in
their language that asks them to come back; when it is back, the site recovers by itself.

The site runs as in production (gunicorn, production settings) and reaches PostgreSQL through a
TCP proxy of this test, which cuts every connection and refuses new ones, then opens again.
"""

import contextlib
import socket
import threading
import time

import pytest
import shared_services
from django.core.management import call_command
from django.db import connection
from servers import fetch, gunicorn, production_environment

pytestmark = [pytest.mark.slow, shared_services.needs_postgresql]


class TcpProxy:
    """Forwards 127.0.0.1:<port> to the database server, until cut()."""

    def __init__(self, target):
        self.target = target
        self.port = None
        self.connections = set()
        self.lock = threading.Lock()

    def open(self):
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port or 0))
        listener.listen(64)
        self.port = listener.getsockname()[1]
        self.listener = listener
        threading.Thread(target=self.accept, args=(listener,), daemon=True).start()

    def accept(self, listener):
        while True:
            try:
                client, _address = listener.accept()
            except OSError:  # the listening socket was closed: cut() or the end of the test
                return
            try:
                server = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            server.settimeout(None)
            with self.lock:
                self.connections.update((client, server))
            for source, destination in ((client, server), (server, client)):
                threading.Thread(target=self.pump, args=(source, destination), daemon=True).start()

    def pump(self, source, destination):
        with contextlib.suppress(OSError):
            while data := source.recv(65536):
                destination.sendall(data)
        for end in (source, destination):
            self.drop(end)

    def drop(self, end):
        with contextlib.suppress(OSError):
            end.shutdown(socket.SHUT_RDWR)
        end.close()
        with self.lock:
            self.connections.discard(end)

    def cut(self):
        """The database is gone: no new connection, and every open one is broken off."""
        # shutdown() wakes the thread blocked in accept(), which close() alone does not.
        with contextlib.suppress(OSError):
            self.listener.shutdown(socket.SHUT_RDWR)
        self.listener.close()
        with self.lock:
            ends = list(self.connections)
        for end in ends:
            self.drop(end)


@pytest.fixture
def site_behind_a_proxy(transactional_db, tmp_path):
    call_command("load_demo", verbosity=0)
    database = connection.settings_dict
    proxy = TcpProxy((database["HOST"] or "127.0.0.1", int(database["PORT"] or 5432)))
    proxy.open()
    env = production_environment(
        f"postgres://{database['USER']}@127.0.0.1:{proxy.port}/{database['NAME']}", tmp_path, CONN_MAX_AGE="60"
    )
    try:
        with gunicorn(env, tmp_path / "gunicorn.log") as server:
            yield proxy, server
    finally:
        with contextlib.suppress(OSError):
            proxy.cut()


PAGES = {
    "fr": ("/fr/", "/fr/villes-jumelees/furth/", "/fr/associations/"),
    "de": ("/de/", "/de/partnerstaedte/fuerth/", "/de/vereine/"),
    "en": ("/en/", "/en/twin-cities/furth/", "/en/associations/"),
}
COME_BACK = {
    "fr": "Merci de réessayer dans une minute.",
    "de": "Bitte versuchen Sie es in einer Minute erneut.",
    "en": "Please try again in a minute.",
}


def statuses(server):
    return {path: fetch(server, path)[0] for paths in PAGES.values() for path in paths}


def test_pages_answer_503_while_the_database_is_gone_and_recover_by_themselves(site_behind_a_proxy):
    proxy, server = site_behind_a_proxy
    assert set(statuses(server).values()) == {200}
    proxy.cut()
    for language, paths in PAGES.items():
        for path in paths:
            # Twice: the first request finds its kept connection broken, the second cannot open one.
            for _attempt in range(2):
                status, headers, body = fetch(server, path)
                assert status == 503, path
                assert dict(headers)["Retry-After"] == "60"
                assert f'<html lang="{language}">' in body and COME_BACK[language] in body
    proxy.open()
    deadline = time.monotonic() + 10
    while set(statuses(server).values()) != {200}:
        assert time.monotonic() < deadline, f"not recovered within 10 s: {statuses(server)}"
        time.sleep(0.2)


def test_a_database_restart_between_two_requests_costs_readers_nothing(site_behind_a_proxy):
    """Connections kept from before the restart are checked before use (CONN_HEALTH_CHECKS)."""
    proxy, server = site_behind_a_proxy
    for _round in range(2):  # each of the two workers has used its connection
        assert set(statuses(server).values()) == {200}
    proxy.cut()
    proxy.open()
    assert set(statuses(server).values()) == {200}


def test_readiness_says_the_database_is_down_then_up_again(site_behind_a_proxy):
    proxy, server = site_behind_a_proxy
    address = "/readyz"
    assert fetch(server, address)[0] == 200
    proxy.cut()
    status, _headers, body = fetch(server, address)
    assert status == 503 and "database" in body.lower()
    proxy.open()
    deadline = time.monotonic() + 10
    while fetch(server, address)[0] != 200:
        assert time.monotonic() < deadline, "/readyz did not recover within 10 s"
        time.sleep(0.2)
