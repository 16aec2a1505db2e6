"""Each model says once what kind of content it is (relations/content_types.py): the staff roles,
the sitemap, the search and the main menu follow, and a model that says nothing is refused."""

import re

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection, models
from django.test.utils import CaptureQueriesContext, isolate_apps
from django.urls import reverse
from django.utils import translation
from modeltranslation.translator import translator

from relations import content_types
from relations.models import Content, ReviewRequest, SearchEntry, TranslationRecord
from relations.roles import setup_roles
from relations.search import search
from relations.sitemaps import ContentSitemap, build_sitemaps


def test_every_model_of_the_section_says_what_it_is():
    assert content_types.check_content_types() == []
    section = content_types.section_models()
    assert set(content_types.staff_content_models()) == set(section) - {TranslationRecord, SearchEntry, ReviewRequest}
    for model in content_types.sitemap_models() + content_types.searchable_models():
        assert model in content_types.staff_content_models(), model


def test_the_check_runs_with_the_projects_checks():
    from django.core import checks

    assert content_types.check_content_types in checks.registry.registry.get_checks()


def newsletter_model():
    """A content type as a developer would add it: a Content with a page, and nothing else said."""

    class Newsletter(Content):
        title = models.CharField(max_length=200)
        slug = models.SlugField()
        summary = models.TextField()
        body = models.TextField()

        class Meta:
            app_label = "relations"

        def get_absolute_url(self):
            return f"/fr/lettres/{self.slug}/"

    return Newsletter


def add_to_the_section(monkeypatch, model):
    """As if the model were defined in relations/models.py (isolate_apps keeps it out of the registry)."""
    section = list(apps.get_app_config("relations").get_models())
    monkeypatch.setattr(content_types, "section_models", lambda: [*section, model])


@isolate_apps("relations")
def test_a_new_content_type_is_staff_content_in_the_sitemap_and_searched_without_another_list(monkeypatch):
    newsletter = newsletter_model()
    add_to_the_section(monkeypatch, newsletter)
    assert content_types.check_content_types() == []
    assert newsletter in content_types.staff_content_models()
    assert newsletter in content_types.searchable_models()
    sitemap = build_sitemaps()["newsletter"]
    assert isinstance(sitemap, ContentSitemap) and sitemap.model is newsletter
    # No list page of its own declared: no menu entry.
    assert newsletter not in content_types.listed_models()


@pytest.mark.django_db
@isolate_apps("relations")
def test_a_new_content_type_gets_the_roles_permissions(monkeypatch):
    newsletter = newsletter_model()
    # What `migrate` does for a new model: its content type and its four permissions.
    content_type = ContentType.objects.get_for_model(newsletter)
    for action in newsletter._meta.default_permissions:
        Permission.objects.create(codename=f"{action}_newsletter", name=action, content_type=content_type)
    add_to_the_section(monkeypatch, newsletter)
    # Its translated fields declared in relations/translation.py, as every content type's are.
    registered = translator.get_registered_models()
    monkeypatch.setattr(translator, "get_registered_models", lambda *args, **kwargs: [*registered, newsletter])
    setup_roles()
    editors = set(Group.objects.get(name="editors").permissions.values_list("codename", flat=True))
    translators = set(Group.objects.get(name="translators").permissions.values_list("codename", flat=True))
    assert {"add_newsletter", "change_newsletter", "delete_newsletter", "view_newsletter"} <= editors
    assert {"change_newsletter", "view_newsletter"} <= translators
    assert not {"add_newsletter", "delete_newsletter"} & translators


@isolate_apps("relations")
def test_a_model_that_does_not_say_what_it_is_fails_the_check():
    class Poll(models.Model):
        question = models.CharField(max_length=200)

        class Meta:
            app_label = "relations"

        def __str__(self):
            return self.question

        def get_absolute_url(self):
            return "/fr/sondage/"

    class Teaser(Content):
        label = models.CharField(max_length=200)

        class Meta:
            app_label = "relations"

    class Signpost(Content):
        title = models.CharField(max_length=200)
        list_url_name = "relations:signpost_list"
        in_sitemap = searchable = False

        class Meta:
            app_label = "relations"

    errors = {(error.obj, error.id) for error in content_types.check_content_types(models=[Poll, Teaser, Signpost])}
    assert errors == {
        (Poll, "relations.E001"),  # staff content or bookkeeping?
        (Poll, "relations.E002"),  # it has pages: in the sitemap? searched?
        (Teaser, "relations.E003"),  # in the sitemap and searched by default, but it has no page
        (Teaser, "relations.E004"),  # searched, but it has no summary nor body
        (Signpost, "relations.E005"),  # a list page that does not exist
    }


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fr", "de", "en"])
def test_the_main_menu_lists_each_types_list_page_without_a_query(client, language):
    with translation.override(language):
        with CaptureQueriesContext(connection) as queries:
            entries = [(entry["url"], str(entry["label"])) for entry in content_types.menu_entries()]
        expected = [(reverse(model.list_url_name), str(model.menu_label)) for model in content_types.listed_models()]
    assert queries.captured_queries == []
    assert entries == expected
    menu = client.get(f"/{language}/").content.decode().split('<nav class="main-nav"')[1].split("</nav>")[0]
    assert re.findall(r'<li><a href="([^"]*)">([^<]*)</a></li>', menu) == expected


def test_the_menu_keeps_its_order_and_its_labels():
    with translation.override("fr"):
        labels = [str(entry["label"]) for entry in content_types.menu_entries()]
    assert labels == [
        "Villes jumelles et partenaires",
        "Réseaux et itinéraires",
        "Solidarité internationale",
        "Associations",
        "Articles",
        "Agenda",
    ]


def test_the_search_results_come_in_the_display_order():
    order = [model.display_order for model in content_types.searchable_models()]
    assert order == sorted(order) and len(set(order)) == len(order)


@pytest.mark.django_db
def test_every_searchable_type_is_searched(demo):
    with translation.override("fr"):
        found = {
            type(result["object"])
            for model in content_types.searchable_models()
            for group in search(str(model.objects.published().exclude(**{f"{model.title_field}_fr": ""}).first()))
            for result in group["results"]
        }
    assert set(content_types.searchable_models()) <= found
