"""Public pages of the section: thin generic views over the models' querysets."""

import csv
import json
from decimal import Decimal

import icalendar
from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, Q, Sum, Window, prefetch_related_objects
from django.db.models.functions import RowNumber
from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.functional import classproperty
from django.utils.http import http_date
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import DetailView, ListView, TemplateView

from . import charts, content_types, open_data, world_map
from .addresses import absolute_url, site_domain
from .cache import query_read_by_the_page, shared_fragment
from .filters import AssociationFilter, SolidarityProjectFilter
from .models import (
    AccessibilityStatement,
    Article,
    ArticleCategory,
    Association,
    City,
    CityKind,
    ContactDetails,
    Document,
    Event,
    KeyFigure,
    Network,
    Page,
    SolidarityProject,
    Subsidy,
    WrittenContent,
)
from .rich_text import linkable_models
from .search import MAX_QUERY_LENGTH, search
from .translation import shown_language

# How many twin cities and networks the home page names: the first ones, whatever the amount of
# content (the city has a handful of each), the others on their list pages.
HOME_LIST_LENGTH = 12


class HomeView(TemplateView):
    template_name = "relations/home.html"
    # The query parameters a view reads: the page cache ignores the others (relations/cache.py).
    query_parameters = ()

    def get_context_data(self, **kwargs):
        # The root page comes with its sections, and the featured articles with the latest ones
        # (the first four of each kind), each in one query.
        pages = list(
            Page.objects.published()
            .filter(Q(parent__isnull=True) | Q(parent__parent__isnull=True, show_in_navigation=True))
            .select_related("image", "parent")
        )
        page = next((page for page in pages if page.parent_id is None), None)
        articles = list(
            Article.objects.published()
            .select_related("image", "category")
            .annotate(place=Window(RowNumber(), partition_by="is_featured", order_by=Article._meta.ordering))
            .filter(place__lte=4)
        )
        # The first twin cities, each with how many there are in all (in the same query).
        twin_cities = list(
            City.objects.published()
            .filter(kind=CityKind.TWIN)
            .select_related("image")
            .annotate(total=Window(Count("pk")))[:HOME_LIST_LENGTH]
        )
        return super().get_context_data(
            page=page,
            object=page,
            sections=[section for section in pages if page and section.parent_id == page.pk],
            # The figures count the published content: worked out once per language after each edit.
            key_figures=shared_fragment(
                f"fragment.key-figures.{get_language()}", lambda: KeyFigure.objects.published().with_values()
            ),
            twin_cities=twin_cities,
            twin_city_count=twin_cities[0].total if twin_cities else 0,
            networks=Network.objects.published().select_related("image")[:HOME_LIST_LENGTH],
            featured_articles=[article for article in articles if article.is_featured][:3],
            latest_articles=[article for article in articles if not article.is_featured],
            upcoming_events=Event.objects.published().upcoming().select_related("image")[:3],
            support_chart=charts.subsidies_per_year(),
            **kwargs,
        )


class PublishedListView(ListView):
    paginate_by = 20
    query_parameters = ("page",)

    def get_context_data(self, **kwargs):
        # The pagination links keep the query the page reads, never the parameters it ignores.
        return super().get_context_data(query_read=query_read_by_the_page(self.request), **kwargs)

    def get_queryset(self):
        return without_bodies(self.model.objects.published().select_related("image").in_reading_order())


def without_bodies(queryset):
    """A list, or the links of a page to related content, shows no body: its columns (the field and
    its translations, the longest of the row) are not read."""
    bodies = [field.name for field in queryset.model._meta.concrete_fields if field.name.split("_")[0] == "body"]
    return queryset.defer(*bodies)


def shown_documents():
    """The published documents a page offers for download, as its documents_shown: one more query."""
    return Prefetch("documents", queryset=Document.objects.published(), to_attr="documents_shown")


class PreviewForStaff:
    """Staff open unpublished items at their public address: marked as a preview, never cached or indexed."""

    def get_context_data(self, **kwargs):
        return super().get_context_data(preview=not self.object.is_published, **kwargs)

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if not self.object.is_published:
            add_never_cache_headers(response)
            patch_cache_control(response, private=True)
        return response


class PublishedDetailView(PreviewForStaff, DetailView):
    # The title of the list this page belongs to (the model's list_url_name), for the breadcrumb.
    list_title = None
    query_parameters = ()

    def get_context_data(self, **kwargs):
        list_url_name = self.model.list_url_name
        return super().get_context_data(
            list_url=reverse(list_url_name) if list_url_name else None, list_title=self.list_title, **kwargs
        )

    def get_queryset(self):
        queryset = self.model.objects.visible_to(self.request.user).select_related("image")
        return queryset.prefetch_related(shown_documents()) if issubclass(self.model, WrittenContent) else queryset

    def get_object(self, queryset=None):
        # The slug is looked up in the reader's language (or French where there is none).
        obj = (self.get_queryset() if queryset is None else queryset).with_slug(self.kwargs["slug"]).first()
        if obj is None:
            raise Http404
        return obj


class FilteredListView(PublishedListView):
    filterset_class = None

    @classproperty
    def query_parameters(cls):
        return ("page", *cls.filterset_class.base_filters)

    def get_queryset(self):
        self.filterset = self.filterset_class(self.request.GET, queryset=super().get_queryset())
        return self.filterset.qs

    def get_context_data(self, **kwargs):
        return super().get_context_data(filter_form=self.filterset.form, **kwargs)


class CityListView(PublishedListView):
    model = City
    paginate_by = None
    extra_context = {
        "page_title": _("Twin and partner cities"),
        "page_description": _("The twin and partner cities of Limoges: charters, exchanges and projects."),
    }

    def get_context_data(self, **kwargs):
        cities = list(self.object_list)
        return super().get_context_data(
            twin_cities=[city for city in cities if city.kind == CityKind.TWIN],
            other_cities=[city for city in cities if city.kind != CityKind.TWIN],
            **kwargs,
        )


class CityMapView(CityListView):
    """The partner cities on a map drawn by the site itself: no tile or script from another host."""

    template_name = "relations/city_map.html"
    extra_context = {
        "page_title": _("Map of the partner cities"),
        "page_description": _("Where the twin and partner cities of Limoges are, on a world map."),
    }

    def get_queryset(self):
        return super().get_queryset().filter(latitude__isnull=False, longitude__isnull=False)

    def get_context_data(self, **kwargs):
        return super().get_context_data(maps=world_map.maps(list(self.object_list)), **kwargs)


class CityDetailView(PublishedDetailView):
    list_title = _("Twin and partner cities")
    model = City

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .prefetch_related(
                Prefetch("networks", queryset=without_bodies(Network.objects.published())),
                Prefetch("articles", queryset=without_bodies(Article.objects.published())),
                Prefetch("solidarity_projects", queryset=without_bodies(SolidarityProject.objects.published())),
                Prefetch("events", queryset=without_bodies(Event.objects.published().upcoming())),
            )
        )


class NetworkListView(PublishedListView):
    model = Network
    extra_context = {
        "page_title": _("Networks and routes"),
        "page_description": _(
            "The international networks and cultural routes the City of Limoges belongs to, and its role in each."
        ),
    }


class NetworkDetailView(PublishedDetailView):
    list_title = _("Networks and routes")
    model = Network

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .prefetch_related(
                Prefetch("members", queryset=without_bodies(City.objects.published())),
                Prefetch("articles", queryset=without_bodies(Article.objects.published())),
            )
        )


class ProjectListView(FilteredListView):
    model = SolidarityProject
    filterset_class = SolidarityProjectFilter
    template_name = "relations/project_list.html"
    extra_context = {
        "page_title": _("International solidarity projects"),
        "page_description": _(
            "The international solidarity projects the City of Limoges supports, by theme, country and year."
        ),
    }

    def get_context_data(self, **kwargs):
        return super().get_context_data(chart=charts.projects_per_country(), **kwargs)


class ProjectDetailView(PublishedDetailView):
    list_title = _("International solidarity projects")
    model = SolidarityProject
    template_name = "relations/project_detail.html"

    def get_queryset(self):
        return super().get_queryset().select_related("partner_city", "association")


class AssociationListView(FilteredListView):
    model = Association
    filterset_class = AssociationFilter
    template_name = "relations/association_list.html"
    extra_context = {
        "page_title": _("Associations funded by the city"),
        "page_description": _(
            "The associations the City of Limoges subsidises for their international action, and their subsidies."
        ),
    }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # A list filtered by year says how many associations that year's subsidies went to, and how much.
        year = getattr(self.filterset.form, "cleaned_data", {}).get("year")
        if year is not None:
            context["year_summary"] = {
                "year": year,
                **Subsidy.objects.filter(year=year, association__in=self.object_list).aggregate(
                    associations=Count("association", distinct=True), total=Sum("amount")
                ),
            }
        context["chart"] = charts.subsidies_per_year()
        return context


class AssociationDetailView(PublishedDetailView):
    list_title = _("Associations funded by the city")
    model = Association

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .prefetch_related(
                Prefetch("subsidies", queryset=Subsidy.objects.select_related("project")),
                Prefetch("projects", queryset=without_bodies(SolidarityProject.objects.published())),
            )
        )


JSON_MARKUP_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}
# A cell starting with one of these is run as a formula by spreadsheets (OWASP, "CSV injection").
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def inert_in_spreadsheets(value):
    """A text cell that a spreadsheet would run as a formula, prefixed with a quote as OWASP advises."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


class FrenchOnlyView(View):
    """A file of the national open data, which is French: the German and English addresses lead to
    the French one, so that every reader, harvester and link gets the same file at one address."""

    def dispatch(self, request, *args, **kwargs):
        if get_language() != settings.LANGUAGE_CODE:
            with translation.override(settings.LANGUAGE_CODE):
                return HttpResponsePermanentRedirect(reverse(request.resolver_match.view_name, kwargs=kwargs))
        return super().dispatch(request, *args, **kwargs)

    def modified(self, response):
        if changed := open_data.last_change():
            response["Last-Modified"] = http_date(changed.timestamp())
        return response


class SubsidyOpenDataView(FrenchOnlyView):
    """The subsidies granted to the associations, in the national SCDL "subventions" format (2.1.1):
    every row valid, in the schema's column order (relations/open_data.py)."""

    format = "csv"
    FIELDS = open_data.FIELDS

    def get(self, request):
        rows = open_data.subsidy_rows()
        if self.format == "json":
            data = json.dumps(
                {"data": [{name: numbers_as_json(value) for name, value in row.items()} for row in rows]},
                ensure_ascii=False,
            )
            # As Django's json_script does: a text holding markup stays inert even if the file is
            # ever shown as HTML.
            response = HttpResponse(data.translate(JSON_MARKUP_ESCAPES), content_type="application/json")
        else:
            response = HttpResponse(content_type="text/csv; charset=utf-8")
            writer = csv.DictWriter(response, fieldnames=self.FIELDS, delimiter=",", lineterminator="\n")
            writer.writeheader()
            for row in rows:
                writer.writerow({name: inert_in_spreadsheets(value) for name, value in row.items()})
        response["Content-Disposition"] = f'inline; filename="subventions-limoges.{self.format}"'
        return self.modified(response)


def numbers_as_json(value):
    return float(value) if isinstance(value, Decimal) else value


class OpenDataCatalogView(FrenchOnlyView):
    """The description of the open data as data.gouv.fr harvests it: a DCAT-AP catalogue in JSON-LD,
    with its licence, its update date and a distribution per format."""

    def get(self, request):
        def address(name):
            return absolute_url(request, reverse(name))

        modified = open_data.last_change()
        publisher = {"@id": address("relations:home"), "@type": "foaf:Organization", "foaf:name": settings.CITY_NAME}
        licence = {"@id": open_data.LICENCE_URL}
        schema = {"@id": open_data.SCHEMA_URL, "dct:title": f"SCDL subventions {open_data.SCHEMA_VERSION}"}
        dates = {"dct:modified": {"@value": modified.isoformat(), "@type": "xsd:dateTime"}} if modified else {}
        distributions = [
            {
                "@id": address(name),
                "@type": "dcat:Distribution",
                "dct:title": title,
                "dct:format": data_format,
                "dcat:mediaType": media_type,
                "dcat:accessURL": {"@id": address(name)},
                "dcat:downloadURL": {"@id": address(name)},
                "dct:license": licence,
                "dct:conformsTo": schema,
                **dates,
            }
            for name, title, data_format, media_type in (
                ("relations:subsidies_csv", "Subventions (CSV)", "CSV", "text/csv"),
                ("relations:subsidies_json", "Subventions (JSON)", "JSON", "application/json"),
            )
        ]
        dataset = {
            "@id": address("relations:association_list") + "#subventions",
            "@type": "dcat:Dataset",
            "dct:identifier": "limoges-relations-internationales-subventions",
            "dct:title": "Subventions de la Ville de Limoges aux associations de solidarité internationale",
            "dct:description": (
                "Subventions accordées par la Ville de Limoges aux associations qui portent des projets "
                "internationaux, au format national SCDL « subventions » " + open_data.SCHEMA_VERSION + "."
            ),
            "dct:language": {"@id": "http://publications.europa.eu/resource/authority/language/FRA"},
            "dcat:keyword": ["subventions", "associations", "solidarité internationale", "Limoges"],
            "dct:publisher": publisher,
            "dct:license": licence,
            "dct:conformsTo": schema,
            "dct:spatial": {"@id": "http://id.insee.fr/geo/commune/87085"},
            "dcat:landingPage": {"@id": address("relations:association_list")},
            "dcat:distribution": distributions,
            **dates,
        }
        catalog = {
            "@context": DCAT_CONTEXT,
            "@id": address("relations:open_data_catalog"),
            "@type": "dcat:Catalog",
            "dct:title": f"{settings.CITY_NAME} – relations internationales : données ouvertes",
            "dct:publisher": publisher,
            "dct:license": licence,
            "dcat:dataset": [dataset],
            **dates,
        }
        response = HttpResponse(
            json.dumps(catalog, ensure_ascii=False, indent=2).translate(JSON_MARKUP_ESCAPES),
            content_type="application/ld+json",
        )
        return self.modified(response)


DCAT_CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


class ArticleListView(PublishedListView):
    model = Article
    paginate_by = 10
    extra_context = {
        "page_title": _("Articles"),
        "page_description": _(
            "News of the international relations of the City of Limoges: twinnings, networks, solidarity, events."
        ),
    }

    def get_queryset(self):
        return super().get_queryset().select_related("category")

    def get_context_data(self, **kwargs):
        return super().get_context_data(categories=ArticleCategory.objects.all(), **kwargs)


class ArticleCategoryView(ArticleListView):
    extra_context = None  # the category's name is the title

    def get_queryset(self):
        self.category = ArticleCategory.objects.with_slug(self.kwargs["slug"]).first()
        if self.category is None:
            raise Http404
        return super().get_queryset().filter(category=self.category)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            object=self.category,
            category=self.category,
            page_title=self.category.name,
            page_description=_(
                "Articles of the category “%(category)s” of the international relations of the City of Limoges."
            )
            % {"category": self.category.name},
            **kwargs,
        )


class ArticleDetailView(PublishedDetailView):
    list_title = _("Articles")
    model = Article

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .select_related("category")
            .prefetch_related(
                Prefetch("cities", queryset=without_bodies(City.objects.published())),
                Prefetch("networks", queryset=without_bodies(Network.objects.published())),
            )
        )


class EventListView(PublishedListView):
    model = Event
    extra_context = {
        "page_title": _("Events"),
        "page_description": _("Upcoming and past events of the international relations of the City of Limoges."),
    }

    def get_queryset(self):
        return super().get_queryset().upcoming()

    def get_context_data(self, **kwargs):
        past = Paginator(without_bodies(Event.objects.published().past().select_related("image")), 10)
        return super().get_context_data(past_events=past.get_page(1).object_list, **kwargs)


class EventDetailView(PublishedDetailView):
    list_title = _("Events")
    model = Event

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .prefetch_related(Prefetch("cities", queryset=without_bodies(City.objects.published())))
        )


class DocumentDetailView(PublishedDetailView):
    """A document's page: what it is, its text for readers who cannot open the file, and the file."""

    model = Document
    template_name = "relations/document_detail.html"

    def get_queryset(self):
        return Document.objects.visible_to(self.request.user)


def internal_link(request, label, pk):
    """A body's link to a page of the site (relations/rich_text.py), followed where it was not shown
    through the page's rich text (a feed reader, a copied address): to the object's address in the
    reader's language."""
    model = next((model for model in linkable_models() if model._meta.label_lower == label), None)
    if model is None:
        raise Http404
    obj = model._default_manager.published().filter(pk=pk).first()
    if obj is None:
        raise Http404
    download = obj.download() if hasattr(obj, "download") else None
    return redirect(download["url"] if download else obj.get_absolute_url())


def calendar_response(events, request, filename):
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Ville de Limoges//Relations internationales//" + get_language().upper())
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", str(_("City of Limoges – International relations")))
    for event in events:
        entry = icalendar.Event()
        # The site's own name, not the request's: one event keeps one identifier for every subscriber.
        entry.add("uid", f"event-{event.pk}@{site_domain()}")
        entry.add("dtstamp", event.updated_at)
        entry.add("dtstart", event.starts_at)
        if event.ends_at:
            entry.add("dtend", event.ends_at)
        # Each text says its language: the reader's, or French where the French text stands in.
        entry.add("summary", event.title, parameters={"LANGUAGE": shown_language(event, "title")})
        entry.add("description", event.summary, parameters={"LANGUAGE": shown_language(event, "summary")})
        location = ", ".join(filter(None, [event.venue, event.address]))
        entry.add("location", location, parameters={"LANGUAGE": shown_language(event, "venue")})
        entry.add("url", absolute_url(request, event.get_absolute_url()))
        calendar.add_component(entry)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.ics"'
    return response


class EventCalendarView(View):
    """All upcoming events, to subscribe to in a calendar application."""

    query_parameters = ()

    def get(self, request):
        return calendar_response(Event.objects.published().upcoming(), request, "limoges-international")


class EventIcsView(EventDetailView):
    def render_to_response(self, context, **response_kwargs):
        return calendar_response([self.object], self.request, self.object.slug)


class PageDetailView(PreviewForStaff, DetailView):
    """A free-form page, found by the slugs of its place in the tree."""

    model = Page
    query_parameters = ()

    def get_object(self, queryset=None):
        pages = Page.objects.visible_to(self.request.user)
        page = pages.filter(parent__isnull=True).first()
        for slug in self.kwargs["path"].split("/"):
            child = pages.filter(parent=page).with_slug(slug).select_related("image").first()
            if child is None:
                raise Http404
            # The parent was just fetched: breadcrumbs and addresses walk up the tree without queries.
            child.parent, page = page, child
        # The documents of the page found, not of each page on the way to it.
        prefetch_related_objects([page], shown_documents())
        return page


class OneRecordView(DetailView):
    """A page of the section kept in one record (the accessibility statement, the contact details)."""

    query_parameters = ()

    def get_object(self, queryset=None):
        obj = self.model.objects.current()
        if obj is None:
            raise Http404
        return obj


class AccessibilityStatementView(OneRecordView):
    model = AccessibilityStatement
    template_name = "relations/accessibility_statement.html"
    extra_context = {
        "page_description": _(
            "How accessible the international relations section of the City of Limoges is: its conformity "
            "with the RGAA, what is not accessible yet and how to get help."
        )
    }


class ContactView(OneRecordView):
    model = ContactDetails
    template_name = "relations/contact.html"
    extra_context = {
        "page_description": _(
            "How to reach the international relations office of the City of Limoges: address, phone, email "
            "and opening hours."
        )
    }


class SiteMapView(TemplateView):
    """The HTML site map: the section's pages as a tree, the list of each type with what it lists,
    and the fixed pages; only what is published, in the reader's language."""

    template_name = "relations/site_map.html"
    query_parameters = ()

    def get_context_data(self, **kwargs):
        pages = Page.objects.published()
        children = {}
        for page in pages:
            children.setdefault(page.parent_id, []).append(page)
        root = next(iter(children.get(None, [])), None)
        lists = [
            {
                "url": reverse(model.list_url_name),
                "label": content_types.menu_label(model),
                "items": model.objects.published().select_related(*model.address_related)
                if model.site_map_lists_each
                else [],
            }
            for model in content_types.listed_models()
        ]
        return super().get_context_data(
            page_title=_("Site map"),
            page_description=_(
                "Every page of the international relations section of the City of Limoges, in one list."
            ),
            tree=self.branch(root, children) if root else [],
            root=root,
            lists=lists,
            **kwargs,
        )

    def branch(self, parent, children):
        """[(page, [(child, [...]), ...]), ...] below the parent, each page knowing its parent (no query)."""
        below = []
        for page in children.get(parent.pk, []):
            page.parent = parent
            below.append((page, self.branch(page, children)))
        return below


class SearchView(TemplateView):
    template_name = "relations/search.html"
    query_parameters = ("q",)

    def get_context_data(self, **kwargs):
        query = self.request.GET.get("q", "").replace("\x00", "")[:MAX_QUERY_LENGTH]
        groups = search(query) if query.strip() else []
        return super().get_context_data(
            query=query,
            groups=groups,
            result_count=sum(len(group["results"]) for group in groups),
            page_title=_("Search"),
            page_description=_("Search the international relations section of the City of Limoges."),
            **kwargs,
        )


def robots_txt(request):
    lines = ["User-agent: *"]
    lines += [f"Disallow: /{code}/admin/" for code, _name in settings.LANGUAGES]
    lines.append(f"Sitemap: {absolute_url(request, reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
