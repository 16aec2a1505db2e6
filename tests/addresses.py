"""The public addresses of the site, as its sitemap lists them (relations/sitemaps.py): tests that
visit every kind of page take them from here rather than from lists of their own."""

import re
from urllib.parse import urlsplit

from relations.sitemaps import sitemaps


def list_addresses():
    """The home page and every list page, in the active language."""
    lists = sitemaps["lists"]
    return [lists.location(name) for name in lists.items()]


def sitemap_addresses(per_type=1):
    """The list pages and the first objects of each type the sitemap lists, in the active language."""
    addresses = list_addresses()
    for name, sitemap in sitemaps.items():
        if name != "lists":
            addresses += [sitemap.location(item) for item in sitemap.items()[:per_type]]
    return addresses


def sitemap_files(client):
    """{address: XML} of every file the sitemap index (/sitemap.xml) lists, each page of each section."""
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    files = {}
    for address in re.findall(r"<loc>([^<]+)</loc>", index.content.decode()):
        path = urlsplit(address)
        response = client.get(path.path + (f"?{path.query}" if path.query else ""))
        assert response.status_code == 200, address
        files[address] = response.content.decode()
    return files


def sitemap_xml(client):
    """Every file of the sitemap as one text, to look for addresses in."""
    return "\n".join(sitemap_files(client).values())
