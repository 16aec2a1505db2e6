import re

import pytest
import shared_services

from relations.models import City, PublicationStatus

pytestmark = pytest.mark.django_db


def results(client, url, query):
    response = client.get(url, {"q": query})
    assert response.status_code == 200
    return response, [result for group in response.context["groups"] for result in group["results"]]


def test_search_finds_content_in_each_language(demo, client):
    for url, query, expected in [
        ("/fr/recherche/", "Fürth", "Fürth"),
        ("/de/suche/", "Pilsen", "Pilsen"),
        ("/en/search/", "ceramics", "UNIC"),
    ]:
        _response, found = results(client, url, query)
        assert any(expected in str(result["object"]) for result in found), (url, query)


def test_search_highlights_the_words_found(demo, client):
    response, found = results(client, "/en/search/", "porcelain")
    assert found
    assert re.search(r"<mark>porcelain</mark>", response.content.decode(), re.IGNORECASE)


def test_search_escapes_what_it_is_given(demo, client):
    response, _found = results(client, "/fr/recherche/", '<script>alert(1)</script> "porcelaine')
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert client.get("/fr/recherche/", {"q": "x" * 10000}).status_code == 200
    assert client.get("/fr/recherche/", {"q": "' OR 1=1 --"}).status_code == 200
    # A NUL character is refused before any lookup (relations.middleware.refuse_malformed_requests).
    assert client.get("/fr/recherche/", {"q": "\x00' OR 1=1 --"}).status_code == 400


def test_search_shows_only_published_content(furth, client):
    City.objects.create(name_fr="Brouillonville", slug_fr="brouillonville", summary_fr="Secret.", country="FR")
    _response, found = results(client, "/fr/recherche/", "Brouillonville")
    assert found == []
    furth.status = PublicationStatus.DRAFT
    furth.save()
    _response, found = results(client, "/fr/recherche/", "Fürth")
    assert found == []


@shared_services.needs_postgresql  # full-text search with stemming
def test_postgres_search_uses_the_language_dictionary(furth, client):
    furth.summary_fr = "Les villes jumelées organisent des concerts."
    furth.summary_de = "Die Partnerstädte organisieren Konzerte."
    furth.save()
    # Stemming: the singular finds the plural, with each language's own rules.
    _response, found = results(client, "/fr/recherche/", "concert")
    assert [result["object"] for result in found] == [furth]
    _response, found = results(client, "/de/suche/", "Konzert")
    assert [result["object"] for result in found] == [furth]
