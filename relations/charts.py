"""Charts of the city's support, drawn on the server as accessible SVG.

A chart is a set of horizontal bars, one per row (a year, a country), each split by theme. Every
theme has its own colour and its own pattern, so that the chart reads without colours too; the
template gives the SVG a title and a description and puts the same figures in a table beside it.

The figures are those of the open data: subsidies come from `published_subsidies()`, the very
subsidies the SCDL export writes (relations/open_data.py; tests/test_charts.py compares the two).
"""

from dataclasses import dataclass, field

from django.db.models import Count, Exists, OuterRef
from django.utils.formats import number_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django_countries import countries

from . import open_data
from .cache import shared_fragment
from .models import Association, SolidarityProject, Subsidy
from .models.base import Theme

WIDTH = 400  # map units; the figure is shown at most 36rem wide, so 14 units are 12 to 20 pixels
LABEL_WIDTH = 96
VALUE_WIDTH = 84
ROW_HEIGHT = 30
BAR_HEIGHT = 20
TOP = 8
COLOURS = ("#00478c", "#a3441c", "#2e7d4f", "#6b4fa0", "#8a6d00")
PATTERNS = ("solid", "stripes", "dots", "lines", "cross", "columns", "grid", "backslashes")


def published_subsidies():
    """The subsidies the open data export publishes: those in which `open_data.problems()` finds no
    problem. In one query (whether each association is published comes along), so that the home
    page's chart costs a single query."""
    subsidies = list(
        Subsidy.objects.select_related("association").annotate(
            association_is_published=Exists(Association.objects.published().filter(pk=OuterRef("association_id")))
        )
    )
    published = {subsidy.association_id for subsidy in subsidies if subsidy.association_is_published}
    return [subsidy for subsidy in subsidies if not open_data.problems(subsidy, published)]


@dataclass
class Segment:
    series: object
    value: float
    x: float
    width: float


@dataclass
class Row:
    label: str
    total: float
    shown_total: str
    y: float
    segments: list = field(default_factory=list)
    cells: list = field(default_factory=list)  # the table's figures, one per series


@dataclass
class Series:
    key: str
    label: str
    number: int

    @property
    def colour(self):
        return COLOURS[self.number % len(COLOURS)]

    @property
    def pattern(self):
        return PATTERNS[self.number % len(PATTERNS)]


@dataclass
class Chart:
    slug: str
    title: str
    description: str
    row_heading: str
    unit: str
    series: list
    rows: list
    width: int = WIDTH
    label_width: int = LABEL_WIDTH

    @property
    def height(self):
        return TOP * 2 + ROW_HEIGHT * len(self.rows)

    @property
    def bar_height(self):
        return BAR_HEIGHT

    @property
    def total(self):
        return sum(row.total for row in self.rows)


def _shown(value, decimals=0):
    return number_format(value, decimals, use_l10n=True, force_grouping=True)


def stacked_bars(slug, title, row_heading, unit, data, value_text):
    """data: {row label: {theme: value}}, rows in display order."""
    used = {theme for values in data.values() for theme, value in values.items() if value}
    # Numbered among the themes shown, so that no two of them share a pattern or a colour.
    series = [
        Series(key, label, number) for number, (key, label) in enumerate(c for c in Theme.choices if c[0] in used)
    ]
    largest = max((sum(values.values()) for values in data.values()), default=0) or 1
    scale = (WIDTH - LABEL_WIDTH - VALUE_WIDTH) / largest
    rows = []
    for number, (label, values) in enumerate(data.items()):
        total = sum(values.values())
        row = Row(str(label), total, value_text(total), TOP + number * ROW_HEIGHT)
        x = LABEL_WIDTH
        for one in series:
            value = values.get(one.key, 0)
            row.cells.append(_shown(value) if value else "–")
            if value:
                row.segments.append(Segment(one, value, round(x, 1), round(value * scale, 1)))
                x += value * scale
        row.end = round(x, 1)
        rows.append(row)
    descriptions = "; ".join(f"{row.label}: {row.shown_total}" for row in rows)
    return Chart(slug, title, f"{title}. {descriptions}.", row_heading, unit, series, rows)


def subsidies_per_year():
    """The subsidies to associations each year, by the association's theme, in euros: built once per
    language after each edit (relations/cache.py: shared_fragment)."""
    return shared_fragment(f"fragment.chart-subsidies.{get_language()}", _subsidies_per_year)


def _subsidies_per_year():
    data = {}
    for subsidy in sorted(published_subsidies(), key=lambda subsidy: subsidy.year):
        themes = data.setdefault(subsidy.year, {})
        themes[subsidy.association.theme] = themes.get(subsidy.association.theme, 0) + float(subsidy.amount)
    return stacked_bars(
        "subsidies",
        _("Subsidies to associations per year, by theme"),
        _("Year"),
        _("euros"),
        data,
        lambda total: f"{_shown(total)} €",
    )


def projects_per_country():
    """The published solidarity projects in each country, by theme: built once per language after
    each edit."""
    return shared_fragment(f"fragment.chart-projects.{get_language()}", _projects_per_country)


def _projects_per_country():
    counts = {}
    for line in SolidarityProject.objects.published().values("country", "theme").annotate(number=Count("pk")):
        counts.setdefault(countries.name(line["country"]), {})[line["theme"]] = line["number"]
    data = dict(sorted(counts.items(), key=lambda item: (-sum(item[1].values()), item[0])))
    return stacked_bars(
        "projects",
        _("Solidarity projects per country, by theme"),
        _("Country"),
        _("projects"),
        data,
        lambda total: _shown(total),
    )
