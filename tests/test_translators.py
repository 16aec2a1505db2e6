"""The translators' tools: the locale editor, reserved to translators and administrators,
whose saved catalogues take effect without a restart."""

import hashlib
import html
import os
import shutil
from pathlib import Path
from urllib.parse import urlencode

import polib
import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation
from django.utils.translation.reloader import translation_file_changed

from relations.middleware import forget_translated_addresses
from relations.models import Redirect
from tests.forms import form_data

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
    assert response.redirect_chain[-1][0] == "/de/admin/"
    html = response.content.decode()
    assert "Partner- und Freundschaftsstädte" not in html
    # Told why, in the admin's language.
    assert "Nur Übersetzer und Administratoren können die Übersetzungen der Oberfläche bearbeiten." in html


def test_administrators_may_open_the_locale_editor_too(client, editor):
    editor.groups.add(Group.objects.get(name="administrators"))
    client.force_login(editor)
    assert client.get(LOCALE_EDITOR, follow=True).status_code == 200


@pytest.fixture
def editable_locale(settings, tmp_path):
    """A copy of the catalogues for the test to change; the translations and translated addresses of
    the copy are forgotten afterwards."""
    copy = tmp_path / "locale"
    shutil.copytree(PROJECT / "locale", copy)
    settings.LOCALE_PATHS = [copy]
    translation_file_changed(None, file_path=copy / "de" / "LC_MESSAGES" / "django.mo")
    forget_translated_addresses()
    yield copy
    settings.LOCALE_PATHS = [PROJECT / "locale"]
    translation_file_changed(None, file_path=PROJECT / "locale" / "de" / "LC_MESSAGES" / "django.mo")
    forget_translated_addresses()


def as_the_editor_saves_it(catalogue):
    """Writes the catalogue and its compiled version, a little later than the one before."""
    catalogue.save()
    mo = Path(catalogue.fpath).with_suffix(".mo")
    catalogue.save_as_mofile(str(mo))
    stat = mo.stat()
    os.utime(mo, (stat.st_atime, stat.st_mtime + 5))


def test_a_saved_catalogue_takes_effect_on_the_next_request(client, editable_locale):
    assert "Partner- und Freundschaftsstädte" in client.get("/de/").content.decode()
    catalogue = polib.pofile(str(editable_locale / "de" / "LC_MESSAGES" / "django.po"))
    catalogue.find("Twin and partner cities").msgstr = "Städtepartnerschaften"
    as_the_editor_saves_it(catalogue)
    assert "Städtepartnerschaften" in client.get("/de/").content.decode()


def test_a_saved_address_part_takes_effect_without_a_restart(client, editable_locale, furth):
    assert client.get("/de/partnerstaedte/").status_code == 200
    with translation.override("de"):
        assert reverse("relations:city_list") == "/de/partnerstaedte/"
    catalogue = polib.pofile(str(editable_locale / "de" / "LC_MESSAGES" / "django.po"))
    catalogue.find("twin-cities/").msgstr = "staedtepartner/"
    as_the_editor_saves_it(catalogue)

    response = client.get("/de/staedtepartner/")
    assert response.status_code == 200
    assert "Fürth" in response.content.decode() and 'href="/de/staedtepartner/"' in response.content.decode()
    with translation.override("de"):
        assert reverse("relations:city_list") == "/de/staedtepartner/"
    assert client.get("/de/partnerstaedte/").status_code == 404
    assert client.get("/fr/villes-jumelees/").status_code == 200


def catalogue_path(locale, language="de"):
    return locale / language / "LC_MESSAGES" / "django.po"


def post_translation(client, locale, msgid, msgstr, language="de"):
    """Changes one translation in the locale editor's form, as a translator does: the form found by
    a search for the message, posted with every field as the page has it."""
    form = f"{LOCALE_EDITOR}files/project/{language}/0/?{urlencode({'query': msgid})}"
    data = form_data(client.get(form))
    entry = polib.pofile(str(catalogue_path(locale, language))).find(msgid)
    field = "m_" + hashlib.md5((entry.msgid + entry.msgstr + (entry.msgctxt or "")).encode()).hexdigest()
    assert field in data
    data[field] = msgstr
    return client.post(form, data, follow=True)


def test_a_translator_saves_a_translation_in_the_locale_editor(client, translator, editable_locale):
    client.force_login(translator)
    post_translation(client, editable_locale, "Twin and partner cities", "Städtepartnerschaften")
    assert polib.pofile(str(catalogue_path(editable_locale))).find("Twin and partner cities").msgstr == (
        "Städtepartnerschaften"
    )
    assert "Städtepartnerschaften" in client.get("/de/").content.decode()


@pytest.mark.parametrize(
    "msgid,msgstr,refusal",
    [
        (
            "charter of %(date)s",
            'Urkunde vom %(date)s<meta http-equiv="refresh" content="0;url=https://example.org/">',
            "Die Übersetzung von „charter of %(date)s“ darf kein HTML enthalten",
        ),
        (
            "View on site (%(language)s)",
            'Auf der <a href="https://example.org/">Website</a> ansehen (%(language)s)',
            "Die Übersetzung von „View on site (%(language)s)“ darf kein HTML enthalten",
        ),
        ("twin-cities/", "partnerstädte", "Der Adressteil „twin-cities/“ muss in derselben Form übersetzt werden"),
        (
            "View on site (%(language)s)",
            "Auf der Website ansehen (%(sprache)s)",
            "muss genau die Platzhalter des Originals enthalten: %(language)s",
        ),
        (
            "networks/",
            "partnerstaedte/",
            "Die Übersetzung des Adressteils „twin-cities/“ („partnerstaedte/“) überschneidet sich mit der Adresse "
            "„networks/“ („partnerstaedte/“)",
        ),
    ],
)
def test_the_locale_editor_refuses_a_translation_that_would_break_the_site(
    client, translator, editable_locale, msgid, msgstr, refusal
):
    client.force_login(translator)
    po_path = catalogue_path(editable_locale)
    before = po_path.read_bytes(), po_path.with_suffix(".mo").read_bytes()
    response = post_translation(client, editable_locale, msgid, msgstr)
    page = html.unescape(response.content.decode())
    assert refusal in page and "Nichts wurde gespeichert" in page
    assert msgstr in form_data(response).values()  # kept in the form, to correct it
    assert (po_path.read_bytes(), po_path.with_suffix(".mo").read_bytes()) == before


def test_the_locale_editor_lists_the_projects_catalogues_only(client, translator, editable_locale):
    client.force_login(translator)
    page = client.get(LOCALE_EDITOR, follow=True)
    listed = sorted(path for _app, path, _catalogue in sum((files for *_l, files in page.context["languages"]), []))
    assert listed == sorted(str(catalogue_path(editable_locale, code).resolve()) for code in ("de", "en", "fr"))
    assert "site-packages" not in page.content.decode()
    for other in ("all", "django", "third-party"):
        assert client.get(f"{LOCALE_EDITOR}files/{other}/").status_code == 404
        assert client.get(f"{LOCALE_EDITOR}files/{other}/de/0/").status_code == 404
    assert client.get(f"{LOCALE_EDITOR}files/project/de/1/").status_code == 404


def test_a_changed_address_part_sends_its_old_addresses_to_the_new_ones(client, translator, editable_locale, furth):
    client.force_login(translator)
    post_translation(client, editable_locale, "twin-cities/<slug:slug>/", "staedte/<slug:slug>/")
    post_translation(client, editable_locale, "twin-cities/", "staedte/")

    for old, new in [("/de/partnerstaedte/", "/de/staedte/"), ("/de/partnerstaedte/fuerth/", "/de/staedte/fuerth/")]:
        response = client.get(old, {"x": "1"}, follow=True)
        assert response.redirect_chain == [(f"{new}?x=1", 301)]
        assert response.status_code == 200 and "Fürth" in response.content.decode()
    assert client.get("/de/partnerstaedte/karte/").status_code == 200  # its own translation did not change
    assert client.get("/fr/villes-jumelees/furth/").status_code == 200
    assert list(Redirect.objects.values_list("old_path", "new_path", "prefix")) == [
        ("/de/partnerstaedte/", "/de/staedte/", True)
    ]


def test_a_prefix_redirect_never_hides_a_live_address(client, translator, editable_locale, furth):
    client.force_login(translator)
    post_translation(client, editable_locale, "twin-cities/", "staedte/")
    assert client.get("/de/partnerstaedte/")["Location"] == "/de/staedte/"
    # The city pages kept their address under the old part: they answer, the redirect stays out of the way.
    assert client.get("/de/partnerstaedte/fuerth/").status_code == 200

    # Back to the old translation: the old part is live again, the new one leads back to it.
    post_translation(client, editable_locale, "twin-cities/", "partnerstaedte/")
    assert client.get("/de/partnerstaedte/").status_code == 200
    assert client.get("/de/staedte/")["Location"] == "/de/partnerstaedte/"
    assert list(Redirect.objects.values_list("old_path", "new_path")) == [("/de/staedte/", "/de/partnerstaedte/")]


def test_an_address_part_left_untranslated_redirects_to_the_one_served_instead(
    client, translator, editable_locale, furth
):
    client.force_login(translator)
    # An empty translation: German readers get the French address part, as for any other message.
    post_translation(client, editable_locale, "twin-cities/", "")
    assert client.get("/de/partnerstaedte/")["Location"] == "/de/villes-jumelees/"
    assert client.get("/de/villes-jumelees/").status_code == 200
    post_translation(client, editable_locale, "twin-cities/", "", language="en")
    assert client.get("/en/twin-cities/").status_code == 200
    assert Redirect.objects.count() == 1


def test_a_refused_or_unchanged_address_part_records_no_redirect(client, translator, editable_locale):
    client.force_login(translator)
    post_translation(client, editable_locale, "twin-cities/", "partnerstädte")  # refused: not in slug characters
    post_translation(client, editable_locale, "Twin and partner cities", "Städtepartnerschaften")
    post_translation(client, editable_locale, "twin-cities/<slug:slug>/", "partnerstaedte/<slug:slug>/")
    assert not Redirect.objects.exists()


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
    # A word diff, field names in the admin's language, not difflib's "- / + / ?" lines.
    assert 'title="removed">Bavière</del>' in html and 'title="added">Franconie</ins>' in html
    assert "<strong>Summary</strong>" in html and "- Ville jumelle" not in html
    cities = next(row for row in response.context["rows"] if str(row["name"]) == "cities")
    german = cities["languages"][0]
    assert (german["name"], german["missing"], german["outdated"], german["current"]) == ("German", 1, 1, 0)


def test_a_staff_member_without_a_role_cannot_open_the_status_page(client, editor):
    client.force_login(editor)
    assert client.get(STATUS_PAGE).status_code == 403


def test_editors_read_the_status_page_but_import_nothing(client, staff_member, furth):
    client.force_login(staff_member("editors"))
    page = client.get(STATUS_PAGE)
    assert page.status_code == 200 and "/en/admin/translations/import/" not in page.content.decode()
    assert client.post("/en/admin/translations/import/").status_code == 403


def test_the_status_page_counts_lead_to_the_admin_list_filtered(client, translator, furth, seto):
    client.force_login(translator)
    page = client.get(STATUS_PAGE).content.decode()
    assert '<a href="/en/admin/relations/city/?translation_de=missing">1</a>' in page
    listed = client.get("/en/admin/relations/city/?translation_de=missing")
    assert [str(city) for city in listed.context["cl"].result_list] == ["Seto"]


def test_the_status_page_needs_a_staff_member(client, django_user_model):
    client.force_login(django_user_model.objects.create_user("visitor", password="unused-in-tests"))
    assert client.get(STATUS_PAGE).status_code == 302


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
