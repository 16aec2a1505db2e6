import datetime
import io
from pathlib import Path, PurePosixPath

import pytest
import shared_services
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.db import connection
from django.utils import translation
from django.utils.html import escape
from modeltranslation.translator import translator
from reversion.models import Version

from relations import demo_data
from relations.content_types import sitemap_models, staff_content_models
from relations.demo_data.illustrations import digest, draw_illustration
from relations.images import rendition_names
from relations.models import (
    Article,
    Association,
    City,
    Event,
    Image,
    KeyFigure,
    Network,
    Page,
    SearchEntry,
    SolidarityProject,
    Subsidy,
)
from relations.models.translation_records import translatable_fields

pytestmark = pytest.mark.django_db

# What the web team writes and translates (not the redirects, which have no text to translate).
CONTENT_MODELS = [model for model in staff_content_models() if model in translator.get_registered_models()]
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
        # Texts; a document's file in German or English is optional (the French one is offered).
        fields = translatable_fields(model)
        for row in rows(model):
            for field in fields:
                if row[f"{field}_fr"]:
                    assert row[f"{field}_de"] and row[f"{field}_en"], (model.__name__, row["id"], field)


def run(command, language="en", **options):
    """The command's summary, in the language."""
    output = io.StringIO()
    with translation.override(language):
        call_command(command, stdout=output, **options)
    return output.getvalue().splitlines()


def test_every_demo_record_has_its_row(demo):
    for model, _key, records in demo_data.CONTENT:
        assert model.objects.count() == len(records), model.__name__


def test_a_second_run_changes_no_row_and_makes_no_history(demo):
    before, versions = snapshot(), Version.objects.count()
    summary = run("load_demo")
    assert snapshot() == before  # updated_at included
    assert Version.objects.count() == versions
    assert f"Cities: {len(demo_data.CITIES)} unchanged" in summary
    assert summary[-1] == "The demo content was already loaded: nothing changed."


def test_the_summary_says_what_was_created_in_the_language_of_the_command(db):
    assert f"Cities: {len(demo_data.CITIES)} created" in run("load_demo")
    City.objects.filter(slug_fr="furth").delete()
    assert f"Villes : 1 ajout, {len(demo_data.CITIES) - 1} sans changement" in run("load_demo", language="fr")


def test_a_second_run_repairs_an_edited_row_and_its_links(demo):
    City.objects.filter(slug_fr="furth").update(summary_de="verändert")
    Network.objects.get(slug_fr="unic").members.clear()
    summary = run("load_demo", language="de")
    assert City.objects.get(slug_fr="furth").summary_de != "verändert"
    assert Network.objects.get(slug_fr="unic").members.count() >= 9
    assert f"Städte: 1 aktualisiert, {len(demo_data.CITIES) - 1} unverändert" in summary
    assert f"Netzwerke und Routen: 1 aktualisiert, {len(demo_data.NETWORKS) - 1} unverändert" in summary


def test_synthetic_content_is_n_times_the_demo_added_once(demo):
    summary = run("load_synthetic_content", scale=2)
    for model, count in DEMO_COUNTS.items():
        assert model.objects.count() == 3 * count, model.__name__
    assert f"Cities: {2 * len(demo_data.CITIES)} created" in summary
    assert Subsidy.objects.filter(editor_note__contains="synthétique").count() == 2 * 2 * len(demo_data.ASSOCIATIONS)
    synthetic_city = City.objects.get(slug_fr="ville-dexemple-1")
    assert synthetic_city.is_published and synthetic_city.networks.exists()
    assert (synthetic_city.name_de, synthetic_city.name_en) == ("Beispielstadt 1", "Sample city 1")
    before = snapshot()
    assert f"Cities: {2 * len(demo_data.CITIES)} unchanged" in run("load_synthetic_content", scale=2)
    assert snapshot() == before
    # The demo content is left as it was.
    assert "The demo content was already loaded: nothing changed." in run("load_demo")


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


def test_synthetic_content_needs_a_positive_scale_and_the_demo_content(db):
    with pytest.raises(CommandError, match="positive"):
        call_command("load_synthetic_content", scale=0)
    with pytest.raises(CommandError, match="load_demo"):
        call_command("load_synthetic_content", scale=1)


@shared_services.needs_postgresql
def test_synthetic_content_leaves_the_planner_statistics_up_to_date(demo):
    def estimated_rows(table):
        with connection.cursor() as cursor:
            cursor.execute("SELECT reltuples FROM pg_class WHERE relname = %s", [table])
            return cursor.fetchone()[0]

    run("load_synthetic_content", scale=2)
    # Without ANALYZE the planner would still take the tables for empty ones (-1: never analysed).
    assert estimated_rows("relations_searchentry") >= SearchEntry.objects.count() * 0.9
    assert estimated_rows("relations_city") >= City.objects.count() * 0.9


# The demo's drawn images, when their drawings change

FURTH_IMAGE = next(record for record in demo_data.IMAGES if record["file"].name == "demo-furth.jpg")


def media_files(settings):
    """Every file of the media folder with the time it was last written."""
    root = Path(settings.MEDIA_ROOT)
    return {path.relative_to(root): path.stat().st_mtime_ns for path in root.rglob("*") if path.is_file()}


def an_older_drawing():
    """A picture in place of Fürth's: the town hall's drawing as it might have been before."""
    return draw_illustration("city", ("#333333", "#999999"), "F")


def point_the_image_at(image, name, content):
    """The image's row names a stored file, with renditions made from it, as a former run left them."""
    stored = default_storage.save(name, ContentFile(content))
    Image.objects.filter(pk=image.pk).update(file=stored, renditions={})
    image.refresh_from_db()
    image.update_renditions()
    return stored


def test_a_second_run_writes_no_file(demo, settings):
    before = media_files(settings)
    assert any(name.name.startswith("demo-furth-") for name in before)
    run("load_demo")
    assert media_files(settings) == before


@pytest.mark.parametrize(
    "former_name",
    [
        f"images/2025/06/demo-furth-{digest(an_older_drawing())}.jpg",
        "images/2025/06/demo-furth.jpg",  # as the demo first named its images, without a digest
    ],
)
def test_a_second_run_draws_again_an_image_whose_drawing_changed(demo, former_name, django_capture_on_commit_callbacks):
    image = Image.objects.get(title=FURTH_IMAGE["title"])
    former = point_the_image_at(image, former_name, an_older_drawing())
    former_renditions = rendition_names(image.renditions)
    assert former_renditions and all(default_storage.exists(name) for name in former_renditions)

    with django_capture_on_commit_callbacks(execute=True):
        summary = run("load_demo")

    image.refresh_from_db()
    assert PurePosixPath(image.file.name).name == FURTH_IMAGE["file"].file_name
    with image.file.open("rb") as stored:
        assert stored.read() == FURTH_IMAGE["file"].drawing
    assert (image.width, image.height) == (1200, 675)
    # New renditions, made from the new drawing; the former ones are deleted.
    assert image.renditions["source"] == image.file.name
    assert not rendition_names(image.renditions) & former_renditions
    assert all(default_storage.exists(name) for name in rendition_names(image.renditions))
    assert not any(default_storage.exists(name) for name in former_renditions)
    # The former original stays, for the image's history.
    assert default_storage.exists(former)
    assert f"Images: 1 updated, {len(demo_data.IMAGES) - 1} unchanged" in summary
    assert run("load_demo")[-1] == "The demo content was already loaded: nothing changed."


@pytest.mark.parametrize(
    "editors_name",
    [
        "images/2026/01/pont-saint-etienne.jpg",
        # The demo's file downloaded, retouched and uploaded again under the name it was downloaded with.
        f"images/2026/01/demo-furth-{digest(an_older_drawing())}.jpg",
    ],
)
def test_an_image_an_editor_put_in_place_of_the_demos_is_left_alone(
    demo, editors_name, settings, django_capture_on_commit_callbacks
):
    image = Image.objects.get(title=FURTH_IMAGE["title"])
    editors_picture = draw_illustration("concert", ("#123456", "#654321"), "E")
    stored = point_the_image_at(image, editors_name, editors_picture)
    renditions = image.renditions
    files = media_files(settings)

    with django_capture_on_commit_callbacks(execute=True):
        summary = run("load_demo")

    image.refresh_from_db()
    assert image.file.name == stored
    with image.file.open("rb") as file:
        assert file.read() == editors_picture
    assert image.renditions == renditions
    assert media_files(settings) == files
    assert summary[-1] == "The demo content was already loaded: nothing changed."
