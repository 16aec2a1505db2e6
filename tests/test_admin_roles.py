"""Translators change the German and English texts of existing content and nothing else, whichever
admin page their request comes from; publishers (editors who may also publish) do everything through the same pages."""

import datetime
import io

import polib
import pytest
import reversion
from django.conf import settings
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from modeltranslation.translator import translator
from PIL import Image as PillowImage
from reversion.models import Version

from relations.admin import OneRecordAdmin, refuse_source_changes, translation_field_names
from relations.demo_data.documents import pdf
from relations.models import (
    AccessibilityStatement,
    Article,
    ArticleCategory,
    Association,
    ContactDetails,
    Document,
    Event,
    Image,
    KeyFigure,
    MenuEntry,
    Page,
    PublicationStatus,
    SolidarityProject,
    Subsidy,
)
from tests.forms import form_data

pytestmark = pytest.mark.django_db

# The admins of translated content: what translators may partly change.
ADMINS = {
    model: model_admin
    for model, model_admin in admin.site._registry.items()
    if model._meta.app_label == "relations" and model in translator.get_registered_models()
}
# Every view a model's admin has: the walk below must say what it does with each.
WALKED_VIEWS = {"changelist", "add", "change", "delete", "history", "revision", "recoverlist", "recover", "compare"}
SOURCE = settings.LANGUAGE_CODE


def png(colour="teal"):
    picture = io.BytesIO()
    PillowImage.new("RGB", (40, 30), colour).save(picture, "PNG")
    return picture.getvalue()


@pytest.fixture
def content(article, unic, association):
    """One item of each kind of content, each with a saved version, and one deleted item of each kind
    (what the history's "recover" brings back)."""
    image = Image.objects.create(
        title="Pont", file=ContentFile(png(), name="pont.png"), alt_text_fr="Le pont", alt_text_de="Die Brücke"
    )
    project = SolidarityProject.objects.create(
        title_fr="Puits au Burkina",
        slug_fr="puits",
        summary_fr="Un puits.",
        country="BF",
        start_year=2020,
        theme="water",
    )
    Subsidy.objects.create(
        association=association, year=2024, amount=1500, purpose_fr="Échanges", purpose_de="Austausch"
    )
    Event.objects.create(
        title_fr="Concert",
        slug_fr="concert",
        summary_fr="Le concert.",
        venue_fr="Opéra",
        starts_at=timezone.now() + datetime.timedelta(days=30),
        status=PublicationStatus.PUBLISHED,
    )
    for position, label in enumerate(["villes jumelles", "associations"]):
        KeyFigure.objects.create(value=str(5 + position), label_fr=label, position=position, status="published")
    Page.objects.create(title_fr="Relations internationales", slug_fr="accueil", summary_fr="La section.")
    document = Document(title_fr="Charte", title_de="Urkunde", slug_fr="charte", summary_fr="La charte.")
    document.file_fr.save("charte.pdf", ContentFile(pdf("Charte", ["Signée en 1992."])), save=False)
    document.save()
    AccessibilityStatement.objects.create(title_fr="Déclaration d'accessibilité", conformity="partial")
    ContactDetails.objects.create(
        title_fr="Contact",
        office_fr="Relations internationales",
        street_address="Place Léon-Betoulle",
        postal_code="87031",
        locality="Limoges",
    )
    MenuEntry.objects.create(menu="main", list_name="relations:city_list")
    for model in ADMINS:
        for obj in model._default_manager.all():
            with reversion.create_revision():
                obj.save()
        spare = model._default_manager.order_by("pk").first()
        if model is Page:
            spare.parent_id = spare.pk  # the section has one home page only
        spare.pk = spare.id = None
        spare._state.adding = True
        for field in spare._meta.concrete_fields:
            if isinstance(field, models.SlugField) and getattr(spare, field.attname):
                setattr(spare, field.attname, getattr(spare, field.attname) + "-copie")
        if model is Image:
            spare.file = ContentFile(png("red"), name="copie.png")
        with reversion.create_revision():
            spare.save()
        spare.delete()
    return {"image": image, "project": project}


def protected_state():
    """Everything of the relations app but the German and English texts (and the "last modified" times)."""
    state = {}
    for model in ADMINS:
        translated = translation_field_names(model)
        # The untranslated name of a translated field stands for the active language's column.
        originals = set(translator.get_options_for_model(model).fields)
        columns = [
            field.attname
            for field in model._meta.concrete_fields
            if field.attname not in translated | originals and not getattr(field, "auto_now", False)
        ]
        state[model._meta.label] = list(model._default_manager.order_by("pk").values_list(*columns))
        for field in model._meta.many_to_many:
            through = field.remote_field.through
            state[through._meta.label] = sorted(
                through.objects.values_list(*[column.attname for column in through._meta.concrete_fields])
            )
    return state


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


def url(model, view, *args, language="fr"):
    with translation.override(language):
        return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def source_column(field_name):
    return f"{field_name}_{SOURCE}"


def rewritten_source(model, obj, data):
    """The change form's data with every French text, the status, the publication time and the
    position changed: what a translator must not be able to change."""
    data = dict(data)
    for field_name in translator.get_options_for_model(model).fields:
        field = model._meta.get_field(source_column(field_name))
        if isinstance(field, models.SlugField):
            value = f"pirate-{obj.pk}"
        elif isinstance(field, models.URLField):
            value = "https://example.org/pirate"
        else:
            value = "/pirate"
        data[source_column(field_name)] = f"<p>{value}</p>" if "body" in field_name else value
    if hasattr(obj, "status"):
        data["status"] = "draft" if obj.status == "published" else "published"
        data["publish_from_0"], data["publish_from_1"] = "01/01/2031", "10:00:00"
    if hasattr(obj, "position"):
        data["position"] = str(obj.position + 7)
    return data


def first_translated_column(model, language="de"):
    """The column of the text that names the item, in the language."""
    fields = translator.get_options_for_model(model).fields
    name = next(field for field in ("title", "name", "label", "purpose", "alt_text") if field in fields)
    return f"{name}_{language}"


def test_the_walk_knows_every_view_of_the_relations_admin():
    for model, model_admin in ADMINS.items():
        prefix = f"{model._meta.app_label}_{model._meta.model_name}_"
        views = {pattern.name.removeprefix(prefix) for pattern in model_admin.get_urls() if pattern.name}
        # The image library and the rich-text editor's list of links are walked on their own; the page
        # tree's script catalogue (django-treebeard) reads nothing of the request but its language.
        assert views - {"library", "relations_link_library", "javascript-catalog"} == WALKED_VIEWS, model


def autocomplete_requests(model):
    """The autocompletion lookups that the model's change form makes."""
    for field_name in ADMINS[model].autocomplete_fields:
        yield {"app_label": model._meta.app_label, "model_name": model._meta.model_name, "field_name": field_name}


@pytest.mark.slow  # every admin page of every model
@pytest.mark.parametrize("model", list(ADMINS), ids=lambda model: model._meta.model_name)
def test_a_translator_changes_only_german_and_english_from_any_admin_page(model, content, staff_member):
    editor, translator_client = logged_in(staff_member("publishers")), logged_in(staff_member("translators"))
    obj = model._default_manager.order_by("pk").first()
    german = first_translated_column(model)

    # Two versions in the history: the French and the status of the older one differ from today's.
    data = form_data(editor.get(url(model, "change", obj.pk)), f"{model._meta.model_name}_form")
    response = editor.post(url(model, "change", obj.pk), {**data, german: "Alte Übersetzung"})
    assert response.status_code == 302, response.context["adminform"].form.errors
    obj.refresh_from_db()
    data = rewritten_source(
        model, obj, form_data(editor.get(url(model, "change", obj.pk)), f"{model._meta.model_name}_form")
    )
    assert editor.post(url(model, "change", obj.pk), {**data, german: "Neue Übersetzung"}).status_code == 302
    newer, older = Version.objects.get_for_object(obj)[:2]
    deleted = Version.objects.get_deleted(model).first()
    assert deleted is not None

    obj.refresh_from_db()
    before = protected_state()
    everything = list(model._default_manager.values_list("pk", flat=True))
    changelist = url(model, "changelist", language="de")
    translator_data = form_data(
        translator_client.get(url(model, "change", obj.pk, language="de")), f"{model._meta.model_name}_form"
    )
    assert german in translator_data, "the translator's form offers the German text"
    requests = [
        ("changelist", "get", changelist, {}),
        ("add", "get", url(model, "add", language="de"), {}),
        ("add", "post", url(model, "add", language="de"), rewritten_source(model, obj, data)),
        ("change", "get", url(model, "change", obj.pk, language="de"), {}),
        ("change", "post", url(model, "change", obj.pk, language="de"), rewritten_source(model, obj, translator_data)),
        ("delete", "get", url(model, "delete", obj.pk, language="de"), {}),
        ("delete", "post", url(model, "delete", obj.pk, language="de"), {"post": "yes"}),
        ("history", "get", url(model, "history", obj.pk, language="de"), {}),
        (
            "compare",
            "get",
            url(model, "compare", obj.pk, language="de"),
            {"version_id1": older.pk, "version_id2": newer.pk},
        ),
        ("revision", "get", url(model, "revision", obj.pk, older.pk, language="de"), {}),
        ("recoverlist", "get", url(model, "recoverlist", language="de"), {}),
        ("recover", "get", url(model, "recover", deleted.pk, language="de"), {}),
        ("recover", "post", url(model, "recover", deleted.pk, language="de"), {}),
    ]
    if ADMINS[model].list_editable:
        listed = form_data(editor.get(changelist), "changelist-form")
        for name in list(listed):
            if name.endswith(tuple(ADMINS[model].list_editable)):
                listed[name] = str(int(listed[name]) + 7)
        requests.append(("changelist", "post", changelist, {**listed, "_save": "Sichern"}))
    for action in ADMINS[model].get_actions(editor.get(changelist).wsgi_request):
        requests.append(
            ("changelist", "post", changelist, {"action": action, "_selected_action": everything, "post": "yes"})
        )
    for query in (query for owner in ADMINS for query in autocomplete_requests(owner)):
        if query["model_name"] == model._meta.model_name:
            requests.append(("autocomplete", "get", reverse("admin:autocomplete"), {**query, "term": ""}))
            requests.append(("autocomplete", "post", reverse("admin:autocomplete"), query))
    if model is Image:
        requests.append(("library", "get", reverse("admin:relations_image_library"), {}))
    if model is Document:
        requests.append(("library", "get", reverse("admin:relations_link_library"), {}))

    walked = set()
    for view, method, address, payload in requests:
        response = getattr(translator_client, method)(address, payload)
        walked.add(view)
        assert response.status_code in (200, 302, 403, 405), (view, method, response.status_code)
        assert protected_state() == before, f"{method} {address} changed what a translator may not change"
        assert list(model._default_manager.values_list("pk", flat=True)) == everything, (view, method)
    assert WALKED_VIEWS <= walked

    # The revert the translator sees offers the older German text, and saving it restores only that.
    revert = translator_client.get(url(model, "revision", obj.pk, older.pk, language="de"))
    assert "Nur die deutschen und englischen Texte dieser Version" in revert.content.decode()
    reverted = form_data(revert, f"{model._meta.model_name}_form")
    assert reverted[german] == "Alte Übersetzung"
    assert translator_client.post(url(model, "revision", obj.pk, older.pk, language="de"), reverted).status_code == 302
    assert protected_state() == before
    obj.refresh_from_db()
    assert getattr(obj, german) == "Alte Übersetzung"


@pytest.mark.slow  # every admin page of every model
@pytest.mark.parametrize("model", list(ADMINS), ids=lambda model: model._meta.model_name)
def test_a_publisher_does_all_of_it_through_the_same_pages(model, content, staff_member):
    editor = logged_in(staff_member("publishers"))
    obj = model._default_manager.order_by("pk").first()
    form_id = f"{model._meta.model_name}_form"
    french = source_column(first_translated_column(model).rsplit("_", 1)[0])
    original = getattr(obj, french)
    changelist = url(model, "changelist")

    data = rewritten_source(model, obj, form_data(editor.get(url(model, "change", obj.pk)), form_id))
    assert editor.post(url(model, "change", obj.pk), data).status_code == 302
    obj.refresh_from_db()
    assert getattr(obj, french) != original
    if hasattr(obj, "status"):
        assert obj.status == data["status"]
        action = "publish" if obj.status == "draft" else "unpublish"
        editor.post(changelist, {"action": action, "_selected_action": [obj.pk]})
        obj.refresh_from_db()
        assert obj.status != data["status"]

    older = Version.objects.get_for_object(obj).last()
    revert = url(model, "revision", obj.pk, older.pk)
    assert editor.post(revert, form_data(editor.get(revert), form_id)).status_code == 302
    obj.refresh_from_db()
    assert (getattr(obj, french) or "") == (original or "")

    if ADMINS[model].list_editable:
        listed = form_data(editor.get(changelist), "changelist-form")
        for name in list(listed):
            if name.endswith(tuple(ADMINS[model].list_editable)):
                listed[name] = str(int(listed[name]) + 7)
        assert editor.post(changelist, {**listed, "_save": "Enregistrer"}).status_code == 302
        obj.refresh_from_db()
        assert getattr(obj, ADMINS[model].list_editable[0]) >= 7

    if isinstance(ADMINS[model], OneRecordAdmin):
        return  # a record the site has one of: never added twice nor deleted, so nothing to recover

    count = model._default_manager.count()
    added = {**form_data(editor.get(url(model, "change", obj.pk)), form_id)}
    added.pop("edited_version", None)
    for name, value in list(added.items()):
        if name.startswith("slug_") and value:
            added[name] = f"{value}-nouveau"
        if name.endswith(("-TOTAL_FORMS", "-INITIAL_FORMS")):
            added[name] = "0"  # the copy comes without the original's subsidies
    if model is Image:
        added["file"] = SimpleUploadedFile("nouveau.png", png("blue"), content_type="image/png")
    if model is Page:
        added["parent"] = str(obj.pk)
    if model is Document:
        added["file_fr"] = SimpleUploadedFile("nouveau.pdf", pdf("Nouveau", ["Texte."]), content_type="application/pdf")
    response = editor.post(url(model, "add"), added)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert model._default_manager.count() == count + 1

    deleted = Version.objects.get_deleted(model).first()
    recover = url(model, "recover", deleted.pk)
    assert editor.post(recover, form_data(editor.get(recover), form_id)).status_code == 302
    assert model._default_manager.count() == count + 2

    victim = model._default_manager.order_by("-pk").first()
    assert editor.post(url(model, "delete", victim.pk), {"post": "yes"}).status_code == 302
    assert model._default_manager.count() == count + 1


def test_a_translator_sees_no_position_field_in_the_lists(content, staff_member):
    editor, translator_client = logged_in(staff_member("publishers")), logged_in(staff_member("translators"))
    for model in (KeyFigure, ArticleCategory):
        page = translator_client.get(url(model, "changelist")).content.decode()
        assert 'name="form-0-position"' not in page
        editor_page = editor.get(url(model, "changelist")).content.decode()
        assert 'name="form-0-position"' in editor_page


def test_a_translators_revert_restores_the_subsidies_translations_and_keeps_them_all(association, staff_member):
    editor, translator_client = logged_in(staff_member("publishers")), logged_in(staff_member("translators"))
    subsidy = Subsidy.objects.create(association=association, year=2024, amount=1500, purpose_fr="Échanges")
    change = url(Association, "change", association.pk)
    data = form_data(editor.get(change), "association_form")
    editor.post(change, {**data, "subsidies-0-purpose_de": "Schüleraustausch"})
    older = Version.objects.get_for_object(association).first()
    data = form_data(editor.get(change), "association_form")
    editor.post(
        change, {**data, "subsidies-0-purpose_de": "Austausch", "subsidies-0-amount": "9999", "status": "draft"}
    )
    Subsidy.objects.create(association=association, year=2025, amount=800, purpose_fr="Ajoutée depuis")

    revert = url(Association, "revision", association.pk, older.pk, language="de")
    response = translator_client.post(revert, form_data(translator_client.get(revert), "association_form"))
    assert response.status_code == 302
    subsidy.refresh_from_db()
    association.refresh_from_db()
    assert (subsidy.purpose_de, subsidy.amount, association.status) == ("Schüleraustausch", 9999, "draft")
    assert Subsidy.objects.count() == 2, "a translator's revert deletes nothing added since"
    comment = Version.objects.get_for_object(association).first().revision.comment
    assert comment.startswith("Deutsche und englische Texte wiederhergestellt")


def test_a_translators_import_writes_only_german_and_english(client, staff_member, article):
    client.force_login(staff_member("translators"))
    catalogue = polib.POFile()
    for context, msgid, msgstr in [
        (f"relations.article:{article.pk}:title", article.title_fr, "Neuer Titel"),
        (f"relations.article:{article.pk}:status", "published", "draft"),
        (f"relations.article:{article.pk}:title_fr", article.title_fr, "Titre piraté"),
    ]:
        catalogue.append(polib.POEntry(msgctxt=context, msgid=msgid, msgstr=msgstr))
    upload = SimpleUploadedFile("de.po", str(catalogue).encode(), content_type="text/x-gettext-translation")
    client.post(reverse("admin:translation_import"), {"language": "de", "file": upload})
    upload = SimpleUploadedFile("fr.po", str(catalogue).encode(), content_type="text/x-gettext-translation")
    client.post(reverse("admin:translation_import"), {"language": "fr", "file": upload})
    article.refresh_from_db()
    assert (article.title_de, article.title_fr, article.status) == (
        "Neuer Titel",
        "Concert des villes unies",
        "published",
    )


def test_a_translators_refusal_is_in_the_translators_language(content, staff_member):
    translator_client = logged_in(staff_member("translators"))
    response = translator_client.get(url(Association, "recoverlist", language="de"))
    assert response.status_code == 403
    assert "Zugriff verweigert" in response.content.decode()


def test_a_save_that_changes_more_than_german_and_english_is_refused_for_translators(article):
    """The last check before a translator's save, whatever form or path got the request there."""
    article.title_de, article.body_en = "Neuer Titel", "<p>New body.</p>"
    refuse_source_changes(article)
    for field, value in [("title_fr", "Titre piraté"), ("status", "draft"), ("slug_fr", "pirate")]:
        changed = Article.objects.get(pk=article.pk)
        setattr(changed, field, value)
        with pytest.raises(PermissionDenied):
            refuse_source_changes(changed)
