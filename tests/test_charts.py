"""Charts of the city's support: the same figures as the open data, readable without colours."""

import csv
import io
import re
from collections import Counter, defaultdict

import pytest
from django.urls import reverse
from django.utils import translation

from relations import charts
from relations.models import Association, PublicationStatus, SolidarityProject

pytestmark = pytest.mark.django_db


def test_the_subsidies_chart_adds_up_to_the_open_data_export(demo, client):
    # An association taken offline: neither the export nor the chart count its subsidies any more.
    offline = Association.objects.filter(subsidies__isnull=False).order_by("pk").first()
    Association.objects.filter(pk=offline.pk).update(status=PublicationStatus.DRAFT)
    with translation.override("fr"):
        export = client.get(reverse("relations:subsidies_csv")).content.decode()
    per_year = defaultdict(float)
    for line in csv.DictReader(io.StringIO(export)):
        per_year[line["datesPeriodeVersement"][:4]] += float(line["montant"])  # "2024-01-01/2024-12-31"
    chart = charts.subsidies_per_year()
    assert {row.label: row.total for row in chart.rows} == pytest.approx(dict(per_year))
    assert len(chart.rows) >= 3


def test_the_projects_chart_counts_the_published_projects_of_each_country(demo):
    with translation.override("en"):
        chart = charts.projects_per_country()
        expected = Counter(project.country.name for project in SolidarityProject.objects.published())
    assert {row.label: row.total for row in chart.rows} == expected


@pytest.mark.parametrize("language", ["fr", "de", "en"])
def test_a_chart_has_a_title_a_description_a_table_and_a_pattern_per_theme(demo, client, language):
    with translation.override(language):
        html = client.get(reverse("relations:association_list")).content.decode()
        chart = charts.subsidies_per_year()
    figure = html[html.index('<div class="chart"') : html.index("</details>", html.index('<div class="chart"'))]
    assert f'<title id="chart-subsidies-title">{chart.title}</title>' in figure
    assert re.search(r'role="img"\s+aria-labelledby="chart-subsidies-title chart-subsidies-desc"', figure)
    assert "<desc id=" in figure and chart.rows[0].label in figure
    patterns = re.findall(r'<pattern id="chart-subsidies-([a-z]+)"', figure)
    assert len(patterns) == len(chart.series) > 2
    assert len({(s.colour, s.pattern) for s in chart.series}) == len({s.pattern for s in chart.series}) == len(patterns)
    assert figure.count('<th scope="row">') == len(chart.rows)
    assert chart.rows[-1].shown_total in figure


def test_the_home_page_shows_the_city_support_in_figures(demo, client):
    html = client.get("/en/").content.decode()
    assert "The city&#x27;s support in figures" in html or "The city's support in figures" in html
    assert 'id="chart-subsidies"' in html
