"""The translators' tools: the locale editor, reserved to translators and administrators,
whose saved catalogues take effect without a restart."""

import shutil
from pathlib import Path

import polib
import pytest
from django.contrib.auth.models import Group
from django.utils.translation.reloader import translation_file_changed

pytestmark = pytest.mark.django_db
PROJECT = Path(__file__).resolve().parent.parent
LOCALE_EDITOR = "/de/admin/translations/catalogues/"


@pytest.fixture
def translator(django_user_model):
    user = django_user_model.objects.create_user("ute", password="x", is_staff=True)
    user.groups.add(Group.objects.get(name="translators"))
    return user


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user("eric", password="x", is_staff=True)


def test_a_translator_opens_the_locale_editor_on_the_sites_catalogues(client, translator):
    client.force_login(translator)
    response = client.get(LOCALE_EDITOR, follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert "locale/de/LC_MESSAGES/django.po" in html or "Deutsch" in html or "German" in html
    catalogue = client.get(LOCALE_EDITOR + "files/project/de/0/", {"query": "Twin and partner cities"})
    assert catalogue.status_code == 200
    assert "Partner- und Freundschaftsstädte" in catalogue.content.decode()


def test_an_editor_who_is_not_a_translator_cannot_open_the_locale_editor(client, editor):
    client.force_login(editor)
    response = client.get(LOCALE_EDITOR, follow=True)
    assert any(url.startswith("/de/admin/login/") for url, _status in response.redirect_chain)
    assert "Partner- und Freundschaftsstädte" not in response.content.decode()


def test_administrators_may_open_the_locale_editor_too(client, editor):
    editor.groups.add(Group.objects.get(name="administrators"))
    client.force_login(editor)
    assert client.get(LOCALE_EDITOR, follow=True).status_code == 200


@pytest.fixture
def editable_locale(settings, tmp_path):
    copy = tmp_path / "locale"
    shutil.copytree(PROJECT / "locale", copy)
    settings.LOCALE_PATHS = [copy]
    translation_file_changed(None, file_path=copy / "de" / "LC_MESSAGES" / "django.mo")
    yield copy
    settings.LOCALE_PATHS = [PROJECT / "locale"]
    translation_file_changed(None, file_path=PROJECT / "locale" / "de" / "LC_MESSAGES" / "django.mo")


def test_a_saved_catalogue_takes_effect_on_the_next_request(client, editable_locale):
    assert "Partner- und Freundschaftsstädte" in client.get("/de/").content.decode()
    po_path = editable_locale / "de" / "LC_MESSAGES" / "django.po"
    catalogue = polib.pofile(str(po_path))
    catalogue.find("Twin and partner cities").msgstr = "Städtepartnerschaften"
    catalogue.save()
    catalogue.save_as_mofile(str(po_path.with_suffix(".mo")))
    mo = po_path.with_suffix(".mo")
    stat = mo.stat()
    import os

    os.utime(mo, (stat.st_atime, stat.st_mtime + 5))  # as the editor's save would
    assert "Städtepartnerschaften" in client.get("/de/").content.decode()


STATUS_PAGE = "/en/admin/translations/"


def test_the_status_page_shows_missing_and_outdated_translations_with_the_french_diff(client, translator, furth, seto):
    from relations.content_translation import record_translation
    from relations.models import City

    record_translation(furth, "summary", "de")
    City.objects.filter(pk=furth.pk).update(summary_fr="Ville jumelle en Franconie depuis 1992.")
    client.force_login(translator)
    response = client.get(STATUS_PAGE)
    assert response.status_code == 200
    pending = {(str(item["object"]), item["language"], item["state"]) for item in response.context["pending"]}
    assert ("Seto", "German", "missing") in pending and ("Seto", "English", "missing") in pending
    assert ("Fürth", "German", "outdated") in pending
    html = response.content.decode()
    assert "- Ville jumelle en Bavière depuis 1992." in html and "+ Ville jumelle en Franconie depuis 1992." in html
    cities = next(row for row in response.context["rows"] if str(row["name"]) == "cities")
    assert cities["languages"][0] == {"name": "German", "missing": 1, "outdated": 1, "current": 0}


def test_an_editor_who_is_not_a_translator_cannot_open_the_status_page(client, editor):
    client.force_login(editor)
    assert client.get(STATUS_PAGE).status_code == 403


def test_translators_export_and_import_content_from_the_admin(client, translator, furth):
    from relations.models import City

    client.force_login(translator)
    exported = client.get("/fr/admin/translations/export/en/")
    assert exported["Content-Disposition"] == 'attachment; filename="content-en.po"'
    catalogue = polib.pofile(exported.content.decode())
    entry = next(e for e in catalogue if e.msgctxt == f"relations.city:{furth.pk}:summary")
    entry.msgstr = "A twin city in Franconia."
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("en.po", str(catalogue).encode(), content_type="text/x-gettext-translation")
    response = client.post("/fr/admin/translations/import/", {"language": "en", "file": upload}, follow=True)
    assert "1 texte(s) modifié(s)" in response.content.decode()
    assert City.objects.get(pk=furth.pk).summary_en == "A twin city in Franconia."

    garbage = SimpleUploadedFile("en.po", b'msgid "broken\n\xff', content_type="text/plain")
    response = client.post("/de/admin/translations/import/", {"language": "en", "file": garbage}, follow=True)
    assert "Diese Datei kann nicht als PO-Datei gelesen werden." in response.content.decode()
    assert City.objects.get(pk=furth.pk).summary_en == "A twin city in Franconia."


def test_the_admin_index_leads_translators_to_their_pages(client, staff_member):
    client.force_login(staff_member("translators"))
    page = client.get("/de/admin/").content.decode()
    assert 'href="/de/admin/translations/"' in page and "/de/admin/translations/catalogues/" in page
    client.force_login(staff_member("editors", "eva"))
    assert 'href="/de/admin/translations/"' not in client.get("/de/admin/").content.decode()
