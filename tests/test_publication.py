"""Drafts, scheduled and expired content: hidden from the public, open to staff as a preview."""

import datetime

import pytest
from django.utils import timezone, translation

from relations.models import Page, PublicationStatus

pytestmark = pytest.mark.django_db

LANGUAGES = ["fr", "de", "en"]
PREVIEW = {"fr": "Aperçu", "de": "Vorschau", "en": "Preview"}


def url_in(obj, language):
    with translation.override(language):
        return obj.get_absolute_url()


def make_draft(article):
    article.status = PublicationStatus.DRAFT
    article.save()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_draft_is_not_found_by_the_public(client, article, language):
    make_draft(article)
    assert client.get(url_in(article, language)).status_code == 404


@pytest.mark.parametrize("language", LANGUAGES)
def test_staff_preview_a_draft_at_its_public_address(client, article, staff_member, language):
    make_draft(article)
    client.force_login(staff_member("editors"))
    response = client.get(url_in(article, language))
    assert response.status_code == 200
    page = response.content.decode()
    assert PREVIEW[language] in page and 'class="preview-notice"' in page
    assert '<meta name="robots" content="noindex, nofollow">' in page
    with translation.override(language):
        assert article.title in page
    # A preview must never be kept by a browser or a shared cache.
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]


def test_the_english_notice_of_a_scheduled_page_ends_with_one_full_stop(client, article, staff_member, settings):
    settings.TIME_ZONE = "Europe/Paris"
    article.publish_from = timezone.make_aware(datetime.datetime(2099, 6, 1, 15, 0))
    article.save()
    client.force_login(staff_member("editors"))
    page = client.get(url_in(article, "en")).content.decode()
    assert "the public will see it from June 1, 2099, 3 p.m.</p>" in " ".join(page.split())


def test_a_published_page_has_no_preview_notice_for_staff(client, article, staff_member):
    client.force_login(staff_member("editors"))
    response = client.get(url_in(article, "fr"))
    assert response.status_code == 200
    assert 'class="preview-notice"' not in response.content.decode()


def test_staff_without_the_view_permission_get_no_preview(client, article, django_user_model):
    make_draft(article)
    client.force_login(django_user_model.objects.create_user("nobody", is_staff=True))
    assert client.get(url_in(article, "fr")).status_code == 404


def test_expired_content_leaves_the_site_and_stays_open_to_staff(client, article, staff_member):
    article.publish_until = timezone.now() - datetime.timedelta(minutes=1)
    article.publish_from = article.publish_until - datetime.timedelta(days=3)
    article.save()
    assert client.get(url_in(article, "fr")).status_code == 404
    client.force_login(staff_member("editors"))
    response = client.get(url_in(article, "en"))
    assert response.status_code == 200
    assert "its publication ended on" in response.content.decode()


def test_scheduled_content_appears_and_disappears_on_time(client, article, monkeypatch):
    start = timezone.now() + datetime.timedelta(hours=2)
    article.publish_from, article.publish_until = start, start + datetime.timedelta(days=1)
    article.save()
    address = url_in(article, "de")
    list_address = url_in(article, "de").rsplit("/", 2)[0] + "/"

    assert client.get(address).status_code == 404
    assert article.title_de not in client.get(list_address).content.decode()

    monkeypatch.setattr(timezone, "now", lambda: start + datetime.timedelta(seconds=1))
    assert client.get(address).status_code == 200
    assert article.title_de in client.get(list_address).content.decode()

    monkeypatch.setattr(timezone, "now", lambda: start + datetime.timedelta(days=1))
    assert client.get(address).status_code == 404


def test_a_draft_page_of_the_tree_is_previewed_by_staff(client, staff_member):
    home = Page.objects.create(title_fr="Relations internationales", slug_fr="accueil", status="published")
    draft = Page.objects.create(title_fr="Brouillon", slug_fr="brouillon", parent=home, status="draft")
    assert client.get(draft.get_absolute_url()).status_code == 404
    client.force_login(staff_member("translators"))
    assert client.get(draft.get_absolute_url()).status_code == 200


def test_the_admin_links_to_the_page_in_each_language(admin_client, article):
    make_draft(article)
    response = admin_client.get(f"/de/admin/relations/article/{article.pk}/change/")
    page = response.content.decode()
    for language, label in [("fr", "Französisch"), ("de", "Deutsch"), ("en", "Englisch")]:
        assert f'href="{url_in(article, language)}" class="viewsitelink" hreflang="{language}"' in page
        assert f"Vorschau ({label})" in page
    article.status = PublicationStatus.PUBLISHED
    article.save()
    page = admin_client.get(f"/en/admin/relations/article/{article.pk}/change/").content.decode()
    assert "View on site (German)" in page


def test_cached_pages_do_not_outlive_a_scheduled_publication(client, article, settings):
    import time

    settings.PAGE_CACHE_SECONDS = 600
    article.publish_from = timezone.now() + datetime.timedelta(seconds=2)
    article.save()
    list_address = url_in(article, "en").rsplit("/", 2)[0] + "/"
    assert article.title_en not in client.get(list_address).content.decode()  # now in the page cache
    time.sleep(2.1)
    assert article.title_en in client.get(list_address).content.decode()
