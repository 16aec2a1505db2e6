"""The pages every French city site must have (accessibility statement, legal notice, personal data,
contact, site map) and the menus the web team edits."""

from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from relations.models import AccessibilityStatement, Conformity, MenuEntry, Page, PublicationStatus
from tests.addresses import sitemap_addresses
from tests.forms import form_data

pytestmark = pytest.mark.django_db

LANGUAGES = ("fr", "de", "en")


def address(name, language, **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


def test_the_footer_conformity_line_and_the_statement_come_from_one_record(demo, client):
    expected = {
        "fr": ("Accessibilité : partiellement conforme", "Déclaration d'accessibilité"),
        "de": ("Barrierefreiheit: teilweise konform", "Erklärung zur Barrierefreiheit"),
        "en": ("Accessibility: partially compliant", "Accessibility statement"),
    }
    for language, (line, title) in expected.items():
        home = client.get(f"/{language}/").content.decode()
        assert line in home
        statement = unescape(client.get(address("relations:accessibility", language)).content.decode())
        assert f"<h1>{title}</h1>" in statement
        assert line in statement  # its own footer too
        assert "Défenseur des droits" in statement
        assert "82.5" in statement or "82,5" in statement
    record = AccessibilityStatement.objects.get()
    record.conformity = Conformity.FULL
    record.save()
    for language, words in {"fr": "totalement conforme", "de": "vollständig konform", "en": "fully compliant"}.items():
        assert words in client.get(f"/{language}/").content.decode()
        assert words in client.get(address("relations:accessibility", language)).content.decode()


def add_menu_entry(client, **fields):
    """Fills the admin's add form as an editor would, and sends it."""
    url = address("admin:relations_menuentry_add", "fr")
    data = form_data(client.get(url).content.decode(), "menuentry_form")
    data.update(fields)
    return client.post(url, data)


def test_a_menu_entry_added_in_the_admin_appears_in_three_languages_and_one_to_a_draft_is_hidden(
    demo, client, staff_member
):
    client.force_login(staff_member("editors"))
    charters = Page.objects.get(slug_fr="chartes-de-jumelage")
    response = add_menu_entry(
        client,
        menu="main",
        sort_order="20",
        label_fr="Nos chartes",
        label_de="Unsere Urkunden",
        label_en="Our charters",
        page=str(charters.pk),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    draft = Page.objects.create(
        title_fr="Projet en cours", slug_fr="projet-en-cours", parent=charters.parent, status=PublicationStatus.DRAFT
    )
    assert (
        add_menu_entry(client, menu="main", sort_order="21", label_fr="Brouillon", page=str(draft.pk)).status_code
        == 302
    )
    client.logout()
    for language, label in {"fr": "Nos chartes", "de": "Unsere Urkunden", "en": "Our charters"}.items():
        with translation.override(language):
            url = charters.get_absolute_url()
        html = client.get(f"/{language}/").content.decode()
        menu = html[html.index('class="main-nav"') : html.index("</nav>", html.index('class="main-nav"'))]
        assert f'<a href="{url}">{label}</a>' in menu
        assert "Brouillon" not in menu and "projet-en-cours" not in menu
    draft.status = PublicationStatus.PUBLISHED
    draft.save()
    assert "Brouillon" in client.get("/fr/").content.decode()


def test_the_menus_cost_one_query_whatever_their_length(demo, client):
    client.get("/fr/")  # warm the process's caches (content types)
    with CaptureQueriesContext(connection) as before:
        client.get("/fr/")
    charters = Page.objects.get(slug_fr="chartes-de-jumelage")
    for number in range(10):
        MenuEntry.objects.create(menu="footer", sort_order=50 + number, page=charters, label_fr=f"Entrée {number}")
    with CaptureQueriesContext(connection) as after:
        html = client.get("/fr/").content.decode()
    assert "Entrée 9" in html
    assert len(after) == len(before)
    menus = [query["sql"] for query in after if query["sql"].startswith('SELECT "relations_menuentry"')]
    assert menus and not [sql for sql in menus if '"body' in sql]  # the pages' titles, not their bodies


def test_the_breadcrumb_leads_to_the_citys_main_site(demo, client, settings):
    settings.CITY_MAIN_SITE_URL = "https://www.example.org/"
    settings.CITY_PARENT_SECTION_URL = "https://www.example.org/vie-municipale/"
    html = client.get("/de/").content.decode()
    assert '<a href="https://www.example.org/" hreflang="fr">Startseite</a>' in html
    assert '<a href="https://www.example.org/vie-municipale/" hreflang="fr">' in html


def test_the_site_map_lists_the_live_content_in_the_readers_language(demo, client):
    charters = Page.objects.get(slug_fr="chartes-de-jumelage")
    Page.objects.create(
        title_fr="Page en préparation", slug_fr="en-preparation", parent=charters, status=PublicationStatus.DRAFT
    )
    html = client.get(address("relations:site_map", "de")).content.decode()
    assert "<h1>Seitenübersicht</h1>" in html
    assert 'href="/de/partnerschaftsurkunden/">Partnerschaftsurkunden</a>' in html
    assert 'href="/de/impressum/">Impressum</a>' in html
    assert 'href="/de/partnerstaedte/fuerth/">Fürth</a>' in html
    assert "en-preparation" not in html and "Page en préparation" not in html
    charters.status = PublicationStatus.DRAFT
    charters.save()
    html = client.get(address("relations:site_map", "de")).content.decode()
    assert "partnerschaftsurkunden" not in html


def test_the_contact_page_gives_the_offices_address_in_each_language(demo, client):
    for language, office in {
        "fr": "Service des relations internationales",
        "de": "Büro für internationale Beziehungen",
        "en": "International relations office",
    }.items():
        html = client.get(address("relations:contact", language)).content.decode()
        assert office in html
        assert "Place Léon-Betoulle" in html and "87031 Limoges Cedex 1" in html


def test_readers_get_no_cookie(demo, client):
    """The personal-data page says so: no page a reader opens sets a cookie."""
    pages = []
    for language in LANGUAGES:
        with translation.override(language):
            pages += [*sitemap_addresses(per_type=1), reverse("relations:search") + "?q=Limoges"]
    for page in pages:
        response = client.get(page)
        assert response.status_code == 200, page
        assert response.cookies == {}, (page, response.cookies)
    assert "aucun cookie" in client.get("/fr/donnees-personnelles/").content.decode()
