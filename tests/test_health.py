"""/healthz and /readyz, for load balancers and deployments."""

import json
import logging
import socket

import pytest
from django.db import OperationalError, connection

pytestmark = pytest.mark.django_db


def broken_redis():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    backend = "django_redis.cache.RedisCache"
    return {"default": {"BACKEND": backend, "LOCATION": f"redis://127.0.0.1:{port}/0"}}


@pytest.fixture
def database_down(monkeypatch):
    def refuse(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(connection, "cursor", refuse)


def test_healthz_answers_ok_without_touching_database_cache_or_session(
    settings, client, django_assert_num_queries, caplog
):
    settings.PAGE_CACHE_SECONDS = 600
    settings.CACHES = broken_redis()  # any use of the cache would be logged as a failure
    with caplog.at_level(logging.WARNING), django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200 and response.content == b"ok"
    assert response["Content-Type"].startswith("text/plain")
    assert "no-cache" in response["Cache-Control"] and "public" not in response["Cache-Control"]
    assert not response.cookies and "Cookie" not in response.get("Vary", "")
    assert caplog.records == []


def test_healthz_answers_while_the_database_is_down(database_down, client):
    assert client.get("/healthz").status_code == 200


def test_readyz_reports_each_check(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert json.loads(response.content) == {"database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_readyz_names_the_database_when_it_is_down(database_down, client):
    response = client.get("/readyz")
    assert response.status_code == 503
    assert json.loads(response.content) == {"database": "failed", "cache": "ok"}


def test_readyz_names_the_cache_when_it_is_down(settings, client):
    settings.CACHES = broken_redis()
    response = client.get("/readyz")
    assert response.status_code == 503
    assert json.loads(response.content) == {"database": "ok", "cache": "failed"}


def test_the_health_checks_are_not_sent_to_a_language(client):
    for url in ("/healthz", "/readyz"):
        assert client.get(url, HTTP_ACCEPT_LANGUAGE="de").status_code == 200


@pytest.mark.django_db
def test_load_balancers_probe_over_plain_http_when_pages_redirect_to_https(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    assert client.get("/fr/").status_code == 301
    assert client.get("/healthz").status_code == 200
    assert client.get("/readyz").status_code == 200
