"""Every public page type costs a few SQL queries, and the same number with ten times the content.

The counts are those of the first request after an edit: the page cache is on, but every request
comes under a new content generation, so that the page is rendered afresh and the cache works out
again when the next scheduled item goes live or expires. They include the two statements of the
request's transaction (ATOMIC_REQUESTS).
"""

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from relations.cache import start_new_content_generation
from relations.models import Article, ArticleCategory, Association, City, Event, Network, Page, SolidarityProject
from tests.addresses import list_addresses

pytestmark = pytest.mark.django_db

# Every page's frame (the menus the web team edits and the accessibility statement's conformity
# line, relations.models.MenuEntry.objects.frame()) costs none: the edit stores it in the shared cache.
MAX_QUERIES = 10
# Words found in the synthetic pages of load_synthetic_content, so that search lists many pages.
SYNTHETIC_PAGE_WORD = {"fr": "exemple", "de": "Beispielseite", "en": "sample"}


def first(model):
    return model.objects.published().order_by("pk").first()


def page_addresses(language):
    """One address of every public page type, in the language."""
    with translation.override(language):
        event, project = first(Event), first(SolidarityProject)
        deepest_page = Page.objects.published().filter(parent__parent__isnull=False).order_by("-parent__parent", "pk")
        return {
            **{f"list page {url}": url for url in list_addresses()},
            "search": reverse("relations:search") + "?q=Limoges",
            "search listing pages": reverse("relations:search") + f"?q={SYNTHETIC_PAGE_WORD[language]}",
            "project list, filtered": reverse("relations:project_list") + f"?country={project.country.code}",
            "association list, filtered": reverse("relations:association_list") + "?year=2025",
            "article category": ArticleCategory.objects.order_by("pk").first().get_absolute_url(),
            "city": City.objects.get(slug_fr="furth").get_absolute_url(),
            "network": Network.objects.get(slug_fr="unic").get_absolute_url(),
            "project": project.get_absolute_url(),
            "association": first(Association).get_absolute_url(),
            "article": first(Article).get_absolute_url(),
            "event": event.get_absolute_url(),
            "event calendar entry": reverse("relations:event_ics", kwargs={"slug": event.slug}),
            "page in the tree": deepest_page.first().get_absolute_url(),
            "accessibility statement": reverse("relations:accessibility"),
            "contact": reverse("relations:contact"),
            "site map": reverse("relations:site_map"),
            "article feed (RSS)": reverse("relations:article_feed"),
            "article feed (Atom)": reverse("relations:article_atom_feed"),
            "events calendar": reverse("relations:event_calendar"),
            **open_data_addresses(),
            "sitemap index": "/sitemap.xml",
            "sitemap of the cities": "/sitemap-city.xml",
            "sitemap of the pages": "/sitemap-page.xml",
            "robots.txt": "/robots.txt",
            "unknown address": f"/{language}/nowhere/nothing/",
            "unknown city": reverse("relations:city_detail", kwargs={"slug": "nowhere"}),
        }


def open_data_addresses():
    """The open data is one French dataset: its other addresses lead there."""
    with translation.override("fr"):
        return {
            "open data (CSV)": reverse("relations:subsidies_csv"),
            "open data (JSON)": reverse("relations:subsidies_json"),
            "open data (DCAT)": reverse("relations:open_data_catalog"),
        }


def query_counts(client, addresses):
    counts = {}
    for name, url in addresses.items():
        start_new_content_generation()  # as an edit does
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == (404 if name.startswith("unknown") else 200), url
        counts[name] = len(queries)
    return counts


@pytest.mark.parametrize("language", ["fr", "de", "en"])
def test_every_page_type_costs_a_few_queries_whatever_the_amount_of_content(demo, client, settings, language):
    settings.PAGE_CACHE_SECONDS = 600
    settings.FRAGMENT_CACHE = True
    addresses = page_addresses(language)
    before = query_counts(client, addresses)
    assert {name: count for name, count in before.items() if count > MAX_QUERIES} == {}

    call_command("load_synthetic_content", scale=10, verbosity=0)
    search = client.get(addresses["search listing pages"])
    found_pages = [group for group in search.context["groups"] if group["results"][0]["object"].__class__ is Page]
    assert len(found_pages[0]["results"]) > 10  # were each page's ancestors fetched apart, it would show
    assert query_counts(client, addresses) == before
