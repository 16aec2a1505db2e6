"""What a reader's browser downloads for the home page: little, and nothing from another host."""

import gzip
from html.parser import HTMLParser

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders

pytestmark = pytest.mark.django_db

BUDGET = 60 * 1024  # bytes, HTML + CSS + JS, compressed
# Links the browser follows by itself (alternate and canonical links are only read).
FETCHED_LINKS = ("stylesheet", "icon", "preload", "modulepreload", "manifest")


class AssetCollector(HTMLParser):
    """Style sheets and scripts the page loads, and every address the browser fetches by itself."""

    def __init__(self):
        super().__init__()
        self.assets, self.fetched = [], []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "link" and attributes.get("rel") == "stylesheet":
            self.assets.append(attributes["href"])
        if tag == "script" and attributes.get("src"):
            self.assets.append(attributes["src"])
        if tag in ("script", "img", "iframe", "source") or (tag == "link" and attributes.get("rel") in FETCHED_LINKS):
            self.fetched += [attributes[name] for name in ("href", "src") if attributes.get(name)]
            candidates = (attributes.get("srcset") or "").split(",")
            self.fetched += [candidate.split()[0] for candidate in candidates if candidate.strip()]


def compressed_size(content):
    # As collectstatic compresses the static files for WhiteNoise (which serves brotli where it can).
    return len(gzip.compress(content, compresslevel=9))


@pytest.mark.parametrize("language", ["fr", "de", "en"])
def test_the_home_page_with_its_styles_and_scripts_weighs_under_60_kb_compressed(demo, client, language):
    response = client.get(f"/{language}/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert response["Content-Encoding"] == "gzip"
    collector = AssetCollector()
    collector.feed(gzip.decompress(response.content).decode())
    assert collector.assets, "the page loads no style sheet: the collector is broken"
    weight = len(response.content)  # as sent
    for address in collector.assets:
        path = finders.find(address.removeprefix("/" + settings.STATIC_URL.lstrip("/")))
        assert path, address
        with open(path, "rb") as asset:
            weight += compressed_size(asset.read())
    assert weight < BUDGET, f"{weight} bytes"


def test_the_home_page_fetches_nothing_from_another_host(demo, client):
    collector = AssetCollector()
    collector.feed(client.get("/fr/").content.decode())
    assert collector.fetched
    assert [address for address in collector.fetched if not address.startswith("/") or address.startswith("//")] == []
