"""The site's absolute addresses come from SITE_URL, never from the request's Host header
(relations/addresses.py): canonical and alternate links, robots.txt, feeds, sitemap, calendars."""

import datetime
import re

import icalendar
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from relations.factories import EventFactory
from tests.test_settings import start_with

pytestmark = pytest.mark.django_db

SITE = "https://www.example.org"
# Django checks the Host header against ALLOWED_HOSTS ("127.0.0.1") without its port.
SOME_PORT = "127.0.0.1:18231"


@pytest.fixture
def site_url(settings):
    settings.SITE_URL = SITE


@pytest.fixture
def concert(db):
    return EventFactory(
        slug={"fr": "concert", "de": "konzert", "en": "concert"}, starts_at=timezone.now() + datetime.timedelta(days=30)
    )


def in_french(name, **kwargs):
    with translation.override("fr"):
        return reverse(name, **kwargs)


def get(client, url, host=SOME_PORT):
    response = client.get(url, HTTP_HOST=host)
    assert response.status_code == 200, url
    text = response.content.decode()
    # Neither the port nor the host the request came with: only the site's address.
    assert "18231" not in text and "127.0.0.1" not in text, url
    return text


def calendar_entry(client, event, host):
    response = client.get(in_french("relations:event_ics", kwargs={"slug": event.slug_fr}), HTTP_HOST=host)
    (entry,) = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
    return entry


def test_canonical_and_alternate_links_name_the_site_url(site_url, furth, client):
    html = get(client, "/de/partnerstaedte/fuerth/")
    assert f'<link rel="canonical" href="{SITE}/de/partnerstaedte/fuerth/">' in html
    assert f'<link rel="alternate" hreflang="fr" href="{SITE}/fr/villes-jumelees/furth/">' in html
    assert f'<link rel="alternate" hreflang="en" href="{SITE}/en/twin-cities/furth/">' in html
    assert f'<link rel="alternate" hreflang="x-default" href="{SITE}/fr/villes-jumelees/furth/">' in html


def test_robots_txt_names_the_sitemap_at_the_site_url(site_url, client):
    assert f"Sitemap: {SITE}/sitemap.xml\n" in get(client, "/robots.txt")


def test_the_feeds_link_to_the_site_url(site_url, article, client):
    rss = get(client, in_french("relations:article_feed"))
    assert f"<link>{SITE}{in_french('relations:article_list')}</link>" in rss
    assert f'href="{SITE}{in_french("relations:article_feed")}" rel="self"' in rss
    assert f"<link>{SITE}{article.get_absolute_url()}</link>" in rss
    with translation.override("en"):
        atom = get(client, reverse("relations:article_atom_feed"))
        assert f'<link href="{SITE}{reverse("relations:article_list")}" rel="alternate"/>' in atom
        assert f'<link href="{SITE}{reverse("relations:article_atom_feed")}" rel="self"/>' in atom
        assert f'<link href="{SITE}{article.get_absolute_url()}" rel="alternate"/>' in atom


def test_the_sitemap_lists_addresses_at_the_site_url(site_url, furth, client):
    index = get(client, "/sitemap.xml")
    assert f"<loc>{SITE}/sitemap-city.xml</loc>" in index
    xml = "".join(get(client, section.removeprefix(SITE)) for section in re.findall(r"<loc>([^<]+)</loc>", index))
    assert f"<loc>{SITE}/de/partnerstaedte/fuerth/</loc>" in xml
    assert f'hreflang="en" href="{SITE}/en/twin-cities/furth/"' in xml
    assert f"<loc>{SITE}/fr/</loc>" in xml


def test_the_calendars_link_to_the_site_url(site_url, concert, client):
    for url in (in_french("relations:event_calendar"), in_french("relations:event_ics", kwargs={"slug": "concert"})):
        (entry,) = icalendar.Calendar.from_ical(get(client, url)).walk("VEVENT")
        assert str(entry["URL"]) == SITE + in_french("relations:event_detail", kwargs={"slug": "concert"})
        assert str(entry["UID"]) == f"event-{concert.pk}@www.example.org"


@pytest.mark.parametrize("with_site_url", [True, False])
def test_a_calendar_entry_keeps_its_uid_whatever_the_host_header(settings, with_site_url, concert, client):
    settings.SITE_URL = SITE if with_site_url else ""
    uids = {str(calendar_entry(client, concert, host)["UID"]) for host in (SOME_PORT, "localhost", "testserver")}
    assert uids == {f"event-{concert.pk}@{'www.example.org' if with_site_url else settings.SITE_DOMAIN}"}


def test_in_development_links_follow_the_request_on_any_port(settings, furth, client):
    settings.SITE_URL = ""
    html = client.get("/fr/villes-jumelees/furth/", HTTP_HOST="localhost:8123").content.decode()
    assert '<link rel="canonical" href="http://localhost:8123/fr/villes-jumelees/furth/">' in html


def test_in_development_a_host_only_a_wildcard_accepts_is_not_echoed(settings, furth, client):
    settings.SITE_URL, settings.SITE_DOMAIN = "", "localhost"
    settings.ALLOWED_HOSTS = [".example.org", "localhost"]
    html = client.get("/fr/villes-jumelees/furth/", HTTP_HOST="anything.example.org:9999").content.decode()
    assert '<link rel="canonical" href="http://localhost/fr/villes-jumelees/furth/">' in html
    assert "anything" not in html and "9999" not in html


def queries_of(client, url, host):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, HTTP_HOST=host)
    assert response.status_code == 200
    return len(queries)


def test_with_a_site_url_the_page_cache_keeps_one_page_for_every_host_header(settings, site_url, furth, client):
    settings.PAGE_CACHE_SECONDS = 600
    assert queries_of(client, "/fr/villes-jumelees/furth/", SOME_PORT) > 0
    assert queries_of(client, "/fr/villes-jumelees/furth/", "localhost") == 0


def test_without_a_site_url_each_host_has_its_own_page_in_the_cache(settings, furth, client):
    # Its links name the host the page was asked for: another host must not be served them.
    settings.SITE_URL, settings.PAGE_CACHE_SECONDS = "", 600
    assert queries_of(client, "/fr/villes-jumelees/furth/", SOME_PORT) > 0
    assert queries_of(client, "/fr/villes-jumelees/furth/", "localhost") > 0


READ_SITE_URL = (
    "import django; django.setup(); from django.conf import settings; "
    "print(f'{settings.SITE_URL}|{settings.SITE_DOMAIN}')"
)
PRODUCTION = dict(DEBUG="false", SECRET_KEY="k3y-" * 20, SITE_URL="")


def test_production_takes_the_site_url_from_the_first_plain_allowed_host():
    result = start_with(READ_SITE_URL, ALLOWED_HOSTS=".limoges.fr,www.limoges.fr,limoges.fr", **PRODUCTION)
    assert result.stdout.strip() == "https://www.limoges.fr|www.limoges.fr", result.stderr


def test_production_keeps_the_site_url_it_is_given():
    production = {**PRODUCTION, "SITE_URL": "https://relations.limoges.fr/"}
    result = start_with(READ_SITE_URL, ALLOWED_HOSTS="origin.limoges.fr,relations.limoges.fr", **production)
    assert result.stdout.strip() == "https://relations.limoges.fr|relations.limoges.fr", result.stderr


@pytest.mark.parametrize("hosts", ["*", ".limoges.fr"])
def test_production_refuses_to_start_when_no_site_url_can_be_derived(hosts):
    result = start_with(READ_SITE_URL, ALLOWED_HOSTS=hosts, **PRODUCTION)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr and "SITE_URL" in result.stderr


@pytest.mark.parametrize("site_url", ["www.limoges.fr", "https://www.limoges.fr/relations/", "ftp://www.limoges.fr"])
def test_a_site_url_that_is_not_a_scheme_and_a_host_is_refused(site_url):
    result = start_with(READ_SITE_URL, SITE_URL=site_url)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr and "SITE_URL" in result.stderr


def test_in_development_the_site_url_is_unset_unless_given():
    result = start_with(READ_SITE_URL, ALLOWED_HOSTS="127.0.0.1,localhost", SITE_URL="")
    assert result.stdout.strip() == "|127.0.0.1", result.stderr
