"""Health checks for load balancers and deployments, outside the language prefix.

Their answers are for machines: they are neither translated nor cached.
"""

import logging
import uuid

from django.core.cache import cache
from django.db import connection, transaction
from django.http import HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache

from relations.cache import page_cache_exempt

logger = logging.getLogger(__name__)


def health_check(view):
    # Not wrapped in the request's transaction (ATOMIC_REQUESTS would open a database
    # connection before the view runs), never cached, never looked up in the page cache.
    return page_cache_exempt(never_cache(transaction.non_atomic_requests(view)))


@health_check
def healthz(request):
    """The process answers requests. Touches no database, cache or session, so that a load
    balancer may ask as often as it likes and a database outage does not take every server out."""
    return HttpResponse("ok", content_type="text/plain")


def database_state():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as error:
        logger.error("Readiness check: the database does not answer: %r", error)
        return "failed"
    return "ok"


def cache_state():
    key = f"readyz-{uuid.uuid4().hex}"
    try:
        cache.set(key, "ok", timeout=10)
        answer = cache.get(key)
        cache.delete(key)
    except Exception as error:
        logger.error("Readiness check: the cache does not answer: %r", error)
        return "failed"
    return "ok" if answer == "ok" else "failed"


@health_check
def readyz(request):
    """The server can serve pages: the database answers a trivial query and the shared cache
    keeps what is written to it. 503, naming what failed, otherwise."""
    checks = {"database": database_state(), "cache": cache_state()}
    return JsonResponse(checks, status=200 if set(checks.values()) == {"ok"} else 503)
