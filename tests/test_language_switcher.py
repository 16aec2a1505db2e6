import re

import pytest

pytestmark = pytest.mark.django_db


def alternates(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">', html))


def test_language_switcher_keeps_the_same_city(furth, client):
    html = client.get("/de/partnerstaedte/fuerth/").content.decode()
    assert 'href="/fr/villes-jumelees/furth/" hreflang="fr"' in html
    assert 'href="/en/twin-cities/furth/" hreflang="en"' in html
    assert alternates(html) == {
        "fr": "http://testserver/fr/villes-jumelees/furth/",
        "de": "http://testserver/de/partnerstaedte/fuerth/",
        "en": "http://testserver/en/twin-cities/furth/",
        "x-default": "http://testserver/fr/villes-jumelees/furth/",
    }
    assert '<link rel="canonical" href="http://testserver/de/partnerstaedte/fuerth/">' in html


def test_an_untranslated_city_opens_in_french_marked_as_french(seto, client):
    french = client.get("/fr/villes-jumelees/seto/").content.decode()
    assert 'href="/de/partnerstaedte/seto/"' in french
    response = client.get("/de/partnerstaedte/seto/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="de">' in html
    assert '<h1 lang="fr">Seto</h1>' in html
    assert '<p class="lead" lang="fr">Ville de la céramique au Japon, jumelée en 2003.</p>' in html
    assert "Diese Seite ist noch nicht in Ihre Sprache übersetzt" in html
    # Search engines are only offered the translations that exist.
    assert set(alternates(html)) == {"fr", "x-default"}


def test_a_translated_city_carries_no_french_marking(furth, client):
    html = client.get("/en/twin-cities/furth/").content.decode()
    main = html.split('<main id="content"')[1]
    assert 'lang="fr"' not in main
    assert "not been translated" not in html


def test_the_german_slug_is_not_a_french_address(furth, client):
    assert client.get("/fr/villes-jumelees/fuerth/").status_code == 404
