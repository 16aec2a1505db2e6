"""The sitemap (relations/sitemaps.py): an index of one file per section, in pages, whose addresses
are those of the pages themselves."""

import re
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from relations.models import City
from relations.sitemaps import ContentSitemap, sitemaps
from tests.addresses import sitemap_files

pytestmark = pytest.mark.django_db


def locations(xml):
    return re.findall(r"<loc>([^<]+)</loc>", xml)


def test_the_index_lists_one_file_per_section_and_the_pages_of_the_larger_ones(demo, client, monkeypatch):
    monkeypatch.setattr(sitemaps["city"], "limit", 10)
    cities = City.objects.published().count()
    index = client.get("/sitemap.xml")
    assert index.status_code == 200 and index["X-Robots-Tag"]
    files = locations(index.content.decode())
    city_files = [address for address in files if "/sitemap-city.xml" in address]
    assert len(city_files) == -(-cities // 10) > 1
    assert city_files[1].endswith("/sitemap-city.xml?p=2")
    assert {urlsplit(address).path for address in files} == {f"/sitemap-{section}.xml" for section in sitemaps}
    # Each page of the section lists its own cities, and the pages together all of them.
    listed = [locations(xml) for address, xml in sitemap_files(client).items() if "/sitemap-city.xml" in address]
    french = [[address for address in page if "/fr/" in address] for page in listed]
    assert [len(page) for page in french[:-1]] == [10] * (len(french) - 1)
    assert len({address for page in french for address in page}) == cities
    # Beyond the last page, and an unknown section: not found (in the reader's language).
    assert client.get(f"/sitemap-city.xml?p={len(city_files) + 1}", follow=True).status_code == 404
    assert client.get("/sitemap-nothing.xml", follow=True).status_code == 404


def test_every_address_is_the_one_its_page_gives_in_each_language_it_exists_in(demo, client):
    """The addresses are put together from one reversed address per type and language: each must be
    the object's own, with its alternates and the French page as x-default."""
    xml = "\n".join(sitemap_files(client).values())
    entries = {
        locations(entry)[0]: set(re.findall(r'hreflang="([^"]+)" href="([^"]+)"', entry))
        for entry in xml.split("<url>")[1:]
    }
    expected = {}
    for sitemap in sitemaps.values():
        if not isinstance(sitemap, ContentSitemap):
            continue
        for item in sitemap.items():
            languages = item.translated_languages()
            addresses = {}
            for language in languages:
                with translation.override(language):
                    addresses[language] = "http://testserver" + item.get_absolute_url()
            alternates = {*addresses.items(), ("x-default", addresses[settings.LANGUAGE_CODE])}
            expected |= {address: alternates for address in addresses.values()}
    assert len(expected) > 100
    assert {address: entries.get(address) for address in expected} == expected


def test_the_sitemap_is_served_from_the_page_cache_whatever_parameters_are_added(demo, client, settings):
    settings.PAGE_CACHE_SECONDS = 600
    for address in ("/sitemap.xml", "/sitemap-city.xml"):
        first = client.get(address)
        with CaptureQueriesContext(connection) as queries:
            again = client.get(address + "?utm_source=newsletter")
        assert again.content == first.content and len(queries) == 0, address
