"""The home page's key figures: computed from the published data or typed with their source, each
part on its own; and the yearly count and total of the association list."""

import re

import pytest
from django.db import connection
from django.db.models import Sum
from django.test.utils import CaptureQueriesContext
from django.utils.html import strip_tags

from relations.models import Association, City, CityKind, KeyFigure, KeyFigureKind, Subsidy

pytestmark = pytest.mark.django_db


def key_figures_text(html):
    """The key figures' section as a reader's tools see it: one line per paragraph."""
    section = html.split('id="key-figures"', 1)[1].split("</section>", 1)[0]
    section = re.sub(r'<span class="visually-hidden">.*?</span></span>', "", section, flags=re.S)
    lines = [" ".join(strip_tags(part).split()) for part in re.split(r"</p>|<p[^>]*>", section)]
    return [line for line in lines if line]


def test_the_demo_figures_come_from_the_data_or_say_their_source(demo, client):
    latest = Subsidy.objects.order_by("-year").values_list("year", flat=True).first()
    subsidised = Association.objects.published().filter(subsidies__year=latest).distinct().count()
    total = Subsidy.objects.filter(year=latest, association__in=Association.objects.published()).aggregate(
        total=Sum("amount")
    )["total"]
    lines = key_figures_text(client.get("/fr/").content.decode())
    twins = City.objects.published().filter(kind=CityKind.TWIN).count()
    assert f"{twins} villes jumelées" in lines
    assert f"{subsidised} associations" in lines
    assert f"subventionnées pour leurs projets internationaux en {latest}" in lines
    assert f"{int(total):,}".replace(",", " ") + " euros" in lines
    # The unit never runs into the description, and a typed figure says where it comes from.
    assert "15 partenaires" in lines
    assert "Un réseau international de villes céramiques : la route mondiale de la céramique" in lines
    assert "Source : Charte de la route de la céramique, signée à Limoges en juin 2010" in lines
    assert not any("301" in line or "budget" in line for line in lines)


def test_a_computed_figure_follows_the_data(demo, client):
    before = City.objects.published().filter(kind=CityKind.TWIN).count()
    City.objects.create(
        name_fr="Kolín", slug_fr="kolin", summary_fr="Essai.", country="CZ", kind="twin", status="published"
    )
    lines = key_figures_text(client.get("/en/").content.decode())
    assert f"{before + 1} twin cities" in lines
    year_figure = KeyFigure.objects.get(kind=KeyFigureKind.SUBSIDISED_ASSOCIATIONS)
    year_figure.year = 2023
    year_figure.save()
    count_2023 = Association.objects.published().filter(subsidies__year=2023).distinct().count()
    lines = key_figures_text(client.get("/en/").content.decode())
    assert f"{count_2023} associations" in lines
    assert "subsidised for their international projects in 2023" in lines


def test_computed_figures_cost_a_constant_number_of_queries(demo):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            figures = KeyFigure.objects.published().with_values()
        assert all(figure.shown_value for figure in figures)
        return len(captured)

    once = queries()
    for kind in KeyFigureKind.values:
        for copy in range(3):
            KeyFigure.objects.create(
                kind=kind, value="7" if not kind else "", label_fr=f"{kind} {copy}", status="published", year=2024
            )
    assert queries() == once == 1


def test_the_association_list_of_a_year_gives_its_count_and_total(demo, client):
    subsidies = Subsidy.objects.filter(year=2025, association__in=Association.objects.published())
    count = subsidies.values("association").distinct().count()
    total = int(subsidies.aggregate(total=Sum("amount"))["total"])
    html = client.get("/en/associations/?year=2025").content.decode()
    summary = " ".join(strip_tags(html.split('class="year-summary"', 1)[1].split("</p>", 1)[0]).split())
    assert f"In 2025, the city subsidised {count} associations of this list, for {total:,} euros in all." in summary
    assert 'class="year-summary"' not in client.get("/en/associations/").content.decode()
