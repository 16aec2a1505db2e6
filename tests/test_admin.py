import html as html_module
import json
import re

import pytest
from django.contrib import admin
from django.urls import reverse
from django.utils import translation

from relations.admin import OneRecordAdmin
from relations.models import Association, City

pytestmark = pytest.mark.django_db

RELATIONS_ADMINS = [
    model_admin for model, model_admin in admin.site._registry.items() if model._meta.app_label == "relations"
]
SAVE_BUTTON = {"fr": "Enregistrer", "de": "Sichern", "en": "Save"}


def admin_url(model, view, language, *args):
    with translation.override(language):
        return reverse(f"admin:relations_{model._meta.model_name}_{view}", args=args)


@pytest.mark.parametrize("language", ["fr", "de", "en"])
@pytest.mark.parametrize("model_admin", RELATIONS_ADMINS, ids=lambda a: a.model.__name__)
def test_every_admin_page_renders_in_the_editors_language(demo, admin_client, model_admin, language):
    model = model_admin.model
    obj = model.objects.order_by("pk").first()
    pages = {
        "changelist": admin_url(model, "changelist", language),
        "add": admin_url(model, "add", language),
        "change": admin_url(model, "change", language, obj.pk),
    }
    if isinstance(model_admin, OneRecordAdmin):
        # The site has one (the accessibility statement): a second cannot be added.
        assert admin_client.get(pages.pop("add")).status_code == 403
    for view, url in pages.items():
        response = admin_client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert f'lang="{language}"' in html, url
        if view != "changelist":
            assert SAVE_BUTTON[language] in html, url
        # No script or style sheet comes from another host.
        assert 'src="http' not in html and 'src="//' not in html and 'href="//' not in html, url


def test_translated_fields_show_as_language_tabs_with_slugs_prefilled_per_language(admin_client):
    html = admin_client.get(admin_url(City, "add", "fr")).content.decode()
    for language in ("fr", "de", "en"):
        assert f'name="name_{language}"' in html
        assert f'name="slug_{language}"' in html
    prepopulated = json.loads(html_module.unescape(re.search(r'data-prepopulated-fields="([^"]*)"', html)[1]))
    assert {field["name"]: field["dependency_list"] for field in prepopulated} == {
        "slug_fr": ["name_fr"],
        "slug_de": ["name_de"],
        "slug_en": ["name_en"],
    }
    assert "tabbed_translation_fields.js" in html
    assert "vendor/jquery-ui/jquery-ui.min.js" in html


def test_subsidies_are_edited_inside_their_association(admin_client, association):
    html = admin_client.get(admin_url(Association, "change", "fr", association.pk)).content.decode()
    assert 'name="subsidies-TOTAL_FORMS"' in html
    assert 'name="subsidies-0-purpose_de"' in html or 'name="subsidies-__prefix__-purpose_de"' in html


def test_search_and_filters_find_a_city(admin_client, furth, seto):
    response = admin_client.get(admin_url(City, "changelist", "fr"), {"q": "Fürth"})
    assert list(response.context["cl"].result_list) == [furth]
    response = admin_client.get(admin_url(City, "changelist", "fr"), {"country__exact": "JP"})
    assert list(response.context["cl"].result_list) == [seto]


def test_a_city_added_in_the_admin_is_saved_in_three_languages(admin_client):
    response = admin_client.post(
        admin_url(City, "add", "fr"),
        {
            "name_fr": "Plzeň",
            "name_de": "Pilsen",
            "name_en": "Plzeň",
            "slug_fr": "plzen",
            "slug_de": "pilsen",
            "slug_en": "plzen",
            "summary_fr": "Ville jumelle.",
            "summary_de": "Partnerstadt.",
            "summary_en": "Twin city.",
            "kind": "twin",
            "country": "CZ",
            "charter_year": "1987",
            "charter_date": "1987-06-11",
            "status": "published",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    city = City.objects.get(slug_de="pilsen")
    with translation.override("de"):
        assert city.name == "Pilsen"


def test_a_duplicate_slug_is_a_form_error_in_the_editors_language(admin_client, furth):
    response = admin_client.post(
        admin_url(City, "add", "de"),
        {
            "name_fr": "Autre",
            "slug_fr": "autre",
            "slug_de": "fuerth",
            "summary_fr": "…",
            "kind": "twin",
            "country": "DE",
            "status": "draft",
        },
    )
    assert response.status_code == 200
    assert "Diese Adresse wird in dieser Sprache bereits verwendet." in response.content.decode()
    assert City.objects.count() == 1
