"""A crawl of the demo site as a visitor would make it, from /fr/, /de/ and /en/."""

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest

from relations.models import City, Redirect
from tests.addresses import sitemap_xml

pytestmark = pytest.mark.django_db


class LinkCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.switcher, self._in_switcher = [], [], False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "nav" and "language-switcher" in (attributes.get("class") or ""):
            self._in_switcher = True
        for name in ("href", "src"):
            value = attributes.get(name)
            if value and value.startswith("/") and not value.startswith("//"):
                self.links.append(value.split("#")[0])
                if self._in_switcher and tag == "a":
                    self.switcher.append(value)

    def handle_endtag(self, tag):
        if tag == "nav":
            self._in_switcher = False


def crawl(client):
    pages, queue, seen, broken = {}, ["/fr/", "/de/", "/en/"], set(), []
    while queue:
        url = queue.pop()
        if url in seen or "/admin/" in url or url.startswith("/media/") or url.startswith("/static/"):
            continue
        seen.add(url)
        response = client.get(url)
        if response.status_code != 200:
            broken.append((response.status_code, url))
            continue
        if not response["Content-Type"].startswith("text/html"):
            continue
        collector = LinkCollector()
        collector.feed(response.content.decode())
        pages[url] = collector
        queue += [link for link in collector.links if link not in seen]
    return pages, broken


def test_no_internal_link_is_broken_and_every_switcher_link_lands_on_the_same_page(demo, client):
    pages, broken = crawl(client)
    assert broken == []
    # Every page of every type the sitemap lists is reached by following links from the home pages.
    sitemap = sitemap_xml(client)
    listed = {urlsplit(address).path for address in re.findall(r"<loc>([^<]+)</loc>", sitemap)}
    assert len(listed) > 100
    assert listed - set(pages) == set()
    for url, collector in pages.items():
        assert len(collector.switcher) == 3, url
        language = url.split("/")[1]
        assert f"/{language}/" in collector.switcher[["fr", "de", "en"].index(language)], url
        for target in collector.switcher:
            # The page reached through the switcher offers the same three addresses: the same object.
            assert pages[target].switcher == collector.switcher, (url, target)


def test_every_x_default_of_the_sitemap_is_the_french_page_and_opens_in_every_language(demo, client):
    sitemap = sitemap_xml(client)
    x_defaults = set(re.findall(r'hreflang="x-default" href="([^"]+)"', sitemap))
    french = set(re.findall(r'hreflang="fr" href="([^"]+)"', sitemap))
    assert len(x_defaults) > 50 and x_defaults <= french
    for address in x_defaults:
        for language in ("de", "en"):
            response = client.get(urlsplit(address).path, HTTP_ACCEPT_LANGUAGE=language, follow=True)
            assert response.status_code == 200, (address, language)


def test_every_old_address_answers_one_redirect_to_a_live_page(demo, client):
    """The demo's old addresses, and those its objects leave behind when an editor renames one."""
    furth = City.objects.get(slug_fr="furth")
    furth.slug_de, furth.slug_en = "fuerth-in-bayern", "furth-in-bavaria"
    furth.save()
    old_addresses = list(Redirect.objects.values_list("old_path", flat=True))
    assert {"/de/partnerstaedte/fuerth/", "/en/twin-cities/furth/", "/fr/jumelage/"} <= set(old_addresses)
    for address in old_addresses:
        response = client.get(address)
        assert response.status_code == 301, address
        assert client.get(response["Location"]).status_code == 200, (address, response["Location"])


def test_every_page_is_in_the_language_of_its_address(demo, client):
    pages, _broken = crawl(client)
    for url in pages:
        html = client.get(url).content.decode()
        assert re.search(rf'<html lang="{url.split("/")[1]}">', html), url
