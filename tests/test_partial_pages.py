"""Partly translated content is shown honestly: every French text standing in for a missing
translation says it is French (lang="fr", xml:lang, LANGUAGE=fr), the reader is told the page is
partly in French, and that the French text changed since the translation was made."""

import datetime
import xml.etree.ElementTree as ET

import icalendar
import pytest
from django.core.files.base import ContentFile
from django.test.html import parse_html
from django.urls import reverse
from django.utils import formats, timezone, translation

from relations.content_translation import record_translation
from relations.models import Article, ArticleCategory, Event, Image, Page, PublicationStatus

pytestmark = pytest.mark.django_db

PUBLISHED = PublicationStatus.PUBLISHED
PARTLY_IN_FRENCH = "Teile dieser Seite sind noch nicht übersetzt und werden auf Französisch angezeigt."
WHOLLY_IN_FRENCH = "Diese Seite ist noch nicht in Ihre Sprache übersetzt"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ATOM = "{http://www.w3.org/2005/Atom}"


def languages_in_body(html):
    """Every text of the page's body (and every alternative text) with the language it is declared
    in: the lang attribute of the nearest element that has one. The language switcher, which names
    each language in itself, is left out."""
    texts = []

    def walk(element, language):
        attributes = dict(element.attributes)
        if "language-switcher" in attributes.get("class", ""):
            return
        language = attributes.get("lang", language)
        if element.name == "img":
            texts.append((attributes.get("alt", ""), language))
        for child in element.children:
            if isinstance(child, str):
                texts.append((child, language))
            else:
                walk(child, language)

    document = parse_html(html)
    body = next(child for child in document.children if getattr(child, "name", None) == "body")
    walk(body, dict(document.attributes)["lang"])
    return texts


def language_of(html, text):
    """The language the page declares for the text (which must be there, in one language only)."""
    languages = {language for found, language in languages_in_body(html) if text in found}
    assert len(languages) == 1, (text, languages)
    return languages.pop()


def get_in(language, page, client, query=""):
    """The page (an object, or a URL name) in the language."""
    with translation.override(language):
        url = reverse(page) if isinstance(page, str) else page.get_absolute_url()
    response = client.get(url + query)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.fixture
def picture_bytes():
    from PIL import Image as Picture

    buffer = ContentFile(b"", name="concert.png")
    Picture.new("RGB", (800, 450), "#1F3A68").save(buffer, format="PNG")
    return buffer.file.getvalue()


@pytest.fixture
def french_image(picture_bytes):
    return Image.objects.create(
        title="Concert",
        file=ContentFile(picture_bytes, name="concert.png"),
        alt_text_fr="Des musiciens sur la scène de l'Opéra",
        caption_fr="Le concert de 2024 à l'Opéra de Limoges",
        credit_fr="Photo : Ville de Limoges",
    )


@pytest.fixture
def translated_image(picture_bytes):
    return Image.objects.create(
        title="Porcelaine",
        file=ContentFile(picture_bytes, name="porcelaine.png"),
        alt_text_fr="Un vase de porcelaine",
        alt_text_de="Eine Porzellanvase",
        caption_fr="Porcelaine de Limoges",
        caption_de="Porzellan aus Limoges",
        credit_fr="Photo : Ville de Limoges",
        credit_de="Foto: Stadt Limoges",
    )


@pytest.fixture
def home_page(db):
    return Page.objects.create(
        title_fr="Relations internationales",
        title_de="Internationale Beziehungen",
        title_en="International relations",
        slug_fr="relations-internationales",
        status=PUBLISHED,
    )


@pytest.fixture
def twinning_page(home_page):
    """A page whose German text has not been written at all."""
    return Page.objects.create(
        parent=home_page,
        title_fr="Jumelages",
        slug_fr="jumelages",
        summary_fr="Les villes jumelles de Limoges.",
        status=PUBLISHED,
    )


@pytest.fixture
def concert_page(twinning_page, french_image):
    """A page of which only the title has been translated into German."""
    return Page.objects.create(
        parent=twinning_page,
        title_fr="Le concert des cités unies",
        title_de="Das Konzert der vereinten Städte",
        slug_fr="concert",
        summary_fr="Tous les deux ans, les villes jumelles jouent ensemble.",
        body_fr="<p>Des musiciens de chaque ville jumelle se retrouvent à l'Opéra.</p>",
        image=french_image,
        status=PUBLISHED,
    )


@pytest.fixture
def porcelain_page(home_page, translated_image):
    """A page translated into German in full, image included."""
    return Page.objects.create(
        parent=home_page,
        title_fr="La porcelaine",
        title_de="Das Porzellan",
        slug_fr="porcelaine",
        slug_de="porzellan",
        summary_fr="Limoges, capitale des arts du feu.",
        summary_de="Limoges, Hauptstadt der Kunst des Feuers.",
        body_fr="<p>Porcelaine, émail et vitrail.</p>",
        body_de="<p>Porzellan, Email und Glasmalerei.</p>",
        image=translated_image,
        status=PUBLISHED,
    )


@pytest.fixture
def news(db):
    return ArticleCategory.objects.create(name_fr="Actualités", name_de="Aktuelles", slug_fr="actualites")


def article(category, slug, title, summary, **fields):
    return Article.objects.create(
        category=category,
        slug_fr=slug,
        **{f"title_{code}": text for code, text in title.items()},
        **{f"summary_{code}": text for code, text in summary.items()},
        body_fr="<p>Texte.</p>",
        published_on=datetime.date(2025, 3, 1),
        status=PUBLISHED,
        **fields,
    )


@pytest.fixture
def french_article(news):
    return article(
        news, "salon-ceramique", {"fr": "Le salon de la céramique"}, {"fr": "Les céramistes des villes jumelles."}
    )


@pytest.fixture
def german_article(news):
    return article(
        news,
        "fete-europe",
        {"fr": "La fête de l'Europe", "de": "Das Europafest"},
        {"fr": "Une fête pour l'Europe.", "de": "Ein Fest für Europa."},
    )


def test_a_page_with_only_its_title_in_german_says_so_and_marks_every_french_text(concert_page, client):
    html = get_in("de", concert_page, client)
    assert PARTLY_IN_FRENCH in html
    assert WHOLLY_IN_FRENCH not in html
    assert language_of(html, "Das Konzert der vereinten Städte") == "de"  # the title, and the breadcrumb's last item
    assert language_of(html, "Tous les deux ans, les villes jumelles jouent ensemble.") == "fr"
    assert language_of(html, "Des musiciens de chaque ville jumelle se retrouvent") == "fr"
    assert language_of(html, "Des musiciens sur la scène de l'Opéra") == "fr"  # the image's alternative text
    assert language_of(html, "Le concert de 2024 à l'Opéra de Limoges") == "fr"
    assert language_of(html, "Photo : Ville de Limoges") == "fr"
    assert language_of(html, "Jumelages") == "fr"  # the parent page in the breadcrumb


def test_a_page_in_french_only_says_it_is_wholly_in_french(twinning_page, client):
    html = get_in("de", twinning_page, client)
    assert WHOLLY_IN_FRENCH in html and PARTLY_IN_FRENCH not in html
    assert language_of(html, "Jumelages") == "fr"  # the title and the breadcrumb's last item


def test_a_page_translated_in_full_carries_no_notice_and_no_french(porcelain_page, client):
    html = get_in("de", porcelain_page, client)
    assert 'class="translation-notice"' not in html
    assert {language for _text, language in languages_in_body(html)} == {"de"}
    assert "Foto: Stadt Limoges" in html and "Eine Porzellanvase" in html


def test_the_french_page_never_carries_the_notice(concert_page, twinning_page, client):
    for page in (concert_page, twinning_page):
        html = get_in("fr", page, client)
        assert 'class="translation-notice"' not in html
        assert {language for _text, language in languages_in_body(html)} == {"fr"}


def test_cards_of_the_list_page_mark_a_french_title_and_summary(french_article, german_article, client):
    html = get_in("de", "relations:article_list", client)
    assert language_of(html, "Le salon de la céramique") == "fr"  # the card's title and its hidden "read" text
    assert language_of(html, "Les céramistes des villes jumelles.") == "fr"
    assert language_of(html, "Das Europafest") == "de"
    assert language_of(html, "Ein Fest für Europa.") == "de"


def test_search_results_mark_a_french_title_and_excerpt(french_article, german_article, client):
    html = get_in("de", "relations:search", client, query="?q=Europafest")
    assert language_of(html, "Europafest") == "de"
    html = get_in("de", "relations:search", client, query="?q=céramistes")
    assert language_of(html, "Le salon de la céramique") == "fr"
    assert language_of(html, "villes jumelles") == "fr"


def test_the_atom_feed_marks_entries_in_french(french_article, german_article, client):
    with translation.override("de"):
        feed = ET.fromstring(client.get(reverse("relations:article_atom_feed")).content)
    assert feed.get(XML_LANG) == "de"
    entries = {entry.find(f"{ATOM}title").text: entry for entry in feed.iter(f"{ATOM}entry")}
    assert entries["Le salon de la céramique"].get(XML_LANG) == "fr"
    assert entries["Das Europafest"].get(XML_LANG) is None  # German, as the feed says
    assert entries["Das Europafest"].find(f"{ATOM}summary").get(XML_LANG) is None


def test_an_atom_entry_with_a_french_summary_marks_the_summary(news, client):
    article(news, "biennale", {"fr": "La biennale", "de": "Die Biennale"}, {"fr": "Tous les deux ans."})
    with translation.override("de"):
        feed = ET.fromstring(client.get(reverse("relations:article_atom_feed")).content)
    entry = next(feed.iter(f"{ATOM}entry"))
    assert entry.get(XML_LANG) is None
    assert entry.find(f"{ATOM}summary").get(XML_LANG) == "fr"


def test_calendar_texts_in_french_say_so(db, client):
    starts = timezone.now() + datetime.timedelta(days=10)
    Event.objects.create(
        title_fr="Marché de Noël",
        slug_fr="marche-de-noel",
        summary_fr="Les villes jumelles tiennent leurs stands.",
        venue_fr="Place de la République",
        starts_at=starts,
        status=PUBLISHED,
    )
    Event.objects.create(
        title_fr="Concert",
        title_de="Konzert",
        slug_fr="concert",
        summary_fr="Un concert.",
        summary_de="Ein Konzert.",
        venue_fr="Opéra",
        venue_de="Oper",
        starts_at=starts,
        status=PUBLISHED,
    )
    with translation.override("de"):
        calendar = icalendar.Calendar.from_ical(client.get(reverse("relations:event_calendar")).content)
    events = {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}
    for name in ("SUMMARY", "DESCRIPTION", "LOCATION"):
        assert events["Marché de Noël"][name].params["LANGUAGE"] == "fr", name
        assert events["Konzert"][name].params["LANGUAGE"] == "de", name


def test_readers_are_told_when_the_french_text_changed_after_the_translation(porcelain_page, client):
    for field in ("title", "summary", "body"):
        record_translation(porcelain_page, field, "de")  # as an import of the German translation does
    assert "Die französische Fassung dieser Seite wurde am" not in get_in("de", porcelain_page, client)

    porcelain_page.summary_fr = "Limoges, capitale européenne des arts du feu."
    porcelain_page.save()
    html = get_in("de", porcelain_page, client)
    with translation.override("de"):
        day = formats.date_format(timezone.localtime(porcelain_page.updated_at), "DATE_FORMAT")
    assert f"Die französische Fassung dieser Seite wurde am {day} aktualisiert." in html
    assert '<a href="/fr/porcelaine/" hreflang="fr">Die französische Fassung lesen</a>' in html
    assert 'class="translation-notice"' not in get_in("fr", porcelain_page, client)
