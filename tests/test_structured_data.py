"""What search engines and link previews read: schema.org JSON-LD, parsed by extruct as a crawler
would, with the properties Google's rich results require, and the Open Graph tags."""

import re

import extruct
import pytest
from django.utils import translation
from django.utils.translation import gettext

from relations.factories import ArticleCategoryFactory, ArticleFactory
from relations.models import Article, City, Event
from relations.structured_data import SITE_DESCRIPTION, as_json_ld
from tests.addresses import sitemap_addresses

pytestmark = pytest.mark.django_db


def json_ld(response):
    """Every node of the page's JSON-LD, by type (the graph flattened)."""
    html = response.content.decode()
    (data,) = extruct.extract(html, base_url="http://testserver/", syntaxes=["json-ld"])["json-ld"]
    assert data["@context"] == "https://schema.org"
    nodes = {}
    for node in data["@graph"]:
        nodes.setdefault(node["@type"], []).append(node)
    return nodes


def only(nodes, kind):
    (node,) = nodes[kind]
    return node


def test_every_page_type_describes_itself_and_its_publisher(demo, client):
    with translation.override("de"):
        addresses = sitemap_addresses()
    for address in addresses:
        nodes = json_ld(client.get(address))
        city = only(nodes, "GovernmentOrganization")
        assert city["name"] == "Ville de Limoges" and city["url"] == "http://testserver/de/", address
        page = next(node for kind in ("WebPage", "CollectionPage") for node in nodes.get(kind, []))
        assert page["url"] == f"http://testserver{address}" and page["description"] and page["name"], address
        assert page["publisher"] == {"@id": city["@id"]}


def visible_breadcrumb(html):
    nav = re.search(r'<nav class="breadcrumbs".*?</nav>', html, re.S).group()
    return [
        (re.sub(r"<[^>]+>", "", name), f"http://testserver{url}")
        for url, name in re.findall(r'<a href="([^"]+)"[^>]*>(.*?)</a>', nav)
    ]


def test_the_breadcrumb_list_is_the_visible_breadcrumb(demo, client):
    event = Event.objects.published().first()
    for address in ("/en/", "/en/events/", f"/en/events/{event.slug_en}/"):
        response = client.get(address)
        items = only(json_ld(response), "BreadcrumbList")["itemListElement"]
        assert [item["position"] for item in items] == list(range(1, len(items) + 1))
        assert [(item["name"], item["item"]) for item in items] == visible_breadcrumb(response.content.decode())


def test_an_event_has_what_rich_results_need_in_the_pages_language(demo, client):
    event = Event.objects.published().exclude(address="").first()
    nodes = json_ld(client.get(f"/de/veranstaltungen/{event.slug_de}/"))
    entity = only(nodes, "Event")
    assert entity["name"] == event.title_de and entity["inLanguage"] == "de"
    assert entity["startDate"].startswith(event.starts_at.date().isoformat())
    assert entity["location"]["name"] == event.venue_de
    assert entity["location"]["address"]["addressLocality"] == "Limoges"
    assert entity["location"]["address"]["postalCode"] == "87000"
    assert entity["organizer"]["name"] == "Ville de Limoges"


def test_an_article_has_what_rich_results_need(demo, client):
    article = Article.objects.published().exclude(image=None).first()
    nodes = json_ld(client.get(f"/en/articles/{article.slug_en}/"))
    entity = only(nodes, "NewsArticle")
    assert entity["headline"] == article.title_en and entity["inLanguage"] == "en"
    assert entity["datePublished"] == article.published_on.isoformat()
    (image,) = entity["image"]
    assert image["url"].startswith("http://testserver/") and image["width"] > 0 and image["height"] > 0
    assert entity["author"]["name"] == entity["publisher"]["name"] == "Ville de Limoges"
    assert {work["inLanguage"] for work in [entity["translationOfWork"]]} == {"fr"}


def test_a_city_is_a_place_in_its_country(demo, client):
    furth = City.objects.get(slug_fr="furth")
    entity = only(json_ld(client.get("/en/twin-cities/furth/")), "City")
    assert entity["name"] == "Fürth" and entity["containedInPlace"]["identifier"] == "DE"
    assert entity["geo"]["latitude"] == pytest.approx(float(furth.latitude))


def test_the_association_list_offers_the_subsidies_as_a_dataset(demo, client):
    dataset = only(json_ld(client.get("/fr/associations/")), "Dataset")
    assert len(dataset["description"]) >= 50 and dataset["name"]
    downloads = {download["encodingFormat"]: download["contentUrl"] for download in dataset["distribution"]}
    assert downloads == {
        "text/csv": "http://testserver/fr/associations/subventions.csv",
        "application/json": "http://testserver/fr/associations/subventions.json",
    }


def test_translations_are_named_only_where_they_exist(client):
    untranslated = ArticleFactory(
        category=ArticleCategoryFactory(), title_de="", title_en="", summary_de="", summary_en=""
    )
    untranslated.body_de = untranslated.body_en = ""
    untranslated.save()
    response = client.get(f"/fr/articles/{untranslated.slug_fr}/")
    page = only(json_ld(response), "WebPage")
    assert "workTranslation" not in page and page["inLanguage"] == "fr"
    assert "og:locale:alternate" not in response.content.decode()

    translated = ArticleFactory(category=ArticleCategoryFactory())
    response = client.get(f"/fr/articles/{translated.slug_fr}/")
    page = only(json_ld(response), "WebPage")
    assert {work["inLanguage"] for work in page["workTranslation"]} == {"de", "en"}
    html = response.content.decode()
    assert '<meta property="og:locale:alternate" content="de_DE">' in html
    assert f'<meta property="og:url" content="http://testserver/fr/articles/{translated.slug_fr}/">' in html


def test_list_pages_each_have_their_own_description(demo, client):
    descriptions = set()
    with translation.override("en"):
        addresses = sitemap_addresses(per_type=0)
        section = gettext(SITE_DESCRIPTION)
    for address in addresses:
        html = client.get(address).content.decode()
        description = re.search(r'<meta name="description" content="([^"]*)"', html).group(1)
        assert description != section, address
        descriptions.add(description)
    assert len(descriptions) == len(addresses)


def test_json_ld_cannot_close_its_script_element():
    assert "</script>" not in as_json_ld({"name": "</script><script>alert(1)</script>"})
