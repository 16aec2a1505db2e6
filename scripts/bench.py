"""Measures the production server with wrk (make bench; method and results in docs/performance.md).

Starts gunicorn with the production settings on the demo content (and on the demo with
`load_synthetic_content --scale N`), with the page cache on and then off, and drives it with wrk on a set of
page types and on /healthz. Each page's throughput is given as a share of /healthz measured by
the same server in the same run (before and after the pages), since the machine may be busy.

SQLite in a temporary folder by default; the database of DATABASE_URL when it is set (it is
migrated and loaded with the demo content). Redis when REDIS_URL is set (under a key prefix of the
run's own, deleted at the end), this process's memory otherwise.

    .venv/bin/python scripts/bench.py [--scale 0 --scale 10] [--duration 5] [--rounds 3] [--connections 8]
"""

import argparse
import os
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from contextlib import contextmanager
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
PYTHON = PROJECT / ".venv" / "bin" / "python"
GUNICORN = PROJECT / ".venv" / "bin" / "gunicorn"

PAGES = {
    "home": "/fr/",
    "list": "/fr/villes-jumelees/",
    "detail": "/fr/villes-jumelees/furth/",
    "search": "/fr/recherche/?q=limoges",
    "feed": "/fr/articles/flux.rss",
    "sitemap index": "/sitemap.xml",
    "sitemap file": "/sitemap-city.xml",
}
GOALS = {True: 0.80, False: 0.10}  # share of /healthz, page cache on / off
# Asked as a browser asks: compressed pages accepted.
ACCEPT_ENCODING = "gzip, deflate, br"


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--scale",
        type=int,
        action="append",
        help="load_synthetic_content --scale, 0 for the demo alone (repeatable; default 0 and 10)",
    )
    parser.add_argument("--duration", type=int, default=5, help="seconds of wrk per address and round (default 5)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds over every address (default 3)")
    parser.add_argument("--connections", type=int, default=8, help="open connections (default 8)")
    parser.add_argument("--threads", type=int, default=1, help="wrk threads (default 1: the rest is for the server)")
    return parser.parse_args()


def production_environment(folder):
    env = dict(os.environ)
    env.update(
        DEBUG="false",
        # Plain HTTP on this machine: production's redirect to HTTPS is left to a TLS proxy here.
        SECURE_SSL_REDIRECT="false",
        SECRET_KEY=secrets.token_urlsafe(50),  # this run's only
        ALLOWED_HOSTS="127.0.0.1",
        STATIC_ROOT=str(folder / "static"),
        MEDIA_ROOT=str(folder / "media"),
        DATABASE_URL=os.environ.get("DATABASE_URL") or f"sqlite:///{folder / 'bench.sqlite3'}",
        CACHE_KEY_PREFIX=f"limoges-bench-{uuid.uuid4().hex}",
    )
    return env


def manage(env, *command):
    subprocess.run([PYTHON, "manage.py", *command, "--verbosity", "0"], cwd=PROJECT, env=env, check=True)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def status_of(url):
    try:
        request = urllib.request.Request(url, headers={"Accept-Encoding": ACCEPT_ENCODING})
        with urllib.request.urlopen(request, timeout=30) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@contextmanager
def gunicorn(env):
    port = free_port()
    server = subprocess.Popen([GUNICORN, "--bind", f"127.0.0.1:{port}"], cwd=PROJECT, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if status_of(base + "/healthz") == 200:
                    break
            except OSError:
                pass
            time.sleep(0.1)
        else:
            raise RuntimeError("gunicorn did not start")
        yield base
    finally:
        server.terminate()
        server.wait(timeout=30)


def milliseconds(text):
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def wrk(url, options):
    # A slow answer is measured as slow, not counted as an error after wrk's default 2 s.
    command = ["wrk", f"-t{options.threads}", f"-c{options.connections}", f"-d{options.duration}s", "--timeout", "30s"]
    output = subprocess.run(
        [*command, "--header", f"Accept-Encoding: {ACCEPT_ENCODING}", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": milliseconds(re.search(r"\s50%\s+(\S+)", output).group(1)),
        "p99": milliseconds(re.search(r"\s99%\s+(\S+)", output).group(1)),
        "errors": (int(non_2xx.group(1)) if non_2xx else 0)
        + (sum(int(count) for count in socket_errors.groups()) if socket_errors else 0),
    }


def measure(base, options):
    """Rounds of /healthz, every page, /healthz again; each page's share of /healthz is taken
    within its round, so that a burst of load from elsewhere weighs on both sides alike."""
    for path in PAGES.values():
        assert status_of(base + path) == 200, path
        for _ in range(20):  # warm the page cache and each worker
            status_of(base + path)
    rounds = []
    for _ in range(options.rounds):
        before = wrk(base + "/healthz", options)
        pages = {name: wrk(base + path, options) for name, path in PAGES.items()}
        after = wrk(base + "/healthz", options)
        healthz = statistics.mean([before["rps"], after["rps"]])
        pages["/healthz"] = {**before, "rps": healthz, "errors": before["errors"] + after["errors"]}
        for result in pages.values():
            result["share"] = result["rps"] / healthz
        rounds.append(pages)
    # The median of the rounds, figure by figure.
    return {
        name: {figure: statistics.median(result[name][figure] for result in rounds) for figure in rounds[0][name]}
        | {"errors": sum(result[name]["errors"] for result in rounds)}
        for name in rounds[0]
    }


def load_average():
    return " ".join(f"{load:.1f}" for load in os.getloadavg())


def sitemap_times(base):
    """{file: median ms} of each file the sitemap index lists, each asked alone 5 times in a row
    (one request at a time: the time to render it, not to wait for a worker)."""
    with urllib.request.urlopen(base + "/sitemap.xml", timeout=30) as response:
        files = re.findall(r"<loc>([^<]+)</loc>", response.read().decode())
    times = {}
    for address in files:
        path = "/" + address.split("/", 3)[3]
        samples = []
        for _ in range(5):
            started = time.perf_counter()
            assert status_of(base + path) == 200, path
            samples.append((time.perf_counter() - started) * 1000)
        times[path] = statistics.median(samples)
    return times


def report_sitemap_times(times):
    slowest = max(times, key=times.get)
    print(
        f"\nSitemap files, one request at a time (median of 5): {len(times)} files, "
        f"slowest {slowest} {times[slowest]:.1f} ms, median {statistics.median(times.values()):.1f} ms"
        f"{' (above the 50 ms goal)' if times[slowest] > 50 else ''}"
    )
    sys.stdout.flush()


def report(title, cached, results):
    print(f"\n### {title}\n\nLoad average after the run (1, 5, 15 min): {load_average()}\n")
    print("| address | requests/s | p50 | p99 | share of /healthz | errors |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, path in [("/healthz", "/healthz"), *PAGES.items()]:
        result = results[name]
        share = "" if path == "/healthz" else f"{result['share']:.0%}"
        if share and result["share"] < GOALS[cached]:
            share += " (below goal)"
        label = path if name == path else f"{name} `{path}`"
        print(
            f"| {label} | {result['rps']:.0f} | {result['p50']:.1f} ms | {result['p99']:.1f} ms "
            f"| {share} | {result['errors']} |"
        )
    sys.stdout.flush()


def delete_redis_keys(env):
    import redis

    client = redis.Redis.from_url(env["REDIS_URL"])
    for key in client.scan_iter(match=f"{env['CACHE_KEY_PREFIX']}*"):
        client.delete(key)


def main():
    options = arguments()
    # Stopped from outside, the servers it started are stopped too.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("stopped"))
    if not shutil.which("wrk"):
        sys.exit("wrk is needed: apt-get install -y wrk (Debian) or see https://github.com/wg/wrk")
    with tempfile.TemporaryDirectory(prefix="limoges-bench-") as folder:
        env = production_environment(Path(folder))
        database = "PostgreSQL" if env["DATABASE_URL"].startswith("postgres") else "SQLite"
        cache = "Redis" if env.get("REDIS_URL") else "local memory"
        # Whether the parts of pages shared by every reader (menus, charts, key figures) are kept,
        # also with the page cache off: as the settings decide it for this environment.
        fragments = (
            subprocess.run(
                [
                    PYTHON,
                    "manage.py",
                    "shell",
                    "--no-imports",
                    "--command",
                    "from django.conf import settings; print(settings.FRAGMENT_CACHE)",
                ],
                cwd=PROJECT,
                env=env,
                capture_output=True,
                text=True,
                check=True,
            ).stdout.strip()
            == "True"
        )
        workers = subprocess.run(
            [PYTHON, "-c", "import runpy; print(runpy.run_path('gunicorn.conf.py')['workers'])"],
            cwd=PROJECT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        print(
            f"gunicorn ({workers} sync workers), {database}, cache in {cache} (parts of pages kept: "
            f"{'yes' if fragments else 'no'}), {os.cpu_count()} cores; "
            f"wrk -t{options.threads} -c{options.connections} -d{options.duration}s, "
            f"median of {options.rounds} rounds, Accept-Encoding: {ACCEPT_ENCODING}; "
            f"load average before the run: {load_average()}"
        )
        manage(env, "collectstatic", "--no-input")
        manage(env, "migrate", "--no-input")
        try:
            manage(env, "load_demo")
            # Synthetic items 1..N are added once: each larger scale adds to the previous one.
            for scale in sorted(set(options.scale or [0, 10])):
                if scale:
                    manage(env, "load_synthetic_content", f"--scale={scale}")
                for cached in (True, False):
                    with gunicorn({**env, "PAGE_CACHE_SECONDS": "600" if cached else "0"}) as base:
                        results = measure(base, options)
                        times = None if cached else sitemap_times(base)
                    content = f"demo content + load_synthetic_content --scale {scale}" if scale else "demo content"
                    report(f"{content}, page cache {'on' if cached else 'off'}", cached, results)
                    if times:
                        report_sitemap_times(times)
        finally:
            if env.get("REDIS_URL"):
                delete_redis_keys(env)


if __name__ == "__main__":
    main()
