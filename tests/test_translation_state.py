"""One definition of a translation's state (missing, outdated, current), the same on the public pages,
the sitemap, the status page, the admin lists and the PO export; the French each translation was made from."""

import importlib
import json

import pytest
from django.apps import apps
from django.contrib.admin.models import LogEntry
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from relations.content_translation import export_catalogue, field_states, record_translation, snapshot_translations
from relations.models import Article, City, PublicationStatus, TranslationRecord
from tests.addresses import sitemap_xml
from tests.forms import form_data

pytestmark = pytest.mark.django_db

STATUS_PAGE = "/en/admin/translations/"


def change_url(obj, language="fr"):
    return f"/{language}/admin/relations/{obj._meta.model_name}/{obj.pk}/change/"


def pending(client, obj, language):
    """The states the status page lists the object with, in the language (by its English name)."""
    return {
        item["state"]
        for item in client.get(STATUS_PAGE).context["pending"]
        if item["object"] == obj and item["language"] == language
    }


@pytest.fixture
def titled_only(article):
    """A French article of which only the title was translated into German."""
    return Article.objects.create(
        category=article.category,
        title_fr="Les lycéens de Fürth à Limoges",
        title_de="Fürther Schüler in Limoges",
        slug_fr="lyceens-de-furth",
        summary_fr="Un échange scolaire de deux semaines.",
        body_fr="<p>Vingt lycéens ont découvert la ville.</p>",
        status=PublicationStatus.PUBLISHED,
    )


def test_a_title_alone_is_no_translation_anywhere(client, admin_user, titled_only):
    assert not titled_only.is_translated("de") and titled_only.translated_languages() == ["fr"]

    with translation.override("de"):
        german_page = client.get(titled_only.get_absolute_url()).content.decode()
    head = german_page.split("</head>")[0]
    assert 'hreflang="fr"' in head and 'hreflang="de"' not in head

    sitemap = sitemap_xml(client)
    with translation.override("fr"):
        french_address = titled_only.get_absolute_url()
    entry = next(url for url in sitemap.split("<url>") if f"{french_address}</loc>" in url)
    assert 'hreflang="fr"' in entry and 'hreflang="de"' not in entry

    client.force_login(admin_user)
    assert pending(client, titled_only, "German") == {"missing"}
    listed = client.get("/en/admin/relations/article/?translation_de=missing").context["cl"].result_list
    assert titled_only in listed


def test_an_emptied_editor_and_the_address_do_not_count(article):
    assert article.is_translated("de")
    article.body_de = "<p>&nbsp;</p>"
    assert not article.is_translated("de")
    article.body_de, article.slug_de = "<p>Deutscher Text.</p>", ""
    assert article.is_translated("de")  # an untranslated address uses the French one
    article.body_fr = article.body_de = ""
    assert article.is_translated("de")  # nothing to translate


def test_the_demos_translations_become_outdated_when_their_french_changes(demo, admin_client):
    article = Article.objects.exclude(summary_de="").order_by("pk").first()
    assert field_states(article, "de")["summary"] == "current"
    before = article.summary_fr
    Article.objects.filter(pk=article.pk).update(summary_fr="Un tout autre résumé en français.")
    article.refresh_from_db()

    assert field_states(article, "de")["summary"] == "outdated" and field_states(article, "en")["summary"] == "outdated"
    assert article.is_translated("de")  # outdated still is translated
    assert pending(admin_client, article, "German") == {"outdated"}

    catalogue = export_catalogue("de")
    entry = next(e for e in catalogue if e.msgctxt == f"relations.article:{article.pk}:summary")
    assert entry.fuzzy and entry.previous_msgid == before
    assert f'#| msgid "{before}"' in str(catalogue)
    untouched = next(e for e in catalogue if e.msgctxt == f"relations.article:{article.pk}:title")
    assert not untouched.fuzzy and not untouched.previous_msgid


def test_field_states_reads_the_records_in_one_query(furth):
    record_translation(furth, "summary", "de")
    with CaptureQueriesContext(connection) as queries:
        states = field_states(furth, "de")
    assert len(queries) == 1
    assert states == {"name": "current", "summary": "current"}  # no region nor body in French; no slug


def laid_out_anew(html):
    """A body as the rich-text editor posts it back: the same text, other newlines and indentation."""
    return "\r\n" + html.replace("><", ">\r\n  <").replace("</p>", "\r\n</p>") + "\n"


def post_change_form(client, obj, **changes):
    url = change_url(obj)
    data = form_data(client.get(url), f"{obj._meta.model_name}_form")
    data.update(changes)
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    return response


@pytest.fixture
def translated_body(article):
    """The article's German and English bodies, tracked against their French."""
    Article.objects.filter(pk=article.pk).update(
        body_de="<p>Deutscher Text.</p><ul><li>Eins</li><li>Zwei</li></ul>",
        body_en="<p>English text.</p><ul><li>One</li><li>Two</li></ul>",
    )
    article.refresh_from_db()
    snapshot_translations()
    return article


def test_an_editor_saving_the_french_leaves_the_translations_as_they_were(admin_client, translated_body):
    article = translated_body
    stored = {code: getattr(article, f"body_{code}") for code in ("de", "en")}
    records = {r.pk: (r.source_hash, r.translated_at) for r in TranslationRecord.objects.filter(object_id=article.pk)}

    post_change_form(
        admin_client,
        article,
        body_fr="<p>Texte français, revu par la rédaction.</p>",
        body_de=laid_out_anew(stored["de"]),
        body_en=laid_out_anew(stored["en"]),
    )

    article.refresh_from_db()
    assert {code: getattr(article, f"body_{code}") for code in ("de", "en")} == stored
    assert {
        r.pk: (r.source_hash, r.translated_at) for r in TranslationRecord.objects.filter(object_id=article.pk)
    } == records
    assert field_states(article, "de")["body"] == "outdated" and field_states(article, "en")["body"] == "outdated"
    assert pending(admin_client, article, "German") == {"outdated"}
    changed = json.loads(LogEntry.objects.latest("action_time").change_message)[0]["changed"]["fields"]
    assert any("[fr]" in name for name in changed)
    assert not any("[de]" in name or "[en]" in name for name in changed)


def test_a_translators_change_is_made_from_the_french_of_now(client, staff_member, translated_body):
    article = translated_body
    Article.objects.filter(pk=article.pk).update(body_fr="<p>Texte français, revu par la rédaction.</p>")
    article.refresh_from_db()
    assert field_states(article, "de")["body"] == "outdated"

    client.force_login(staff_member("translators"))
    page = client.get(change_url(article)).content.decode()
    # Beside the German body: the French it translates, and what changed in it since.
    assert "Texte français, revu par la rédaction." in page and 'title="ajouté">, revu par la rédaction</ins>' in page

    post_change_form(client, article, body_de="<p>Deutscher Text, von der Redaktion überarbeitet.</p>")
    article.refresh_from_db()
    record = TranslationRecord.objects.get(object_id=article.pk, field="body", language="de")
    assert record.source_text == article.body_fr
    assert field_states(article, "de")["body"] == "current" and field_states(article, "en")["body"] == "outdated"


def test_the_migration_records_the_french_of_every_existing_translation(furth, seto):
    migration = importlib.import_module("relations.migrations.0009_translation_snapshots")
    TranslationRecord.objects.all().delete()
    # A record fingerprinted from the text as stored, before texts were compared normalised.
    record_translation(furth, "name", "de")
    TranslationRecord.objects.filter(field="name").update(source_hash="fingerprint of the stored text")

    migration.snapshot_existing_translations(apps, None)

    recorded = set(TranslationRecord.objects.values_list("object_id", "field", "language", "source_text"))
    assert recorded == {
        (furth.pk, field, code, getattr(furth, f"{field}_fr"))
        for field in ("name", "slug", "summary")
        for code in ("de", "en")
    }
    assert field_states(furth, "de") == {"name": "current", "summary": "current"}
    City.objects.filter(pk=furth.pk).update(summary_fr="Ville jumelle en Franconie depuis 1992.")
    furth.refresh_from_db()
    assert field_states(furth, "de")["summary"] == "outdated"
    migration.snapshot_existing_translations(apps, None)  # run again: nothing more, nothing reset
    assert TranslationRecord.objects.count() == len(recorded) and field_states(furth, "de")["summary"] == "outdated"


def test_the_admin_lists_show_the_states_with_one_query_for_the_records(admin_client, furth, seto):
    def list_page():
        with CaptureQueriesContext(connection) as queries:
            response = admin_client.get("/en/admin/relations/city/")
        return response, len(queries)

    response, few = list_page()
    page = response.content.decode()
    assert '<td class="field-translation_state_de">missing</td>' in page
    assert '<td class="field-translation_state_de">current</td>' in page
    for number in range(5):
        City.objects.create(
            name_fr=f"Ville {number}", slug_fr=f"ville-{number}", summary_fr="Une ville.", kind="twin", country="FR"
        )
    assert list_page()[1] == few
    outdated = admin_client.get("/en/admin/relations/city/?translation_de=current").context["cl"].result_list
    assert list(outdated) == [furth]
