"""Every page type in every language: the address scheme, the language of the page, and its content."""

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from relations.models import City
from relations.sitemaps import sitemaps

pytestmark = pytest.mark.django_db

LIST_PAGES = {
    "fr": [
        "/fr/",
        "/fr/villes-jumelees/",
        "/fr/villes-jumelees/carte/",
        "/fr/reseaux/",
        "/fr/solidarite/",
        "/fr/associations/",
        "/fr/articles/",
        "/fr/agenda/",
        "/fr/recherche/?q=porcelaine",
    ],
    "de": [
        "/de/",
        "/de/partnerstaedte/",
        "/de/partnerstaedte/karte/",
        "/de/netzwerke/",
        "/de/solidaritaet/",
        "/de/vereine/",
        "/de/artikel/",
        "/de/veranstaltungen/",
        "/de/suche/?q=Porzellan",
    ],
    "en": [
        "/en/",
        "/en/twin-cities/",
        "/en/twin-cities/map/",
        "/en/networks/",
        "/en/solidarity/",
        "/en/associations/",
        "/en/articles/",
        "/en/events/",
        "/en/search/?q=porcelain",
    ],
}
MENU_LABEL = {
    "fr": "Villes jumelles et partenaires",
    "de": "Partner- und Freundschaftsstädte",
    "en": "Twin and partner cities",
}


@pytest.mark.parametrize("language", ["fr", "de", "en"])
def test_every_list_page_answers_in_its_language(demo, client, language):
    for url in LIST_PAGES[language]:
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert f'<html lang="{language}">' in html, url
        assert MENU_LABEL[language] in html, url


@pytest.mark.parametrize("language", ["fr", "de", "en"])
def test_every_detail_page_shows_the_object_in_the_readers_language(demo, client, language):
    # One object of each type the sitemap lists, among those it offers in this language.
    for name, sitemap in sitemaps.items():
        if name == "lists":
            continue
        obj = next(item for item in sitemap.items() if language in sitemap.get_languages_for_item(item))
        with translation.override(language):
            url = obj.get_absolute_url()
            title = str(obj)
        html = client.get(url).content.decode()
        assert f'<html lang="{language}">' in html, url
        assert f"<h1>{escape(title)}</h1>" in html, url
        if language != "fr":
            # (hreflang="fr" on a link to a file only in French is no French text on the page.)
            assert ' lang="fr"' not in html.split('<main id="content"')[1], url


def test_addresses_use_translated_segments_and_slugs(demo):
    furth = City.objects.get(slug_fr="furth")
    expected = {"fr": "/fr/villes-jumelees/furth/", "de": "/de/partnerstaedte/fuerth/", "en": "/en/twin-cities/furth/"}
    for language, url in expected.items():
        with translation.override(language):
            assert furth.get_absolute_url() == url
            assert (
                reverse("relations:event_list")
                == {"fr": "/fr/agenda/", "de": "/de/veranstaltungen/", "en": "/en/events/"}[language]
            )


def test_an_unknown_slug_is_a_404_in_the_readers_language(client):
    response = client.get("/de/partnerstaedte/nirgendwo/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="de">' in html and "Seite nicht gefunden" in html
    response = client.get("/en/no-such-page/deeper/")
    assert response.status_code == 404 and "Page not found" in response.content.decode()


def test_a_bad_page_number_is_not_an_error(demo, client):
    for page in ("-1", "x", "99999", "1e9"):
        assert client.get("/fr/articles/", {"page": page}).status_code == 404


def test_the_500_page_speaks_the_readers_language(rf):
    from relations.errors import server_error

    with translation.override("de"):
        response = server_error(rf.get("/de/"))
    assert response.status_code == 500
    assert "Vorübergehender Fehler" in response.content.decode()


def test_robots_txt_points_to_the_sitemap_and_keeps_robots_out_of_the_admin(client):
    text = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /de/admin/" in text
