"""The city staff's editing interface.

Every translated field shows as French / Deutsch / English tabs
(modeltranslation's tabbed admin); slugs are prefilled from the title of the
same language. Every save is kept in the history (django-reversion), where
versions can be compared and restored. What each staff group may change is
defined in relations/roles.py.
"""

from functools import partial

import reversion
from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.utils import unquote
from django.contrib.admin.views.main import ChangeList
from django.contrib.admin.widgets import AdminFileWidget, AutocompleteSelect, AutocompleteSelectMultiple
from django.core.exceptions import BadRequest, FieldDoesNotExist, PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, models, transaction
from django.db.models import Count
from django.forms import modelformset_factory
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, path, reverse
from django.utils import formats, timezone, translation
from django.utils.functional import cached_property
from django.utils.html import format_html, format_html_join
from django.utils.text import capfirst, format_lazy
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django_countries.filters import CountryFilter
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname
from reversion.errors import RevertError
from reversion.models import Version
from reversion_compare.admin import CompareVersionAdmin
from tinymce.widgets import TinyMCE
from treebeard.admin import TreeAdmin

from . import documents, images, open_data, workflow
from .content_translation import SOURCE_LANGUAGE, object_states, plain_text, record_translation, word_diff
from .models import (
    AccessibilityStatement,
    Article,
    ArticleCategory,
    Association,
    City,
    ContactDetails,
    Document,
    Event,
    Image,
    KeyFigure,
    MenuEntry,
    Network,
    Page,
    PublicationState,
    PublicationStatus,
    Redirect,
    ReviewRequest,
    SolidarityProject,
    Subsidy,
    TranslationRecord,
    WrittenContent,
)
from .models.translation_records import (
    CURRENT,
    MISSING,
    OUTDATED,
    STATES,
    normalised,
    shown_fields,
    translatable_fields,
)
from .redirects import address_snapshot, record_moves
from .rich_text import internal_link, linkable_models
from .roles import may_edit_source, may_publish
from .translation_admin import STATE_FILTER_PARAMETER, TARGET_LANGUAGES
from .usage import usages

PUBLICATION_FIELDS = (
    "status",
    "publish_from",
    "publish_until",
    "editor_note",
    "created_at",
    "updated_at",
    "edited_version",
)
# The form of content with a page of its own shows its name and address, then these (declared once on
# WrittenContent, so first in the model), then what is particular to its kind.
NAME_FIELDS = ("slug",)
TEXT_AND_IMAGE_FIELDS = ("summary", "body", "image", "documents")


def thumbnail(image):
    """The image in the admin's lists: its smallest card crop, or the original file until the crops exist."""
    if not image or not image.file:
        return "—"
    card_crops = image.renditions_of(images.CARD)
    if card_crops:
        url, width, height = card_crops[0]["url"], card_crops[0]["width"], card_crops[0]["height"]
    else:
        url, width, height = image.file.url, image.width, image.height
    return format_html(
        '<img src="{}" alt="" width="80" height="{}" loading="lazy">',
        url,
        round(80 * height / width) if width else 60,
    )


# Editors paste addresses without a scheme; the web they link to is HTTPS.
HTTPS_BY_DEFAULT = {models.URLField: {"assume_scheme": "https"}}


def translation_field_names(model):
    """The German and English columns of the model's translated fields: what translators edit."""
    options = translator.get_options_for_model(model)
    return {
        build_localized_fieldname(field, code)
        for field in options.fields
        for code, _name in settings.LANGUAGES
        if code != settings.LANGUAGE_CODE
    }


def translatable(model):
    return model in translator.get_registered_models()


def refuse_source_changes(obj):
    """Stops a save that would change anything but the German and English texts of an existing object.

    The forms of staff who may only translate already show everything else read-only; this check
    holds whatever path a request takes to reach the save (change form, list, inline).
    """
    model = type(obj)
    saved = model._default_manager.filter(pk=obj.pk).first()
    if saved is None:
        raise PermissionDenied
    allowed = translation_field_names(model) if translatable(model) else set()
    # The untranslated name of a translated field reads the active language's column: it is compared
    # through its columns.
    originals = set(translator.get_options_for_model(model).fields) if translatable(model) else set()
    for field in model._meta.concrete_fields:
        if field.primary_key or getattr(field, "auto_now", False) or field.name in allowed | originals:
            continue
        if getattr(obj, field.attname) != getattr(saved, field.attname):
            raise PermissionDenied


def restore_translations(user, revision):
    """Writes back the German and English texts saved in the revision, for the objects of it that
    still exist and that the user may change; nothing else of them, nothing created or deleted."""
    for version in revision.version_set.all():
        model = version._model
        if model is None or not translatable(model):
            continue
        if not user.has_perm(f"{model._meta.app_label}.change_{model._meta.model_name}"):
            continue
        saved = version.field_dict
        columns = {column: saved[column] for column in translation_field_names(model) if column in saved}
        obj = model._default_manager.filter(pk=version.object_id).first()
        addresses = address_snapshot(obj) if obj is not None and hasattr(obj, "get_absolute_url") else None
        # An update, not a save: no signal, no change of the "last modified" time the form checks.
        model._default_manager.filter(pk=version.object_id).update(**columns)
        if addresses:
            # A German or English slug restored moves the address, as a save would.
            obj.refresh_from_db()
            record_moves(addresses, obj)


class LeavesOutInvalidIds:
    """Django's autocompletion widget looks up the ids it redisplays: one that is no id at all (a
    hand-made request) would crash the form instead of showing its error."""

    def optgroups(self, name, value, attr=None):
        key = self.field.remote_field.model._meta.pk
        valid = []
        for item in value:
            try:
                key.to_python(item)
            except ValidationError:
                continue
            valid.append(item)
        return super().optgroups(name, valid, attr)


class SafeAutocompleteSelect(LeavesOutInvalidIds, AutocompleteSelect):
    pass


class SafeAutocompleteSelectMultiple(LeavesOutInvalidIds, AutocompleteSelectMultiple):
    pass


class SafeAutocomplete:
    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name in self.get_autocomplete_fields(request):
            kwargs.setdefault("widget", SafeAutocompleteSelect(db_field, self.admin_site, using=kwargs.get("using")))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name in self.get_autocomplete_fields(request):
            kwargs.setdefault(
                "widget", SafeAutocompleteSelectMultiple(db_field, self.admin_site, using=kwargs.get("using"))
            )
        return super().formfield_for_manytomany(db_field, request, **kwargs)


STATE_LABELS = {MISSING: _("missing"), OUTDATED: _("outdated"), CURRENT: _("current")}


class TranslatedTextsForm(forms.ModelForm):
    """The form of a translated object.

    A text whose only difference with the stored one is its layout (the rich-text editor lays out
    every body it loads anew, German and English ones included) counts as unchanged: the stored text
    is kept, the history does not list it, and the translation is not taken as made again.

    Beside each German and English field: the French text it translates, and what changed in that
    French since the translation was made.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and translatable(self._meta.model):
            self.show_french_sources()

    def translated_columns(self):
        """{column: field} of the form's columns of translated fields ("body_de": "body")."""
        model = self._meta.model
        if not translatable(model):
            return {}
        return {
            build_localized_fieldname(name, code): name
            for name in translatable_fields(model)
            for code, _name in settings.LANGUAGES
            if build_localized_fieldname(name, code) in self.fields
        }

    @cached_property
    def texts_laid_out_anew(self):
        """The columns whose submitted text differs from the stored one only in its layout."""
        if not self.instance.pk or not self.is_bound:
            return set()
        model, same = self._meta.model, set()
        for column, name in self.translated_columns().items():
            bound = self[column]
            stored, submitted = bound.initial, bound.data
            if stored != submitted and normalised(model, name, stored) == normalised(model, name, submitted):
                same.add(column)
        return same

    @cached_property
    def changed_data(self):
        return [name for name in super().changed_data if name not in self.texts_laid_out_anew]

    def clean(self):
        cleaned_data = super().clean()
        for column in self.texts_laid_out_anew:
            if column in cleaned_data:
                cleaned_data[column] = self[column].initial
        return cleaned_data

    def show_french_sources(self):
        model, obj = self._meta.model, self.instance
        columns = {
            column: name
            for column, name in self.translated_columns().items()
            if model._meta.get_field(column).language != SOURCE_LANGUAGE and name in shown_fields(model)
        }
        if not columns:  # a list's editable columns
            return
        records = {
            (record.field, record.language): record
            for record in TranslationRecord.objects.filter(
                content_type__app_label=model._meta.app_label,
                content_type__model=model._meta.model_name,
                object_id=obj.pk,
            )
        }
        for column, name in columns.items():
            language = model._meta.get_field(column).language
            source = getattr(obj, build_localized_fieldname(name, SOURCE_LANGUAGE))
            if not source:
                continue
            record = records.get((name, language))
            changes = None
            if record and normalised(model, name, record.source_text) != normalised(model, name, source):
                changes = {
                    "field": gettext("Changes in the French text since this translation"),
                    "parts": word_diff(model, name, record.source_text, source),
                }
            note = render_to_string(
                "admin/relations/french_source.html",
                {"source": plain_text(model, name, source), "diff": changes},
            )
            field = self.fields[column]
            field.help_text = format_html("{}{}", field.help_text, note) if field.help_text else note


class TranslationStatesChangeList(ChangeList):
    """Reads the translation records of the page's objects in one query, for the state columns."""

    def get_results(self, request):
        super().get_results(request)
        states = object_states(self.model, self.result_list)
        for obj in self.result_list:
            obj.translation_states = states[obj.pk]


def translation_state_column(language, name):
    @admin.display(description=name)
    def column(obj):
        states = getattr(obj, "translation_states", None) or object_states(type(obj), [obj])[obj.pk]
        return STATE_LABELS[states[language]]

    column.__name__ = f"translation_state_{language}"
    return column


def translation_state_filter(language, name):
    """A list filter on the state of the objects' translation into the language."""

    class TranslationStateFilter(admin.SimpleListFilter):
        title = format_lazy(_("translation ({language})"), language=name)
        parameter_name = STATE_FILTER_PARAMETER.format(language=language)

        def __init__(self, request, params, model, model_admin):
            self.model = model
            super().__init__(request, params, model, model_admin)

        def lookups(self, request, model_admin):
            return [(state, STATE_LABELS[state]) for state in STATES]

        def queryset(self, request, queryset):
            if self.value() not in STATES:
                return queryset
            # The state depends on the records and on normalised texts: told in Python, from the
            # translated columns only, with one query for the records.
            columns = [
                build_localized_fieldname(field, code)
                for field in shown_fields(self.model)
                for code in (SOURCE_LANGUAGE, language)
            ]
            candidates = self.model._default_manager.filter(pk__in=queryset.values("pk")).only(*columns)
            states = object_states(self.model, candidates, [language])
            return queryset.filter(pk__in=[pk for pk, state in states.items() if state[language] == self.value()])

    return TranslationStateFilter


class TranslatorLimits:
    """Staff who may not create a kind of content (translators) see everything else of it read-only."""

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if may_edit_source(request.user, self.model):
            return readonly
        translated = translation_field_names(self.model)
        originals = set(translator.get_options_for_model(self.model).fields)
        opts = self.model._meta
        return readonly + [
            field.name
            for field in [*opts.fields, *opts.many_to_many]
            if field.editable
            and not field.auto_created
            and field.name not in translated
            and field.name not in originals
            and field.name not in readonly
        ]

    def get_prepopulated_fields(self, request, obj=None):
        prepopulated = super().get_prepopulated_fields(request, obj)
        readonly = set(self.get_readonly_fields(request, obj))
        return {
            field: sources
            for field, sources in prepopulated.items()
            if field not in readonly and not readonly.intersection(sources)
        }


def every_language_search_fields(model, search_fields):
    """search_fields with each translated field (the model's own or a related one, "association__name")
    replaced by its column in every language, from modeltranslation's registry."""
    registered = translator.get_registered_models()
    expanded = []
    for entry in search_fields:
        prefix = entry[0] if entry[:1] in ("^", "=", "@") else ""
        *path, name = entry[len(prefix) :].split("__")
        target = model
        try:
            for part in path:
                target = target._meta.get_field(part).related_model
        except (FieldDoesNotExist, AttributeError):
            target = None
        if target in registered and name in translator.get_options_for_model(target).fields:
            expanded += [
                prefix + "__".join([*path, build_localized_fieldname(name, code)]) for code, _name in settings.LANGUAGES
            ]
        else:
            expanded.append(entry)
    return expanded


class TranslatedAdmin(SafeAutocomplete, TranslatorLimits, CompareVersionAdmin, TabbedTranslationAdmin):
    """Remembers which French text each translation edited here was made from (see TranslationRecord).

    Staff who may only translate (relations/roles.py) change the German and English texts and
    nothing else, wherever they send their changes from: the change form, the list's editable
    columns, the history's revert; actions are offered only to those they are for.
    """

    form = TranslatedTextsForm

    def save_model(self, request, obj, form, change):
        if change and not may_edit_source(request.user, self.model):
            refuse_source_changes(obj)
        super().save_model(request, obj, form, change)
        # Only a translation someone changed is made from the French of now (form.changed_data leaves
        # out a text the editor only laid out anew).
        translated = set()
        for field_name in translatable_fields(self.model):
            for code, _name in settings.LANGUAGES:
                if code != settings.LANGUAGE_CODE and build_localized_fieldname(field_name, code) in form.changed_data:
                    record_translation(obj, field_name, code)
                    translated.add(code)
        if change and translated and not may_edit_source(request.user, self.model):
            self.review_live_translation(request, obj, sorted(translated))

    def review_live_translation(self, request, obj, languages):
        """A translator's change to a live item goes to the publishers' queue (REVIEW_LIVE_TRANSLATIONS)."""
        if not settings.REVIEW_LIVE_TRANSLATIONS or getattr(obj, "publication_state", None) != PublicationState.LIVE:
            return
        request.workflow_step = "; ".join(workflow.submit_translation(request, obj, code) for code in languages)

    def log_addition(self, request, obj, message):
        return self.keep_change_message(request, super().log_addition(request, obj, message), message)

    def log_change(self, request, obj, message):
        return self.keep_change_message(request, super().log_change(request, obj, message), message)

    def keep_change_message(self, request, entry, message):
        """The revision's comment is the change as Django records it (JSON), not its text in the language
        of the person who saved: the history and the comparison show it in their reader's language. The
        workflow's step (submitted, approved, sent back), when the save was one, follows on a line of its
        own ("no fields changed" says nothing then)."""
        if reversion.is_active():
            step = getattr(request, "workflow_step", None)
            changes = entry.change_message if message or not step else ""
            reversion.set_comment("\n".join(filter(None, [changes, step])))
        return entry

    def compare(self, obj, version1, version2):
        """reversion-compare's differences, less the links to objects whose history is not kept (an image,
        a category) when they did not change: it cannot read them and showed them as "add: None"."""
        differences, has_unfollowed_fields = super().compare(obj, version1, version2)

        def unchanged_link(difference):
            field = difference["field"]
            return (
                isinstance(field, models.ForeignKey)
                and not difference["follow"]
                and version1.field_dict.get(field.attname) == version2.field_dict.get(field.attname)
            )

        return [difference for difference in differences if not unchanged_link(difference)], has_unfollowed_fields

    def get_changelist(self, request, **kwargs):
        return TranslationStatesChangeList

    def get_search_fields(self, request):
        """The list's search (and the autocomplete's) looks into every language: "Cinq chartes"
        typed in the German admin finds the French title."""
        return every_language_search_fields(self.model, super().get_search_fields(request))

    def get_list_display(self, request):
        return [
            *super().get_list_display(request),
            *(translation_state_column(*language) for language in TARGET_LANGUAGES),
        ]

    def get_list_filter(self, request):
        return [
            *super().get_list_filter(request),
            *(translation_state_filter(*language) for language in TARGET_LANGUAGES),
        ]

    def save_formset(self, request, form, formset, change):
        if not may_edit_source(request.user, formset.model):
            for inline_form in formset.forms:
                if inline_form.instance.pk and inline_form.has_changed():
                    refuse_source_changes(inline_form.instance)
        super().save_formset(request, form, formset, change)

    def get_list_editable(self, request):
        """The list's editable columns, without those the user sees read-only in the change form
        (a translator reorders nothing)."""
        readonly = set(self.get_readonly_fields(request))
        return [name for name in self.list_editable if name not in readonly]

    def get_changelist_instance(self, request):
        changelist = super().get_changelist_instance(request)
        if changelist.list_editable:
            changelist.list_editable = self.get_list_editable(request)
        return changelist

    def get_changelist_formset(self, request, **kwargs):
        # Django's own, with the columns of get_list_editable instead of list_editable.
        return modelformset_factory(
            self.model,
            self.get_changelist_form(request),
            extra=0,
            fields=self.get_list_editable(request),
            formfield_callback=partial(self.formfield_for_dbfield, request=request),
            **kwargs,
        )

    def revision_view(self, request, object_id, version_id, extra_context=None):
        if may_edit_source(request.user, self.model):
            return super().revision_view(request, object_id, version_id, extra_context)
        return self.translation_revision_view(request, object_id, version_id, extra_context)

    def translation_revision_view(self, request, object_id, version_id, extra_context=None):
        """Reverting to a version, for staff who may only translate: the version's German and English
        texts come back (the item's, and those saved with it, such as an association's subsidies); the
        French text, the publication settings and everything else stay as they are now.

        django-reversion's own revert would restore every field of every object of the version and
        delete what was added since.
        """
        version = get_object_or_404(
            Version.objects.get_for_model(self.model), pk=version_id, object_id=unquote(object_id)
        )
        saved_on = formats.date_format(timezone.localtime(version.revision.date_created), "DATETIME_FORMAT")
        context = {
            "title": gettext("Restore the translations of %(name)s") % {"name": version.object_repr},
            **(extra_context or {}),
        }
        with transaction.atomic(using=version.db):
            try:
                with transaction.atomic(using=version.db):
                    restore_translations(request.user, version.revision)
            except (RevertError, IntegrityError):
                messages.error(request, gettext("The translations of this version can no longer be restored."))
                opts = self.model._meta
                return redirect(f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_history", object_id)
            if request.method == "GET":
                messages.info(
                    request,
                    gettext(
                        "Only the German and English texts of this version are restored: the French text "
                        "and the publication settings stay as they are now."
                    ),
                )
            with self.create_revision(request):
                response = self.changeform_view(request, object_id, request.path, context)
                restored = request.method == "POST" and response.status_code == 302
                if restored:
                    reversion.set_comment(
                        gettext("German and English texts restored from the version saved on %(time)s")
                        % {"time": saved_on}
                    )
            if not restored:
                # Shown with the version's texts in the form, then undone: nothing changes until it is saved.
                if response.status_code == 200:
                    response.template_name = self.revision_form_template or "reversion/revision_form.html"
                    response.render()
                transaction.set_rollback(True)
        return response


class NoLostEditsForm(TranslatedTextsForm):
    """Refuses to save over a version that someone else saved after this form was opened.

    The form carries the time of the version it was opened on. When it no longer matches, the
    editor's input stays in the form with a message; saving again then knowingly replaces the
    other version.
    """

    edited_version = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["edited_version"].initial = self.instance.updated_at.isoformat()

    def clean(self):
        cleaned_data = super().clean()
        if not self.instance.pk:
            return cleaned_data
        # Locked until the end of the admin's transaction, so two saves cannot both pass this check.
        current = (
            type(self.instance)
            ._default_manager.select_for_update()
            .filter(pk=self.instance.pk)
            .values_list("updated_at", flat=True)
            .first()
        )
        if current is None or cleaned_data.get("edited_version") == current.isoformat():
            return cleaned_data
        self.data = self.data.copy()
        self.data[self.add_prefix("edited_version")] = current.isoformat()
        raise ValidationError(self.conflict_message(current), code="conflict")

    def conflict_message(self, saved_at):
        last_version = Version.objects.get_for_object(self.instance).select_related("revision__user").first()
        author = last_version.revision.user if last_version and last_version.revision.user else None
        when = formats.date_format(timezone.localtime(saved_at), "DATETIME_FORMAT")
        if author:
            saved = gettext("%(person)s saved this item on %(time)s, after you opened it.") % {
                "person": author.get_full_name() or author.get_username(),
                "time": when,
            }
        else:
            saved = gettext("Someone saved this item on %(time)s, after you opened it.") % {"time": when}
        return " ".join(
            [
                saved,
                gettext(
                    "Your changes have not been saved: they are still in the form below. Open the item in "
                    "another tab to see the other version; save again to replace it with yours."
                ),
            ]
        )


class PublicationStateFilter(admin.SimpleListFilter):
    """Draft, in review, scheduled, live, expired: what the public sees now, not only the status."""

    title = _("publication")
    parameter_name = "publication"

    def lookups(self, request, model_admin):
        return PublicationState.choices

    def queryset(self, request, queryset):
        if self.value() in PublicationState.values:
            return queryset.in_state(self.value())
        return queryset


class ReviewForm(NoLostEditsForm):
    """The change form of published content, with the review's comment (relations/workflow.py)."""

    review_comment = forms.CharField(
        label=_("Comment for the author"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required to send the item back: say what to change."),
    )

    def clean(self):
        cleaned_data = super().clean()
        if "_send_back" in self.data and not cleaned_data.get("review_comment", "").strip():
            self.add_error("review_comment", _("Say what to change before sending the item back."))
        return cleaned_data


class ContentAdmin(TranslatedAdmin):
    """What every kind of published content shares in the admin.

    Editors submit for review what they write; publishers approve it or send it back, and publish
    and withdraw (relations/roles.py, relations/workflow.py)."""

    form = ReviewForm
    list_filter = ("status",)
    list_select_related = ("image",)
    readonly_fields = ("created_at", "updated_at")
    autocomplete_fields = ("image",)
    save_on_top = True
    actions = ("submit_for_review", "publish", "unpublish")
    formfield_overrides = HTTPS_BY_DEFAULT
    # Replaced by one link per language in the change form (templates/admin/relations/change_form_object_tools.html).
    view_on_site = False

    def get_list_display(self, request):
        # The status column tells what the public sees (scheduled, expired…), not only the status.
        return ["publication_state" if name == "status" else name for name in super().get_list_display(request)]

    def get_list_display_links(self, request, list_display):
        """The item's name opens it, as its thumbnail does."""
        names = [name for name in ("thumbnail", self.model.title_field, "name", "title") if name in list_display]
        if names and not set(names) & set(self.list_editable):
            return names
        return super().get_list_display_links(request, list_display)

    def get_list_filter(self, request):
        return [PublicationStateFilter if name == "status" else name for name in super().get_list_filter(request)]

    @admin.display(description=_("publication"), ordering="status")
    def publication_state(self, obj):
        state = PublicationState(obj.publication_state)
        when = {PublicationState.SCHEDULED: obj.publish_from, PublicationState.EXPIRED: obj.publish_until}.get(state)
        return format_html(
            '<span class="publication-state publication-state--{}">{}</span>{}',
            state.value,
            state.label,
            format_html("<br><small>{}</small>", formats.date_format(timezone.localtime(when), "SHORT_DATETIME_FORMAT"))
            if when
            else "",
        )

    def get_readonly_fields(self, request, obj=None):
        """Without the publish permission, the status is the workflow's; the window of a published
        item is the publisher's."""
        readonly = list(super().get_readonly_fields(request, obj))
        if may_publish(request.user, self.model):
            return readonly
        mine = ["status"]
        if obj is not None and obj.status == PublicationStatus.PUBLISHED:
            mine += ["publish_from", "publish_until"]
        return readonly + [name for name in mine if name not in readonly]

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        context["review"] = self.review_context(request, obj)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def review_context(self, request, obj):
        """What the review panel offers this user for this item."""
        publisher = may_publish(request.user, self.model)
        waiting = list(ReviewRequest.objects.waiting().for_object(obj).select_related("requested_by")) if obj else []
        return {
            "waiting": waiting,
            "may_submit": may_edit_source(request.user, self.model)
            and not publisher
            and (obj is None or obj.status == PublicationStatus.DRAFT),
            "may_decide": publisher and bool(waiting),
        }

    def revision_view(self, request, object_id, version_id, extra_context=None):
        """Restoring an old version brings back its texts; its publication settings only for publishers
        (an editor restoring a published version does not publish it)."""
        if not may_publish(request.user, self.model):
            saved = self.model._default_manager.filter(pk=unquote(object_id))
            request.publication_before = saved.values("status", "publish_from", "publish_until").first()
        return super().revision_view(request, object_id, version_id, extra_context)

    def save_model(self, request, obj, form, change):
        before = getattr(request, "publication_before", None)
        if before and not may_publish(request.user, self.model):
            for name, value in before.items():
                setattr(obj, name, value)
        super().save_model(request, obj, form, change)
        comment = form.cleaned_data.get("review_comment", "").strip()
        if "_submit_for_review" in request.POST and may_edit_source(request.user, self.model):
            if obj.status == PublicationStatus.DRAFT:
                request.workflow_step = workflow.submit(request, obj)
        elif "_approve" in request.POST and may_publish(request.user, self.model):
            if obj.status == PublicationStatus.PUBLISHED:
                request.workflow_step = workflow.approve_translation(request, obj, comment)
            else:
                request.workflow_step = workflow.approve(request, obj, comment)
        elif "_send_back" in request.POST and may_publish(request.user, self.model):
            request.workflow_step = workflow.send_back(request, obj, comment)

    def get_fieldsets(self, request, obj=None):
        """The content first, then when and whether it is published, in a fieldset of its own."""
        ((_name, options),) = super().get_fieldsets(request, obj)
        # The review's comment is in the review panel, below the fieldsets.
        options["fields"] = [field for field in options["fields"] if field != "review_comment"]
        content = [field for field in options["fields"] if field not in PUBLICATION_FIELDS]
        publication = [field for field in options["fields"] if field in PUBLICATION_FIELDS]
        if issubclass(self.model, WrittenContent):
            content.sort(key=self.place_in_written_content)  # a stable sort: the model's order otherwise
        return [(None, {"fields": content}), (_("Publication"), {"fields": publication})]

    def place_in_written_content(self, form_field):
        try:
            field = self.model._meta.get_field(form_field)
        except FieldDoesNotExist:
            return (2, 0)
        name = getattr(field, "translated_field", field).name  # summary_de is a summary
        if name in (self.model.title_field, *NAME_FIELDS):
            return (0, 0)
        if name in TEXT_AND_IMAGE_FIELDS:
            return (1, TEXT_AND_IMAGE_FIELDS.index(name))
        return (2, 0)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if formfield is not None and isinstance(formfield.widget, TinyMCE):
            # The editor's image button offers the images of the library, its link button the site's
            # own pages and documents.
            try:
                formfield.widget.mce_attrs = {
                    **formfield.widget.mce_attrs,
                    "image_list": reverse("admin:relations_image_library"),
                    "link_list": reverse("admin:relations_link_library"),
                }
            except NoReverseMatch:
                pass
        return formfield

    def get_autocomplete_fields(self, request):
        fields = tuple(super().get_autocomplete_fields(request))
        if issubclass(self.model, WrittenContent) and "documents" not in fields:
            fields += ("documents",)
        return fields

    def change_view(self, request, object_id, form_url="", extra_context=None):
        obj = self.get_object(request, admin.utils.unquote(object_id))
        extra_context = {**(extra_context or {}), "site_versions": self.site_versions(obj) if obj else []}
        return super().change_view(request, object_id, form_url, extra_context)

    def site_versions(self, obj):
        """The object's public address in each language, for "View on site" links; drafts open as a preview."""
        if not hasattr(obj, "get_absolute_url"):
            return []
        versions = []
        for code, name in settings.LANGUAGES:
            with translation.override(code):
                try:
                    url = obj.get_absolute_url()
                except NoReverseMatch:
                    continue
            versions.append({"code": code, "name": name, "url": url})
        return versions

    @admin.display(description=_("image"))
    def thumbnail(self, obj):
        return thumbnail(obj.image)

    def has_publish_permission(self, request):
        return may_publish(request.user, self.model)

    def has_submit_permission(self, request):
        return may_edit_source(request.user, self.model) and not self.has_publish_permission(request)

    @admin.action(description=_("Submit the selected drafts for review"), permissions=["submit"])
    def submit_for_review(self, request, queryset):
        if not self.has_submit_permission(request):
            raise PermissionDenied
        submitted = 0
        for obj in queryset.filter(status=PublicationStatus.DRAFT):
            workflow.submit(request, obj)
            submitted += 1
        self.message_user(
            request,
            ngettext("%(count)d item submitted for review.", "%(count)d items submitted for review.", submitted)
            % {"count": submitted},
            messages.SUCCESS,
        )

    @admin.action(description=_("Publish the selected items"), permissions=["publish"])
    def publish(self, request, queryset):
        """Publishing approves what waited for review: its authors are told."""
        if not self.has_publish_permission(request):
            raise PermissionDenied
        changed = 0
        for obj in queryset.exclude(status=PublicationStatus.PUBLISHED):
            workflow.approve(request, obj)
            changed += 1
        self.message_user(
            request,
            ngettext("%(count)d item changed.", "%(count)d items changed.", changed) % {"count": changed},
            messages.SUCCESS,
        )

    @admin.action(description=_("Withdraw the selected items (back to draft)"), permissions=["publish"])
    def unpublish(self, request, queryset):
        self.change_status(request, queryset, PublicationStatus.DRAFT)

    def change_status(self, request, queryset, status):
        # Django offers the action only to those with the publish permission; a request calling
        # this method some other way is held to the same.
        if not self.has_publish_permission(request):
            raise PermissionDenied
        # One save per object, not an UPDATE: each change goes into the history and through the
        # save signals (which clear the cached pages).
        changed = 0
        for obj in queryset.exclude(status=status):
            with reversion.create_revision():
                obj.status = status
                obj.save()
                reversion.set_user(request.user)
                reversion.set_comment(str(PublicationStatus(status).label))
            changed += 1
        self.message_user(
            request,
            ngettext("%(count)d item changed.", "%(count)d items changed.", changed) % {"count": changed},
            messages.SUCCESS,
        )


def used_on(obj):
    """The content that shows or links to an object of the library, each with a link to its admin page."""
    if obj is None or obj.pk is None:
        return "—"
    found = usages(obj)
    if not found:
        return gettext("Not used on any content.")
    items = []
    for other in found:
        opts = other._meta
        try:
            url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[other.pk])
        except NoReverseMatch:
            url = None
        items.append(
            format_html('<li>{}: <a href="{}">{}</a></li>', capfirst(opts.verbose_name), url, other)
            if url
            else format_html("<li>{}: {}</li>", capfirst(opts.verbose_name), other)
        )
    return format_html('<ul class="used-on">{}</ul>', format_html_join("", "{}", ((item,) for item in items)))


class UsedOn:
    """A read-only "Used on" field on the change form of an object of the library."""

    @admin.display(description=_("used on"))
    def used_on(self, obj):
        return used_on(obj)


class ImageForm(NoLostEditsForm):
    """Takes as file only a whole JPEG, PNG or WebP image (relations/images.py), stored under the
    extension of the format found in it."""

    class Meta:
        # A plain file field: Django's image field would first judge the file by its extension.
        field_classes = {"file": forms.FileField}
        widgets = {"file": AdminFileWidget(attrs={"accept": "image/jpeg,image/png,image/webp"})}

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if isinstance(upload, UploadedFile):
            upload.name = images.name_for_format(upload.name, images.validate_upload(upload))
        return upload


@admin.register(Image)
class ImageAdmin(UsedOn, TranslatedAdmin):
    form = ImageForm
    list_display = ("thumbnail", "title", "alt_text", "credit", "width", "height")
    search_fields = ("title", "alt_text", "caption", "credit")
    fields = (
        "title",
        "file",
        "alt_text",
        "caption",
        "credit",
        "preview",
        "focal_x",
        "focal_y",
        "width",
        "height",
        "created_at",
        "used_on",
        "edited_version",
    )
    readonly_fields = ("preview", "width", "height", "created_at", "used_on")

    class Media:
        css = {"all": ["admin/css/focal-point.css"]}
        js = ["admin/js/focal-point.js"]

    def get_urls(self):
        library = path("library.json", self.admin_site.admin_view(self.library_view), name="relations_image_library")
        return [library, *super().get_urls()]

    def library_view(self, request):
        """The library as the rich-text editor's image button lists it (TinyMCE's image_list option)."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        library = [
            {"title": image.title, "value": image.rendition_url(images.FULL, images.LIBRARY_WIDTH)}
            for image in self.get_queryset(request)
        ]
        return JsonResponse(library, safe=False)

    @admin.display(description=_("preview"))
    def thumbnail(self, obj):
        return thumbnail(obj)

    @admin.display(description=_("preview"))
    def preview(self, obj):
        """The image, on which a click places the focal point (static/admin/js/focal-point.js), and
        its crop as the cards show it."""
        if not obj.file:
            return _("The preview appears once the image is saved.")
        shown = obj.rendition(images.FULL, 640)
        picker = format_html(
            '<div class="focal-point-picker"><img src="{}" alt="{}" width="{}" height="{}">'
            '<span class="focal-point-picker__marker" hidden></span></div>',
            shown["url"] if shown else obj.file.url,
            obj.alt_text,
            shown["width"] if shown else obj.width,
            shown["height"] if shown else obj.height,
        )
        card_crops = obj.renditions_of(images.CARD)
        if not card_crops:
            return picker
        return format_html(
            '{}<p class="focal-point-card">{}<img src="{}" alt="" width="{}" height="{}"></p>',
            picker,
            _("As cropped on the cards:"),
            card_crops[0]["url"],
            card_crops[0]["width"],
            card_crops[0]["height"],
        )


DOCUMENT_FILE_COLUMNS = [build_localized_fieldname("file", code) for code, _name in settings.LANGUAGES]


class DocumentForm(NoLostEditsForm):
    """Takes as file, in each language, only a PDF, ODT, ODS, DOCX or XLSX document of at most the
    size set (relations/documents.py), judged by its content, stored under the extension of the
    format found in it."""

    class Meta:
        widgets = {
            column: AdminFileWidget(attrs={"accept": ",".join(f".{extension}" for extension in documents.FORMATS)})
            for column in DOCUMENT_FILE_COLUMNS
        }

    def clean(self):
        cleaned_data = super().clean()
        for column in DOCUMENT_FILE_COLUMNS:
            upload = cleaned_data.get(column)
            if isinstance(upload, UploadedFile):
                try:
                    upload.name = documents.name_for_format(upload.name, documents.validate_upload(upload))
                except ValidationError as error:
                    self.add_error(column, error)
        return cleaned_data


@admin.register(Document)
class DocumentAdmin(UsedOn, ContentAdmin):
    form = DocumentForm
    list_display = ("title", "file_details", "status")
    list_select_related = ()
    search_fields = ("title", "summary")
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ()
    readonly_fields = ("created_at", "updated_at", "used_on")

    def get_urls(self):
        # The link button of every rich-text editor lists the site's pages and documents from here.
        links = path("links.json", self.admin_site.admin_view(self.link_library_view), name="relations_link_library")
        return [links, *super().get_urls()]

    def link_library_view(self, request):
        """The site's own pages and documents as the rich-text editor's link button lists them (TinyMCE's
        link_list option), one menu per kind, each link stored without a language (relations/rich_text.py)."""
        if not request.user.is_active or not request.user.is_staff:
            raise PermissionDenied
        menus = []
        for model in sorted(linkable_models(), key=lambda model: getattr(model, "display_order", 1000)):
            opts = model._meta
            if not request.user.has_perm(f"{opts.app_label}.view_{opts.model_name}"):
                continue
            objects = model._default_manager.select_related(*getattr(model, "address_related", ()))
            entries = [{"title": str(obj), "value": internal_link(obj)} for obj in objects]
            if entries:
                menus.append({"title": str(capfirst(opts.verbose_name_plural)), "menu": entries})
        return JsonResponse(menus, safe=False)

    @admin.display(description=_("file"))
    def file_details(self, obj):
        download = obj.download()
        return f"{download['format']}, {download['size']}" if download else "—"


@admin.register(City)
class CityAdmin(ContentAdmin):
    list_display = ("thumbnail", "name", "kind", "country", "charter_year", "status")
    list_filter = ("kind", "status", ("country", CountryFilter))
    search_fields = ("name", "region", "summary")
    prepopulated_fields = {"slug": ("name",)}


@admin.register(Network)
class NetworkAdmin(ContentAdmin):
    list_display = ("thumbnail", "name", "acronym", "kind", "limoges_role", "founded_year", "member_count", "status")
    list_filter = ("kind", "limoges_role", "status")
    search_fields = ("name", "acronym", "summary")
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("image", "members")

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(member_count=Count("members"))

    @admin.display(description=_("members"), ordering="member_count")
    def member_count(self, obj):
        return obj.member_count


class SubsidyInline(SafeAutocomplete, TranslatorLimits, TranslationTabularInline):
    model = Subsidy
    form = TranslatedTextsForm
    extra = 0
    fields = (
        "year",
        "amount",
        "purpose",
        "project",
        "nature",
        "payment_conditions",
        "agreement_date",
        "payment_start",
        "payment_end",
    )
    autocomplete_fields = ("project",)


class SubsidyYearFilter(admin.SimpleListFilter):
    title = _("subsidised in")
    parameter_name = "subsidy_year"

    def lookups(self, request, model_admin):
        years = Subsidy.objects.order_by("-year").values_list("year", flat=True).distinct()
        return [(str(year), str(year)) for year in years]

    def queryset(self, request, queryset):
        if self.value() and self.value().isdigit():
            return queryset.subsidised_in(int(self.value()))
        return queryset


@admin.register(Association)
class AssociationAdmin(ContentAdmin):
    list_display = ("thumbnail", "name", "theme", "town", "subsidy_count", "status")
    list_filter = ("theme", SubsidyYearFilter, "status")
    search_fields = ("name", "summary", "siret", "rna")
    prepopulated_fields = {"slug": ("name",)}
    inlines = [SubsidyInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(subsidy_count=Count("subsidies"))

    @admin.display(description=_("subsidies"), ordering="subsidy_count")
    def subsidy_count(self, obj):
        return obj.subsidy_count


@admin.register(SolidarityProject)
class SolidarityProjectAdmin(ContentAdmin):
    list_display = (
        "thumbnail",
        "title",
        "country",
        "theme",
        "start_year",
        "end_year",
        "project_status",
        "city_funding",
        "status",
    )
    list_filter = ("theme", "project_status", ("country", CountryFilter), "status")
    list_select_related = ("image", "association")
    search_fields = ("title", "summary", "place")
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ("image", "partner_city", "association")


class OpenDataFilter(admin.SimpleListFilter):
    """Which subsidies the open data publishes, and which it leaves out (relations/open_data.py)."""

    title = _("open data")
    parameter_name = "open_data"

    def lookups(self, request, model_admin):
        return [("published", _("In the open data")), ("left_out", _("Left out of the open data"))]

    def queryset(self, request, queryset):
        if self.value() not in ("published", "left_out"):
            return queryset
        left_out = [subsidy.pk for subsidy, _reasons in open_data.subsidies_left_out(queryset)]
        if self.value() == "left_out":
            return queryset.filter(pk__in=left_out)
        return queryset.exclude(pk__in=left_out)


@admin.register(Subsidy)
class SubsidyAdmin(TranslatedAdmin):
    list_display = ("association", "year", "amount", "purpose", "nature")
    list_filter = (OpenDataFilter, "year", "nature", "payment_conditions")
    list_select_related = ("association",)
    search_fields = ("association__name", "purpose")
    autocomplete_fields = ("association", "project")
    readonly_fields = ("updated_at",)

    def changelist_view(self, request, extra_context=None):
        # The staff see at once what the open data leaves out, and why (the filter lists them).
        left_out = open_data.subsidies_left_out()
        request.open_data_left_out = {subsidy.pk: reasons for subsidy, reasons in left_out}
        if left_out and request.method == "GET":
            messages.warning(
                request,
                format_html(
                    '{} <a href="?{}=left_out">{}</a>',
                    ngettext(
                        "%(count)d subsidy is left out of the open data.",
                        "%(count)d subsidies are left out of the open data.",
                        len(left_out),
                    )
                    % {"count": len(left_out)},
                    OpenDataFilter.parameter_name,
                    gettext("See them and why."),
                ),
            )
        return super().changelist_view(request, extra_context)

    def get_list_display(self, request):
        left_out = getattr(request, "open_data_left_out", {})

        @admin.display(description=_("open data"))
        def open_data_status(obj):
            if obj.pk not in left_out:
                return gettext("Published")
            reasons = " ".join(str(reason) for reason in left_out[obj.pk])
            return format_html("<strong>{}</strong> {}", gettext("Left out:"), reasons)

        return (*self.list_display, open_data_status)


@admin.register(ArticleCategory)
class ArticleCategoryAdmin(TranslatedAdmin):
    list_display = ("name", "position")
    list_editable = ("position",)
    search_fields = ("name",)
    prepopulated_fields = {"slug": ("name",)}


@admin.register(Article)
class ArticleAdmin(ContentAdmin):
    list_display = ("thumbnail", "title", "category", "published_on", "is_featured", "status")
    list_filter = ("category", "is_featured", "status")
    list_select_related = ("image", "category")
    search_fields = ("title", "summary")
    date_hierarchy = "published_on"
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ("image", "cities", "networks")


@admin.register(Event)
class EventAdmin(ContentAdmin):
    list_display = ("thumbnail", "title", "starts_at", "ends_at", "venue", "status")
    list_filter = ("status",)
    search_fields = ("title", "summary", "venue")
    date_hierarchy = "starts_at"
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ("image", "cities")


@admin.register(KeyFigure)
class KeyFigureAdmin(ContentAdmin):
    list_display = ("label", "kind", "value", "unit", "position", "status")
    list_filter = ("kind", "status")
    list_editable = ("position",)
    list_select_related = ()
    search_fields = ("value", "label")
    autocomplete_fields = ()


@admin.register(Page)
class PageAdmin(TreeAdmin, ContentAdmin):
    """The pages as a tree (django-treebeard): drag a page to move it below another or to order it
    among its siblings. Its address and those of the pages below it follow, and the old ones
    redirect (relations/redirects.py); a move the page's own checks refuse is undone."""

    change_list_template = "admin/tree_change_list.html"
    list_display = ("title", "thumbnail", "show_in_navigation", "status")
    list_filter = ("show_in_navigation", "status")
    list_select_related = ("image", "parent")
    search_fields = ("title", "summary")
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ("image", "parent")

    def changelist_view(self, request, extra_context=None):
        # treebeard says which level it shows only on a GET: a POST that comes back to the list (an
        # action refused) shows the top level rather than failing.
        request._treebeard_parent = None
        return super().changelist_view(request, extra_context)

    def move_node(self, request):
        # treebeard answers a move it cannot read with a bare text: the site's 400 page says it in
        # the staff member's language.
        response = super().move_node(request)
        if response.status_code == 400:
            raise BadRequest(response.content.decode())
        return response

    def children_view(self, request, parent_id):
        """The children of a page, which the tree's script asks for: an id that is no page's answers
        404, and a query the list cannot apply 400, as the list itself does, rather than failing."""
        try:
            self.model._meta.pk.to_python(parent_id)
        except ValidationError:
            raise Http404 from None
        try:
            return super().children_view(request, parent_id)
        except IncorrectLookupParameters as error:
            raise BadRequest(error) from None


class OneRecordAdmin(TranslatedAdmin):
    """A record the site has one of: it can be changed, never added twice nor deleted."""

    def has_add_permission(self, request):
        return super().has_add_permission(request) and not self.model.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(AccessibilityStatement)
class AccessibilityStatementAdmin(OneRecordAdmin):
    """The RGAA statement: its conformity state is also the line shown in every page's footer."""

    list_display = ("title", "conformity", "compliance_rate", "audit_date")


@admin.register(ContactDetails)
class ContactDetailsAdmin(OneRecordAdmin):
    list_display = ("office", "phone", "email")


@admin.register(MenuEntry)
class MenuEntryAdmin(TranslatedAdmin):
    """The entries of the main menu and of the footer: a page, a list or an address, in order.
    An entry to a page that is not published is hidden from readers until it is."""

    list_display = ("__str__", "menu", "sort_order", "page", "list_name", "url")
    list_editable = ("sort_order",)
    list_filter = ("menu",)
    list_select_related = ("page",)
    autocomplete_fields = ("page",)
    fields = ("menu", "sort_order", "label", "page", "list_name", "url")


class RedirectLanguageFilter(admin.SimpleListFilter):
    """The language of a redirect is the first segment of its old address."""

    title = _("language")
    parameter_name = "language"

    def lookups(self, request, model_admin):
        return settings.LANGUAGES

    def queryset(self, request, queryset):
        if self.value() in dict(settings.LANGUAGES):
            return queryset.filter(old_path__startswith=f"/{self.value()}/")
        return queryset


@admin.register(Redirect)
class RedirectAdmin(admin.ModelAdmin):
    """Old addresses and where they lead: recorded by the site when an address changes, or added by
    staff (the addresses of a former site). Checks and chains: relations/models/redirects.py."""

    list_display = ("old_path", "new_path", "prefix", "language", "hits", "last_hit_at", "created_at")
    list_filter = (RedirectLanguageFilter, "prefix")
    search_fields = ("old_path", "new_path")
    fields = ("old_path", "new_path", "prefix", "hits", "last_hit_at", "created_at")
    readonly_fields = ("hits", "last_hit_at", "created_at")

    @admin.display(description=_("language"))
    def language(self, obj):
        return dict(settings.LANGUAGES).get(obj.language, "—")
