"""Addresses that never die: every address an object had leads to its current one (relations/redirects.py)."""

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from relations.models import Article, Page, PublicationStatus, Redirect

pytestmark = pytest.mark.django_db


def page(title, slug, parent=None):
    return Page.objects.create(
        title_fr=title, slug_fr=slug, summary_fr=title, parent=parent, status=PublicationStatus.PUBLISHED
    )


@pytest.fixture
def french_only_article(article):
    """Published in French only: German and English readers get it at its French slug."""
    return Article.objects.create(
        category=article.category,
        title_fr="Semaine de la céramique",
        slug_fr="semaine-de-la-ceramique",
        summary_fr="Une semaine de porcelaine.",
        body_fr="<p>Texte.</p>",
        status=PublicationStatus.PUBLISHED,
    )


@pytest.fixture
def editor(staff_member):
    return staff_member("editors")


def admin_url(view, *args, language="fr"):
    with translation.override(language):
        return reverse(f"admin:relations_redirect_{view}", args=args)


def test_a_new_french_slug_sends_the_old_address_to_the_new_one_with_its_query(article, client):
    article.slug_fr = "le-concert-revient"
    article.save()
    response = client.get("/fr/articles/concert-des-villes-unies/", {"utm_source": "lettre"})
    assert response.status_code == 301
    assert response["Location"] == "/fr/articles/le-concert-revient/?utm_source=lettre"
    assert client.get(response["Location"]).status_code == 200
    # The German and English slugs did not change: their addresses stay as they were, redirecting nowhere.
    assert list(Redirect.objects.values_list("old_path", "new_path")) == [
        ("/fr/articles/concert-des-villes-unies/", "/fr/articles/le-concert-revient/")
    ]


def test_translating_a_french_only_article_moves_its_german_address(french_only_article, client):
    assert client.get("/de/artikel/semaine-de-la-ceramique/").status_code == 200
    french_only_article.title_de = "Keramikwoche"
    french_only_article.slug_de = "keramikwoche"
    french_only_article.save()
    response = client.get("/de/artikel/semaine-de-la-ceramique/")
    assert response.status_code == 301
    assert response["Location"] == "/de/artikel/keramikwoche/"
    assert client.get("/de/artikel/keramikwoche/").status_code == 200
    # English readers still read it at its French slug, as do French readers.
    assert client.get("/en/articles/semaine-de-la-ceramique/").status_code == 200
    assert client.get("/fr/articles/semaine-de-la-ceramique/").status_code == 200


def test_a_page_moved_in_the_tree_leaves_its_old_address_and_its_childrens_behind(client):
    home = page("Relations internationales", "relations-internationales")
    twinning, solidarity = page("Jumelages", "jumelages", home), page("Solidarité", "solidarite", home)
    concert = page("Concert", "concert", twinning)
    page("Programme", "programme", concert)
    concert.parent = solidarity
    concert.save()
    for language in ("fr", "de"):  # the German addresses are the French slugs standing in
        response = client.get(f"/{language}/jumelages/concert/")
        assert (response.status_code, response["Location"]) == (301, f"/{language}/solidarite/concert/")
        response = client.get(f"/{language}/jumelages/concert/programme/")
        assert (response.status_code, response["Location"]) == (301, f"/{language}/solidarite/concert/programme/")
        assert client.get(response["Location"]).status_code == 200


def test_an_address_changed_twice_leads_straight_to_the_last_one(article, client):
    for slug in ("concert-2025", "concert-2026"):
        article.slug_fr = slug
        article.save()
    response = client.get("/fr/articles/concert-des-villes-unies/")
    assert (response.status_code, response["Location"]) == (301, "/fr/articles/concert-2026/")


def test_a_redirect_to_an_address_that_moves_follows_it(article, client):
    Redirect.objects.create(old_path="/fr/concert/", new_path="/fr/articles/concert-des-villes-unies/")
    article.slug_fr = "concert-2026"
    article.save()
    response = client.get("/fr/concert/")
    assert (response.status_code, response["Location"]) == (301, "/fr/articles/concert-2026/")


def test_a_redirect_added_towards_an_old_address_leads_to_the_current_one(client, furth):
    Redirect.objects.create(old_path="/fr/b/", new_path="/fr/c/")
    Redirect.objects.create(old_path="/fr/a/", new_path="/fr/b/")
    Redirect.objects.create(old_path="/fr/c/", new_path="/fr/villes-jumelees/furth/")
    assert dict(Redirect.objects.values_list("old_path", "new_path")) == {
        "/fr/a/": "/fr/villes-jumelees/furth/",
        "/fr/b/": "/fr/villes-jumelees/furth/",
        "/fr/c/": "/fr/villes-jumelees/furth/",
    }


def test_an_address_changed_back_stops_redirecting(article, client):
    article.slug_fr = "le-concert-revient"
    article.save()
    article.slug_fr = "concert-des-villes-unies"
    article.save()
    assert client.get("/fr/articles/concert-des-villes-unies/").status_code == 200
    response = client.get("/fr/articles/le-concert-revient/")
    assert (response.status_code, response["Location"]) == (301, "/fr/articles/concert-des-villes-unies/")
    assert not Redirect.objects.filter(old_path="/fr/articles/concert-des-villes-unies/").exists()


def test_an_old_address_taken_by_a_new_object_redirects_no_more(article, french_only_article, client):
    article.slug_fr = "le-concert-revient"
    article.save()
    french_only_article.slug_fr = "concert-des-villes-unies"
    french_only_article.save()
    assert not Redirect.objects.filter(old_path="/fr/articles/concert-des-villes-unies/").exists()
    assert "Semaine de la céramique" in client.get("/fr/articles/concert-des-villes-unies/").content.decode()


def test_each_redirect_counts_its_hits(article, client):
    redirect = Redirect.objects.create(old_path="/fr/concert/", new_path=article.get_absolute_url())
    client.get("/fr/concert/")
    client.get("/fr/concert", {"page": "2"})  # the address without its final slash, as CommonMiddleware would add it
    redirect.refresh_from_db()
    assert redirect.hits == 2 and redirect.last_hit_at is not None


def test_an_unknown_address_is_not_found_in_any_language(article, client):
    Redirect.objects.create(old_path="/fr/concert/", new_path=article.get_absolute_url())
    for language in ("fr", "de", "en"):
        response = client.get(f"/{language}/articles/inconnu/")
        assert response.status_code == 404 and not response.has_header("Location")
    assert client.get("/de/concert/").status_code == 404  # a redirect is for its own language's address


def test_a_not_found_page_costs_at_most_two_queries_more_and_a_found_page_none(article, settings):
    def queries(address):
        client = Client()  # a client loads the middleware of the settings once, at its first request
        with CaptureQueriesContext(connection) as captured:
            client.get(address)
        return len(captured)

    with_redirects = [queries("/fr/articles/inconnu/"), queries(article.get_absolute_url())]
    settings.MIDDLEWARE = [name for name in settings.MIDDLEWARE if name != "relations.redirects.RedirectMiddleware"]
    without = [queries("/fr/articles/inconnu/"), queries(article.get_absolute_url())]
    assert 0 < with_redirects[0] - without[0] <= 2
    assert with_redirects[1] == without[1]


def test_staff_are_never_sent_a_cached_redirect_and_readers_one_kept_briefly(article, client, editor):
    Redirect.objects.create(old_path="/fr/concert/", new_path=article.get_absolute_url())
    public = client.get("/fr/concert/")
    assert f"max-age={settings.PAGE_MAX_AGE_SECONDS}" in public["Cache-Control"]
    client.force_login(editor)
    assert "no-cache" in client.get("/fr/concert/")["Cache-Control"]


def test_an_editor_adds_finds_changes_and_deletes_a_redirect(client, editor, furth):
    client.force_login(editor)
    response = client.post(admin_url("add"), {"old_path": "/de/fuerth/", "new_path": "/de/partnerstaedte/fuerth/"})
    assert response.status_code == 302
    redirect = Redirect.objects.get(old_path="/de/fuerth/")
    listing = client.get(admin_url("changelist"), {"q": "fuerth", "language": "de"}).content.decode()
    assert "/de/partnerstaedte/fuerth/" in listing
    response = client.post(admin_url("change", redirect.pk), {"old_path": "/de/furth/", "new_path": "/de/"})
    assert response.status_code == 302
    redirect.refresh_from_db()
    assert (redirect.old_path, redirect.new_path) == ("/de/furth/", "/de/")
    assert client.get("/de/furth/")["Location"] == "/de/"
    assert client.post(admin_url("delete", redirect.pk), {"post": "yes"}).status_code == 302
    assert not Redirect.objects.exists()


def test_the_admin_refuses_a_loop_in_the_editors_language(client, editor):
    Redirect.objects.create(old_path="/de/alt/", new_path="/de/neu/")
    client.force_login(editor)
    response = client.post(admin_url("add", language="de"), {"old_path": "/de/neu/", "new_path": "/de/alt/"})
    assert response.status_code == 200
    assert "würde zu ihrer eigenen alten Adresse zurückführen" in response.content.decode()
    response = client.post(admin_url("add", language="de"), {"old_path": "/de/neu/", "new_path": "/de/neu/"})
    assert "würde zu ihrer eigenen alten Adresse zurückführen" in response.content.decode()
    assert Redirect.objects.count() == 1


def test_the_admin_refuses_to_redirect_a_live_address(client, editor, furth):
    client.force_login(editor)
    for live in ("/de/partnerstaedte/fuerth/", "/fr/villes-jumelees/"):
        response = client.post(admin_url("add"), {"old_path": live, "new_path": "/fr/"})
        assert response.status_code == 200
        assert "Cette adresse mène à une page du site" in response.content.decode()
    response = client.post(admin_url("add"), {"old_path": "/villes/", "new_path": "/fr/"})
    assert "commençant par sa langue" in response.content.decode()
    assert not Redirect.objects.exists()


def test_a_prefix_redirect_moves_every_address_below_it_and_an_exact_one_wins(client, furth):
    Redirect.objects.create(old_path="/de/alt/", new_path="/de/partnerstaedte/", prefix=True)
    Redirect.objects.create(old_path="/de/alt/fuerth-alt/", new_path="/de/partnerstaedte/fuerth/", prefix=True)
    Redirect.objects.create(old_path="/de/alt/karte/", new_path="/de/partnerstaedte/karte/")
    assert client.get("/de/alt/fuerth/", {"x": "1"})["Location"] == "/de/partnerstaedte/fuerth/?x=1"
    assert client.get("/de/alt/")["Location"] == "/de/partnerstaedte/"
    assert client.get("/de/alt/fuerth-alt/")["Location"] == "/de/partnerstaedte/fuerth/"  # the longest prefix
    assert client.get("/de/alt/karte/")["Location"] == "/de/partnerstaedte/karte/"
    assert client.get("/de/alt/karte/x/").status_code == 301  # under a prefix again: /de/alt/ applies
    assert client.get("/de/altes/").status_code == 404  # a prefix is whole segments
    assert client.get("/en/alt/fuerth/").status_code == 404


def test_a_prefix_that_moves_again_still_redirects_in_one_hop(client, furth):
    Redirect.objects.create(old_path="/de/a/", new_path="/de/b/", prefix=True)
    Redirect.objects.create(old_path="/de/fuerth/", new_path="/de/b/fuerth/")
    Redirect.objects.create(old_path="/de/b/", new_path="/de/partnerstaedte/", prefix=True)
    assert dict(Redirect.objects.values_list("old_path", "new_path")) == {
        "/de/a/": "/de/partnerstaedte/",
        "/de/fuerth/": "/de/partnerstaedte/fuerth/",
        "/de/b/": "/de/partnerstaedte/",
    }
    response = client.get("/de/a/fuerth/", follow=True)
    assert response.redirect_chain == [("/de/partnerstaedte/fuerth/", 301)]
    assert "Fürth" in response.content.decode()


def test_an_editor_adds_a_prefix_redirect_and_the_admin_refuses_one_below_itself(client, editor, furth):
    client.force_login(editor)
    response = client.post(
        admin_url("add"), {"old_path": "/de/staedte/", "new_path": "/de/partnerstaedte/", "prefix": "on"}
    )
    assert response.status_code == 302
    assert Redirect.objects.get(old_path="/de/staedte/").prefix
    assert client.get("/de/staedte/fuerth/")["Location"] == "/de/partnerstaedte/fuerth/"
    listing = client.get(admin_url("changelist"), {"prefix__exact": "1"}).content.decode()
    assert "/de/staedte/" in listing and "icon-yes" in listing
    form = client.get(admin_url("change", Redirect.objects.get().pk)).content.decode()
    assert 'name="prefix"' in form and "checked" in form
    response = client.post(admin_url("add"), {"old_path": "/de/orte/", "new_path": "/de/orte/neu/", "prefix": "on"})
    assert response.status_code == 200 and Redirect.objects.count() == 1
