"""Every error the reader can meet is a page of the site, in the reader's language."""

import logging
from unittest import mock

import pytest
from django.db import InterfaceError, OperationalError
from django.test import Client
from django.utils import translation

from relations.errors import server_error, service_unavailable

pytestmark = pytest.mark.django_db

SITE_NAME = {"fr": "Ville de Limoges", "de": "Stadt Limoges", "en": "City of Limoges"}


def assert_page_in(language, response, heading):
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert SITE_NAME[language] in html
    assert f"<h1>{heading}</h1>" in html


def test_a_bad_request_is_explained_in_the_readers_language(client):
    assert_page_in("de", client.get("/de/", {"q": "\x00"}), "Ungültige Anfrage")
    assert_page_in("fr", client.get("/fr/reseaux/\x00/"), "Requête incorrecte")


def test_a_refused_request_is_logged_in_one_line_without_traceback(client, caplog):
    """A scan sends hundreds of these: each is one warning with the (escaped, shortened) address."""
    long_segment = "x" * 1000
    with caplog.at_level(logging.DEBUG):
        response = client.get(f"/en/twin-cities/{long_segment}/?q=%00")
    assert_page_in("en", response, "Bad request")
    assert response.status_code == 400
    records = [record for record in caplog.records if record.levelno >= logging.WARNING]
    assert len(records) == 1, caplog.text
    (record,) = records
    assert record.levelno == logging.WARNING and record.exc_info is None
    message = record.getMessage()
    assert "NUL character" in message and "/en/twin-cities/xxx" in message
    assert "Traceback" not in caplog.text and len(message) < 300
    # A NUL in the address itself is written escaped: no control character reaches the log.
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        assert client.get("/de/netzwerke/%00/").status_code == 400
    assert [record.getMessage() for record in caplog.records] == [
        "Bad request (NUL character in the request): /de/netzwerke/\\x00/"
    ]


def test_a_refused_form_is_explained_in_the_readers_language():
    response = Client(enforce_csrf_checks=True).post("/de/suche/", {"q": "Fürth"})
    assert response.status_code == 403
    assert_page_in("de", response, "Das Formular konnte nicht gesendet werden")


def test_a_forbidden_page_is_explained_in_the_readers_language(client, django_user_model):
    client.force_login(django_user_model.objects.create_user("redacteur", is_staff=True))
    response = client.get("/en/admin/translations/")
    assert response.status_code == 403
    assert_page_in("en", response, "Access denied")


def test_a_method_the_page_does_not_take_is_explained_in_the_readers_language(client):
    response = client.delete("/fr/villes-jumelees/")
    assert response.status_code == 405
    assert response.headers["Allow"] == "GET, HEAD, OPTIONS"
    assert_page_in("fr", response, "Requête non autorisée")


@pytest.mark.parametrize("error", [OperationalError("server closed the connection"), InterfaceError("closed")])
def test_an_unreachable_database_gives_a_503_asking_to_come_back(error):
    client = Client(raise_request_exception=False)
    with mock.patch("relations.views.CityListView.get_queryset", side_effect=error):
        response = client.get("/de/partnerstaedte/")
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "60"
    assert_page_in("de", response, "Vorübergehend nicht verfügbar")


def test_other_errors_stay_500(client):
    client.raise_request_exception = False
    with mock.patch("relations.views.CityListView.get_queryset", side_effect=ValueError("a bug")):
        response = client.get("/en/twin-cities/")
    assert response.status_code == 500
    assert "Temporary error" in response.content.decode()


def test_the_503_page_does_not_touch_the_database(rf, django_assert_num_queries):
    with translation.override("en"), django_assert_num_queries(0):
        response = service_unavailable(rf.get("/en/"))
    assert response.status_code == 503 and '<html lang="en">' in response.content.decode()
    # A database error raised outside a view (while saving a session) reaches the 500 handler.
    with translation.override("fr"), django_assert_num_queries(0):
        try:
            raise OperationalError("the database is gone")
        except OperationalError:
            response = server_error(rf.get("/fr/"))
    assert response.status_code == 503 and "Momentanément indisponible" in response.content.decode()
