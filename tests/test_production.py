"""The production servers: gunicorn with DEBUG off, static files from WhiteNoise, and two app
servers on one PostgreSQL database and one Redis, as behind a load balancer."""

import gzip
import json
import secrets
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from http.cookies import SimpleCookie
from pathlib import Path

import brotli
import pytest
import servers
import shared_services
from django.core.management import call_command
from django.db import connection
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from relations.models import City
from tests.forms import form_fields

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def production(tmp_path_factory):
    """The production environment, with the static files collected as a deployment does."""
    folder = tmp_path_factory.mktemp("production")
    env = servers.production_environment(
        f"sqlite:///{folder / 'db.sqlite3'}",
        folder,
        # Plain HTTP on this machine: production's redirect to HTTPS is left to a TLS proxy here.
        SECURE_SSL_REDIRECT="false",
    )
    servers.collect_static_files(env)
    return env


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    """Requests to one server, keeping its cookies (sent over plain HTTP here, as a TLS proxy would)."""

    opener = urllib.request.build_opener(NoRedirect)

    def __init__(self, base):
        self.base, self.cookies = base, {}

    def open(self, path, data=None, headers=None):
        request = urllib.request.Request(
            self.base + path, data=urllib.parse.urlencode(data, doseq=True).encode() if data else None
        )
        for name, value in (headers or {}).items():
            request.add_header(name, value)
        if self.cookies:
            request.add_header("Cookie", "; ".join(f"{name}={value}" for name, value in self.cookies.items()))
        try:
            response = self.opener.open(request, timeout=30)
        except urllib.error.HTTPError as error:
            response = error
        with response:
            body = response.read()
        for header in response.headers.get_all("Set-Cookie") or []:
            self.cookies.update({name: morsel.value for name, morsel in SimpleCookie(header).items()})
        return response.status, response.headers, body

    def log_in(self, username, password, device):
        """The admin's two-step login: the password, then a code of the authenticator app."""
        login = "/fr/admin/login/?next=/fr/admin/"
        typed = ("auth-username", "auth-password", "token-otp_token")
        fields = [(name, value) for name, value in form_fields(self.text(login), "login-form") if name not in typed]
        status, _headers, body = self.open(login, [*fields, ("auth-username", username), ("auth-password", password)])
        assert status == 200 and 'name="token-otp_token"' in body.decode(), body.decode()[:3000]
        fields = [(name, value) for name, value in form_fields(body.decode(), "login-form") if name not in typed]
        status, headers, body = self.open(login, [*fields, ("token-otp_token", f"{totp(device.bin_key):06d}")])
        assert status == 302 and headers["Location"] == "/fr/admin/", body.decode()[:3000]

    def text(self, path):
        status, _headers, body = self.open(path)
        assert status == 200, (path, status)
        return body.decode()

    def submit(self, path, form_id, **changes):
        """Posts the form of the page as it is, with some fields changed, as an editor would."""
        values = [(name, value) for name, value in form_fields(self.text(path), form_id) if name not in changes]
        status, headers, body = self.open(path, values + list(changes.items()))
        assert status == 302, body.decode()[:3000]
        return headers["Location"]


@contextmanager
def gunicorn(env, log):
    """A production server (static files already collected); yields its base address."""
    with servers.gunicorn(env, log, collect_static=False) as (host, port):
        yield f"http://{host}:{port}"


def test_static_files_are_fingerprinted_compressed_and_cached_for_a_year(production, tmp_path):
    static_root = Path(production["STATIC_ROOT"])
    fingerprinted = json.loads((static_root / "staticfiles.json").read_text())["paths"]["css/site.css"]
    assert fingerprinted != "css/site.css"
    original = (static_root / fingerprinted).read_bytes()
    with gunicorn(production, tmp_path / "gunicorn.log") as base:
        status, headers, body = Browser(base).open("/static/" + fingerprinted, headers={"Accept-Encoding": "br"})
        assert status == 200 and headers["Content-Encoding"] == "br" and brotli.decompress(body) == original
        assert "immutable" in headers["Cache-Control"] and "max-age=315360000" in headers["Cache-Control"]
        status, headers, body = Browser(base).open("/static/" + fingerprinted, headers={"Accept-Encoding": "gzip"})
        assert headers["Content-Encoding"] == "gzip" and gzip.decompress(body) == original
        assert Browser(base).open("/healthz")[2] == b"ok"


def database_url():
    database = connection.settings_dict
    credentials = urllib.parse.quote(database["USER"]) + (
        ":" + urllib.parse.quote(database["PASSWORD"]) if database["PASSWORD"] else ""
    )
    return f"postgres://{credentials}@{database['HOST'] or '127.0.0.1'}:{database['PORT'] or 5432}/{database['NAME']}"


# The two servers share a PostgreSQL database and a Redis.
@shared_services.needs_postgresql
@shared_services.needs_redis
# Committed rows, which the servers see; pytest-django runs such tests after the others.
@pytest.mark.django_db(transaction=True)
def test_an_edit_through_one_server_shows_at_once_on_the_other(production, tmp_path, django_user_model):
    call_command("load_demo", verbosity=0)
    password = secrets.token_urlsafe(16)
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", password)
    device = TOTPDevice.objects.create(user=user, name="default")
    furth = City.objects.get(slug_fr="furth")
    page = "/fr/villes-jumelees/furth/"

    with shared_services.own_redis_keys() as prefix:
        env = {
            **production,
            "DATABASE_URL": database_url(),
            "REDIS_URL": shared_services.REDIS_URL,
            "CACHE_KEY_PREFIX": prefix,
            "PAGE_CACHE_SECONDS": "600",
        }
        with gunicorn(env, tmp_path / "first.log") as first, gunicorn(env, tmp_path / "second.log") as second:
            for server in (first, second):
                assert furth.summary_fr in Browser(server).text(page)
            # Changed behind the site's back (no signal): both servers keep their cached page.
            City.objects.filter(pk=furth.pk).update(summary_fr="Changé sans passer par le site.")
            for server in (first, second):
                assert "Changé sans passer par le site." not in Browser(server).text(page)

            editor = Browser(first)
            editor.log_in("editor", password, device)
            editor.submit(
                f"/fr/admin/relations/city/{furth.pk}/change/",
                "city_form",
                summary_fr="Résumé corrigé par une rédactrice sur le premier serveur.",
                _save="1",
            )
            assert "Résumé corrigé par une rédactrice sur le premier serveur." in Browser(second).text(page)
            assert "Résumé corrigé par une rédactrice sur le premier serveur." in Browser(first).text(page)
