"""gunicorn's settings for production (make serve-prod, make bench, docs/deployment.md).

Command-line options and GUNICORN_CMD_ARGS override them.
"""

import multiprocessing
import os

wsgi_app = "limoges_site.wsgi:application"
# Only nginx talks to gunicorn (deploy/nginx.conf, docs/deployment.md): a synchronous worker serves
# one connection at a time, so a client sending slowly would hold it. nginx reads each request whole
# and takes each answer at once. Written here because gunicorn would otherwise listen on every
# address when a PORT variable is set. --bind sets another address (or unix:/path).
bind = ["127.0.0.1:8000"]
# The usual rule for synchronous workers: two per core plus one. WEB_CONCURRENCY sets another number.
workers = int(os.environ.get("WEB_CONCURRENCY", 2 * multiprocessing.cpu_count() + 1))
# A worker busy for longer is killed and replaced (nginx waits a little longer: proxy_read_timeout).
timeout = 30
# Each worker is replaced now and then (after about 100,000 requests, some minutes at full load),
# so that a slow leak never grows.
max_requests = 100_000
max_requests_jitter = 10_000
# Several servers may run on one machine (make bench, the tests); none is driven through gunicornc.
control_socket_disable = True
