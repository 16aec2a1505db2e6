"""Editors, translators and administrators: each group can do exactly what relations/roles.py says."""

import io

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from modeltranslation.translator import translator
from PIL import Image as PillowImage

from relations.content_types import staff_content_models
from relations.models import Article, Image, PublicationStatus, Redirect
from relations.roles import setup_roles
from tests.forms import form_data

pytestmark = pytest.mark.django_db

ARTICLES = "/fr/admin/relations/article/"


def change_url(obj):
    return f"{ARTICLES}{obj.pk}/change/"


def test_the_four_groups_exist_after_migrating_with_their_permissions():
    editors, publishers, translators, administrators = (
        Group.objects.get(name=name) for name in ["editors", "publishers", "translators", "administrators"]
    )
    editor_permissions = set(editors.permissions.values_list("codename", flat=True))
    translator_permissions = set(translators.permissions.values_list("codename", flat=True))
    assert {"add_article", "change_article", "delete_article", "add_image"} <= editor_permissions
    assert {"change_article", "view_article", "change_image"} <= translator_permissions
    assert not {code for code in translator_permissions if code.startswith(("add_", "delete_", "publish_"))}
    assert not {code for code in editor_permissions if code.startswith("publish_")}
    assert editor_permissions | {"publish_article", "publish_page"} <= set(
        publishers.permissions.values_list("codename", flat=True)
    )
    assert {"add_user", "change_group", "delete_accessattempt"} <= set(
        administrators.permissions.values_list("codename", flat=True)
    )


def test_editors_and_translators_have_their_permissions_on_every_kind_of_content():
    """Whatever the models say is staff content: editors may do everything; translators change and view
    what has translated fields (the redirects have none: translators get nothing of them)."""
    editors, translators = (
        set(Group.objects.get(name=name).permissions.values_list("content_type__model", "codename"))
        for name in ["editors", "translators"]
    )
    for model in staff_content_models():
        name = model._meta.model_name
        assert {(name, f"{action}_{name}") for action in ("add", "change", "delete", "view")} <= editors, name
        translated = model in translator.get_registered_models()
        assert {(model_name, code) for model_name, code in translators if model_name == name} == (
            {(name, f"change_{name}"), (name, f"view_{name}")} if translated else set()
        ), name
    assert Redirect in staff_content_models() and Redirect not in translator.get_registered_models()
    bookkeeping = {model._meta.model_name for model in apps.get_app_config("relations").get_models()} - {
        model._meta.model_name for model in staff_content_models()
    }
    assert bookkeeping and not {model_name for model_name, _code in editors | translators} & bookkeeping


def test_setup_roles_restores_permissions_removed_by_hand():
    translators = Group.objects.get(name="translators")
    translators.permissions.clear()
    setup_roles()
    assert translators.permissions.filter(codename="change_article").exists()


def test_an_editor_creates_submits_and_deletes_but_does_not_publish(client, staff_member, article):
    """Editors submit for review; publishers publish (relations/workflow.py)."""
    client.force_login(staff_member("editors"))
    assert client.get(f"{ARTICLES}add/").status_code == 200
    article.status = PublicationStatus.DRAFT
    article.save()
    client.post(ARTICLES, {"action": "publish", "_selected_action": [article.pk]})
    article.refresh_from_db()
    assert article.status == PublicationStatus.DRAFT
    client.post(ARTICLES, {"action": "submit_for_review", "_selected_action": [article.pk]})
    article.refresh_from_db()
    assert article.status == PublicationStatus.REVIEW
    client.post(f"{ARTICLES}{article.pk}/delete/", {"post": "yes"})
    assert not Article.objects.exists()


def test_a_publisher_publishes(client, staff_member, article):
    client.force_login(staff_member("publishers"))
    article.status = PublicationStatus.DRAFT
    article.save()
    client.post(ARTICLES, {"action": "publish", "_selected_action": [article.pk]})
    article.refresh_from_db()
    assert article.status == PublicationStatus.PUBLISHED


def test_a_translator_edits_german_and_english_only(client, staff_member, article):
    client.force_login(staff_member("translators"))
    response = client.get(change_url(article))
    assert response.status_code == 200
    data = form_data(response, "article_form")
    assert "title_de" in data and "body_en" in data
    assert "title_fr" not in data and "status" not in data and "slug_fr" not in data

    # A crafted request with the French text and the status changed changes neither.
    data.update(title_de="Neuer Titel", body_en="<p>New body.</p>", title_fr="Titre piraté", status="draft")
    response = client.post(change_url(article), data)
    assert response.status_code == 302
    article.refresh_from_db()
    assert (article.title_de, article.body_en) == ("Neuer Titel", "<p>New body.</p>")
    assert (article.title_fr, article.status) == ("Concert des villes unies", PublicationStatus.PUBLISHED)


def test_a_translator_cannot_create_delete_or_publish(client, staff_member, article):
    client.force_login(staff_member("translators"))
    assert client.get(f"{ARTICLES}add/").status_code == 403
    assert client.post(f"{ARTICLES}{article.pk}/delete/", {"post": "yes"}).status_code == 403
    action_form = client.get(ARTICLES).context["action_form"]
    assert action_form is None, "translators have no action on the list: no publishing, no deleting"
    article.status = PublicationStatus.DRAFT
    article.save()
    client.post(ARTICLES, {"action": "publish", "_selected_action": [article.pk]})
    article.refresh_from_db()
    assert article.status == PublicationStatus.DRAFT and Article.objects.count() == 1


def test_a_translator_translates_the_alternative_text_of_an_image(client, staff_member):
    picture = io.BytesIO()
    PillowImage.new("RGB", (40, 30), "teal").save(picture, "PNG")
    image = Image.objects.create(
        title="Pont", file=ContentFile(picture.getvalue(), name="pont.png"), alt_text_fr="Le pont Saint-Étienne"
    )
    client.force_login(staff_member("translators"))
    url = f"/fr/admin/relations/image/{image.pk}/change/"
    data = form_data(client.get(url), "image_form")
    assert "alt_text_de" in data and "alt_text_fr" not in data and "title" not in data
    data["alt_text_de"] = "Die Brücke Saint-Étienne"
    assert client.post(url, data).status_code == 302
    image.refresh_from_db()
    assert (image.alt_text_de, image.alt_text_fr) == ("Die Brücke Saint-Étienne", "Le pont Saint-Étienne")


def test_only_administrators_manage_staff_accounts(client, staff_member):
    client.force_login(staff_member("editors"))
    assert client.get("/fr/admin/auth/user/").status_code == 403
    client.force_login(staff_member("administrators"))
    assert client.get("/fr/admin/auth/user/").status_code == 200
    assert client.get("/fr/admin/relations/article/add/").status_code == 200
