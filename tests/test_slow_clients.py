"""Slow clients cannot take the site down: nginx (deploy/nginx.conf) stands in front of gunicorn's
synchronous workers, reads every request whole before passing it on, and refuses what is too large.

Without the proxy, six connections sending their headers a byte at a time hold all of gunicorn's
workers until they are killed (30 s later) and /healthz stops answering. Here 200 such connections
are held open for about a minute while a reader asks for /healthz and the home page.

Run in CI's PostgreSQL pass, like the load test; SLOW_CLIENTS_TEST_SECONDS shortens the attack.
"""

import contextlib
import os
import re
import selectors
import socket
import threading
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.core.management import call_command
from django.db import connection
from servers import collect_static_files, fetch, gunicorn, nginx, nginx_program, production_environment

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        nginx_program() is None, reason="nginx is not installed (.ci/run installs it: apt-get install nginx)"
    ),
]

SECONDS = int(os.environ.get("SLOW_CLIENTS_TEST_SECONDS", "45"))
SLOW_CONNECTIONS = 200
# The attack comes from ten addresses of the loopback network, 20 connections each (the proxy's
# limit per address); the reader asks from 127.0.0.1.
ATTACKERS = [f"127.0.0.{number}" for number in range(10, 20)]
WORKERS = 4


class SlowClients:
    """Holds `count` connections open to `target`, spread over `sources`, each sending its request a
    few bytes every `interval` seconds: half never finish their headers, half announce a body and
    send it a byte at a time. A connection the server closes is opened again at once, as an
    attacker's would be."""

    def __init__(self, target, count, sources, interval=2.0):
        self.target, self.sources, self.interval = target, sources, interval
        self.count = count
        self.connections = {}  # socket -> number of the slow client
        self.selector = selectors.DefaultSelector()
        self.stopping = threading.Event()
        self.reopened = 0
        self.thread = threading.Thread(target=self.run, daemon=True)

    def open(self, number):
        slow = socket.socket()
        slow.bind((self.sources[number % len(self.sources)], 0))
        try:
            slow.settimeout(2)
            slow.connect(self.target)
            if number % 2:
                slow.sendall(
                    b"POST /fr/admin/login/ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    b"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\n"
                )
            else:
                slow.sendall(b"GET /fr/ HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        except OSError:
            slow.close()
            return
        self.connections[slow] = number
        self.selector.register(slow, selectors.EVENT_READ)

    def close(self, slow):
        self.selector.unregister(slow)
        del self.connections[slow]
        slow.close()

    def run(self):
        for number in range(self.count):
            self.open(number)
        while not self.stopping.wait(self.interval):
            # An answer (408, 429) or the end of the connection: the server let it go.
            for key, _events in self.selector.select(timeout=0):
                number = self.connections[key.fileobj]
                self.close(key.fileobj)
                self.open(number)
                self.reopened += 1
            for slow, number in list(self.connections.items()):
                try:
                    slow.sendall(b"a" if number % 2 else f"X-Slow-{number}: a\r\n".encode())
                except OSError:
                    self.close(slow)
                    self.open(number)
                    self.reopened += 1
            for number in set(range(self.count)) - set(self.connections.values()):
                self.open(number)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc_info):
        self.stopping.set()
        self.thread.join(timeout=30)
        for slow in list(self.connections):
            self.close(slow)


def timed_fetch(address, path):
    started = time.monotonic()
    try:
        status, _headers, body = fetch(address, path, timeout=5)
    except OSError as error:
        status, body = None, repr(error)
    return status, body, time.monotonic() - started


@pytest.fixture(scope="module")
def static_root(tmp_path_factory):
    """The static files, collected once for every server of this module."""
    env = production_environment("sqlite:///unused.sqlite3", tmp_path_factory.mktemp("unused"))
    collect_static_files(env)
    return Path(env["STATIC_ROOT"])


@pytest.fixture
def site(transactional_db, tmp_path, static_root):
    """gunicorn with the production settings on this test's PostgreSQL database, and nginx in front
    (TLS ending at a load balancer before it, as the fetch helper pretends)."""
    if connection.vendor != "postgresql":
        pytest.skip("runs against PostgreSQL, as in production; CI runs it in its PostgreSQL pass")
    database = connection.settings_dict
    host, port = database["HOST"] or "127.0.0.1", database["PORT"] or 5432
    env = production_environment(
        f"postgres://{database['USER']}@{host}:{port}/{database['NAME']}", tmp_path, STATIC_ROOT=str(static_root)
    )
    with (
        gunicorn(env, tmp_path / "gunicorn.log", workers=WORKERS, collect_static=False) as app,
        nginx(env, app, tmp_path, "--forwarded-proto", "https") as proxy,
    ):
        yield SimpleNamespace(
            app=app, proxy=proxy, folder=tmp_path, static_root=static_root, app_log=tmp_path / "gunicorn.log"
        )


def test_200_slow_connections_do_not_keep_readers_waiting(site):
    call_command("load_demo", verbosity=0)
    # Every worker has rendered the page once (templates and catalogues loaded) before the attack.
    for _ in range(2 * WORKERS):
        assert fetch(site.proxy, "/fr/")[0] == 200
    with SlowClients(site.proxy, SLOW_CONNECTIONS, ATTACKERS) as attack:
        time.sleep(5)  # every slow connection opened and sending
        answers, held = [], []
        deadline = time.monotonic() + SECONDS
        while time.monotonic() < deadline:
            held.append(len(attack.connections))
            answers += [(path, *timed_fetch(site.proxy, path)) for path in ("/healthz", "/fr/")]
            time.sleep(2)
    slowest = max(seconds for _path, _status, _body, seconds in answers)
    print(
        f"\nSlow clients: {SLOW_CONNECTIONS} held ({min(held)}-{max(held)} open at each probe, "
        f"{attack.reopened} reopened after the proxy dropped them); {len(answers)} answers to the reader, "
        f"slowest {slowest * 1000:.0f} ms"
    )
    assert min(held) >= SLOW_CONNECTIONS * 0.9, "the attack did not hold its connections open"
    assert len(answers) >= 2 * min(10, SECONDS // 4)
    for path, status, body, seconds in answers:
        assert status == 200, (path, status, body[:300])
        assert seconds < 1, f"{path} took {seconds:.1f} s"
        if path == "/healthz":
            assert body == "ok"
        else:
            assert '<html lang="fr"' in body


def test_a_50_mb_post_is_refused_by_the_proxy_before_gunicorn_reads_it(site):
    # A small refused POST reaches gunicorn and shows in its access log...
    status, _headers, _body = fetch(site.proxy, "/fr/admin/login/", method="POST", body=b"username=a")
    assert status == 403
    # ...a 50 MB one is answered by nginx as soon as its headers say how large it is.
    with socket.create_connection(site.proxy, timeout=10) as client:
        client.sendall(
            b"POST /en/admin/login/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
            b"Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 52428800\r\n\r\n"
        )
        # nginx may have answered and stopped reading already.
        with contextlib.suppress(OSError):
            client.sendall(b"x" * 1024 * 1024)
        answer = b""
        while chunk := client.recv(65536):
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 413 "), answer[:200]
    time.sleep(0.5)
    log = site.app_log.read_text()
    assert "POST /fr/admin/login/" in log
    assert "/en/admin/login/" not in log
    # Nothing of it was written to disk while it was refused.
    assert not [path for path in (site.folder / "nginx" / "client_body").rglob("*") if path.is_file()]


def test_one_address_gets_only_its_share_of_connections(site):
    def posting_slowly():
        client = socket.socket()
        client.bind(("127.0.0.30", 0))
        client.settimeout(5)
        client.connect(site.proxy)
        client.sendall(
            b"POST /fr/admin/login/ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            b"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\n"
        )
        return client

    held = [posting_slowly() for _ in range(20)]
    try:
        one_too_many = posting_slowly()
        with one_too_many:
            answer = one_too_many.recv(65536)
        assert answer.startswith(b"HTTP/1.1 429 "), answer[:200]
    finally:
        for client in held:
            client.close()
    # Other addresses are not affected.
    assert fetch(site.proxy, "/healthz")[0] == 200


def test_static_files_are_served_by_the_proxy_for_a_year(site):
    manifest = (site.static_root / "staticfiles.json").read_text()
    fingerprinted = re.search(r'"(css/[^"]+\.[0-9a-f]{12}\.css)"', manifest)[1]
    status, headers, body = fetch(site.proxy, f"/static/{fingerprinted}")
    assert status == 200 and body
    assert dict(headers)["Cache-Control"] == "public, max-age=31536000, immutable"
    assert dict(headers)["Content-Type"].startswith("text/css")
    assert f"/static/{fingerprinted}" not in site.app_log.read_text()


def test_image_renditions_are_served_by_the_proxy_for_a_year(site):
    call_command("load_demo", verbosity=0)
    rendition = next((Path(site.folder) / "media" / "renditions").rglob("*.webp"))
    address = "/media/" + rendition.relative_to(Path(site.folder) / "media").as_posix()
    status, headers, _body = fetch(site.proxy, address)
    assert status == 200
    assert dict(headers)["Cache-Control"] == "public, max-age=31536000, immutable"
    assert dict(headers)["Content-Type"] == "image/webp"
    assert address not in site.app_log.read_text()
