"""The translators' pages in the admin: translation status, and content export/import as PO files."""

import difflib

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

from .content_translation import (
    SOURCE_LANGUAGE,
    TranslationFileError,
    export_catalogue,
    import_catalogue,
    parse_catalogue,
    records_for,
    translated_models,
    translation_state,
)
from .locale_files import catalogue_problems, catalogues
from .roles import can_edit_locale_files

TARGET_LANGUAGES = [(code, name) for code, name in settings.LANGUAGES if code != SOURCE_LANGUAGE]
MAX_UPLOAD_BYTES = 5 * 1024 * 1024
LISTED_OBJECTS = 200


def translators_only(view):
    def guarded(request, *args, **kwargs):
        if not can_edit_locale_files(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return admin.site.admin_view(guarded)


class ImportForm(forms.Form):
    language = forms.ChoiceField(label=gettext_lazy("Language of the translations"), choices=TARGET_LANGUAGES)
    file = forms.FileField(label=gettext_lazy("PO file"))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(gettext_lazy("The file is too large (5 MB at most)."))
        try:
            return parse_catalogue(upload.read())
        except TranslationFileError as error:
            raise forms.ValidationError(gettext_lazy("This file cannot be read as a PO file.")) from error


def object_states(model, language):
    """Each object's state in the language: the worst state of its fields, and the French diffs."""
    records = records_for(model, language)
    fields = translator.get_options_for_model(model).fields
    for obj in model._default_manager.order_by("pk"):
        states, diffs = [], []
        for field_name in fields:
            if not getattr(obj, build_localized_fieldname(field_name, SOURCE_LANGUAGE)):
                continue
            state = translation_state(obj, field_name, language, records)
            states.append(state)
            if state == "outdated":
                record = records[(obj.pk, field_name)]
                current = getattr(obj, build_localized_fieldname(field_name, SOURCE_LANGUAGE))
                diffs.append(
                    {
                        "field": field_name,
                        "lines": list(difflib.ndiff(record.source_text.splitlines(), current.splitlines())),
                    }
                )
        state = "missing" if "missing" in states else "outdated" if "outdated" in states else "current"
        yield obj, state, diffs


def status_view(request):
    rows, pending = [], []
    for model in translated_models():
        change_url = f"admin:{model._meta.app_label}_{model._meta.model_name}_change"
        row = {"name": model._meta.verbose_name_plural, "languages": []}
        for code, name in TARGET_LANGUAGES:
            counts = {"missing": 0, "outdated": 0, "current": 0}
            for obj, state, diffs in object_states(model, code):
                counts[state] += 1
                if state != "current" and len(pending) < LISTED_OBJECTS:
                    pending.append(
                        {
                            "object": obj,
                            "type": model._meta.verbose_name,
                            "language": name,
                            "state": state,
                            "diffs": diffs,
                            "url": reverse(change_url, args=[obj.pk]),
                        }
                    )
            row["languages"].append({"name": name, **counts})
        rows.append(row)
    locale_files = []
    for code, po_path in catalogues():
        problems = catalogue_problems(po_path)
        # Shown from the project's folder, unless the catalogues live elsewhere (a shared volume).
        path = po_path.relative_to(settings.BASE_DIR) if po_path.is_relative_to(settings.BASE_DIR) else po_path
        locale_files.append({"language": code, "path": path, "problems": problems})
    context = {
        **admin.site.each_context(request),
        "title": _("Translation status"),
        "rows": rows,
        "pending": pending,
        "languages": TARGET_LANGUAGES,
        "locale_files": locale_files,
        "import_form": ImportForm(),
    }
    return TemplateResponse(request, "admin/relations/translation_status.html", context)


def export_view(request, language):
    if language not in dict(TARGET_LANGUAGES):
        raise PermissionDenied
    response = HttpResponse(str(export_catalogue(language)), content_type="text/x-gettext-translation; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="content-{language}.po"'
    return response


def import_view(request):
    if request.method != "POST":
        return redirect("admin:translation_status")
    form = ImportForm(request.POST, request.FILES)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return redirect("admin:translation_status")
    report = import_catalogue(form.cleaned_data["file"], form.cleaned_data["language"])
    for problem in report.problems:
        messages.warning(request, problem)
    if report.invalid:
        messages.error(request, _("Some translations are invalid: nothing was imported."))
    else:
        messages.success(
            request,
            _("%(changed)s text(s) changed; %(stale)s stale and %(unknown)s unknown entries not applied.")
            % {"changed": len(report.changed), "stale": len(report.stale), "unknown": len(report.unknown)},
        )
    return redirect("admin:translation_status")


def urls():
    return [
        path("translations/", translators_only(status_view), name="translation_status"),
        path("translations/export/<str:language>/", translators_only(export_view), name="translation_export"),
        path("translations/import/", translators_only(import_view), name="translation_import"),
    ]
