"""Secure by default: Django's deployment checks pass with the production settings, and every
answer of the site (pages, admin, error pages, feeds, open data, calendars) carries the security
headers; in production, HTTPS is enforced and cookies travel over HTTPS only."""

import re
import secrets
import subprocess
import sys
from unittest import mock

import pytest
from django.db import OperationalError
from django.test import Client
from servers import PROJECT, fetch, gunicorn, manage, production_environment

from relations.models import Event

pytestmark = pytest.mark.django_db


def test_the_deployment_checks_report_nothing_with_the_production_settings(tmp_path):
    # A valid SIRET number (check digit) stands in for the city's, without which the open data stays
    # empty and the checks say so (relations/open_data.py).
    env = production_environment(f"sqlite:///{tmp_path / 'site.sqlite3'}", tmp_path, CITY_SIRET="73282932000074")
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNING" not in result.stdout + result.stderr


def policy(response):
    """The Content-Security-Policy as {directive: [sources]}."""
    header = response.headers.get("Content-Security-Policy", "")
    return {name: sources for name, *sources in (part.split() for part in header.split(";") if part.strip())}


def raising(exception):
    def view(*args, **kwargs):
        raise exception

    return view


@pytest.fixture
def answers(furth, admin_client, client, django_user_model):
    """One answer of each kind the site gives."""
    event = Event.objects.create(
        title_fr="Concert", slug_fr="concert", summary_fr="…", venue_fr="Opéra", starts_at="2099-06-01T20:00Z",
        status="published",
    )  # fmt: skip
    staff = django_user_model.objects.create_user("redacteur", password="x", is_staff=True)
    staff_client = Client()
    staff_client.force_login(staff)
    failing_client = Client(raise_request_exception=False)
    with mock.patch("relations.views.HomeView.get_context_data", raising(RuntimeError("bug"))):
        server_error = failing_client.get("/fr/")
    with mock.patch("relations.views.HomeView.get_context_data", raising(OperationalError("database down"))):
        database_down = failing_client.get("/de/")
    return {
        "home page": client.get("/fr/"),
        "detail page": client.get("/de/partnerstaedte/fuerth/"),
        "search": client.get("/en/search/", {"q": "furth"}),
        "redirect": client.get("/"),
        "admin login": client.get("/fr/admin/login/"),
        "admin form": admin_client.get(f"/fr/admin/relations/city/{furth.pk}/change/"),
        "locale editor": admin_client.get("/fr/admin/translations/catalogues/files/project/"),
        "not found": client.get("/de/partnerstaedte/nirgendwo/"),
        "bad request": client.get("/fr/", {"q": "\x00"}),
        "forbidden": staff_client.get("/fr/admin/translations/"),
        "refused form": Client(enforce_csrf_checks=True).post("/fr/admin/login/"),
        "method not allowed": client.post("/fr/"),
        "server error": server_error,
        "database down": database_down,
        "RSS feed": client.get("/fr/articles/flux.rss"),
        "Atom feed": client.get("/en/articles/feed.atom"),
        "sitemap": client.get("/sitemap.xml"),
        "robots.txt": client.get("/robots.txt"),
        "open data CSV": client.get("/fr/associations/subventions.csv"),
        "open data JSON": client.get("/fr/associations/subventions.json"),
        "open data in another language": client.get("/en/associations/subsidies.json"),
        "calendar": client.get("/en/events/calendar.ics"),
        "event calendar": client.get(f"/en/events/{event.slug_fr}/calendar.ics"),
    }


EXPECTED_STATUS = {
    "redirect": 302, "open data in another language": 301, "not found": 404, "bad request": 400, "forbidden": 403,
    "refused form": 403,
    "method not allowed": 405, "server error": 500, "database down": 503,
}  # fmt: skip


def test_every_kind_of_answer_carries_the_security_headers(answers):
    for kind, response in answers.items():
        assert response.status_code == EXPECTED_STATUS.get(kind, 200), kind
        assert response.headers["X-Content-Type-Options"] == "nosniff", kind
        assert response.headers["Referrer-Policy"] == "same-origin", kind
        assert response.headers["Cross-Origin-Opener-Policy"] == "same-origin", kind
        assert response.headers["X-Frame-Options"] == "DENY", kind
        permissions = response.headers["Permissions-Policy"]
        for feature in ("camera", "geolocation", "microphone", "payment"):
            assert f"{feature}=()" in permissions, kind
        directives = policy(response)
        assert directives["default-src"] == ["'self'"], kind
        assert directives["script-src"] == ["'self'"], kind
        assert directives["object-src"] == ["'none'"], kind
        assert directives["frame-ancestors"] == ["'none'"], kind
        assert directives["base-uri"] == ["'self'"] and directives["form-action"] == ["'self'"], kind


def test_only_the_admin_allows_inline_styles_and_never_inline_scripts(answers):
    for kind, response in answers.items():
        directives = policy(response)
        if re.match(r"^/(fr|de|en)/admin/", response.request["PATH_INFO"]):
            assert directives["style-src"] == ["'self'", "'unsafe-inline'"], kind
            assert directives["img-src"] == ["'self'", "data:", "blob:"], kind
        else:
            assert directives["style-src"] == ["'self'"], kind
            assert directives["img-src"] == ["'self'"], kind
        header = response.headers["Content-Security-Policy"]
        assert "unsafe-eval" not in header and "nonce-" not in header, kind


def test_public_pages_have_no_inline_script_or_style(answers):
    """Public pages are cached for every reader alike: a nonce cannot work there, so nothing is inline
    but data no browser runs (schema.org JSON-LD, relations/structured_data.py)."""
    for kind in ("home page", "detail page", "search", "not found", "bad request", "method not allowed"):
        html = answers[kind].content.decode()
        assert not re.search(r'<script(?![^>]*\bsrc=)(?![^>]*type="application/ld\+json")[^>]*>', html), kind
        assert "<style" not in html and " style=" not in html, kind
        assert not re.search(r"\son[a-z]+=", html), kind


@pytest.mark.slow
def test_in_production_https_is_enforced_and_cookies_are_https_only(tmp_path):
    env = production_environment(f"sqlite:///{tmp_path / 'site.sqlite3'}", tmp_path)
    manage(env, "migrate", "--no-input", "--verbosity", "0")
    password = secrets.token_urlsafe(16)
    manage(
        {**env, "DJANGO_SUPERUSER_PASSWORD": password},
        "createsuperuser", "--no-input", "--username", "webmaster", "--email", "webmaster@example.org",
    )  # fmt: skip
    with gunicorn(env, tmp_path / "gunicorn.log") as server:
        # Plain HTTP (no proxy saying HTTPS) is sent to the HTTPS address.
        status, headers, _body = fetch(server, "/fr/", headers={"X-Forwarded-Proto": "http"})
        origin = "https://{}:{}".format(*server)
        assert status == 301 and dict(headers)["Location"] == f"{origin}/fr/"
        status, headers, _body = fetch(server, "/fr/")
        assert status == 200
        assert dict(headers)["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
        # The admin's login form sets the CSRF cookie; changing the language sets the language cookie.
        status, headers, body = fetch(server, "/fr/admin/login/")
        cookies = [value for name, value in headers if name == "Set-Cookie"]
        assert any(cookie.startswith("csrftoken=") and "Secure" in cookie for cookie in cookies), cookies
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body)[1]
        csrf_cookie = next(cookie for cookie in cookies if cookie.startswith("csrftoken=")).split(";")[0]
        status, headers, _body = fetch(
            server,
            "/i18n/setlang/",
            method="POST",
            body=f"language=de&next=/de/&csrfmiddlewaretoken={token}",
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Cookie": csrf_cookie,
                "Referer": f"{origin}/fr/",
            },
        )
        assert status == 302
        language_cookie = next(value for name, value in headers if name == "Set-Cookie" and "django_language=" in value)
        assert "Secure" in language_cookie and "HttpOnly" in language_cookie and "SameSite=Lax" in language_cookie
        status, headers, _body = fetch(
            server,
            "/fr/admin/login/",
            method="POST",
            # The first step of the two-factor login form; the superuser has no device set up yet.
            body=(
                "admin_login_view-current_step=auth&auth-username=webmaster"
                f"&auth-password={password}&csrfmiddlewaretoken={token}"
            ),
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Cookie": csrf_cookie,
                "Referer": f"{origin}/fr/admin/login/",
            },
        )
        assert status == 302
        session_cookie = next(value for name, value in headers if name == "Set-Cookie" and "sessionid=" in value)
        assert "Secure" in session_cookie and "HttpOnly" in session_cookie
