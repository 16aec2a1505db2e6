"""The guard on the interface translations: every message of the code and templates is translated
in French, German and English, nothing is fuzzy, and the compiled catalogues are up to date."""

import os
import shutil
import time
from pathlib import Path

import polib
import pytest
from django.core.management import call_command

from relations.locale_files import catalogue_problems, catalogues

PROJECT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("language,po_path", list(catalogues()), ids=lambda value: str(value)[-30:])
def test_each_catalogue_is_complete_and_compiled(language, po_path):
    assert catalogue_problems(po_path) == []


def write_catalogue(path, entries):
    catalogue = polib.POFile()
    catalogue.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    for entry in entries:
        catalogue.append(entry)
    path.parent.mkdir(parents=True, exist_ok=True)
    catalogue.save(str(path))
    return path


def test_the_guard_catches_an_untranslated_message_a_fuzzy_one_and_a_stale_compilation(tmp_path):
    po_path = write_catalogue(
        tmp_path / "de" / "LC_MESSAGES" / "django.po",
        [
            polib.POEntry(msgid="Twin cities", msgstr="Partnerstädte"),
            polib.POEntry(msgid="A message nobody translated", msgstr=""),
            polib.POEntry(msgid="Events", msgstr="Veranstaltungen", flags=["fuzzy"]),
        ],
    )
    polib.pofile(str(po_path)).save_as_mofile(str(po_path.with_suffix(".mo")))
    old = time.time() - 60
    os.utime(po_path.with_suffix(".mo"), (old, old))
    problems = catalogue_problems(po_path)
    assert any("untranslated: 'A message nobody translated'" in problem for problem in problems)
    assert any("fuzzy: 'Events'" in problem for problem in problems)
    assert any("older than its .po" in problem for problem in problems)
    assert not any("Twin cities" in problem for problem in problems)


@pytest.mark.skipif(
    shutil.which("xgettext") is None, reason="collecting messages needs GNU gettext (installed by .ci/run)"
)
def test_every_message_of_the_code_is_in_the_catalogues(tmp_path, settings, monkeypatch):
    """Collects the messages of the code afresh into a copy of the project: nothing new may appear."""
    # makemessages writes into the locale folder beside the sources, so it works on a copy.
    for folder in ("relations", "limoges_site", "templates", "locale"):
        shutil.copytree(PROJECT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
    copy = tmp_path / "locale"
    settings.LOCALE_PATHS = [copy]
    monkeypatch.chdir(tmp_path)
    call_command("makemessages", locale=["fr", "de", "en"], no_obsolete=True, verbosity=0)
    for language in ("fr", "de", "en"):
        catalogue = polib.pofile(str(copy / language / "LC_MESSAGES" / "django.po"))
        missing = [entry.msgid for entry in catalogue.untranslated_entries() + catalogue.fuzzy_entries()]
        assert missing == [], f"{language}: messages without translation: {missing}"


def test_translators_can_check_the_catalogues_from_the_command_line(capsys):
    call_command("check_locale_files")
    assert "Every catalogue is complete and compiled." in capsys.readouterr().out
