"""Checks of the interface catalogues (locale/<language>/LC_MESSAGES/django.po).

Used by the test suite as a guard, by `manage.py check_locale_files` and by the locale editor
(relations/locale_editor.py), which refuses to save a catalogue that fails them:

- a catalogue is complete when no entry is untranslated or fuzzy and its compiled .mo is not
  older than the .po;
- a translation is safe when it has the HTML markup and the placeholders of its original: its
  text reaches the pages unescaped (`{% blocktranslate %}`), so markup a translator adds would be
  live HTML on every page, and a changed placeholder breaks the page or leaks the original;
- a translated address part (the routes of the URLconf, translated with gettext_lazy) keeps the
  shape of its original, in slug characters, and leads to no address another route already has.
"""

import re
from collections import Counter
from pathlib import Path

import polib
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.urls import URLResolver, get_resolver
from django.urls.converters import get_converters
from django.urls.resolvers import LocalePrefixPattern, RoutePattern
from django.utils import translation
from django.utils.text import Truncator
from django.utils.translation import gettext as _


def catalogues():
    for folder in settings.LOCALE_PATHS:
        for code, _name in settings.LANGUAGES:
            yield code, Path(folder) / code / "LC_MESSAGES" / "django.po"


def catalogue_problems(po_path):
    """What keeps one catalogue from being complete and safe, as sentences a translator can act on."""
    po_path = Path(po_path)
    if not po_path.exists():
        return [f"{po_path}: the catalogue is missing"]
    catalogue = polib.pofile(str(po_path))
    problems = [f"{po_path}: untranslated: {entry.msgid!r}" for entry in catalogue.untranslated_entries()]
    problems += [f"{po_path}: fuzzy: {entry.msgid!r}" for entry in catalogue.fuzzy_entries()]
    problems += [f"{po_path}: {problem}" for problem in translation_problems(catalogue)]
    mo_path = po_path.with_suffix(".mo")
    if not mo_path.exists():
        problems.append(f"{mo_path}: not compiled (make translations)")
    elif mo_path.stat().st_mtime < po_path.stat().st_mtime:
        problems.append(f"{mo_path}: older than its .po (make translations)")
    return problems


def translation_problems(catalogue):
    """The translations of a catalogue (a polib.POFile) that would break a page or an address."""
    routes = url_routes()
    parts = address_parts(routes)
    problems = []
    for entry in catalogue:
        if not entry.obsolete:
            problems += entry_problems(entry, parts)
    return problems + address_collisions(catalogue, routes)


def entry_problems(entry, address_parts=frozenset()):
    """What is wrong with one translation; address_parts are the routes of the URLconf."""
    if entry.msgid_plural:
        pairs = [(entry.msgid if form == 0 else entry.msgid_plural, text) for form, text in entry.msgstr_plural.items()]
    else:
        pairs = [(entry.msgid, entry.msgstr)]
    problems = []
    for original, text in pairs:
        if text:
            problems += markup_problems(original, text) + placeholder_problems(original, text, entry.flags)
    if entry.msgid in address_parts and entry.msgstr and not is_route_translation(entry.msgid, entry.msgstr):
        problems.append(
            _(
                "The address part “%(message)s” must be translated in the same shape: lowercase letters "
                "without accents, digits and hyphens between the same slashes, with the parts in angle "
                "brackets and the file extension unchanged."
            )
            % {"message": entry.msgid}
        )
    return problems


def shorten(message):
    return Truncator(message).chars(80)


# What an HTML parser reads as the start of a tag, a comment or a declaration, up to its ">" (or to
# the end of the text: an unclosed tag would swallow the page's own markup that follows it).
MARKUP = re.compile(r"<[A-Za-z/!?][^>]*>?")


def markup_problems(original, text):
    expected, found = Counter(MARKUP.findall(original)), Counter(MARKUP.findall(text))
    if found == expected:
        return []
    if not expected:
        message = _("The translation of “%(message)s” may not contain HTML markup: %(markup)s")
        return [message % {"message": shorten(original), "markup": " ".join(found)}]
    message = _("The translation of “%(message)s” must contain exactly the HTML markup of the original: %(markup)s")
    return [message % {"message": shorten(original), "markup": " ".join(expected.elements())}]


# printf-style conversions as Python's % operator reads them; without a conversion type, a lone "%".
PERCENT = re.compile(
    r"%(?:\((?P<name>[^)]*)\))?[#0\- +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?(?P<type>[diouxXeEfFgGcrsa%])?"
)
BRACES = re.compile(r"\{[A-Za-z_]\w*\}|\{\d*\}")


def placeholders(text):
    """The placeholders of a message (named ones as a set, positional ones counted), and whether it
    has a percent sign that is neither a placeholder nor an escaped percent ("%%")."""
    named, positional, stray = set(BRACES.findall(text)), Counter(), False
    for match in PERCENT.finditer(text):
        if match["type"] is None:
            stray = True
        elif match["name"] is not None:
            named.add(match[0])
        elif match["type"] != "%":
            positional[match[0]] += 1
    return named, positional, stray


def placeholder_problems(original, text, flags=()):
    named, positional, original_stray = placeholders(original)
    found_named, found_positional, stray = placeholders(text)
    problems = []
    if (found_named, found_positional) != (named, positional):
        expected = sorted(named) + sorted(positional.elements())
        found = sorted(found_named) + sorted(found_positional.elements())
        if expected:
            message = _(
                "The translation of “%(message)s” must keep exactly the placeholders of the original: %(placeholders)s"
            )
            problems.append(message % {"message": shorten(original), "placeholders": " ".join(expected)})
        else:
            message = _("The translation of “%(message)s” may not contain placeholders: %(placeholders)s")
            problems.append(message % {"message": shorten(original), "placeholders": " ".join(found)})
    # A lone "%" is harmless in a message nothing formats (its original has one too, or no "%" at
    # all); in one that is formatted, it breaks the page.
    formatted = "python-format" in flags or ("%" in original and not original_stray)
    if stray and formatted:
        message = _(
            "The translation of “%(message)s” contains a percent sign that is not a placeholder of the original: "
            "write it twice."
        )
        problems.append(message % {"message": shorten(original)})
    return problems


SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"
CONVERTER = re.compile(r"<[^<>]+>")
FILE_NAME = re.compile(r"[^.]+(?P<extension>\.[a-z0-9]+)")


def is_route_translation(route, translation):
    """Whether a translated route has the shape of its original: as many segments, the converters
    (<slug:slug>) and file extensions unchanged, the words in lowercase ASCII slug characters."""
    segments, translated = route.split("/"), translation.split("/")
    if len(segments) != len(translated):
        return False
    for segment, candidate in zip(segments, translated, strict=True):
        file_name = FILE_NAME.fullmatch(segment)
        if not segment or CONVERTER.fullmatch(segment):
            expected = re.escape(segment)
        elif file_name:
            expected = SLUG + re.escape(file_name["extension"])
        else:
            expected = SLUG
        if not re.fullmatch(expected, candidate):
            return False
    return True


def url_routes():
    """(prefix, route) of every address of the URLconf, untranslated: the routes given to path(),
    whose prefix is the route of the include() around them."""
    with translation.override(None):
        return list(_routes(get_resolver().url_patterns, ""))


def address_parts(routes=None):
    """The messages that are translated address parts: the routes of the URLconf."""
    return {route for _prefix, route in (url_routes() if routes is None else routes)}


def _routes(patterns, prefix):
    for pattern in patterns:
        if isinstance(pattern.pattern, LocalePrefixPattern):
            route = ""
        elif isinstance(pattern.pattern, RoutePattern):
            route = str(pattern.pattern)
        else:
            continue  # re_path(): not translatable, and no route to compare
        if isinstance(pattern, URLResolver):
            yield from _routes(pattern.url_patterns, prefix + route)
        else:
            yield prefix, route


SAMPLE_VALUES = {"int": "1", "uuid": "00000000-0000-0000-0000-000000000000"}


def sample_path(route):
    """An address the route matches, with an example value for each converter."""
    converters = get_converters()

    def example(match):
        name = match[0].strip("<>").partition(":")
        converter = name[0] if name[1] else "str"
        return SAMPLE_VALUES.get(converter, "x") if converter in converters else "x"

    return CONVERTER.sub(example, route)


class Address:
    """One address of the URLconf, to compare with the others: its route and an example path."""

    def __init__(self, route):
        self.route = route
        self.example = sample_path(route)
        try:
            self.pattern = RoutePattern(route, is_endpoint=True)
        except ImproperlyConfigured:  # a route Django cannot read (its shape is reported by entry_problems)
            self.pattern = None

    def matches(self, path):
        return self.pattern is not None and self.pattern.match(path) is not None

    def overlaps(self, other):
        return self.matches(other.example) or other.matches(self.example)


def address_collisions(catalogue, routes):
    """Translated routes that would lead to an address another route has, where the originals did not.

    Two originals that overlap by design (twin-cities/map/ and twin-cities/<slug:slug>/, or the
    free-form pages' catch-all) are left alone: only what the translation adds is reported.
    """
    translations = {}
    for entry in catalogue:
        if not entry.obsolete and entry.msgstr and is_route_translation(entry.msgid, entry.msgstr):
            translations[entry.msgid] = entry.msgstr
    addresses = [
        (route, Address(prefix + route), Address(prefix + translations.get(route, route))) for prefix, route in routes
    ]
    problems = []
    for index, (route, original, translated) in enumerate(addresses):
        if route not in translations:
            continue
        for other_index, (other_route, other_original, other_translated) in enumerate(addresses):
            if other_index == index or (other_route in translations and other_index < index):
                continue  # each pair of translated routes once
            if translated.overlaps(other_translated) and not original.overlaps(other_original):
                message = _(
                    "The translation of the address part “%(message)s” (“%(translation)s”) "
                    "collides with the address “%(other)s” (“%(other_translation)s”)."
                )
                problems.append(
                    message
                    % {
                        "message": route,
                        "translation": translated.route,
                        "other": other_original.route,
                        "other_translation": other_translated.route,
                    }
                )
    return problems
