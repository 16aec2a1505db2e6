"""No input makes the site fail.

Every URL pattern of the site (read from the URL resolver, so that a new pattern is covered
without touching this file) receives hostile path segments, query parameters (repeated too),
form bodies and methods. Every answer must be 2xx, 3xx or 4xx, never a 5xx nor an exception,
and a 4xx page speaks the language of its address.

Each role of the site sends them (relations/roles.py): the anonymous reader to the public site; the
webmaster (a superuser), translators and editors, whose groups open part of it, to the admin. The
views the admin builds for every model from one piece of code (history, deletion, recovery) are
swept by the webmaster and receive the random requests of every role.

Two tests share the work: a sweep sends each value of a catalogue to each pattern, in the
parameters its page really reads (the fields of its forms and the queries of its links) and in
its path; then hypothesis draws random combinations of values, raw bytes, repeated parameters
and methods. The examples are derandomised: each run sends the same requests, on SQLite and on
PostgreSQL alike (which, unlike SQLite, rejects NUL characters and overflowing integers).
"""

import html
import itertools
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, quote, quote_from_bytes, urlsplit

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import transaction
from django.test import Client, override_settings
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern, RegexPattern, RoutePattern
from django.utils import translation
from django.utils.translation.reloader import translation_file_changed
from django.views.static import serve
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relations.models import Page
from relations.roles import EDITORS, TRANSLATORS

# An attack of thousands of requests: run once, in the PostgreSQL pass (tests/conftest.py).
pytestmark = pytest.mark.slow

LANGUAGES = ["fr", "de", "en"]
SITE_NAME = {"fr": "Ville de Limoges", "de": "Stadt Limoges", "en": "City of Limoges"}
METHODS = ["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH"]

HOSTILE_VALUES = [
    "", "\x00", "-1", "x", "NaN", "99999", "99999999999999999999", "\ud800", "\u202e日本語\U0001f600",
    # Template and SQL syntax, markup, a path out of the site and a header of its own, in one text.
    "{{ settings.SECRET_KEY }}{% debug %}' OR 1=1 --\"><script>alert(1)</script>../../etc/passwd\r\nSet-Cookie: x=1",
    "javascript:alert(1)", "//evil.example/", "2024-02-30", "x" * 10_000,
]  # fmt: skip
# Parameters some view of the site or of Django's admin reads, and some none reads.
PARAMETER_NAMES = [
    "page", "p", "q", "year", "country", "theme", "o", "e", "all", "next", "language", "term", "app_label",
    "model_name", "field_name", "_popup", "_to_field", "_changelist_filters", "status__exact", "subsidy_year",
    "published_on__year", "published_on__month", "msg_filter", "ref_lang", "query", "_save", "name_fr",
]  # fmt: skip

texts = st.one_of(
    st.sampled_from(HOSTILE_VALUES),
    st.text(max_size=40),
    st.text(st.characters(categories=["Cc", "Cs", "Zs", "Sm", "Po"]), max_size=10),
    st.integers().map(str),
)
# Bytes that are not UTF-8 at all, percent-encoded as a hostile client would send them.
raw_bytes = st.binary(min_size=1, max_size=12)


def percent_encoded(value, safe=""):
    if isinstance(value, bytes):
        return quote_from_bytes(value, safe=safe)
    return quote(value.encode("utf-8", "surrogatepass"), safe=safe)


def encoded_query(pairs):
    return "&".join(f"{percent_encoded(name)}={percent_encoded(value)}" for name, value in pairs)


@dataclass(frozen=True)
class Route:
    """A URL pattern with the chain of patterns that leads to it."""

    chain: tuple
    name: str

    def __str__(self):
        with translation.override("en"):
            return "".join("<language>/" if isinstance(part, LocalePrefixPattern) else str(part) for part in self.chain)

    @property
    def is_admin(self):
        return any(str(part).startswith("admin/") for part in self.chain if isinstance(part, RoutePattern))

    def address(self, language, segment_for):
        """The address in the language, each path parameter given by segment_for(name, converter)."""
        address = "/"
        with translation.override(language):
            for part in self.chain:
                if isinstance(part, LocalePrefixPattern):
                    address += f"{language}/"
                    continue
                template = str(part) if isinstance(part, RoutePattern) else part._regex
                if isinstance(part, RegexPattern):
                    template = template.removeprefix("^").removesuffix("$").replace("\\", "")
                address += PLACEHOLDER.sub(
                    lambda match: segment_for(match["name"] or match["group"], match["converter"]), template
                )
        return address

    def parameters(self):
        names = []
        self.address("fr", lambda name, converter: names.append((name, converter)) or "")
        return names


PLACEHOLDER = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>|\(\?P<(?P<group>\w+)>[^)]*\)")


def routes(patterns=None, chain=(), namespace=""):
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from routes(entry.url_patterns, chain + (entry.pattern,), inner)
        # Django's development file server answers only with DEBUG on: production serves media without Django.
        elif isinstance(entry, URLPattern) and entry.callback is not serve:
            yield Route(chain + (entry.pattern,), f"{namespace}{entry.name or ''}")


ROUTES = list(routes())

# The staff group of each role; the webmaster is a superuser.
STAFF_ROLES = {"translator": TRANSLATORS, "editor": EDITORS}
ROLES = ["anonymous", *STAFF_ROLES, "webmaster"]
# What each role sweeps every route with. Translators and editors share the catalogue, every other
# value each, to keep the slow pass short: together they send all of it to every route.
SWEPT_VALUES = {
    "anonymous": HOSTILE_VALUES,
    "translator": HOSTILE_VALUES[0::2],
    "editor": HOSTILE_VALUES[1::2],
    "webmaster": HOSTILE_VALUES,
}


# The views Django's admin and django-reversion build for every model from one piece of code: its
# history, deletion, recovery and comparison pages, and the old change address. The webmaster, who
# opens every one of them, sweeps them all; translators and editors send them their random requests.
VIEWS_SHARED_BY_EVERY_MODEL = ("_history", "_delete", "_recover", "_recoverlist", "_revision", "_compare")


def shared_by_every_model(route):
    return route.name == "admin:" or route.name.endswith(VIEWS_SHARED_BY_EVERY_MODEL)


def role_routes(routes, sweep=False):
    """(role, route) pairs: the reader tries the public site; the webmaster, translators and editors
    try the admin, where their roles differ."""
    return [
        pytest.param(role, route, id=f"{role}-{route}")
        for role in ROLES
        for route in routes
        if route.is_admin == (role != "anonymous")
        and not (sweep and role in STAFF_ROLES and shared_by_every_model(route))
    ]


class DemoSite:
    """The demo content, a user for each role, and real values for every kind of path parameter."""

    def __init__(self):
        self.superuser = get_user_model().objects.create_superuser("webmaster", "webmaster@example.org", "x")
        self.users = {"anonymous": None, "webmaster": self.superuser}
        for role, group in STAFF_ROLES.items():
            # As tests/conftest.py's staff_member fixture makes them.
            self.users[role] = get_user_model().objects.create_user(role, password="x", is_staff=True)
            self.users[role].groups.add(Group.objects.get(name=group))
        slugs, object_ids = set(), {"0", "1", "-1"}
        for model in apps.get_app_config("relations").get_models():
            for obj in model.objects.all():
                object_ids.add(str(obj.pk))
                slugs.update(getattr(obj, f"slug_{code}", "") or "" for code in LANGUAGES)
        page_paths = set()
        for code in LANGUAGES:
            with translation.override(code):
                page_paths.update(page.path for page in Page.objects.exclude(parent=None))
        self.known = {
            "slug": sorted(slugs - {""}),
            "path": sorted(page_paths),
            "object_id": sorted(object_ids, key=lambda pk: (len(pk), pk)),
            "id": [str(self.superuser.pk)],
            "content_type_id": [str(content_type.pk) for content_type in ContentType.objects.all()],
            "language": LANGUAGES,
            "lang_id": LANGUAGES,
            "po_filter": ["project", "third-party", "django", "all"],
            "idx": ["0", "1", "2", "3"],
            "app_label": ["relations", "auth"],
            "url": ["relations/", "nothing/"],
        }
        # The admin's autocompletion answers only for a field that uses it.
        model, model_admin = next((m, a) for m, a in admin.site._registry.items() if a.autocomplete_fields)
        field = model._meta.get_field(model_admin.autocomplete_fields[0])
        self.base_queries = {
            "admin:autocomplete": {
                "app_label": model._meta.app_label, "model_name": model._meta.model_name, "field_name": field.name,
            }
        }  # fmt: skip
        self.read_parameters = {"admin:autocomplete": ["term"]}
        # The parameters of the page each route found in each language, tried first by the next role.
        self.found = {}

    def __repr__(self):
        return "demo site"

    def real_address(self, client, route, language):
        """An address of the route that answers 200 (else a redirection, else the last one tried),
        found among the known values of its parameters. A page the client's role may not open
        answers 403 whatever the object (the site has no per-object permissions): the first does."""
        candidates = itertools.product(*(self.known.get(name) or ["1"] for name, _converter in route.parameters()))
        base = self.base_queries.get(route.name, {})
        remembered = [self.found[route, language]] if (route, language) in self.found else []
        found = None
        for values in itertools.chain(remembered, itertools.islice(candidates, 40)):
            parameter_values = iter(values)
            address = route.address(language, lambda name, converter, remaining=parameter_values: next(remaining))
            response = client.get(address, base)
            if response.status_code == 200:
                self.found[route, language] = values
            if response.status_code in (200, 403):
                return address, response
            # A redirection may be the page's answer (the admin's "view on site") or a refusal.
            found = found or (response.status_code < 400 and (address, response))
        return found or (address, response)


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo site, loaded once for the module and rolled back after it. Passwords are hashed
    cheaply: the admin's password forms hash whatever they are sent."""
    media = tmp_path_factory.mktemp("media")
    fast_hashing = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media, PASSWORD_HASHERS=fast_hashing):
        with transaction.atomic():
            call_command("load_demo", verbosity=0)
            yield DemoSite()
            transaction.set_rollback(True)


@pytest.fixture(autouse=True)
def media_in_a_temporary_folder():
    """The demo site's media folder serves every test of the module (the images must stay readable)."""


@pytest.fixture(autouse=True)
def catalogues_in_a_temporary_folder(request, settings, tmp_path):
    """The locale editor saves what it is sent: on its addresses, it writes to a copy of the
    catalogues, dropped after the test, and the site's translations are reloaded afterwards."""
    route = getattr(request.node, "callspec", None) and request.node.callspec.params.get("route")
    if not route or not route.name.startswith("rosetta"):
        yield
        return
    project_locale = settings.LOCALE_PATHS[0]
    shutil.copytree(project_locale, tmp_path / "locale")
    settings.LOCALE_PATHS = [tmp_path / "locale"]
    yield
    settings.LOCALE_PATHS = [project_locale]
    translation_file_changed(None, file_path=Path(project_locale) / "fr" / "LC_MESSAGES" / "django.mo")


FORM = re.compile(r"<form\b([^>]*)>(.*?)</form>", re.DOTALL | re.IGNORECASE)
FIELD = re.compile(r'<(?:input|select|textarea|button)\b[^>]*\bname="([^"]+)"[^>]*>')
LINK = re.compile(r'href="([^"]*\?[^"]*)"')


def parameters_read_by(address, response):
    """What the page asks its readers for: the fields of its forms (sent by GET or POST) and the
    queries of its own links (sent by GET)."""
    page = response.content.decode("utf-8", "replace")
    read = {"GET": set(), "POST": set()}
    for form in FORM.finditer(page):
        method = "POST" if re.search(r'method="post"', form[1], re.IGNORECASE) else "GET"
        read[method].update(html.unescape(field[1]) for field in FIELD.finditer(form[2]))
    for link in LINK.findall(page):
        url = urlsplit(html.unescape(link))
        if url.path in ("", address):
            read["GET"].update(name for name, _value in parse_qsl(url.query, keep_blank_values=True))
    read["POST"].discard("csrfmiddlewaretoken")
    return {method: sorted(names) for method, names in read.items()}


def assert_answered(response, method, address, query=""):
    """A 2xx, 3xx or 4xx answer; a 4xx page in the language of its address."""
    request = f"{method} {address}?{query[:300]}"
    assert response.status_code < 500, f"{request}: {response.status_code}"
    page = response.content.decode("utf-8", "replace")
    if 400 <= response.status_code < 500 and response["Content-Type"].startswith("text/html") and page:
        prefix = address.split("/")[1]
        if prefix in LANGUAGES:
            assert f'<html lang="{prefix}"' in page, f"{request}: {response.status_code} page not in {prefix}"
            assert SITE_NAME[prefix] in page, f"{request}: {response.status_code} page not in {prefix}"


def logged_in(site, role):
    """A client of the role, past the second factor where the role needs one (tests/conftest.py)."""
    client = Client()
    if site.users[role]:
        client.force_login(site.users[role])
    return client


@pytest.mark.django_db
@pytest.mark.parametrize(("role", "route"), role_routes(ROUTES, sweep=True))
def test_every_hostile_value_is_answered_without_failing(site, role, route):
    """Each value of the role's catalogue, in each language in turn: in the parameters the page reads (its
    form fields, the queries of its links), in the parameters views commonly read, posted in its
    forms, and in every path segment."""
    client = logged_in(site, role)
    pages = {language: site.real_address(client, route, language) for language in LANGUAGES}
    for number, value in enumerate(SWEPT_VALUES[role]):
        language = LANGUAGES[number % len(LANGUAGES)]
        address, page = pages[language]
        base = list(site.base_queries.get(route.name, {}).items())
        read = parameters_read_by(address, page)
        read["GET"] = site.read_parameters.get(route.name, read["GET"])
        # An unknown parameter can make a view refuse the query before it looks at the others
        # (Django's admin lists do): the parameters the page reads travel together, the common
        # ones separately.
        for names in (read["GET"], PARAMETER_NAMES):
            query = encoded_query(base + [(name, value) for name in names])
            assert_answered(client.get(f"{address}?{query}"), "GET", address, query)
        if read["POST"]:
            body = encoded_query([(name, value) for name in read["POST"]])
            response = client.post(address, body, content_type="application/x-www-form-urlencoded")
            assert_answered(response, "POST", address, body)
        hostile_address = route.address(language, lambda name, converter, value=value: percent_encoded(value))
        if route.parameters():
            assert_answered(client.get(hostile_address), "GET", hostile_address)


def random_request(site, role, route, data):
    """Draws a request for the route: language, path segments, parameters and method, sent by the
    role's user (the webmaster's by someone not logged in, too: the admin's login and refusals)."""
    language = data.draw(st.sampled_from(LANGUAGES), label="language")

    def segment_for(name, converter):
        known = site.known.get(name, [])
        value = data.draw(st.one_of(st.sampled_from(known), texts, raw_bytes) if known else st.one_of(texts, raw_bytes))
        return percent_encoded(value, safe="/" if converter == "path" or name in ("path", "url") else "")

    address = route.address(language, segment_for)
    names = st.one_of(st.sampled_from(PARAMETER_NAMES), texts)
    # A name may come back with several values: ?page=1&page=x.
    parameters = data.draw(st.lists(st.tuples(names, st.lists(st.one_of(texts, raw_bytes), max_size=3)), max_size=5))
    query = "&".join(
        f"{percent_encoded(name)}={percent_encoded(value)}" for name, values in parameters for value in values
    )
    method = data.draw(st.sampled_from(METHODS), label="method")
    in_body = method != "GET" and data.draw(st.booleans(), label="parameters in the body")
    if role == "webmaster" and not data.draw(st.booleans(), label="as the webmaster"):
        role = "anonymous"
    client = logged_in(site, role)
    response = client.generic(
        method,
        f"{address}?{query}" if query and not in_body else address,
        data=query if in_body else "",
        content_type="application/x-www-form-urlencoded",
    )
    assert_answered(response, method, address, query)


HYPOTHESIS = {
    "deadline": None,
    "derandomize": True,
    "database": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
}
# Examples per route: the public site's routes are few, the admin's many. Translators and editors
# draw a few only (their sweep of every route, in the slow pass, is the longer part of the file).
EXAMPLES = {
    "anonymous": {"public": 30, "admin": 10},
    "webmaster": {"admin": 10},
    "translator": {"public": 5, "admin": 2},
    "editor": {"public": 5, "admin": 2},
}


def random_requests(site, role, route):
    """Sends the role's derandomised examples to the route (the same requests at each run)."""

    @settings(max_examples=EXAMPLES[role]["admin" if route.is_admin else "public"], **HYPOTHESIS)
    @given(data=st.data())
    def requests_of_the_role(data):
        random_request(site, role, route, data)

    requests_of_the_role()


@pytest.mark.django_db
@pytest.mark.parametrize(("role", "route"), role_routes([route for route in ROUTES if not route.is_admin]))
def test_no_random_request_makes_the_public_site_fail(site, role, route):
    random_requests(site, role, route)


@pytest.mark.django_db
@pytest.mark.parametrize(("role", "route"), role_routes([route for route in ROUTES if route.is_admin]))
def test_no_random_request_makes_the_admin_fail(site, role, route):
    random_requests(site, role, route)
