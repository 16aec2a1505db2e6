"""Content translation in PO files: export, edit, import, on every content type."""

import io

import polib
import pytest
from django.core.management import CommandError, call_command
from django.utils.text import slugify
from modeltranslation.translator import translator

from relations.content_translation import export_catalogue, import_catalogue, translated_models
from relations.models import City, Network, TranslationRecord
from relations.models.translation_records import translatable_fields

pytestmark = pytest.mark.django_db


def german_columns():
    """Every German column of every translatable row: what an import may change."""
    rows = {}
    for model in translated_models():
        columns = [f"{name}_de" for name in translator.get_options_for_model(model).fields]
        rows[model.__name__] = list(model.objects.order_by("pk").values_list("pk", *columns))
    return rows


def forget_german(model):
    """Empties the German text of the first object of a type, as if it had never been translated."""
    obj = model.objects.order_by("pk").first()
    for name in translator.get_options_for_model(model).fields:
        setattr(obj, f"{name}_de", "" if model._meta.get_field(f"{name}_de").empty_strings_allowed else None)
    obj.save()
    return obj


def export_to(path, language="de"):
    call_command("export_translations", language=language, output=str(path), stdout=io.StringIO())
    return polib.pofile(str(path))


def test_export_translate_import_round_trip_on_every_content_type(demo, tmp_path):
    forgotten = {model: forget_german(model) for model in translated_models()}
    catalogue = export_to(tmp_path / "de.po")
    for entry in catalogue:
        if not entry.msgstr:
            field_name = entry.msgctxt.split(":")[2]
            if field_name == "slug":
                entry.msgstr = slugify(f"de {entry.msgid}")[:40]
            elif field_name == "link":
                entry.msgstr = entry.msgid.replace("/fr/", "/de/")
            else:
                entry.msgstr = f"DE {entry.msgid}"
    catalogue.save(str(tmp_path / "de.po"))
    output = io.StringIO()
    call_command("import_translations", str(tmp_path / "de.po"), stdout=output)
    for model, obj in forgotten.items():
        obj.refresh_from_db()
        for name in translatable_fields(model):  # texts: a document's German file is uploaded, not translated
            french = getattr(obj, f"{name}_fr")
            if french:
                german = getattr(obj, f"{name}_de")
                assert german and german != french and german.startswith(("DE", "de-", "/de/", "<p>DE")), (model, name)
    assert "changed" in output.getvalue()
    assert TranslationRecord.objects.filter(language="de").exists()


def test_a_french_change_makes_the_translation_outdated_and_its_old_entry_stale(demo, tmp_path):
    furth = City.objects.get(slug_fr="furth")
    catalogue = export_to(tmp_path / "de.po")
    entry = next(e for e in catalogue if e.msgctxt == f"relations.city:{furth.pk}:summary")
    entry.msgstr = "Neue Übersetzung der Zusammenfassung."
    catalogue.save(str(tmp_path / "de.po"))
    call_command("import_translations", str(tmp_path / "de.po"), stdout=io.StringIO())
    assert City.objects.get(pk=furth.pk).summary_de == "Neue Übersetzung der Zusammenfassung."

    City.objects.filter(pk=furth.pk).update(summary_fr="Un nouveau résumé en français.")
    fresh = export_catalogue("de")
    fresh_entry = next(e for e in fresh if e.msgctxt == f"relations.city:{furth.pk}:summary")
    assert fresh_entry.fuzzy  # the translator sees at once that the French moved on

    entry.msgstr = "Noch eine Übersetzung."
    catalogue.save(str(tmp_path / "de.po"))
    errors = io.StringIO()
    call_command("import_translations", str(tmp_path / "de.po"), stdout=io.StringIO(), stderr=errors)
    assert "le texte français a changé" in errors.getvalue()
    assert City.objects.get(pk=furth.pk).summary_de == "Neue Übersetzung der Zusammenfassung."


def test_a_malformed_file_changes_nothing(demo, tmp_path):
    before = german_columns()
    (tmp_path / "broken.po").write_bytes(b'msgid "unterminated\n\xff\xfe garbage')
    with pytest.raises(CommandError):
        call_command("import_translations", str(tmp_path / "broken.po"), language="de")
    assert german_columns() == before


def test_one_invalid_translation_cancels_the_whole_import(demo, tmp_path):
    before = german_columns()
    catalogue = export_to(tmp_path / "de.po")
    unic = Network.objects.get(acronym="UNIC")
    furth = City.objects.get(slug_fr="furth")
    for entry in catalogue:
        if entry.msgctxt == f"relations.network:{unic.pk}:summary":
            entry.msgstr = "Eine gültige neue Zusammenfassung."
        if entry.msgctxt == f"relations.city:{furth.pk}:slug":
            entry.msgstr = City.objects.exclude(pk=furth.pk).first().slug_de  # taken in German
    catalogue.save(str(tmp_path / "de.po"))
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_translations", str(tmp_path / "de.po"), stdout=io.StringIO(), stderr=io.StringIO())
    assert german_columns() == before


def test_unknown_entries_are_reported_and_rich_text_is_sanitised(demo, tmp_path):
    furth = City.objects.get(slug_fr="furth")
    catalogue = polib.POFile()
    catalogue.metadata = {"Language": "de", "Content-Type": "text/plain; charset=UTF-8"}
    catalogue.append(polib.POEntry(msgctxt="relations.city:999999:summary", msgid="x", msgstr="y"))
    catalogue.append(polib.POEntry(msgctxt="relations.nothing:1:title", msgid="x", msgstr="y"))
    catalogue.append(
        polib.POEntry(
            msgctxt=f"relations.city:{furth.pk}:body",
            msgid=furth.body_fr,
            msgstr='<p onclick="alert(1)">Text<script>alert(2)</script> <a href="javascript:alert(3)">Link</a></p>',
        )
    )
    report = import_catalogue(catalogue, "de")
    assert len(report.unknown) == 2
    body = City.objects.get(pk=furth.pk).body_de
    assert "Text" in body and "script" not in body and "onclick" not in body and "javascript" not in body


def test_french_is_not_a_target_language(tmp_path):
    with pytest.raises(CommandError):
        call_command("export_translations", language="fr", output=str(tmp_path / "fr.po"))


def test_a_translation_edited_in_the_admin_is_recorded_against_its_french_source(admin_client, furth):
    from tests.forms import form_data

    url = f"/fr/admin/relations/city/{furth.pk}/change/"
    data = form_data(admin_client.get(url), "city_form")
    data.update(summary_de="Von Hand übersetzt.")
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    record = TranslationRecord.objects.get(object_id=furth.pk, field="summary", language="de")
    assert record.source_text == furth.summary_fr
    assert not TranslationRecord.objects.filter(object_id=furth.pk, field="name").exists()  # unchanged fields
