"""Checks of the interface catalogues (locale/<language>/LC_MESSAGES/django.po).

Used by the test suite as a guard and by `manage.py check_locale_files` for translators:
a catalogue is complete when no entry is untranslated or fuzzy and its compiled .mo is
not older than the .po.
"""

from pathlib import Path

import polib
from django.conf import settings


def catalogues():
    for folder in settings.LOCALE_PATHS:
        for code, _name in settings.LANGUAGES:
            yield code, Path(folder) / code / "LC_MESSAGES" / "django.po"


def catalogue_problems(po_path):
    """What keeps one catalogue from being complete, as sentences a translator can act on."""
    po_path = Path(po_path)
    if not po_path.exists():
        return [f"{po_path}: the catalogue is missing"]
    catalogue = polib.pofile(str(po_path))
    problems = [f"{po_path}: untranslated: {entry.msgid!r}" for entry in catalogue.untranslated_entries()]
    problems += [f"{po_path}: fuzzy: {entry.msgid!r}" for entry in catalogue.fuzzy_entries()]
    mo_path = po_path.with_suffix(".mo")
    if not mo_path.exists():
        problems.append(f"{mo_path}: not compiled (make translations)")
    elif mo_path.stat().st_mtime < po_path.stat().st_mtime:
        problems.append(f"{mo_path}: older than its .po (make translations)")
    return problems
