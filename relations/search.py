"""Search across the section's published content, in the reader's language.

On PostgreSQL the match and the ranking use full-text search with the
language's own dictionary (French, German or English stemming); on SQLite a
plain case-insensitive match stands in. Where a text has no translation in the
reader's language, its French text is searched, as it is the one shown.
"""

import re

from django.conf import settings
from django.db import connection
from django.db.models import F, Q, TextField, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname

from .content_types import searchable_models

RESULTS_PER_TYPE = 20
MAX_QUERY_LENGTH = 200
POSTGRES_DICTIONARIES = {"fr": "french", "de": "german", "en": "english"}


def shown_text(field, language):
    """The column the reader sees: the language's own text, or the French one where it is empty."""
    own = F(build_localized_fieldname(field, language))
    french = F(build_localized_fieldname(field, settings.LANGUAGE_CODE))
    return Coalesce(NullIf(own, Value("")), french, output_field=TextField())


def highlight(text, terms, length=240):
    """An escaped excerpt of the text around the first term found, with every term in <mark>."""
    text = strip_tags(text or "")
    pattern = re.compile("|".join(re.escape(term) for term in terms), re.IGNORECASE) if terms else None
    start = 0
    match = pattern.search(text) if pattern else None
    if match and match.start() > length // 2:
        start = text.rfind(" ", 0, match.start() - length // 3) + 1
    excerpt = text[start : start + length]
    prefix, suffix = ("… " if start else ""), (" …" if start + length < len(text) else "")
    if not pattern:
        return escape(prefix + excerpt + suffix)
    pieces, position = [], 0
    for found in pattern.finditer(excerpt):
        pieces += [escape(excerpt[position : found.start()]), mark_safe(f"<mark>{escape(found.group())}</mark>")]
        position = found.end()
    pieces.append(escape(excerpt[position:]))
    return mark_safe(escape(prefix) + "".join(pieces) + escape(suffix))


def search(query):
    """Published objects matching the query, grouped by type, best first within each type."""
    query = " ".join(query.split())[:MAX_QUERY_LENGTH]
    terms = [term for term in re.findall(r"\w+", query) if len(term) > 1]
    if not terms:
        return []
    language = get_language()
    groups = []
    # The types that say they are searchable (relations/content_types.py), in their display order.
    for model in searchable_models():
        title, summary, body = (shown_text(field, language) for field in (model.title_field, "summary", "body"))
        queryset = (
            model.objects.published()
            # What the results' addresses are made of comes in the same query (a page's ancestors).
            .select_related(*model.address_related)
            .annotate(shown_title=title, shown_summary=summary, shown_body=body)
        )
        if connection.vendor == "postgresql":
            queryset = _postgres_match(queryset, query, language)
        else:
            every_term = Q()
            for term in terms:
                every_term &= (
                    Q(shown_title__icontains=term) | Q(shown_summary__icontains=term) | Q(shown_body__icontains=term)
                )
            queryset = queryset.filter(every_term)
        objects = list(queryset[:RESULTS_PER_TYPE])
        if objects:
            results = [
                {
                    "object": obj,
                    "title": highlight(obj.shown_title, terms, length=200),
                    "excerpt": highlight(f"{obj.shown_summary} {obj.shown_body}", terms),
                    "url": obj.get_absolute_url(),
                }
                for obj in objects
            ]
            groups.append({"name": model._meta.verbose_name_plural, "results": results})
    return groups


def _postgres_match(queryset, query, language):
    from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector

    dictionary = POSTGRES_DICTIONARIES.get(language, "simple")
    vector = (
        SearchVector("shown_title", weight="A", config=dictionary)
        + SearchVector("shown_summary", weight="B", config=dictionary)
        + SearchVector("shown_body", weight="C", config=dictionary)
    )
    search_query = SearchQuery(query, search_type="websearch", config=dictionary)
    return queryset.annotate(rank=SearchRank(vector, search_query)).filter(rank__gt=0).order_by("-rank")
