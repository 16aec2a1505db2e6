import datetime
import re

import pytest
import shared_services
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from relations.models import City, PublicationStatus, SearchEntry
from relations.search import plain_text

pytestmark = pytest.mark.django_db


def results(client, url, query):
    response = client.get(url, {"q": query})
    assert response.status_code == 200
    return response, [result for group in response.context["groups"] for result in group["results"]]


def found_objects(client, url, query):
    return [result["object"] for result in results(client, url, query)[1]]


def test_search_finds_content_in_each_language(demo, client):
    for url, query, expected in [
        ("/fr/recherche/", "Fürth", "Fürth"),
        ("/de/suche/", "Pilsen", "Pilsen"),
        ("/en/search/", "ceramics", "UNIC"),
    ]:
        _response, found = results(client, url, query)
        assert any(expected in str(result["object"]) for result in found), (url, query)


def test_search_highlights_the_words_found(demo, client):
    response, found = results(client, "/en/search/", "porcelain")
    assert found
    assert re.search(r"<mark>porcelain</mark>", response.content.decode(), re.IGNORECASE)


def test_search_escapes_what_it_is_given(demo, client):
    response, _found = results(client, "/fr/recherche/", '<script>alert(1)</script> "porcelaine')
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert client.get("/fr/recherche/", {"q": "x" * 10000}).status_code == 200
    assert client.get("/fr/recherche/", {"q": "' OR 1=1 --"}).status_code == 200
    # A NUL character is refused before any lookup (relations.middleware.refuse_malformed_requests).
    assert client.get("/fr/recherche/", {"q": "\x00' OR 1=1 --"}).status_code == 400


def test_search_shows_only_published_content(furth, client):
    City.objects.create(name_fr="Brouillonville", slug_fr="brouillonville", summary_fr="Secret.", country="FR")
    _response, found = results(client, "/fr/recherche/", "Brouillonville")
    assert found == []
    furth.status = PublicationStatus.DRAFT
    furth.save()
    _response, found = results(client, "/fr/recherche/", "Fürth")
    assert found == []


@shared_services.needs_postgresql  # full-text search with stemming
def test_postgres_search_uses_the_language_dictionary(furth, client):
    furth.summary_fr = "Les villes jumelées organisent des concerts."
    furth.summary_de = "Die Partnerstädte organisieren Konzerte."
    furth.save()
    # Stemming: the singular finds the plural, with each language's own rules.
    _response, found = results(client, "/fr/recherche/", "concert")
    assert [result["object"] for result in found] == [furth]
    _response, found = results(client, "/de/suche/", "Konzert")
    assert [result["object"] for result in found] == [furth]


@pytest.mark.parametrize(
    "url, typed, written",
    [
        ("/fr/recherche/", "ceramique", "céramique"),
        ("/fr/recherche/", "CÉRAMIQUE", "céramique"),
        ("/fr/recherche/", "Seville", "Séville"),
        ("/fr/recherche/", "porcelaines", "porcelaine"),
        ("/fr/recherche/", "Furth", "Fürth"),
        ("/de/suche/", "FURTH", "Fürth"),
        ("/de/suche/", "Porzellanen", "Porzellan"),
        ("/de/suche/", "KERAMIK", "Keramik"),
        ("/en/search/", "Seville", "Séville"),
        ("/en/search/", "CERAMICS", "ceramic"),
    ],
)
def test_search_forgives_accents_case_and_plurals(demo, client, url, typed, written):
    """What a reader types without accents, in capitals or in the plural finds what the written form finds."""
    expected = found_objects(client, url, written)
    assert expected, (url, written)
    assert set(found_objects(client, url, typed)) == set(expected), (url, typed)


def test_search_ranks_a_title_before_a_mention(client):
    def city(name, slug, summary):
        return City.objects.create(
            name_fr=name, slug_fr=slug, summary_fr=summary, country="DE", status=PublicationStatus.PUBLISHED
        )

    mention = city("Erlangen", "erlangen", "Voisine de Fürth, en Bavière.")  # first in the table
    title = city("Fürth", "furth", "Ville jumelle en Bavière.")
    assert found_objects(client, "/fr/recherche/", "furth") == [title, mention]


def test_excerpts_keep_word_boundaries(furth, client):
    assert plain_text("<p>Fassaden.</p><p>Keramik</p><ul><li>Stoke-on-Trent</li><li>das</li></ul>") == (
        "Fassaden. Keramik Stoke-on-Trent das"
    )
    furth.summary_de = "Partnerstadt."
    furth.body_de = "<h2>Fassaden.</h2><p>Keramik aus Stoke-on-Trent</p><p>das Museum &amp; mehr</p>"
    furth.save()
    _response, found = results(client, "/de/suche/", "Keramik")
    excerpt = str(found[0]["excerpt"])
    assert "Fassaden. <mark>Keramik</mark> aus Stoke-on-Trent das Museum &amp; mehr" in excerpt


def test_a_german_search_finds_french_text_shown_for_a_missing_translation(seto, client):
    # Seto has no German text: the German page shows the French one, and the German search finds it.
    assert found_objects(client, "/de/suche/", "ceramique") == [seto]
    assert found_objects(client, "/en/search/", "CÉRAMIQUE") == [seto]


def test_scheduled_and_expired_content_is_never_found(seto, client):
    now = timezone.now()
    seto.publish_from = now + datetime.timedelta(days=1)
    seto.save()
    assert found_objects(client, "/fr/recherche/", "céramique") == []
    seto.publish_from, seto.publish_until = now - datetime.timedelta(days=2), now - datetime.timedelta(days=1)
    seto.save()
    assert found_objects(client, "/fr/recherche/", "céramique") == []
    seto.publish_until = None
    seto.save()
    assert found_objects(client, "/fr/recherche/", "céramique") == [seto]


def test_the_index_follows_saves_and_deletions(seto, client):
    assert SearchEntry.objects.filter(model="relations.city", object_id=seto.pk).count() == 3
    seto.summary_fr = "Ville de la porcelaine au Japon."
    seto.save(update_fields=["summary_fr"])
    assert found_objects(client, "/fr/recherche/", "porcelaine") == [seto]
    with CaptureQueriesContext(connection) as queries:
        seto.save(update_fields=["status"])  # no text changed: the index is left alone
    assert not [query for query in queries.captured_queries if "searchentry" in query["sql"]]
    assert found_objects(client, "/fr/recherche/", "céramique") == []
    pk = seto.pk
    seto.delete()
    assert not SearchEntry.objects.filter(model="relations.city", object_id=pk).exists()


def test_the_index_is_rebuilt_by_a_command(seto, furth, client):
    City.objects.filter(pk=seto.pk).update(summary_fr="Ville de la porcelaine au Japon.")  # no signal
    SearchEntry.objects.filter(object_id=furth.pk).delete()
    call_command("rebuild_search_index", verbosity=0)
    assert found_objects(client, "/fr/recherche/", "porcelaine") == [seto]
    assert found_objects(client, "/fr/recherche/", "furth") == [furth]
    assert SearchEntry.objects.count() == 2 * 3


def test_admin_list_search_looks_into_every_language(demo, admin_client):
    from relations.models import Article

    expected = [Article.objects.get(slug_fr="cinq-chartes-de-jumelage")]
    for language in ("de", "en", "fr"):
        response = admin_client.get(f"/{language}/admin/relations/article/", {"q": "Cinq chartes"})
        assert list(response.context["cl"].result_list) == expected, language


def test_admin_search_looks_into_every_language_of_a_related_object(admin_client, association):
    from relations.factories import SubsidyFactory

    # The association has a French name only: the German admin finds its subsidies by it.
    subsidy = SubsidyFactory(number=1, association=association)
    response = admin_client.get("/de/admin/relations/subsidy/", {"q": "Porcelaine sans"})
    assert list(response.context["cl"].result_list) == [subsidy]


@shared_services.needs_postgresql
def test_postgres_search_reads_stored_vectors_through_a_gin_index(seto):
    assert SearchEntry.objects.filter(object_id=seto.pk, vector__isnull=False).count() == 3
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'relations_search_vector_gin'")
        assert "gin" in cursor.fetchone()[0]
        cursor.execute("SELECT to_tsvector('fr_unaccent', 'Les CÉRAMIQUES de Séville')::text")
        assert {"'ceram':2", "'sevill':4"} <= set(cursor.fetchone()[0].split())


def test_every_searchable_type_is_indexed_in_every_language(demo):
    from relations.content_types import searchable_models

    for model in searchable_models():
        label = model._meta.label_lower
        rows = SearchEntry.objects.filter(model=label)
        assert rows.count() == 3 * model.objects.count() > 0, label
        assert set(rows.values_list("language", flat=True)) == {"fr", "de", "en"}, label


def test_an_excerpt_in_french_standing_in_for_a_missing_translation_says_so(db, client):
    def excerpt_of(name):
        html = client.get("/de/suche/", {"q": name}).content.decode()
        return re.search(f'<a href="[^"]*/{name.lower()}/"' + r"[^>]*>.*?</a></h3>\s*<p([^>]*)>", html).group(1)

    published = {"status": PublicationStatus.PUBLISHED, "country": "DE"}
    City.objects.create(name_fr="Quxbourg", slug_fr="quxbourg", summary_fr="Résumé en français.", **published)
    City.objects.create(
        name_fr="Zyxheim", slug_fr="zyxheim", body_fr="<p>Texte.</p>", body_de="<p>Text.</p>", **published
    )
    City.objects.create(name_fr="Wyxdorf", slug_fr="wyxdorf", body_fr="<p>Texte seul.</p>", **published)
    assert excerpt_of("Quxbourg") == ' lang="fr"'  # the French summary
    assert excerpt_of("Zyxheim") == ""  # no summary: the German body
    assert excerpt_of("Wyxdorf") == ' lang="fr"'  # no summary: the French body
