import datetime
import io

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation
from django.utils.html import escape
from modeltranslation.translator import translator

from relations import demo_data
from relations.content_types import sitemap_models, staff_content_models
from relations.models import (
    Article,
    Association,
    City,
    Event,
    Image,
    KeyFigure,
    Network,
    Page,
    SolidarityProject,
    Subsidy,
)

pytestmark = pytest.mark.django_db

CONTENT_MODELS = staff_content_models()
DEMO_COUNTS = {
    Image: len(demo_data.IMAGES),
    City: len(demo_data.CITIES),
    Network: len(demo_data.NETWORKS),
    Association: len(demo_data.ASSOCIATIONS),
    SolidarityProject: len(demo_data.PROJECTS),
    Article: len(demo_data.ARTICLES),
    Event: len(demo_data.EVENTS),
    KeyFigure: len(demo_data.KEY_FIGURES),
    Page: len(demo_data.PAGES),
}


def rows(model):
    """All columns of every row, read without modeltranslation's rewriting of field names."""
    return list(model.objects.order_by("pk").values(*[field.attname for field in model._meta.concrete_fields]))


def snapshot():
    """Every row of every content table and of their many-to-many links."""
    tables = {}
    for model in CONTENT_MODELS:
        tables[model.__name__] = rows(model)
        for field in model._meta.many_to_many:
            through = field.remote_field.through
            tables[through.__name__] = list(through.objects.order_by("pk").values())
    return tables


def test_every_content_type_has_demo_rows_written_in_three_languages(demo):
    for model in CONTENT_MODELS:
        assert model.objects.exists(), f"no demo {model.__name__}"
        fields = translator.get_options_for_model(model).fields
        for row in rows(model):
            for field in fields:
                if row[f"{field}_fr"]:
                    assert row[f"{field}_de"] and row[f"{field}_en"], (model.__name__, row["id"], field)


def test_a_second_run_changes_no_row(demo):
    before = snapshot()
    output = io.StringIO()
    call_command("load_demo", stdout=output)
    assert snapshot() == before
    assert "nothing changed" in output.getvalue()


def test_a_second_run_repairs_an_edited_row(demo):
    City.objects.filter(slug_fr="furth").update(summary_de="verändert")
    call_command("load_demo", verbosity=0)
    assert City.objects.get(slug_fr="furth").summary_de != "verändert"


def test_scale_adds_n_times_as_much_synthetic_content_once(demo):
    call_command("load_demo", scale=2, verbosity=0)
    for model, count in DEMO_COUNTS.items():
        assert model.objects.count() == 3 * count, model.__name__
    assert Subsidy.objects.filter(editor_note__contains="synthétique").count() == 2 * 2 * len(demo_data.ASSOCIATIONS)
    synthetic_city = City.objects.get(slug_fr="ville-dexemple-1")
    assert synthetic_city.is_published and synthetic_city.networks.exists()
    before = snapshot()
    call_command("load_demo", scale=2, verbosity=0)
    assert snapshot() == before


def test_twin_cities_follow_the_checked_facts(demo):
    twins = {city.slug_fr: city for city in City.objects.filter(kind="twin")}
    assert set(twins) == {"plzen", "furth", "charlotte", "seto", "grodno"}
    assert twins["plzen"].charter_date == datetime.date(1987, 6, 11)
    assert twins["seto"].charter_date == datetime.date(2003, 11, 18)
    assert (twins["furth"].charter_year, twins["furth"].charter_date) == (1992, None)
    # The day of the Charlotte charter is disputed and Grodno's date is unknown: nothing is guessed.
    assert (twins["charlotte"].charter_year, twins["charlotte"].charter_date) == (1992, None)
    assert (twins["grodno"].charter_year, twins["grodno"].charter_date) == (None, None)
    unic = Network.objects.get(acronym="UNIC")
    assert unic.founded_year == 2008 and unic.limoges_role == "lead"
    assert unic.members.count() >= 9


def test_invented_content_is_marked_fictitious(demo):
    for model in (Association, SolidarityProject, Subsidy):
        for note in model.objects.values_list("editor_note", flat=True):
            assert "fictives" in note, model.__name__


def test_the_patronage_names_the_ship_correctly(demo):
    texts = " ".join(
        " ".join(filter(None, row))
        for row in Page.objects.values_list("title_fr", "title_de", "title_en", "body_fr", "body_de", "body_en")
    )
    assert "BPC Tonnerre" in texts and "BCP" not in texts


def test_demo_images_are_real_files(demo):
    image = Image.objects.first()
    assert image.width == 1200 and image.height == 675
    with image.file.open("rb") as stored:
        assert stored.read(3) == b"\xff\xd8\xff"  # a JPEG


def test_every_demo_object_has_a_page_in_each_language(demo, client):
    for model in sitemap_models():
        for obj in model.objects.all():
            for language in ("fr", "de", "en"):
                with translation.override(language):
                    url = obj.get_absolute_url()
                    response = client.get(url)
                    assert response.status_code == 200, url
                    assert escape(str(obj)) in response.content.decode(), url


def test_scale_must_not_be_negative(db):
    with pytest.raises(CommandError):
        call_command("load_demo", scale=-1)
