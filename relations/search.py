"""Search across the section's published content, in the reader's language, forgiving accents, case
and simple plurals.

Each searchable object (relations/content_types.py says which types are) has one row per language in
the search index (relations.models.SearchEntry), holding the text a reader of that language sees:
its own translation, or the French text that stands in for a missing one. The rows are rewritten
whenever an object is saved or deleted (signals connected in relations/apps.py for every searchable
type of the app registry), built for existing rows by migration 0011, and rebuilt by
``manage.py rebuild_search_index`` after writes that send no signal (bulk imports, update()).

- PostgreSQL: a stored ``tsvector`` per row (title A, summary B, body C) made with an unaccented
  configuration of the language's dictionary (``fr_unaccent``: unaccent, then French stemming),
  GIN-indexed; the query is matched and ranked in the database.
- SQLite: the row's words casefolded, without accents and stemmed with the language's Snowball
  stemmer, matched word by word with LIKE; ranked in SQL (a word of the title counts more).

Whether an object may be found is asked of its own table at search time (``published()``): drafts,
scheduled and expired items are never found, whatever the index holds. The cost of a search is one
query per searchable type, whatever the amount of content.
"""

import html
import re
import threading
import unicodedata
from functools import lru_cache

import snowballstemmer
from django.conf import settings
from django.db import connection, transaction
from django.db.models import BooleanField, Case, F, IntegerField, OuterRef, Q, Subquery, TextField, Value, When
from django.db.models.functions import Coalesce, NullIf
from django.db.models.signals import post_delete, post_save
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname

from .content_types import searchable_models
from .models.translation_records import BLOCK_TAG_SPACE
from .translation import shown_language

RESULTS_PER_TYPE = 20
MAX_QUERY_LENGTH = 200
LANGUAGES = [code for code, _name in settings.LANGUAGES]
STEMMERS = {"fr": "french", "de": "german", "en": "english"}
# PostgreSQL text search configurations made by migration 0011: the language's Snowball dictionary
# after unaccent. A language without one gets "simple" (no stemming).
POSTGRES_CONFIGURATIONS = {"fr": "fr_unaccent", "de": "de_unaccent", "en": "en_unaccent"}
# How much a word found in the title weighs against one found in the summary or body (SQLite).
TITLE_WEIGHT = 4
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]*>")
INDEX_BATCH = 500


# Text as a reader reads it, and as the index compares it.


def plain_text(text):
    """Text without its markup, each block element a word boundary: "<p>Fassaden.</p><p>Keramik"
    reads "Fassaden. Keramik", never "Fassaden.Keramik"."""
    text = html.unescape(TAG.sub("", BLOCK_TAG_SPACE.sub(" ", text or "")))
    return " ".join(text.split())


def fold(word):
    """Casefolded, without accents: "CÉRAMIQUE" → "ceramique", "Fürth" → "furth", "Straße" → "strasse"."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(character for character in decomposed if not unicodedata.combining(character))


# A Snowball stemmer keeps the word it works on: one per thread and language.
_stemmers = threading.local()


@lru_cache(maxsize=100_000)
def stem(word, language):
    """The stem of a folded word in the language (the word itself in a language without a stemmer)."""
    if language not in STEMMERS:
        return word
    stemmers = _stemmers.__dict__
    if language not in stemmers:
        stemmers[language] = snowballstemmer.stemmer(STEMMERS[language])
    return stemmers[language].stemWord(word)


def normalised_words(text, language):
    """The text's words folded and stemmed in the language: "Les porcelaines" → ["le", "porcelain"]."""
    return [stem(fold(word), language) for word in WORD.findall(text or "")]


def query_terms(query, language):
    """The distinct normalised words of a query, one letter words left out."""
    terms = []
    for word in normalised_words(query, language):
        if len(word) > 1 and word not in terms:
            terms.append(word)
    return terms


# The index.


def shown_texts(obj, language):
    """The title, summary and body the reader of the language sees: French where a text is untranslated."""
    texts = []
    for field in (obj.title_field, "summary", "body"):
        own = getattr(obj, build_localized_fieldname(field, language), "") or ""
        french = getattr(obj, build_localized_fieldname(field, settings.LANGUAGE_CODE), "") or ""
        texts.append(plain_text(own if own.strip() else french))
    return texts


def entries_for(obj, label, entry_model=None):
    """The index rows of an object, one per language (not saved)."""
    from .models import SearchEntry

    entry_model = entry_model or SearchEntry
    entries = []
    for language in LANGUAGES:
        title, summary, body = shown_texts(obj, language)
        entry = entry_model(
            model=label,
            object_id=obj.pk,
            language=language,
            title_words=" " + " ".join(normalised_words(title, language)) + " ",
            words=" " + " ".join(normalised_words(f"{title} {summary} {body}", language)) + " ",
        )
        if connection.vendor == "postgresql":
            entry.vector = _postgres_vector(title, summary, body, language)
        entries.append(entry)
    return entries


def _postgres_vector(title, summary, body, language):
    from django.contrib.postgres.search import SearchVector

    config = POSTGRES_CONFIGURATIONS.get(language, "simple")
    return (
        SearchVector(Value(title), weight="A", config=config)
        + SearchVector(Value(summary), weight="B", config=config)
        + SearchVector(Value(body), weight="C", config=config)
    )


def write_entries(entries, entry_model=None):
    """Create or replace these rows, in one statement per batch."""
    from .models import SearchEntry

    (entry_model or SearchEntry).objects.bulk_create(
        entries,
        batch_size=INDEX_BATCH,
        update_conflicts=True,
        unique_fields=["model", "language", "object_id"],
        update_fields=["title_words", "words", "vector"],
    )


def index_objects(objects):
    """Write the index rows of these objects (all of one searchable type)."""
    entries = [entry for obj in objects for entry in entries_for(obj, obj._meta.label_lower)]
    if entries:
        write_entries(entries)


def rebuild_index(models=None, entry_model=None, get_model=None):
    """Rebuild the index of these searchable types (all by default), and forget types no longer
    searchable. Returns {label: number of objects}. Migrations pass their historical models."""
    from .models import SearchEntry

    entry_model = entry_model or SearchEntry
    models = searchable_models() if models is None else models
    counts = {}
    with transaction.atomic():
        if get_model is None:
            entry_model.objects.exclude(model__in=[model._meta.label_lower for model in searchable_models()]).delete()
        for model in models:
            label = model._meta.label_lower
            rows = (get_model(model) if get_model else model)._default_manager.order_by("pk")
            entry_model.objects.filter(model=label).delete()
            batch, count = [], 0
            for obj in rows.iterator(chunk_size=INDEX_BATCH):
                obj.title_field = model.title_field  # a historical model has no class attributes
                batch += entries_for(obj, label, entry_model)
                count += 1
                if len(batch) >= INDEX_BATCH:
                    write_entries(batch, entry_model)
                    batch = []
            if batch:
                write_entries(batch, entry_model)
            counts[label] = count
    return counts


def _index_saved(sender, instance, update_fields=None, **kwargs):
    if update_fields is not None:
        # A save of other columns only (a status, a date) leaves the searched texts as they were.
        texts = {instance.title_field, "summary", "body"}
        if not any(name.rsplit("_", 1)[0] in texts or name in texts for name in update_fields):
            return
    index_objects([instance])


def _unindex_deleted(sender, instance, **kwargs):
    from .models import SearchEntry

    SearchEntry.objects.filter(model=sender._meta.label_lower, language__in=LANGUAGES, object_id=instance.pk).delete()


def watch_searchable_changes():
    """Keep the index in step with every save and delete of a searchable type (from the app registry)."""
    for model in searchable_models():
        post_save.connect(_index_saved, sender=model, dispatch_uid=f"search-index-{model._meta.label_lower}")
        post_delete.connect(_unindex_deleted, sender=model, dispatch_uid=f"search-unindex-{model._meta.label_lower}")


# Searching.


def shown_text(field, language):
    """The column the reader sees: the language's own text, or the French one where it is empty."""
    own = F(build_localized_fieldname(field, language))
    french = F(build_localized_fieldname(field, settings.LANGUAGE_CODE))
    return Coalesce(NullIf(own, Value("")), french, output_field=TextField())


def result_columns(model):
    """What a result shows of its object: its title and summary in every language (the reader's, or
    the French standing in), and its address: its slugs and those of the pages above it. The texts
    come worked out in the query (shown_title, …), and the widest columns (the bodies, every other
    field in four languages) are neither read nor turned into Python values."""
    columns = [model.title_field, "summary", "slug"]
    for related in model.address_related:
        levels = related.split("__")
        for depth in range(1, len(levels) + 1):
            above = "__".join(levels[:depth])
            # Each level's slug, and the link to the level above it (None at the top of the tree).
            columns += [f"{above}__slug", f"{above}__{levels[depth - 1]}"]
    return columns


def body_in_french(language):
    """Whether the body the reader sees is the French one, standing in for a missing translation (as
    relations.translation.shown_language says of a loaded row), worked out in the query."""
    own, french = (build_localized_fieldname("body", code) for code in (language, settings.LANGUAGE_CODE))
    if own == french:
        return Value(False)
    missing = Q(**{f"{own}__isnull": True}) | Q(**{own: ""})
    return Case(When(missing & ~Q(**{french: ""}), then=Value(True)), default=Value(False), output_field=BooleanField())


def excerpt_language(result, language):
    """The language of a result's excerpt, which starts with its summary, or with its body where it
    has none (annotated by search())."""
    if result.shown_summary:
        return shown_language(result, "summary", language)
    return settings.LANGUAGE_CODE if result.body_in_french else language


def _same_length_fold_table():
    """Each accented Latin letter to its base letter, one character for one (for positions)."""
    table = {}
    for code in range(0xC0, 0x250):
        character = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFKD", character) if not unicodedata.combining(c))
        table[code] = (base or character)[:1]
    table[0x130] = "i"  # "İ".lower() is two characters
    return table


SAME_LENGTH_FOLD = _same_length_fold_table()


def highlight(text, terms, language, length=240):
    """An escaped excerpt of the plain text around the first word found, each word found in <mark>:
    a word is found when its folded stem begins with a term ("Céramiques" for "ceramique")."""
    text = text or ""
    folded = text.translate(SAME_LENGTH_FOLD).lower()
    if len(folded) != len(text):
        folded = "".join((fold(character) or " ")[:1] for character in text)
    # A stem begins as its word does: only words that begin as a term does are stemmed.
    candidates = re.compile(r"\b(?:{})\w*".format("|".join(sorted({re.escape(term[:2]) for term in terms}))))
    words = [
        (match.start(), match.end())
        for match in candidates.finditer(folded)
        if any(stem(fold(text[match.start() : match.end()]), language).startswith(term) for term in terms)
    ]
    start = 0
    if words and words[0][0] > length // 2:
        start = text.rfind(" ", 0, words[0][0] - length // 3) + 1
    end = start + length
    if end < len(text) and text.rfind(" ", start, end) > start:
        end = text.rfind(" ", start, end)  # never cut a word
    prefix, suffix = ("… " if start else ""), (" …" if end < len(text) else "")
    pieces, position = [escape(prefix)], start
    for word_start, word_end in words:
        if word_start < start or word_end > end:
            continue
        pieces += [escape(text[position:word_start]), f"<mark>{escape(text[word_start:word_end])}</mark>"]
        position = word_end
    pieces += [escape(text[position:end]), escape(suffix)]
    return mark_safe("".join(pieces))


def matching_entries(label, language, query, terms):
    """The index rows of the type that match the query, annotated with their rank."""
    from .models import SearchEntry

    entries = SearchEntry.objects.filter(model=label, language=language)
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchQuery, SearchRank

        search_query = SearchQuery(
            query, search_type="websearch", config=POSTGRES_CONFIGURATIONS.get(language, "simple")
        )
        return entries.filter(vector=search_query).annotate(rank=SearchRank(F("vector"), search_query))
    rank = Value(0, output_field=IntegerField())
    for term in terms:
        entries = entries.filter(words__contains=f" {term}")
        in_title = When(title_words__contains=f" {term}", then=Value(TITLE_WEIGHT))
        rank = rank + Case(in_title, default=Value(1), output_field=IntegerField())
    return entries.annotate(rank=rank)


def search(query):
    """Published objects matching the query, grouped by type, best first within each type."""
    query = " ".join(query.split())[:MAX_QUERY_LENGTH]
    language = get_language()
    terms = query_terms(query, language)
    if not terms:
        return []
    groups = []
    # The types that say they are searchable (relations/content_types.py), in their display order.
    for model in searchable_models():
        title, summary, body = (shown_text(field, language) for field in (model.title_field, "summary", "body"))
        entries = matching_entries(model._meta.label_lower, language, query, terms)
        queryset = (
            model.objects.published()
            .filter(pk__in=entries.values("object_id"))
            # What the results' addresses are made of comes in the same query (a page's ancestors).
            .select_related(*model.address_related)
            .only(*result_columns(model))
            .annotate(
                shown_title=title,
                shown_summary=summary,
                shown_body=body,
                body_in_french=body_in_french(language),
                search_rank=Subquery(entries.filter(object_id=OuterRef("pk")).values("rank")[:1]),
            )
            .order_by("-search_rank", "pk")
        )
        objects = list(queryset[:RESULTS_PER_TYPE])
        if objects:
            results = [
                {
                    "object": obj,
                    "title": highlight(obj.shown_title, terms, language, length=200),
                    "excerpt": highlight(f"{obj.shown_summary} {plain_text(obj.shown_body)}", terms, language),
                    "excerpt_language": excerpt_language(obj, language),
                    "url": obj.get_absolute_url(),
                }
                for obj in objects
            ]
            groups.append({"name": model._meta.verbose_name_plural, "results": results})
    return groups
