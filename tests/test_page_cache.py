"""The page cache (relations/cache.py): anonymous pages come from the cache, every change of
content is visible on the next request, staff never get cached pages, a broken cache is skipped."""

import datetime
import gzip
import logging
import socket

import pytest
import shared_services
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import get_max_age
from rosetta.signals import post_save as catalogue_saved

from relations.cache import GENERATION_KEY, NEXT_CHANGE_KEY, is_public
from relations.content_translation import export_catalogue, import_catalogue
from relations.models import City, MenuEntry, Page, PublicationStatus
from relations.views import ArticleListView
from tests.forms import form_data

pytestmark = pytest.mark.django_db

FURTH = "/fr/villes-jumelees/furth/"


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 600
    settings.FRAGMENT_CACHE = True


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Runs what waits for the commit of the changes made inside it: a test's own transaction is
    never committed, a request's or a command's is."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def queries_of(client, url, **headers):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **headers)
    return response, len(queries)


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_an_anonymous_page_comes_from_the_cache_the_second_time(page_cache, furth, client):
    first, first_queries = queries_of(client, FURTH)
    again, again_queries = queries_of(client, FURTH)
    assert first_queries > 0 and again_queries == 0
    assert again.content == first.content and again.status_code == 200


def test_without_page_cache_seconds_every_page_is_rendered(settings, furth, client):
    settings.PAGE_CACHE_SECONDS = 0
    queries_of(client, FURTH)
    assert queries_of(client, FURTH)[1] > 0


def test_each_language_and_each_query_string_has_its_own_page(page_cache, demo, client):
    for _round in range(2):  # the second round is served from the cache
        for language in ("fr", "de", "en"):
            assert f'<html lang="{language}">' in client.get(f"/{language}/").content.decode()
        seto = client.get("/en/search/?q=Seto").content.decode()
        furth = client.get("/en/search/?q=F%C3%BCrth").content.decode()
        assert 'value="Seto"' in seto and 'value="Fürth"' in furth


def test_readers_taking_compressed_pages_and_the_others_each_get_theirs(page_cache, furth, client):
    for cached in (False, True):
        compressed, queries = queries_of(client, FURTH, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
        assert compressed["Content-Encoding"] == "gzip" and "Fürth" in gzip.decompress(compressed.content).decode()
        plain, plain_queries = queries_of(client, FURTH)
        assert not plain.has_header("Content-Encoding") and "Fürth" in plain.content.decode()
        assert (queries == plain_queries == 0) is cached


def test_the_language_redirect_of_the_root_follows_each_readers_language(page_cache, client):
    for _round in range(2):
        assert client.get("/", HTTP_ACCEPT_LANGUAGE="de").headers["Location"] == "/de/"
        assert client.get("/", HTTP_ACCEPT_LANGUAGE="en").headers["Location"] == "/en/"


def change_furths_summary(client, admin_client):
    """An editor changes Fürth's French summary in the admin."""
    url = reverse("admin:relations_city_change", args=[City.objects.get(slug_fr="furth").pk])
    data = form_data(admin_client.get(url), "city_form")
    response = admin_client.post(url, {**data, "summary_fr": "Résumé corrigé dans l'admin.", "_save": "1"})
    assert response.status_code == 302, response.content.decode()[:2000]


def change_furths_summary_in_the_shell(client, admin_client):
    furth = City.objects.get(slug_fr="furth")
    furth.summary_fr = "Résumé corrigé dans l'admin."
    furth.save()


def import_furths_german_summary(client, admin_client):
    catalogue = export_catalogue("de")
    context = f"relations.city:{City.objects.get(slug_fr='furth').pk}:summary"
    entry = next(entry for entry in catalogue if entry.msgctxt == context)
    entry.msgstr = "Résumé corrigé dans l'admin."
    assert not import_catalogue(catalogue, "de").invalid


@pytest.mark.parametrize(
    "edit, url",
    [
        (change_furths_summary, FURTH),
        (change_furths_summary_in_the_shell, FURTH),
        (import_furths_german_summary, "/de/partnerstaedte/fuerth/"),
    ],
    ids=["admin", "orm", "import"],
)
def test_an_edit_is_on_the_page_at_the_next_request(page_cache, committed, demo, client, admin_client, edit, url):
    assert "Résumé corrigé" not in client.get(url).content.decode()
    with committed():
        edit(client, admin_client)
    assert "Résumé corrigé" in client.get(url).content.decode()


def test_an_edit_works_out_the_next_scheduled_change_for_the_readers(page_cache, committed, furth, client):
    """The edit that makes a new content generation stores the moment the next scheduled item goes
    live with it: the first reader of a page after the edit does not look for it."""
    goes_live = timezone.now() + datetime.timedelta(hours=1)
    with committed():
        City.objects.create(
            name_fr="Seto", slug_fr="seto", kind="twin", country="JP", status="published", publish_from=goes_live
        )
    assert cache.get(NEXT_CHANGE_KEY) == (cache.get(GENERATION_KEY), goes_live)
    with CaptureQueriesContext(connection) as queries:
        client.get(FURTH)
    assert queries and not [query for query in queries if "MIN(" in query["sql"]]


def test_an_edit_stores_the_page_frame_that_the_pages_then_read_without_a_query(page_cache, committed, demo, client):
    """The menus and the statement's conformity line are built by the edit, once, in the shared
    cache: the pages rendered afterwards show them as edited without reading them."""
    charters = Page.objects.get(slug_fr="chartes-de-jumelage")
    with committed():
        MenuEntry.objects.create(menu="footer", sort_order=99, page=charters, label_fr="Entrée ajoutée")
    for url in ["/fr/", "/fr/villes-jumelees/"]:
        with CaptureQueriesContext(connection) as queries:
            html = client.get(url).content.decode()
        assert "Entrée ajoutée" in html
        assert queries and not [query for query in queries if "relations_menuentry" in query["sql"]]


def test_a_menu_entry_to_a_scheduled_page_shows_when_the_page_goes_live(
    page_cache, committed, demo, client, monkeypatch
):
    goes_live = timezone.now() + datetime.timedelta(hours=1)
    with committed():
        page = Page.objects.create(
            title_fr="Page programmée", slug_fr="programmee", status=PublicationStatus.PUBLISHED, publish_from=goes_live
        )
        MenuEntry.objects.create(menu="main", sort_order=99, page=page)
    assert "Page programmée" not in client.get("/fr/").content.decode()
    monkeypatch.setattr(timezone, "now", lambda: goes_live + datetime.timedelta(seconds=1))
    assert "Page programmée" in client.get("/fr/villes-jumelees/").content.decode()


def test_publishing_unpublishing_and_deleting_show_at_once(page_cache, committed, furth, seto, client):
    assert "Seto" in client.get("/fr/villes-jumelees/").content.decode()
    with committed():
        seto.status = "draft"
        seto.save()
    assert "Seto" not in client.get("/fr/villes-jumelees/").content.decode()
    with committed():
        seto.status = "published"
        seto.save()
    assert "Seto" in client.get("/fr/villes-jumelees/").content.decode()
    with committed():
        seto.delete()
    assert "Seto" not in client.get("/fr/villes-jumelees/").content.decode()


def test_a_change_of_links_between_objects_shows_at_once(page_cache, committed, unic, seto, client):
    url = "/fr/reseaux/unic/"
    assert "Seto" not in client.get(url).content.decode()
    with committed():
        unic.members.add(seto)
    assert "Seto" in client.get(url).content.decode()


def test_synthetic_content_written_in_bulk_shows_at_once(page_cache, committed, demo, client):
    assert "Ville d&#x27;exemple 1" not in client.get("/fr/villes-jumelees/").content.decode()
    with committed():
        call_command("load_synthetic_content", scale=1, verbosity=0)
    assert "Ville d&#x27;exemple 1" in client.get("/fr/villes-jumelees/").content.decode()


def test_a_catalogue_saved_in_the_locale_editor_renews_the_pages(page_cache, committed, furth, client):
    client.get(FURTH)
    City.objects.filter(pk=furth.pk).update(summary_fr="Changé sans signal.")
    with committed():
        catalogue_saved.send(sender=None, language_code="de", request=None)
    assert "Changé sans signal." in client.get(FURTH).content.decode()


def test_staff_are_never_served_a_cached_page_and_their_pages_are_not_stored(page_cache, furth, client, admin_client):
    client.get(FURTH)
    # Changed behind the cache's back (no signal): anonymous readers keep the cached page...
    City.objects.filter(pk=furth.pk).update(summary_fr="Changé sans signal.")
    assert "Changé sans signal." not in client.get(FURTH).content.decode()
    # ...staff see the database.
    staff_page = admin_client.get(FURTH)
    assert "Changé sans signal." in staff_page.content.decode()
    assert "private" in staff_page["Cache-Control"] and "no-cache" in staff_page["Cache-Control"]
    # A page first seen by staff is not stored for anonymous readers.
    admin_client.get("/fr/reseaux/")
    assert queries_of(client, "/fr/reseaux/")[1] > 0


def test_anonymous_pages_may_be_kept_a_short_while_by_browsers_and_a_cdn(settings, furth, client, admin_client):
    response = client.get(FURTH)
    assert "public" in response["Cache-Control"] and get_max_age(response) == settings.PAGE_MAX_AGE_SECONDS
    assert get_max_age(response) <= 300
    admin_page = admin_client.get("/fr/admin/")
    assert "private" in admin_page["Cache-Control"] and "public" not in admin_page["Cache-Control"]
    assert "public" not in client.get("/fr/villes-jumelees/nulle-part/").get("Cache-Control", "")


@pytest.mark.parametrize("page_cache_seconds", [0, 600], ids=["rendered", "cached"])
def test_a_conditional_request_for_an_unchanged_page_gets_304(settings, furth, client, page_cache_seconds):
    settings.PAGE_CACHE_SECONDS = page_cache_seconds
    first = client.get(FURTH)
    assert first["ETag"]
    unchanged = client.get(FURTH, HTTP_IF_NONE_MATCH=first["ETag"])
    assert unchanged.status_code == 304 and unchanged.content == b""
    assert client.get(FURTH, HTTP_IF_NONE_MATCH='"another"').status_code == 200


def test_no_public_page_carries_a_form_token(demo, client):
    for url in ("/fr/", "/de/suche/?q=Limoges", "/en/solidarity/", "/en/associations/", FURTH):
        assert "csrfmiddlewaretoken" not in client.get(url).content.decode(), url


def test_responses_that_set_cookies_or_hold_a_form_token_are_not_shared(rf):
    assert is_public(rf.get("/fr/"), HttpResponse("page"))
    with_cookie = HttpResponse("page")
    with_cookie.set_cookie("choice", "1")
    assert not is_public(rf.get("/fr/"), with_cookie)
    with_form = rf.get("/fr/")
    get_token(with_form)
    assert not is_public(with_form, HttpResponse("page"))
    assert not is_public(rf.get("/fr/"), HttpResponse("error", status=500))
    assert not is_public(rf.post("/fr/"), HttpResponse("page"))


def test_a_broken_cache_leaves_pages_uncached_but_working(settings, page_cache, committed, furth, client, caplog):
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
        }
    }
    with caplog.at_level(logging.WARNING, logger="relations.cache"):
        for _round in range(2):
            response = client.get(FURTH)
            assert response.status_code == 200 and "Fürth" in response.content.decode()
        with committed():
            furth.summary_fr = "Enregistré malgré le cache en panne."
            furth.save()  # the invalidation fails: logged, the edit is kept
    assert "Enregistré malgré le cache en panne." in client.get(FURTH).content.decode()
    assert "Page cache unavailable" in caplog.text and "could not be invalidated" in caplog.text


@shared_services.needs_redis
def test_pages_are_cached_and_renewed_in_redis(settings, page_cache, committed, furth, client):
    with shared_services.own_redis_keys() as prefix:
        settings.CACHES = shared_services.redis_cache(prefix)
        client.get(FURTH)
        assert queries_of(client, FURTH)[1] == 0
        with committed():
            furth.summary_fr = "Renouvelé dans Redis."
            furth.save()
        assert "Renouvelé dans Redis." in client.get(FURTH).content.decode()


def test_query_parameters_a_page_does_not_read_do_not_make_new_cache_entries(page_cache, furth, client):
    client.get(FURTH)
    for number in range(5):
        response, queries = queries_of(client, f"{FURTH}?utm_source=newsletter{number}&fbclid={number}")
        assert response.status_code == 200 and "Fürth" in response.content.decode()
        assert queries == 0, "a parameter the page does not read was given a cache entry of its own"


def test_the_parameters_a_list_reads_keep_their_own_pages(page_cache, demo, client):
    every_project = client.get("/fr/solidarite/").content.decode()
    in_one_country = client.get("/fr/solidarite/?country=BF").content.decode()
    assert in_one_country != every_project
    assert queries_of(client, "/fr/solidarite/?country=BF&utm_campaign=x")[1] == 0


def test_pagination_links_keep_only_what_the_list_reads(page_cache, demo, client, monkeypatch):
    monkeypatch.setattr(ArticleListView, "paginate_by", 2)
    page = client.get("/fr/articles/?utm_source=x&page=1").content.decode()
    assert 'href="?page=2"' in page and "utm_source" not in page


def test_made_up_query_strings_store_a_bounded_number_of_variants(settings, page_cache, furth, client):
    settings.PAGE_CACHE_VARIANTS = 3
    searches = [f"/fr/recherche/?q=f%C3%BCrth{number}" for number in range(6)]
    for address in searches:
        client.get(address)
    stored = [address for address in searches if queries_of(client, address)[1] == 0]
    assert len(stored) == 3


def test_a_made_up_session_cookie_is_served_the_cached_page(page_cache, furth, client):
    client.get(FURTH)
    client.cookies["sessionid"] = "made-up-session-key"
    response, queries = queries_of(client, FURTH)
    assert response.status_code == 200 and "Fürth" in response.content.decode()
    # Looking the session up is all it costs: the page itself comes from the cache.
    assert queries <= 1
