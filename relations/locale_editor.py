"""The locale editor: django-rosetta's views, on the project's own catalogues only (those of
settings.LOCALE_PATHS, not the ones of Django and the installed packages), refusing to save
translations that would break a page or an address (relations.locale_files).

Rosetta has no validation hook: its form view is subclassed to check the posted translations
before it writes anything. These views take rosetta's own URLs and names.

A translated address part that changes moves a whole part of the site (German "twin-cities/" from
"partnerstaedte/" to "staedte/"): once the catalogue is saved, the old part redirects to the new
one, with every address below it (a prefix redirect, relations.models.Redirect). The routes of
relations/urls.py sit right under the language prefix, so the old part's address is /<language>/<part>.
"""

import copy
import os
import re

from django.conf import settings
from django.contrib import messages
from django.dispatch import receiver
from django.http import Http404
from django.shortcuts import redirect
from django.urls import re_path
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from polib import pofile
from rosetta import signals as rosetta_signals
from rosetta import urls as rosetta_urls
from rosetta import views as rosetta

from .locale_files import address_parts, catalogues, translation_problems
from .models import Redirect
from .roles import can_edit_locale_files

PROJECT = "project"


def editable_catalogues(language):
    return [str(po_path) for code, po_path in catalogues() if code == language and po_path.exists()]


class ProjectCataloguesMixin:
    def dispatch(self, request, *args, **kwargs):
        # Rosetta sends a member of the staff it refuses to the login page, which sends them on to the
        # admin's home without a word: they are told why, in their language.
        if request.user.is_authenticated and request.user.is_staff and not can_edit_locale_files(request.user):
            messages.error(request, _("Only translators and administrators can edit the interface translations."))
            return redirect("admin:index")
        # Rosetta's other filters ("all", "django", "third-party") open the catalogues of the packages.
        if kwargs.get("po_filter") != PROJECT:
            raise Http404
        return super().dispatch(request, *args, **kwargs)


class CatalogueMixin(ProjectCataloguesMixin):
    @cached_property
    def po_file_path(self):
        try:
            return editable_catalogues(self.language_id)[int(self.kwargs["idx"])]
        except IndexError:
            raise Http404 from None


def catalogue_row(path):
    """A catalogue as rosetta's list shows it."""
    return rosetta.get_app_name(path), os.path.realpath(path), pofile(path)


class CatalogueListView(ProjectCataloguesMixin, rosetta.TranslationFileListView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["languages"] = [
            (code, name, [catalogue_row(path) for path in editable_catalogues(code)])
            for code, name, _files in context["languages"]
        ]
        context["has_pos"] = any(files for _code, _name, files in context["languages"])
        return context


# Rosetta names each translation field after a hash of its entry: m_<hash>, or m_<hash>_<form> for plurals.
TRANSLATION_FIELD = re.compile(r"m_(?P<hash>[0-9a-f]+)(?:_(?P<form>[0-9]+))?")


class CatalogueFormView(CatalogueMixin, rosetta.TranslationFormView):
    def post(self, request, *args, **kwargs):
        proposed = self.proposed_catalogue()
        already_there = set(translation_problems(self.po_file))
        problems = [problem for problem in translation_problems(proposed) if problem not in already_there]
        if not problems:
            request.moved_address_parts = moved_address_parts(self.po_file, proposed, self.language_id)
            return super().post(request, *args, **kwargs)
        for problem in problems:
            messages.error(request, problem)
        messages.error(request, _("Nothing was saved: correct the translations below."))
        # The form again, with what the translator typed, to correct it; the fields keep the hashes of
        # the entries as they are on disk, so the next save finds them.
        self.po_file = proposed
        return self.render_to_response(self.get_context_data(**kwargs))

    def proposed_catalogue(self):
        """The catalogue as rosetta would save it from this form."""
        proposed = copy.deepcopy(self.po_file)
        for name, value in self.request.POST.items():
            field = TRANSLATION_FIELD.fullmatch(name)
            entry = field and proposed.find(field["hash"], "md5hash")
            if not entry:
                continue  # rosetta tells the translator
            if field["form"] is None:
                entry.msgstr = self.fix_nls(entry.msgid, value)
            else:
                entry.msgstr_plural[int(field["form"])] = self.fix_nls(entry.msgid_plural, value)
        return proposed


def static_part(route):
    """What of a route is the same in every address it gives: "partnerstaedte/" of "partnerstaedte/<slug:slug>/"."""
    return route.partition("<")[0]


def untranslated_route(route, language):
    """The route Django serves when its translation is empty: that of the default language, except in
    the default language itself and in English, where it is the original (Django's own fallback,
    django.utils.translation.trans_real.DjangoTranslation)."""
    if language == settings.LANGUAGE_CODE or language.startswith("en"):
        return route
    with translation.override(settings.LANGUAGE_CODE):
        return translation.gettext(route)


def moved_address_parts(catalogue, proposed, language):
    """(old address, new address) of each translated address part the proposed catalogue changes."""
    moves = {}
    for route in sorted(address_parts()):
        before, after = catalogue.find(route), proposed.find(route)
        if before is None or after is None:
            continue
        fallback = untranslated_route(route, language)
        old, new = static_part(before.msgstr or fallback), static_part(after.msgstr or fallback)
        if old and new and old != new:
            moves[f"/{language}/{old}"] = f"/{language}/{new}"
    return list(moves.items())


@receiver(rosetta_signals.post_save)
def redirect_moved_address_parts(sender, request, **kwargs):
    """Rosetta saved the catalogue: the old address parts lead to the new ones."""
    for old_prefix, new_prefix in getattr(request, "moved_address_parts", ()):
        Redirect.objects.record_prefix(old_prefix, new_prefix)


class CatalogueDownloadView(CatalogueMixin, rosetta.TranslationFileDownload):
    pass


VIEWS = {
    "rosetta-file-list": CatalogueListView,
    "rosetta-form": CatalogueFormView,
    "rosetta-download-file": CatalogueDownloadView,
}

urlpatterns = [
    re_path(str(route.pattern), VIEWS[route.name].as_view(), name=route.name) if route.name in VIEWS else route
    for route in rosetta_urls.urlpatterns
]
