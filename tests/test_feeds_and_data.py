"""What the section gives to other programs: feeds, calendars, open data and the sitemap."""

import csv
import io
import json
from pathlib import Path

import feedparser
import icalendar
import pytest
from django.urls import reverse
from django.utils import translation
from lxml import etree

from relations.factories import ArticleCategoryFactory, ArticleFactory, EventFactory
from relations.feeds import LatestArticlesFeed
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


ATOM_SCHEMA = etree.parse(str(Path(__file__).parent / "schemas" / "atom.rng"))
SCHEMATRON = {"s": "http://www.ascc.net/xml/schematron"}


def rfc_4287_errors(xml):
    """What RFC 4287's RELAX NG schema finds wrong in an Atom document, with the rules the schema
    states in Schematron (lxml runs RELAX NG only): their XPath tests, on each element they name."""
    document = etree.fromstring(xml)
    schema = etree.RelaxNG(ATOM_SCHEMA)
    errors = [] if schema.validate(document) else [str(error) for error in schema.error_log]
    namespaces = {"atom": "http://www.w3.org/2005/Atom"}
    for rule in ATOM_SCHEMA.iterfind(".//s:rule", SCHEMATRON):
        for element in document.xpath(f"/{rule.get('context')} | //{rule.get('context')}", namespaces=namespaces):
            for assertion in rule.iterfind("s:assert", SCHEMATRON):
                if not element.xpath(f"boolean({assertion.get('test')})", namespaces=namespaces):
                    errors.append(assertion.text)
    return errors


@pytest.mark.parametrize("language", ["fr", "de"])
def test_the_atom_feed_is_valid_atom(demo, client, language):
    with translation.override(language):
        address = reverse("relations:article_atom_feed")
    xml = client.get(address).content
    assert rfc_4287_errors(xml) == []
    feed = feedparser.parse(xml)
    assert not feed.bozo and feed.version == "atom10"
    with translation.override(language):
        office = str(LatestArticlesFeed.author_name)
    assert feed.feed.author == office and {entry.author for entry in feed.entries} == {office}
    assert feed.feed.author_detail.href == f"http://testserver/{language}/"
    assert all(entry.author and entry.link.startswith(f"http://testserver/{language}/") for entry in feed.entries)


def test_the_atom_schema_check_finds_a_missing_author(demo, client):
    xml = client.get("/en/articles/feed.atom").content
    document = etree.fromstring(xml)
    for author in document.xpath("//atom:author", namespaces={"atom": "http://www.w3.org/2005/Atom"}):
        author.getparent().remove(author)
    entries = len(document.xpath("//*[local-name()='entry']"))
    assert (
        rfc_4287_errors(etree.tostring(document))
        == ["An atom:feed must have an atom:author unless all of its atom:entry children have an atom:author."]
        + ["An atom:entry must have an atom:author if its feed does not."] * entries
    )


def test_the_rss_feed_parses_with_its_language(demo, client):
    feed = feedparser.parse(client.get("/de/artikel/feed.rss").content)
    assert not feed.bozo and feed.version == "rss20" and feed.feed.language == "de"
    assert feed.entries and all(entry.link.startswith("http://testserver/de/artikel/") for entry in feed.entries)


def test_an_entry_in_french_says_so_in_the_english_atom_feed(client):
    article = ArticleFactory(category=ArticleCategoryFactory())
    Article.objects.filter(pk=article.pk).update(title_en="", summary_en="", body_en="")
    feed = feedparser.parse(client.get("/en/articles/feed.atom").content)
    (entry,) = feed.entries
    assert feed.feed.language == "en" and entry.title == article.title_fr and entry.title_detail.language == "fr"


def test_each_page_advertises_both_feeds_of_its_language(client):
    html = client.get("/de/netzwerke/").content.decode()
    assert 'type="application/rss+xml" title="Artikel (RSS)" href="/de/artikel/feed.rss">' in html
    assert 'type="application/atom+xml" title="Artikel (Atom)" href="/de/artikel/feed.atom">' in html


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


def test_calendar_entries_are_named_after_the_configured_site_whatever_the_request(demo, client, settings):
    settings.SITE_URL = "https://www.limoges.fr"
    settings.ALLOWED_HOSTS = ["www.limoges.fr", "origin.limoges.fr"]
    uids = [
        {str(entry["UID"]) for entry in icalendar.Calendar.from_ical(response.content).walk("VEVENT")}
        for response in (
            client.get("/fr/agenda/calendrier.ics", HTTP_HOST="origin.limoges.fr"),
            client.get("/fr/agenda/calendrier.ics", HTTP_HOST="www.limoges.fr"),
        )
    ]
    assert uids[0] == uids[1] == {f"event-{event.pk}@www.limoges.fr" for event in Event.objects.published().upcoming()}


def test_calendar_texts_in_french_say_so(client):
    event = EventFactory()
    Event.objects.filter(pk=event.pk).update(title_de="", summary_de="")
    (entry,) = icalendar.Calendar.from_ical(
        client.get(f"/de/veranstaltungen/{event.slug_de or event.slug_fr}/kalender.ics").content
    ).walk("VEVENT")
    assert str(entry["SUMMARY"]) == event.title_fr and entry["SUMMARY"].params["LANGUAGE"] == "fr"
    assert entry["LOCATION"].params["LANGUAGE"] == "de"


def test_subsidies_are_open_data_in_the_scdl_format(demo, client, settings):
    settings.CITY_SIRET = "00000001800002"
    Association.objects.filter(slug_fr=Association.objects.first().slug_fr).update(status="draft")
    # Every subsidy of a published association that has its agreement date (the demo's other ones
    # name their beneficiary by SIRET or RNA number); the others are listed for the staff.
    public = Subsidy.objects.filter(association__status="published", agreement_date__isnull=False)
    rows = list(csv.DictReader(io.StringIO(client.get("/fr/associations/subventions.csv").content.decode())))
    assert list(rows[0]) == SubsidyOpenDataView.FIELDS
    assert len(rows) == public.count() > 0
    assert {row["nomAttribuant"] for row in rows} == {"Ville de Limoges"}
    assert sum(float(row["montant"]) for row in rows) == pytest.approx(float(sum(s.amount for s in public)))
    data = json.loads(client.get("/fr/associations/subventions.json").content)["data"]
    assert len(data) == len(rows) and list(data[0]) == SubsidyOpenDataView.FIELDS


def test_the_sitemap_lists_each_page_in_the_languages_it_exists_in(demo, client):
    City.objects.create(name_fr="Kolín", slug_fr="kolin", summary_fr="Non traduite.", country="CZ", status="published")
    xml = sitemap_xml(client)
    assert "<loc>http://testserver/de/partnerstaedte/fuerth/</loc>" in xml
    assert 'hreflang="en" href="http://testserver/en/twin-cities/furth/"' in xml
    # Kolín has no German or English text: only its French page is offered.
    assert "<loc>http://testserver/fr/villes-jumelees/kolin/</loc>" in xml
    assert "/de/partnerstaedte/kolin/" not in xml and "/en/twin-cities/kolin/" not in xml
