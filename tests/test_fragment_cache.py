"""Parts of the pages that are the same for every reader (relations/cache.py: shared_fragment): built
once per content generation and shared by every page and process, also with the page cache off;
renewed by the next edit."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from relations import charts
from relations.models import City, Subsidy

pytestmark = pytest.mark.django_db

FURTH = "/fr/villes-jumelees/furth/"


@pytest.fixture
def fragment_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0  # every page rendered afresh: only its parts are kept
    settings.FRAGMENT_CACHE = True


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


def queries_of(build):
    with CaptureQueriesContext(connection) as queries:
        result = build()
    return result, len(queries)


def test_a_chart_is_built_once_per_language_until_an_edit_renews_it(fragment_cache, committed, demo):
    with translation.override("fr"):
        chart, built = queries_of(charts.subsidies_per_year)
        again, reused = queries_of(charts.subsidies_per_year)
    assert built >= 1 and reused == 0
    assert [(row.label, row.total) for row in again.rows] == [(row.label, row.total) for row in chart.rows]
    with translation.override("de"):
        german, built_in_german = queries_of(charts.subsidies_per_year)
    assert built_in_german >= 1 and german.title != chart.title  # each language its own texts

    subsidy = next(s for s in charts.published_subsidies() if str(s.year) == chart.rows[-1].label)
    with committed():
        edited = Subsidy.objects.get(pk=subsidy.pk)
        edited.amount += 1000
        edited.save()
    with translation.override("fr"):
        renewed, rebuilt = queries_of(charts.subsidies_per_year)
    assert rebuilt >= 1
    assert renewed.rows[-1].total == pytest.approx(chart.rows[-1].total + 1000)


def test_pages_rendered_afresh_read_the_menus_from_the_shared_cache(settings, fragment_cache, demo, client):
    client.get(FURTH)
    _response, with_fragments = queries_of(lambda: client.get(FURTH))
    settings.FRAGMENT_CACHE = False
    _response, without = queries_of(lambda: client.get(FURTH))
    assert with_fragments == without - 1  # the frame's one query (MenuEntry.objects.frame())


def test_without_the_fragment_cache_every_chart_is_built_afresh(settings, demo):
    settings.FRAGMENT_CACHE = False
    with translation.override("fr"):
        queries_of(charts.subsidies_per_year)
        _chart, again = queries_of(charts.subsidies_per_year)
    assert again >= 1


def test_the_key_figures_are_counted_once_until_an_edit(fragment_cache, committed, demo, client):
    def twin_cities_figure():
        figures = client.get("/fr/").context["key_figures"]
        return next(figure.shown_value for figure in figures if figure.kind == "twin_cities")

    before = twin_cities_figure()
    City.objects.create(name_fr="Nouvelle", slug_fr="nouvelle", kind="twin", status="published", country="DE")
    # Not committed (a test's own transaction never is): no new content generation, the stored figures.
    assert twin_cities_figure() == before
    with committed():
        City.objects.create(name_fr="Autre", slug_fr="autre", kind="twin", status="published", country="DE")
    assert int(twin_cities_figure()) == int(before) + 2
