"""The site as it runs in production, for the tests that need a real server: gunicorn in a
subprocess with the production settings (DEBUG off, a real secret key, HTTPS behind a proxy)."""

import contextlib
import http.client
import os
import secrets
import socket
import subprocess
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent

# A TLS-terminating proxy stands in front of the site and says which scheme the reader used.
THROUGH_HTTPS = {"X-Forwarded-Proto": "https"}


def production_environment(database_url, folder, **overrides):
    """The environment of a production process: only what .env.example lists, nothing of the test run's."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "SITE_URL", "DATABASE_URL", "DJANGO_SETTINGS_MODULE")
    }
    env.update(
        DEBUG="false",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=database_url,
        SECURE_PROXY_SSL_HEADER="HTTP_X_FORWARDED_PROTO,https",
        MEDIA_ROOT=str(Path(folder) / "media"),
        STATIC_ROOT=str(Path(folder) / "static"),
        LOG_LEVEL="WARNING",
        PYTHONUNBUFFERED="1",
    )
    env.update(overrides)
    return env


def manage(env, *arguments):
    result = subprocess.run(
        [sys.executable, "manage.py", *arguments], cwd=PROJECT, env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, f"manage.py {' '.join(arguments)}:\n{result.stdout}\n{result.stderr}"
    return result


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def gunicorn(env, log_path, workers=2):
    """Serves the site with gunicorn on a free port of 127.0.0.1; yields (host, port)."""
    # Static files are collected first, as a deployment does (a manifest storage needs them).
    manage(env, "collectstatic", "--no-input", "--verbosity", "0")
    port = free_port()
    with open(log_path, "w") as log:
        process = subprocess.Popen(
            [
                sys.executable, "-m", "gunicorn", "limoges_site.wsgi:application",
                "--bind", f"127.0.0.1:{port}", "--workers", str(workers),
                "--graceful-timeout", "5", "--access-logfile", "-",
            ],
            cwd=PROJECT, env=env, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while True:
            assert process.poll() is None, f"gunicorn stopped:\n{Path(log_path).read_text()}"
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
                break
            assert time.monotonic() < deadline, f"gunicorn did not start:\n{Path(log_path).read_text()}"
            time.sleep(0.2)
        yield "127.0.0.1", port
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def fetch(address, path, method="GET", headers=None, body=None, timeout=30):
    """One HTTP request, redirects not followed; returns (status, headers, body as text).
    Headers come as a list of pairs, since Set-Cookie may repeat."""
    connection = http.client.HTTPConnection(*address, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers={**THROUGH_HTTPS, **(headers or {})})
        response = connection.getresponse()
        return response.status, response.getheaders(), response.read().decode("utf-8", "replace")
    finally:
        connection.close()
