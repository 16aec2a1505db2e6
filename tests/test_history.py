"""Every save is kept with who and when; versions can be compared and restored."""

import os
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.admin.models import LogEntry
from django.core.management import call_command
from django.test import Client
from django.utils import translation
from reversion.models import Version

from relations.models import Article, Association, Subsidy
from tests.forms import form_data
from tests.test_accessibility import CHROMIUM, CHROMIUM_FLAGS

pytestmark = pytest.mark.django_db


def change_url(obj, language="fr"):
    return f"/{language}/admin/relations/{obj._meta.model_name}/{obj.pk}/change/"


def save_through_the_admin(client, obj, **changes):
    response = client.get(change_url(obj))
    data = form_data(response, f"{obj._meta.model_name}_form")
    data.update(changes)
    response = client.post(change_url(obj), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    return response


def test_each_admin_save_is_kept_with_who_and_when(admin_client, admin_user, article):
    save_through_the_admin(admin_client, article, title_fr="Premier titre")
    save_through_the_admin(admin_client, article, title_fr="Second titre")
    versions = Version.objects.get_for_object(article)
    assert versions.count() == 2
    assert all(version.revision.user == admin_user for version in versions)
    assert versions[0].field_dict["title_fr"] == "Second titre"
    history = admin_client.get(f"/de/admin/relations/article/{article.pk}/history/").content.decode()
    assert "Geschichte" in history and admin_user.username in history


def test_two_versions_can_be_compared(admin_client, article):
    save_through_the_admin(admin_client, article, summary_de="Alte Zusammenfassung.")
    save_through_the_admin(admin_client, article, summary_de="Neue Zusammenfassung.")
    older, newer = reversed(Version.objects.get_for_object(article))
    response = admin_client.get(
        f"/fr/admin/relations/article/{article.pk}/history/compare/",
        {"version_id1": older.pk, "version_id2": newer.pk},
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "<del>Alt</del><ins>Neu</ins>e Zusammenfassung." in page


def test_revert_restores_the_text_in_all_three_languages(admin_client, article):
    save_through_the_admin(admin_client, article)
    original = Version.objects.get_for_object(article).first()
    save_through_the_admin(
        admin_client,
        article,
        title_fr="Titre abîmé",
        title_de="Beschädigter Titel",
        title_en="Damaged title",
        body_fr="<p>Corps abîmé.</p>",
        body_de="<p>Beschädigter Text.</p>",
        body_en="<p>Damaged body.</p>",
    )
    revert_url = f"/fr/admin/relations/article/{article.pk}/history/{original.pk}/"
    response = admin_client.post(revert_url, form_data(admin_client.get(revert_url), "article_form"))
    assert response.status_code == 302

    article = Article.objects.get(pk=article.pk)
    for language, title, body in [
        ("fr", "Concert des villes unies", "<p>Texte français.</p>"),
        ("de", "Konzert der vereinten Städte", "<p>Deutscher Text.</p>"),
        ("en", "Concert of the united cities", "<p>English text.</p>"),
    ]:
        with translation.override(language):
            assert (article.title, article.body) == (title, body)
    assert Version.objects.get_for_object(article).count() == 3


def test_revert_brings_back_the_subsidies_of_an_association(admin_client, association):
    Subsidy.objects.create(association=association, year=2024, amount=1500, purpose_fr="Échanges scolaires")
    save_through_the_admin(admin_client, association)
    original = Version.objects.get_for_object(association).first()
    data = form_data(admin_client.get(change_url(association)), "association_form")
    data["subsidies-0-amount"] = "9999"
    admin_client.post(change_url(association), data)
    assert Subsidy.objects.get().amount == 9999

    revert_url = f"/fr/admin/relations/association/{association.pk}/history/{original.pk}/"
    admin_client.post(revert_url, form_data(admin_client.get(revert_url), "association_form"))
    assert Subsidy.objects.get().amount == 1500
    assert Association.objects.get().name_fr == "Porcelaine sans frontières"


def test_publishing_from_the_list_is_kept_in_the_history(admin_client, article):
    article.status = "draft"
    article.save()
    response = admin_client.post(
        "/fr/admin/relations/article/", {"action": "publish", "_selected_action": [article.pk]}
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.status == "published"
    assert Version.objects.get_for_object(article).first().field_dict["status"] == "published"


def test_the_comparison_is_all_in_the_admins_language(admin_client, article):
    # Saved in the French admin, compared in the German one.
    save_through_the_admin(admin_client, article, summary_de="Alte Zusammenfassung.")
    save_through_the_admin(
        admin_client, article, summary_de="Neue Zusammenfassung.", publish_from_0="01/01/2030", publish_from_1="10:00"
    )
    older, newer = reversed(Version.objects.get_for_object(article))
    response = admin_client.get(
        f"/de/admin/relations/article/{article.pk}/history/compare/",
        {"version_id1": older.pk, "version_id2": newer.pk},
    )
    page = " ".join(response.content.decode().split())
    assert "Zusammenfassung [de] und Veröffentlichung ab geändert." in page
    assert "Zurück zum Verlauf" in page and "seitdem vergangen:" in page
    for french_or_english in ("Modification", "Retour à l", "temps écoulé", "Revert to this version", "None"):
        assert french_or_english not in page
    history = " ".join(admin_client.get(f"/en/admin/relations/article/{article.pk}/history/").content.decode().split())
    assert "Changed Summary [de] and Publish from." in history


@pytest.mark.slow
@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed (.ci/run installs it)")
def test_saving_an_untouched_article_in_the_browser_records_no_change(transactional_db, live_server, admin_user):
    """The rich-text editor lays out the three bodies anew when it loads them: a save without a change
    still changes nothing, and the history says so."""
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    call_command("load_demo", verbosity=0)
    article = Article.objects.exclude(body_de="").exclude(body_en="").order_by("pk").first()
    stored = {code: getattr(article, f"body_{code}") for code in ("fr", "de", "en")}
    client = Client()
    client.force_login(admin_user)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        context = browser.new_context()
        session = client.cookies[settings.SESSION_COOKIE_NAME].value
        context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}])
        page = context.new_page()
        page.goto(f"{live_server.url}/fr/admin/relations/article/{article.pk}/change/")
        page.wait_for_function("document.querySelectorAll('.tox-tinymce').length === 3")
        page.click("input[name=_continue]")
        page.wait_for_load_state("load")
        browser.close()
    entry = LogEntry.objects.filter(object_id=str(article.pk)).latest("action_time")
    assert entry.get_change_message() == "Aucun champ modifié."
    article.refresh_from_db()
    assert {code: getattr(article, f"body_{code}") for code in ("fr", "de", "en")} == stored
