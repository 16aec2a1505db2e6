"""Nothing is lost under load: 32 readers at once for two minutes, on gunicorn with the production
settings and PostgreSQL, reading every kind of page in the three languages, get no error at all.

wrk (Debian's package, installed by .ci/run) sends the requests; LOAD_TEST_SECONDS shortens the run
on a laptop. The figures are printed at the end of the run (docs/performance.md, "Load test").
"""

import json
import os
import shutil
import subprocess

import pytest
import shared_services
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from django.utils import translation
from servers import THROUGH_HTTPS, gunicorn, production_environment

from tests.addresses import sitemap_addresses

pytestmark = pytest.mark.slow

SECONDS = int(os.environ.get("LOAD_TEST_SECONDS", "120"))
CLIENTS = 32
WORKERS = 4

# Spreads the addresses over wrk's connections and counts the answers by class in each thread;
# done() adds them up and prints the figures as JSON.
WRK_SCRIPT = """
local paths = {%(paths)s}
local counter = 0
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  counter = id
  server_errors, client_errors = 0, 0
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1], {%(headers)s})
end

function response(status, headers, body)
  if status >= 500 then server_errors = server_errors + 1
  elseif status >= 400 then client_errors = client_errors + 1 end
end

function done(summary, latency, requests)
  local server, client = 0, 0
  for _, thread in ipairs(threads) do
    server = server + thread:get("server_errors")
    client = client + thread:get("client_errors")
  end
  local errors = summary.errors
  io.write(string.format(
    'LOAD {"requests": %%d, "seconds": %%.1f, "rps": %%.1f, "p50_ms": %%.1f, "p95_ms": %%.1f, "p99_ms": %%.1f, ' ..
    '"max_ms": %%.1f, "5xx": %%d, "4xx": %%d, "socket_errors": %%d, "timeouts": %%d, "addresses": %%d}\\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, server, client, errors.connect + errors.read + errors.write, errors.timeout, #paths))
end
"""


def every_kind_of_page():
    """Lists, details, search, feeds, calendars, open data and the sitemap, in each language."""
    addresses = ["/sitemap.xml", "/robots.txt"]
    for language in ("fr", "de", "en"):
        with translation.override(language):
            addresses += sitemap_addresses(per_type=4)
            addresses += [
                reverse(name)
                for name in ("relations:article_feed", "relations:article_atom_feed", "relations:event_calendar",
                             "relations:subsidies_csv", "relations:subsidies_json")
            ]  # fmt: skip
            addresses.append(
                reverse("relations:search")
                + "?q="
                + {"fr": "porcelaine", "de": "Porzellan", "en": "porcelain"}[language]
            )
            addresses.append(reverse("relations:project_list") + "?year=2023")
    return addresses


# Measured on PostgreSQL, as in production.
@shared_services.needs_postgresql
@pytest.mark.skipif(
    shutil.which("wrk") is None, reason="wrk is not installed (.ci/run installs it: apt-get install wrk)"
)
def test_32_readers_for_two_minutes_get_no_error(transactional_db, tmp_path):
    call_command("load_demo", verbosity=0)
    addresses = every_kind_of_page()
    script = tmp_path / "mix.lua"
    script.write_text(
        WRK_SCRIPT
        % {
            "paths": ", ".join(json.dumps(address) for address in addresses),
            "headers": ", ".join(f'["{name}"] = "{value}"' for name, value in THROUGH_HTTPS.items()),
        }
    )
    database = connection.settings_dict
    host, port = database["HOST"] or "127.0.0.1", database["PORT"] or 5432
    env = production_environment(f"postgres://{database['USER']}@{host}:{port}/{database['NAME']}", tmp_path)
    with gunicorn(env, tmp_path / "gunicorn.log", workers=WORKERS) as (host, port):
        result = subprocess.run(
            ["wrk", "--threads", "2", "--connections", str(CLIENTS), "--duration", f"{SECONDS}s", "--timeout", "30s",
             "--script", str(script), f"http://{host}:{port}/"],
            capture_output=True, text=True, timeout=SECONDS + 120,
        )  # fmt: skip
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout.split("LOAD ", 1)[1])
    print(f"\nLoad test ({CLIENTS} clients, {WORKERS} gunicorn workers, {len(addresses)} addresses): {figures}")
    assert figures["requests"] > 0
    assert figures["5xx"] == 0 and figures["4xx"] == 0
    assert figures["socket_errors"] == 0 and figures["timeouts"] == 0
