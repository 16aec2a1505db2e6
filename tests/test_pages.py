import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from relations.content_types import listed_models
from relations.factories import ArticleCategoryFactory, ArticleFactory, CityFactory, NetworkFactory

pytestmark = pytest.mark.django_db


def test_the_root_sends_readers_to_their_language(client):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="de-DE,de;q=0.9").headers["Location"] == "/de/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="es").headers["Location"] == "/fr/"


def test_the_home_page_shows_the_section_in_the_readers_language(demo, client):
    german = client.get("/de/").content.decode()
    assert '<html lang="de">' in german
    assert "Internationale Beziehungen" in german
    assert "Fürth" in german
    english = client.get("/en/").content.decode()
    assert "International relations" in english and "Twinning charters" in english


def test_the_language_switcher_leads_to_the_same_city_in_each_language(furth, client):
    html = client.get("/fr/villes-jumelees/furth/").content.decode()
    assert 'href="/de/partnerstaedte/fuerth/"' in html
    assert 'href="/en/twin-cities/furth/"' in html


def test_unknown_addresses_are_not_found(furth, client):
    assert client.get("/de/partnerstaedte/nirgendwo/").status_code == 404
    assert client.get("/fr/villes-jumelees/fuerth/").status_code == 404  # the German slug is not French
    assert client.get("/xx/", follow=True).status_code == 404


def test_drafts_are_not_public(furth, client):
    furth.status = "draft"
    furth.save()
    assert client.get("/fr/villes-jumelees/furth/").status_code == 404


def test_the_language_switcher_of_a_list_leads_to_the_same_list(client):
    html = client.get("/en/networks/").content.decode()
    assert 'href="/fr/reseaux/"' in html and 'href="/de/netzwerke/"' in html


def test_the_language_switcher_of_the_home_page_leads_to_each_home_page(demo, client):
    html = client.get("/de/").content.decode()
    assert 'href="/fr/" hreflang="fr"' in html and 'href="/en/" hreflang="en"' in html


def test_a_long_list_of_articles_is_split_into_pages(client):
    articles = ArticleFactory.create_batch(12, category=ArticleCategoryFactory())
    first, second = (client.get("/en/articles/", {"page": page}).content.decode() for page in (1, 2))
    assert "Page 1 of 2" in first and 'rel="next"' in first
    assert "Page 2 of 2" in second and 'rel="prev"' in second
    for article in articles:
        # Each article is on exactly one of the two pages ("Sample article 1" is not "Sample article 12").
        found = [bool(re.search(rf"{re.escape(article.title_en)}\b", page)) for page in (first, second)]
        assert found.count(True) == 1, article.title_en


def test_list_pages_read_no_body(demo, client):
    """A list shows the summaries: the bodies (long, in every language) of the items are not read."""
    for model in listed_models():
        table = model._meta.db_table
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse(model.list_url_name)).status_code == 200
        lists = [query["sql"] for query in queries if query["sql"].startswith(f'SELECT "{table}".')]
        assert lists, model
        assert not [sql for sql in lists if f'"{table}"."body' in sql], model


def test_the_home_page_names_the_first_twin_cities_and_networks_and_counts_them_all(demo, client):
    from relations.models import City, CityKind, Network
    from relations.views import HOME_LIST_LENGTH

    CityFactory.create_batch(HOME_LIST_LENGTH, kind=CityKind.TWIN)
    NetworkFactory.create_batch(HOME_LIST_LENGTH)
    twin_cities = City.objects.published().filter(kind=CityKind.TWIN).count()
    assert twin_cities > HOME_LIST_LENGTH and Network.objects.published().count() > HOME_LIST_LENGTH
    response = client.get("/fr/")
    assert len(response.context["twin_cities"]) == len(response.context["networks"]) == HOME_LIST_LENGTH
    html = response.content.decode()
    assert f"Limoges compte {twin_cities} villes jumelles." in html
    assert reverse("relations:city_list") in html and reverse("relations:network_list") in html
