"""The site's absolute addresses, in the links that other programs keep: canonical and hreflang
links, feeds, sitemap, robots.txt, calendars.

They name the site as settings.SITE_URL says (always set in production), never the host or port a
request happened to carry: Django checks the Host header against ALLOWED_HOSTS without its port,
and a wildcard entry accepts any subdomain, so the header alone could put a made-up port or
host into pages that the page cache then serves to everyone.

In development, with SITE_URL unset, the links follow the request's own scheme and host, so that
the development server works on whatever port it was started on. The host name must still be one
that ALLOWED_HOSTS names exactly (a wildcard is not enough), or settings.SITE_DOMAIN stands in for
it. The port is taken as the request gives it: ALLOWED_HOSTS cannot name a port (Django compares
host names only), the development server answers only the developer's own names (127.0.0.1,
localhost, [::1]), and the page cache keeps such pages apart per host (relations/cache.py).
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.http.request import split_domain_port
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import iri_to_uri

# The names Django's development mode accepts when ALLOWED_HOSTS is empty.
DEVELOPMENT_HOSTS = ["localhost", "127.0.0.1", "[::1]"]


def site_scheme():
    """The scheme SITE_URL names (https); None without SITE_URL, when links take the request's."""
    return urlsplit(settings.SITE_URL).scheme if settings.SITE_URL else None


def site_host(request_host):
    """The host (and port) to put in links: SITE_URL's, else the request's if ALLOWED_HOSTS names it."""
    if settings.SITE_URL:
        return urlsplit(settings.SITE_URL).netloc
    domain, _port = split_domain_port(request_host)
    named = {host.lower() for host in settings.ALLOWED_HOSTS or DEVELOPMENT_HOSTS}
    return request_host if domain and domain in named else settings.SITE_DOMAIN


def site_domain():
    """The site's host name, the same for every request (the identifiers of calendar entries)."""
    return urlsplit(settings.SITE_URL).hostname if settings.SITE_URL else settings.SITE_DOMAIN


def site_origin(request):
    """https://www.limoges.fr: the scheme and host every absolute address of the site starts with."""
    return f"{site_scheme() or request.scheme}://{site_host(request.get_host())}"


def absolute_url(request, path):
    """The absolute address of a path of the site (/fr/villes-jumelees/furth/); an address that is
    absolute already (the city's main site) is kept as it is."""
    if urlsplit(path).scheme:
        return iri_to_uri(path)
    return iri_to_uri(site_origin(request) + path)


# The open data on subsidies is one French dataset (relations/open_data.py): its addresses in the
# other languages only redirect to the French ones, so links name the French address directly.
FRENCH_ONLY_URL_NAMES = frozenset(
    {"relations:subsidies_csv", "relations:subsidies_json", "relations:open_data_catalog"}
)


def section_address(url_name):
    """reverse() of a page of the section without parameters, in the reader's language, except where
    only the French address holds the content."""
    if url_name in FRENCH_ONLY_URL_NAMES:
        with translation.override(settings.LANGUAGE_CODE):
            return reverse(url_name)
    return reverse(url_name)
