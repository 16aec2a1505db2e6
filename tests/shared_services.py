"""The PostgreSQL and Redis servers some tests need, found on 127.0.0.1 or skipped with a reason.

Tests never flush a shared Redis: each writes under a key prefix of its own and deletes only that.
"""

import contextlib
import os
import uuid

import pytest
from django.db import connection

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


def redis_is_reachable():
    import redis

    try:
        return redis.Redis.from_url(REDIS_URL, socket_connect_timeout=0.5).ping()
    except redis.RedisError:
        return False


needs_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="needs PostgreSQL (DATABASE_URL=postgres://…); CI runs it in its PostgreSQL pass",
)
needs_redis = pytest.mark.skipif(
    not redis_is_reachable(), reason=f"needs Redis at {REDIS_URL} (TEST_REDIS_URL=redis://… for another)"
)


@contextlib.contextmanager
def own_redis_keys():
    """A key prefix of this test's own in the shared Redis; its keys are deleted afterwards."""
    import redis

    prefix = f"limoges-test-{uuid.uuid4().hex}"
    try:
        yield prefix
    finally:
        client = redis.Redis.from_url(REDIS_URL)
        for key in client.scan_iter(match=f"{prefix}*"):
            client.delete(key)


def redis_cache(prefix):
    backend = "django_redis.cache.RedisCache"
    return {"default": {"BACKEND": backend, "LOCATION": REDIS_URL, "KEY_PREFIX": prefix}}
