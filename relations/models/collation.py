"""Names and titles sorted as the reader's language sorts them, on both databases.

PostgreSQL compares with the ICU collation of the language (fr-x-icu, de-x-icu, en-x-icu). SQLite
knows no language: a collation of the same name is registered on each of its connections, which
compares the texts without their accents and case first (Séville, Stoke-on-Trent), then as they are.
"""

import functools
import unicodedata

from django.conf import settings
from django.db import connections
from django.db.backends.signals import connection_created
from django.db.models.functions import Collate
from django.utils import translation
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname


def collation_name(language):
    return f"{language}-x-icu"


def sort_key(text):
    """Letters without accents and case first, the text itself to break ties."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    plain = "".join(character for character in decomposed if not unicodedata.combining(character))
    return plain.casefold(), text or ""


def compare(first, second):
    first, second = sort_key(first), sort_key(second)
    return (first > second) - (first < second)


def register_sqlite_collations(sender, connection, **kwargs):
    if connection.vendor == "sqlite":
        for code, _name in settings.LANGUAGES:
            connection.connection.create_collation(collation_name(code), compare)


connection_created.connect(register_sqlite_collations)


@functools.cache
def translated_text_fields(model):
    """{field or field of a language: field} of the model's translated fields (modeltranslation
    has already put an order by "name" as "name_fr")."""
    try:
        names = translator.get_options_for_model(model).fields
    except NotRegistered:
        return {}
    found = {name: name for name in names}
    for name in names:
        found |= {build_localized_fieldname(name, code): name for code, _language in settings.LANGUAGES}
    return found


def in_reading_order(queryset):
    """The queryset in its model's order, each translated text of the order (in the active
    language) compared with the language's collation."""
    if queryset.query.is_sliced or connections[queryset.db].vendor not in ("postgresql", "sqlite"):
        return queryset
    language = translation.get_language() or settings.LANGUAGE_CODE
    fields = translated_text_fields(queryset.model)
    ordering = []
    for entry in queryset.query.order_by or queryset.model._meta.ordering:
        name = fields.get(entry.lstrip("-")) if isinstance(entry, str) else None
        if name:
            collated = Collate(build_localized_fieldname(name, language), collation_name(language))
            ordering.append(collated.desc() if entry.startswith("-") else collated.asc())
        else:
            ordering.append(entry)
    return queryset.order_by(*ordering)
