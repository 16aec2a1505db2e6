"""What the section gives to other programs: feeds, calendars, open data and the sitemap."""

import csv
import io
import json

import icalendar
import pytest

from relations.models import Article, Association, City, Event, Subsidy
from relations.views import SubsidyOpenDataView
from tests.addresses import sitemap_xml

pytestmark = pytest.mark.django_db


def test_there_is_an_article_feed_per_language(demo, client):
    german = client.get("/de/artikel/feed.rss")
    assert german.status_code == 200 and german["Content-Type"].startswith("application/rss+xml")
    xml = german.content.decode()
    assert "<language>de</language>" in xml
    assert "Stadt Limoges – Internationale Beziehungen: Artikel" in xml
    article = Article.objects.published().first()
    assert article.title_de in xml and "/de/artikel/" in xml
    atom = client.get("/en/articles/feed.atom").content.decode()
    assert 'xml:lang="en"' in atom and article.title_en in atom


def test_upcoming_events_export_as_icalendar(demo, client):
    response = client.get("/en/events/calendar.ics")
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    summaries = {str(event["SUMMARY"]) for event in calendar.walk("VEVENT")}
    assert summaries == {event.title_en for event in Event.objects.published().upcoming()}


def test_one_event_exports_as_icalendar(demo, client):
    event = Event.objects.published().first()
    response = client.get(f"/fr/agenda/{event.slug_fr}/calendrier.ics")
    (entry,) = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
    assert str(entry["SUMMARY"]) == event.title_fr
    assert entry.decoded("DTSTART") == event.starts_at


def test_subsidies_are_open_data_in_the_scdl_format(demo, client):
    Association.objects.filter(slug_fr=Association.objects.first().slug_fr).update(status="draft")
    public = Subsidy.objects.filter(association__status="published")
    rows = list(csv.DictReader(io.StringIO(client.get("/fr/associations/subventions.csv").content.decode())))
    assert list(rows[0]) == SubsidyOpenDataView.FIELDS
    assert len(rows) == public.count() > 0
    assert {row["nomAttribuant"] for row in rows} == {"Ville de Limoges"}
    assert sum(float(row["montant"]) for row in rows) == pytest.approx(float(sum(s.amount for s in public)))
    data = json.loads(client.get("/en/associations/subsidies.json").content)["data"]
    assert len(data) == len(rows) and set(data[0]) == set(SubsidyOpenDataView.FIELDS)


def test_the_sitemap_lists_each_page_in_the_languages_it_exists_in(demo, client):
    City.objects.create(name_fr="Kolín", slug_fr="kolin", summary_fr="Non traduite.", country="CZ", status="published")
    xml = sitemap_xml(client)
    assert "<loc>http://testserver/de/partnerstaedte/fuerth/</loc>" in xml
    assert 'hreflang="en" href="http://testserver/en/twin-cities/furth/"' in xml
    # Kolín has no German or English text: only its French page is offered.
    assert "<loc>http://testserver/fr/villes-jumelees/kolin/</loc>" in xml
    assert "/de/partnerstaedte/kolin/" not in xml and "/en/twin-cities/kolin/" not in xml
