"""The sitemap: an index (/sitemap.xml) of one file per section, each in pages of at most
`limit` objects (/sitemap-city.xml, /sitemap-page.xml?p=2), every public page in each language it
exists in, with its alternates.

The types listed are those that say so (``in_sitemap``, see relations/content_types.py).

The cost of a file does not grow with the content: its objects are fetched one page at a time, and
the addresses are not worked out with one ``reverse()`` each: the address of a type in a language is
reversed once per file, for its first object, and the others' slugs are put in its place. The index
counts the objects of every section in one query. Both are kept by the page cache under the content
generation (relations/cache.py), like every public page.
"""

from datetime import datetime
from html import escape
from urllib.parse import quote

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import x_robots_tag
from django.contrib.sites.shortcuts import get_current_site
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import CharField, Count, DateTimeField, Max, Value
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.http import http_date

from .addresses import absolute_url, site_host, site_scheme
from .content_types import listed_models, sitemap_models
from .models import Content

# What reverse() leaves unquoted in an address (django.urls.resolvers).
SAFE_IN_ADDRESSES = "!$&'()*+,;=/~:@"


class TranslatedSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    # Objects per file: a larger section is given in pages (?p=2).
    limit = 100

    # The sitemap view passes the request's scheme and host: the addresses name the site's own
    # (relations/addresses.py) whatever Host header the request came with.
    @property
    def protocol(self):
        return site_scheme()

    def get_domain(self, site=None):
        return site_host(super().get_domain(site))

    @property
    def paginator(self):
        # Objects, not (object, language) pairs as Django's i18n sitemap counts: a page of the
        # file fetches only its own objects.
        return Paginator(self.items(), self.limit)

    def languages_of(self, item):
        return [code for code, _name in settings.LANGUAGES]

    def addresses(self, items):
        """Each object's address (path) in each of its languages: [(object, {language: path})]."""
        found = []
        for item in items:
            paths = {}
            for language in self.languages_of(item):
                with translation.override(language):
                    paths[language] = self.location(item)
            found.append((item, paths))
        return found

    def _urls(self, page, protocol, domain):
        site = f"{protocol}://{domain}"
        changefreq = getattr(self, "changefreq", None)
        has_lastmod = callable(getattr(self, "lastmod", None))
        urls, lastmods = [], []
        for item, paths in self.addresses(self.paginator.page(page).object_list):
            locations = {language: site + path for language, path in paths.items()}
            alternates = [{"lang_code": language, "location": location} for language, location in locations.items()]
            # The x-default is the French page, as in the pages' heads (not Django's French address
            # without its /fr/, which would send German and English readers to a missing address).
            if settings.LANGUAGE_CODE in locations:
                alternates.append({"lang_code": "x-default", "location": locations[settings.LANGUAGE_CODE]})
            lastmod = self.lastmod(item) if has_lastmod else None
            lastmods.append(lastmod)
            urls += [
                {"item": item, "location": location, "lastmod": lastmod, "changefreq": changefreq, "priority": ""}
                | {"alternates": alternates}
                for location in locations.values()
            ]
        # Read by Django's sitemap view for the Last-Modified header.
        self.latest_lastmod = max(lastmods) if has_lastmod and lastmods and None not in lastmods else None
        return urls

    def summary(self):
        """How many objects the section lists, and when the last of them changed (or None)."""
        return len(self.items()), None


class ListPagesSitemap(TranslatedSitemap):
    changefreq = "weekly"

    # Pages that are no type's list page, with the list page of each type.
    other_pages = ["relations:home", "relations:city_map"]

    def items(self):
        return [*self.other_pages, *(model.list_url_name for model in listed_models())]

    def location(self, item):
        return reverse(item)


class ModelSitemap(TranslatedSitemap):
    """The objects of a type, each at the address its get_absolute_url() gives."""

    # The attribute of an object its address ends with (Page: its path of slugs).
    address_attribute = "slug"

    def __init__(self, model):
        self.model = model

    def location(self, item):
        return item.get_absolute_url()

    def addresses(self, items):
        # The address of the first object in each language, reversed once, gives the others': the
        # part before its slug and the part after.
        patterns, found = {}, []
        for item in items:
            paths = {}
            for language in self.languages_of(item):
                value = self.address_value(item, language)
                if language not in patterns:
                    with translation.override(language):
                        before, slug, after = item.get_absolute_url().rpartition(value)
                    patterns[language] = (before, after) if slug and after in ("", "/") else None
                if patterns[language]:
                    before, after = patterns[language]
                    paths[language] = before + value + after
                else:
                    with translation.override(language):
                        paths[language] = item.get_absolute_url()
            found.append((item, paths))
        return found

    def address_value(self, item, language):
        """What the object's address ends with in the language, quoted as reverse() quotes it."""
        if self.address_attribute == "slug":
            # The slug of the language, or the French one where it has none (as modeltranslation
            # falls back), read without activating the language.
            value = getattr(item, f"slug_{language}", None) or getattr(item, f"slug_{settings.LANGUAGE_CODE}")
        else:
            with translation.override(language):
                value = getattr(item, self.address_attribute)
        return quote(str(value), safe=SAFE_IN_ADDRESSES)

    def summary_query(self, section):
        """The query of summary(), to be joined with the other sections' (sitemap_index)."""
        latest = Max("updated_at") if issubclass(self.model, Content) else Value(None, DateTimeField())
        return (
            self.items()
            .select_related(None)
            .order_by()
            .annotate(section=Value(section, CharField()))
            .values("section")
            .annotate(count=Count("pk"), latest=latest)
            .values_list("section", "count", "latest")
        )


class ContentSitemap(ModelSitemap):
    """The published objects of a type of content, each in the languages it is translated into."""

    @property
    def address_attribute(self):
        return "path" if isinstance(getattr(self.model, "path", None), property) else "slug"

    def items(self):
        return (
            self.model.objects.published()
            .exclude(**(self.model.sitemap_exclude or {}))
            .select_related(*self.model.address_related)
            .order_by("pk")
        )

    def lastmod(self, item):
        return item.updated_at

    def languages_of(self, item):
        # Only the translations that exist: an untranslated page is not offered as German or English.
        # French, the language everything is written in, always does.
        return [
            code for code, _name in settings.LANGUAGES if code == settings.LANGUAGE_CODE or item.is_translated(code)
        ]


class ObjectSitemap(ModelSitemap):
    """Every object of a type without publication settings (article categories)."""

    def items(self):
        return self.model._default_manager.order_by("pk")


def build_sitemaps():
    """The list pages, then each type that says it is in the sitemap (relations/content_types.py)."""
    return {
        "lists": ListPagesSitemap(),
        **{
            model._meta.model_name: (ContentSitemap if issubclass(model, Content) else ObjectSitemap)(model)
            for model in sitemap_models()
        },
    }


sitemaps = build_sitemaps()


class SitemapIndex:
    """What sitemap_index() lists: each section, and the pages of the larger ones."""

    def __init__(self, sections):
        self.sections = sections

    @cached_property
    def summaries(self):
        """{section: (objects, last change)}, the sections of objects counted in one query."""
        queries = [sitemap.summary_query(name) for name, sitemap in self.sections.items() if hasattr(sitemap, "model")]
        found = {name: (0, None) for name in self.sections}
        if queries:
            found |= {name: (count, latest) for name, count, latest in queries[0].union(*queries[1:], all=True)}
        for name, sitemap in self.sections.items():
            if not hasattr(sitemap, "model"):
                found[name] = sitemap.summary()
        return found


@x_robots_tag
def sitemap_index(request, sitemaps, template_name="sitemap_index.xml", content_type="application/xml"):
    """/sitemap.xml: the address of each section's file, and of its further pages."""
    entries, lastmods = [], []
    summaries = SitemapIndex(sitemaps).summaries
    for section, sitemap in sitemaps.items():
        count, latest = summaries[section]
        if not count:
            continue
        lastmods.append(latest)
        address = absolute_url(request, reverse("sitemap_section", kwargs={"section": section}))
        pages = max(1, -(-count // sitemap.limit))
        entries += [{"location": address, "last_mod": latest}]
        entries += [{"location": f"{address}?p={page}", "last_mod": latest} for page in range(2, pages + 1)]
    headers = {}
    if lastmods and None not in lastmods:
        headers["Last-Modified"] = http_date(max(lastmods).timestamp())
    return TemplateResponse(request, template_name, {"sitemaps": entries}, content_type=content_type, headers=headers)


sitemap_index.query_parameters = ()  # any other parameter is ignored: one cached index (relations/cache.py)


def day_of(moment):
    """2026-11-30: the day of a last change, as Django's sitemap template gives it."""
    if isinstance(moment, datetime):
        moment = timezone.localtime(moment) if timezone.is_aware(moment) else moment
        return moment.date().isoformat()
    return moment.isoformat()


def urlset(urls):
    """The XML of a sitemap file, as Django's sitemap.xml template writes it (without the template
    engine, which took most of the time of a large file). The alternates of an object, the same
    for each of its languages, are written once."""
    written_alternates, days = {}, {}
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
    ]
    for url in urls:
        parts.append(f"<url><loc>{escape(url['location'])}</loc>")
        if lastmod := url.get("lastmod"):
            if lastmod not in days:
                days[lastmod] = day_of(lastmod)
            parts.append(f"<lastmod>{days[lastmod]}</lastmod>")
        if url.get("changefreq"):
            parts.append(f"<changefreq>{escape(url['changefreq'])}</changefreq>")
        if url.get("priority"):
            parts.append(f"<priority>{url['priority']}</priority>")
        alternates = url.get("alternates") or []
        if id(alternates) not in written_alternates:
            written_alternates[id(alternates)] = "".join(
                f'<xhtml:link rel="alternate" hreflang="{escape(alternate["lang_code"])}" '
                f'href="{escape(alternate["location"])}"/>'
                for alternate in alternates
            )
        parts.append(written_alternates[id(alternates)])
        parts.append("</url>")
    parts.append("\n</urlset>\n")
    return "".join(parts)


@x_robots_tag
def sitemap_section(request, sitemaps, section):
    """/sitemap-city.xml (?p=2): one section of the sitemap, a page of it for the larger ones."""
    sitemap = sitemaps.get(section)
    if sitemap is None:
        raise Http404(f"No sitemap section {section!r}")
    try:
        urls = sitemap.get_urls(page=request.GET.get("p", 1), site=get_current_site(request), protocol=request.scheme)
    except (EmptyPage, PageNotAnInteger) as error:
        raise Http404(f"No page {request.GET.get('p')!r} of the sitemap section {section!r}") from error
    response = HttpResponse(urlset(urls), content_type="application/xml")
    if getattr(sitemap, "latest_lastmod", None):
        response.headers["Last-Modified"] = http_date(sitemap.latest_lastmod.timestamp())
    return response


sitemap_section.query_parameters = ("p",)
