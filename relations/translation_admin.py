"""The translators' pages in the admin: translation status, and content export/import as PO files."""

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .content_translation import (
    SOURCE_LANGUAGE,
    TranslationFileError,
    export_catalogue,
    import_catalogue,
    parse_catalogue,
    records_for,
    translated_models,
    word_diff,
)
from .locale_files import catalogue_problems, catalogues
from .models.translation_records import CURRENT, MISSING, OUTDATED, STATES, object_state, shown_field_states
from .roles import can_edit_locale_files

TARGET_LANGUAGES = [(code, name) for code, name in settings.LANGUAGES if code != SOURCE_LANGUAGE]
MAX_UPLOAD_BYTES = 5 * 1024 * 1024
LISTED_OBJECTS = 200
# The admin lists' filter on the state of the translation in a language (relations/admin.py).
STATE_FILTER_PARAMETER = "translation_{language}"


def may_read_status(user):
    """Translators, and the editors who write what they translate: whoever may see the content in the admin."""
    return can_edit_locale_files(user) or (user.is_active and user.is_staff and user.has_module_perms("relations"))


def guarded_by(check):
    def decorator(view):
        def guarded(request, *args, **kwargs):
            if not check(request.user):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return admin.site.admin_view(guarded)

    return decorator


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


def french_changes(obj, states, records):
    """For each outdated field: its name and what changed in its French since the translation was made."""
    model = type(obj)
    return [
        {
            "field": model._meta.get_field(name).verbose_name,
            "parts": word_diff(
                model, name, records[(obj.pk, name)].source_text, getattr(obj, f"{name}_{SOURCE_LANGUAGE}")
            ),
        }
        for name, state in states.items()
        if state == OUTDATED
    ]


def changelist_url(model, language=None, state=None):
    try:
        url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    except NoReverseMatch:
        return None
    return f"{url}?{STATE_FILTER_PARAMETER.format(language=language)}={state}" if language else url


def status_view(request):
    rows, pending = [], []
    for model in translated_models():
        change_url = f"admin:{model._meta.app_label}_{model._meta.model_name}_change"
        row = {"name": model._meta.verbose_name_plural, "url": changelist_url(model), "languages": []}
        objects = list(model._default_manager.order_by("pk"))
        for code, name in TARGET_LANGUAGES:
            records = records_for(model, code)
            counts = {state: 0 for state in STATES}
            for obj in objects:
                states = shown_field_states(obj, code, records)
                state = object_state(states)
                counts[state] += 1
                if state != CURRENT and len(pending) < LISTED_OBJECTS:
                    pending.append(
                        {
                            "object": obj,
                            "type": model._meta.verbose_name,
                            "language": name,
                            "state": state,
                            "missing": [
                                model._meta.get_field(f).verbose_name for f, s in states.items() if s == MISSING
                            ],
                            "diffs": french_changes(obj, states, records),
                            "url": reverse(change_url, args=[obj.pk]),
                        }
                    )
            row["languages"].append(
                {
                    "name": name,
                    "counts": [
                        {"state": state, "count": counts[state], "url": changelist_url(model, code, state)}
                        for state in STATES
                    ],
                    **counts,
                }
            )
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
        "import_form": ImportForm() if can_edit_locale_files(request.user) else None,
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
    readers, translators = guarded_by(may_read_status), guarded_by(can_edit_locale_files)
    return [
        path("translations/", readers(status_view), name="translation_status"),
        path("translations/export/<str:language>/", readers(export_view), name="translation_export"),
        path("translations/import/", translators(import_view), name="translation_import"),
    ]
