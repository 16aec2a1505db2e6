"""The public addresses of the site, as its sitemap lists them (relations/sitemaps.py): tests that
visit every kind of page take them from here rather than from lists of their own."""

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
