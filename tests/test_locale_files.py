"""The guard on the interface translations: every message of the code and templates is translated
in French, German and English, nothing is fuzzy, and the compiled catalogues are up to date."""

import io
import os
import shutil
import time
from pathlib import Path

import polib
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation

from relations.locale_files import (
    catalogue_problems,
    catalogues,
    entry_problems,
    is_route_translation,
    translation_problems,
    url_routes,
)

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


# What a translator may write: the translations reach the pages unescaped ({% blocktranslate %}) and
# some of them are addresses, so the catalogues are checked for what would break a page or an address.


def problems_of(msgid, msgstr, **entry):
    with translation.override("en"):
        return entry_problems(polib.POEntry(msgid=msgid, msgstr=msgstr, **entry), address_parts={"twin-cities/"})


@pytest.mark.parametrize(
    "msgstr",
    [
        'Urkunde vom %(date)s<meta http-equiv="refresh" content="0;url=https://example.org/">',
        'Urkunde vom %(date)s, <a href="https://example.org/">mehr</a>',
        "Urkunde vom %(date)s<!-- -->",
        # Unclosed, the tag would take in the page's own markup that follows it.
        'Urkunde vom %(date)s<img src=x onerror="alert(1)"',
    ],
)
def test_a_translation_may_not_add_markup_to_a_message_without_any(msgstr):
    assert any("may not contain HTML markup" in problem for problem in problems_of("charter of %(date)s", msgstr))


def test_a_translation_keeps_exactly_the_markup_of_its_original():
    msgid = 'See <a href="%(url)s">the charter</a>.'
    assert problems_of(msgid, 'Siehe <a href="%(url)s">die Urkunde</a>.') == []
    assert problems_of(msgid, 'Siehe <a href="https://example.org/">die Urkunde</a>.') != []
    assert problems_of(msgid, 'Siehe <a href="%(url)s" onclick="steal()">die Urkunde</a>.') != []
    assert problems_of(msgid, "Siehe die Urkunde.") != []
    assert problems_of("Twins & partners < 10", "Partner & Freunde < 10") == []


@pytest.mark.parametrize(
    "msgid,msgstr",
    [
        ("View on site (%(language)s)", "Auf der Website ansehen (%(sprache)s)"),
        ("View on site (%(language)s)", "Auf der Website ansehen"),
        ("View on site (%(language)s)", "Auf der Website ansehen (%(language)s, %(secret)s)"),
        ("%s of %s", "%s"),
        ("Hello {name}", "Hallo {nom}"),
        ("Twin cities", "Partnerstädte (%(count)d)"),
    ],
)
def test_a_translation_keeps_exactly_the_placeholders_of_its_original(msgid, msgstr):
    assert any("placeholders" in problem for problem in problems_of(msgid, msgstr))


def test_a_lone_percent_sign_is_refused_where_the_message_is_formatted_only():
    assert any("percent sign" in problem for problem in problems_of("%(count)s cities", "%(count)s Städte, 100 %"))
    assert problems_of("%(count)s cities", "%(count)s Städte, 100 %%") == []
    assert problems_of("focal point, horizontal (%)", "Fokuspunkt, waagrecht (%)") == []


def test_plural_forms_keep_the_placeholders_of_their_original():
    entry = {"msgid_plural": "%(counter)s cities", "msgstr_plural": {0: "%(counter)s Stadt", 1: "Städte"}}
    assert any("placeholders" in problem for problem in problems_of("%(counter)s city", "", **entry))
    entry["msgstr_plural"][1] = "%(counter)s Städte"
    assert problems_of("%(counter)s city", "", **entry) == []


@pytest.mark.parametrize(
    "msgid,msgstr",
    [
        ("twin-cities/", "partnerstaedte/"),
        ("twin-cities/<slug:slug>/", "partnerstaedte/<slug:slug>/"),
        ("events/<slug:slug>/calendar.ics", "veranstaltungen/<slug:slug>/kalender.ics"),
        ("associations/subsidies.csv", "vereine/zuschuesse.csv"),
        ("articles/category/<slug:slug>/", "artikel/rubrik-2/<slug:slug>/"),
    ],
)
def test_an_address_part_translated_in_its_shape_passes(msgid, msgstr):
    assert is_route_translation(msgid, msgstr)


@pytest.mark.parametrize(
    "msgid,msgstr",
    [
        ("twin-cities/", "partnerstaedte"),
        ("twin-cities/", "partnerstädte/"),
        ("twin-cities/", "Partnerstaedte/"),
        ("twin-cities/", "partner staedte/"),
        ("twin-cities/", "partner_staedte/"),
        ("twin-cities/", "-partnerstaedte/"),
        ("twin-cities/", "//example.org/"),
        ("twin-cities/", "partner/staedte/"),
        ("twin-cities/", "../"),
        ("twin-cities/<slug:slug>/", "partnerstaedte/<slug:name>/"),
        ("twin-cities/<slug:slug>/", "partnerstaedte/<path:slug>/"),
        ("twin-cities/<slug:slug>/", "partnerstaedte/berlin/"),
        ("associations/subsidies.csv", "vereine/zuschuesse.xls"),
        ("associations/subsidies.csv", "vereine/zuschuesse.csv/"),
    ],
)
def test_an_address_part_out_of_shape_is_refused(msgid, msgstr):
    assert not is_route_translation(msgid, msgstr)


def test_the_address_parts_are_found_in_the_urlconf_and_checked():
    assert any("must be translated in the same shape" in problem for problem in problems_of("twin-cities/", "staedte"))
    routes = {route for _prefix, route in url_routes()}
    assert {"twin-cities/", "twin-cities/<slug:slug>/", "associations/subsidies.csv"} <= routes
    assert "Twin cities" not in routes


def german_catalogue():
    return polib.pofile(str(PROJECT / "locale" / "de" / "LC_MESSAGES" / "django.po"))


def collisions(catalogue):
    with translation.override("en"):
        return [problem for problem in translation_problems(catalogue) if "collides" in problem]


@pytest.mark.parametrize(
    "msgid,msgstr,other",
    [
        ("networks/", "partnerstaedte/", "twin-cities/"),  # the same address as the twin cities
        ("search/", "admin/", "admin/"),  # an address of the admin
        ("twin-cities/map/", "netzwerke/karte/", "networks/<slug:slug>/"),  # the network "karte"
    ],
)
def test_two_address_parts_of_one_language_may_not_collide(msgid, msgstr, other):
    catalogue = german_catalogue()
    assert collisions(catalogue) == []
    catalogue.find(msgid).msgstr = msgstr
    found = collisions(catalogue)
    assert len(found) == 1 and f"“{other}”" in found[0] and msgid in found[0]


def test_check_locale_files_reports_a_catalogue_a_translator_broke(settings, tmp_path):
    copy = tmp_path / "locale"
    shutil.copytree(PROJECT / "locale", copy)
    settings.LOCALE_PATHS = [copy]
    po_path = copy / "de" / "LC_MESSAGES" / "django.po"
    catalogue = polib.pofile(str(po_path))
    catalogue.find("charter of %(date)s").msgstr = 'Urkunde vom %(date)s<meta http-equiv="refresh" content="0">'
    catalogue.find("twin-cities/").msgstr = "partnerstaedte"
    catalogue.save()
    catalogue.save_as_mofile(str(po_path.with_suffix(".mo")))
    output = io.StringIO()
    with translation.override("en"), pytest.raises(CommandError, match="2 problem"):
        call_command("check_locale_files", stdout=output)
    report = output.getvalue()
    assert "“charter of %(date)s” may not contain HTML markup" in report
    assert "“twin-cities/” must be translated in the same shape" in report
