"""The site as it runs in production, for the tests that need a real server: gunicorn in a
subprocess with the production settings (DEBUG off, a real secret key, HTTPS behind a proxy), and
nginx in front of it with the repository's configuration (deploy/nginx.conf)."""

import atexit
import contextlib
import http.client
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent

# A TLS-terminating proxy stands in front of the site and says which scheme the reader used.
THROUGH_HTTPS = {"X-Forwarded-Proto": "https"}


# What a production process must not take from the test run's environment: a test that wants the
# shared Redis (under a key prefix of its own) or some gunicorn setting passes it in its overrides.
NOT_INHERITED = (
    *("DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "SITE_URL", "DATABASE_URL", "DJANGO_SETTINGS_MODULE"),
    *("REDIS_URL", "CACHE_KEY_PREFIX", "PAGE_CACHE_SECONDS", "WEB_CONCURRENCY", "GUNICORN_CMD_ARGS"),
)


# The static files as collectstatic writes them (fingerprinted, compressed): the same for every test,
# and a minute or two to make, so made once per run and shared by every production process.
SHARED_STATIC_ROOT = Path(tempfile.mkdtemp(prefix="limoges-static-"))
atexit.register(shutil.rmtree, SHARED_STATIC_ROOT, ignore_errors=True)
_collected = set()


def collect_static_files(env):
    """collectstatic into the env's STATIC_ROOT, once per run for each folder."""
    if env["STATIC_ROOT"] not in _collected:
        manage(env, "collectstatic", "--no-input", "--verbosity", "0")
        _collected.add(env["STATIC_ROOT"])


def production_environment(database_url, folder, **overrides):
    """The environment of a production process: only what .env.example lists, nothing of the test run's."""
    env = {key: value for key, value in os.environ.items() if key not in NOT_INHERITED}
    env.update(
        DEBUG="false",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=database_url,
        SECURE_PROXY_SSL_HEADER="HTTP_X_FORWARDED_PROTO,https",
        MEDIA_ROOT=str(Path(folder) / "media"),
        STATIC_ROOT=str(SHARED_STATIC_ROOT),
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
def gunicorn(env, log_path, workers=2, collect_static=True):
    """Serves the site with gunicorn (and gunicorn.conf.py) on a free port of 127.0.0.1, once it
    answers /healthz; yields (host, port). collect_static=False when the caller has collected them."""
    # Static files are collected first, as a deployment does (a manifest storage needs them).
    if collect_static:
        collect_static_files(env)
    address = ("127.0.0.1", free_port())
    with open(log_path, "w") as log:
        process = subprocess.Popen(
            [
                sys.executable, "-m", "gunicorn", "limoges_site.wsgi:application",
                "--bind", "{}:{}".format(*address), "--workers", str(workers),
                "--graceful-timeout", "5", "--access-logfile", "-",
            ],
            cwd=PROJECT, env=env, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while True:
            assert process.poll() is None, f"gunicorn stopped:\n{Path(log_path).read_text()}"
            with contextlib.suppress(OSError, http.client.HTTPException):
                if fetch(address, "/healthz", timeout=5)[0] == 200:
                    break
            assert time.monotonic() < deadline, f"gunicorn did not start:\n{Path(log_path).read_text()}"
            time.sleep(0.2)
        yield address
    finally:
        stop(process)


def nginx_program():
    """Debian's nginx, found even when /usr/sbin is not on the PATH; None when it is not installed."""
    return shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/usr/local/sbin")


def wait_for_port(process, port, log_path, name):
    deadline = time.monotonic() + 30
    while True:
        assert process.poll() is None, f"{name} stopped:\n{Path(log_path).read_text()}"
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
            return
        assert time.monotonic() < deadline, f"{name} did not start:\n{Path(log_path).read_text()}"
        time.sleep(0.2)


def stop(process):
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextlib.contextmanager
def nginx(env, upstream, folder, *options):
    """Serves the site through nginx, configured by `manage.py nginx_config` (deploy/nginx.conf) in
    front of gunicorn at upstream (host, port), on a free port of 127.0.0.1; yields (host, port).
    The options go to nginx_config (e.g. "--connections-per-address", "50"). Its run folder (request
    bodies being buffered) is folder / "nginx"; its access and error logs are in that folder too."""
    run_folder = Path(folder) / "nginx"
    run_folder.mkdir(parents=True, exist_ok=True)
    port = free_port()
    log_path = run_folder / "error.log"
    configuration = manage(
        env, "nginx_config", "--listen", f"127.0.0.1:{port}", "--upstream", "{}:{}".format(*upstream),
        "--run-folder", str(run_folder), "--access-log", str(run_folder / "access.log"), *options,
    ).stdout  # fmt: skip
    (run_folder / "nginx.conf").write_text(configuration)
    with open(log_path, "w") as log:
        process = subprocess.Popen(
            [nginx_program(), "-p", str(run_folder), "-c", str(run_folder / "nginx.conf"), "-e", "stderr"],
            stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
    try:
        wait_for_port(process, port, log_path, "nginx")
        yield "127.0.0.1", port
    finally:
        stop(process)


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
