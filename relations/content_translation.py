"""Content translation through PO files, the format translators' tools already know.

Every translatable field of every content object becomes one PO entry: the French text
is the msgid, the text in the target language the msgstr, and the msgctxt names the
model, the object and the field ("relations.city:12:summary"). An entry is fuzzy when
the French text changed since the translation was made, and then carries that French as its
previous msgid ("#| msgid"), which translation tools show as a diff.

What missing, outdated and current mean is defined once, in relations/models/translation_records.py;
this module adds what needs the database: the records of many objects at once, the states of one
object's fields, the records of translations that have none.
"""

import difflib
import html
import re
from dataclasses import dataclass, field

import polib
from django.apps import apps as django_apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

from .models import TranslationRecord
from .models.translation_records import (
    BLOCK_TAG_SPACE,
    OUTDATED,
    SOURCE_LANGUAGE,
    fingerprint,
    is_empty,
    is_rich_text,
    normalised,
    object_state,
    shown_field_states,
    translatable_fields,
    translation_state,
)
from .rich_text import clean_html

TARGET_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != SOURCE_LANGUAGE]
# A diff compares words, punctuation and spaces; it keeps this many of them on each side of a change
# (about eight words) and shortens longer unchanged runs.
WORDS = re.compile(r"\w+|[^\w\s]|\s+")
DIFF_CONTEXT_TOKENS = 16


class TranslationFileError(Exception):
    """The file cannot be read as a PO file of this site: nothing was imported."""


def translated_models():
    return [model for model in translator.get_registered_models() if model._meta.app_label == "relations"]


def context_of(obj, field_name):
    return f"{obj._meta.label_lower}:{obj.pk}:{field_name}"


def records_for(model, language, object_ids=None):
    """{(object id, field): TranslationRecord} of the model's translations in the language, in one
    query; only those of the given objects when their ids are given."""
    # The content type by its names, in the same query (rather than one more the first time in a process).
    opts = model._meta.concrete_model._meta
    records = TranslationRecord.objects.filter(
        content_type__app_label=opts.app_label, content_type__model=opts.model_name, language=language
    )
    if object_ids is not None:
        records = records.filter(object_id__in=list(object_ids))
    return {(record.object_id, record.field): record for record in records}


def field_states(obj, language) -> dict[str, str]:
    """{field: "missing" | "outdated" | "current"} of the fields the object's page shows that have a
    French text, in the language. One query."""
    return shown_field_states(obj, language, records_for(type(obj), language, [obj.pk]))


def object_states(model, objects, languages=TARGET_LANGUAGES):
    """{object id: {language: state}} of the objects (of one model), with one query for all their records."""
    objects = list(objects)
    content_type = ContentType.objects.get_for_model(model)
    records = {language: {} for language in languages}
    for record in TranslationRecord.objects.filter(
        content_type=content_type, language__in=languages, object_id__in=[obj.pk for obj in objects]
    ):
        records[record.language][(record.object_id, record.field)] = record
    return {
        obj.pk: {language: object_state(shown_field_states(obj, language, records[language])) for language in languages}
        for obj in objects
    }


def record_translation(obj, field_name, language):
    """Remember which French text the translation of this field was made from (now: the current French)."""
    source = getattr(obj, build_localized_fieldname(field_name, SOURCE_LANGUAGE)) or ""
    key = {
        "content_type": ContentType.objects.get_for_model(obj),
        "object_id": obj.pk,
        "field": field_name,
        "language": language,
    }
    if is_empty(type(obj), field_name, getattr(obj, build_localized_fieldname(field_name, language))):
        # No translation, nothing it was made from: once written again, it is made from the French of then.
        TranslationRecord.objects.filter(**key).delete()
        return
    TranslationRecord.objects.update_or_create(
        **key,
        defaults={"source_hash": fingerprint(type(obj), field_name, source), "source_text": source},
    )


def snapshot_translations(apps=django_apps):
    """Gives every existing German and English translation a record of the French it was made from.

    A translation without a record (written before records existed, loaded by a script) is taken to
    be made from the current French, so that a change of the French from now on marks it outdated.
    Records whose fingerprint was taken from the text as stored, not normalised, are fingerprinted
    again. Idempotent; returns the number of records created. Takes the app registry of a migration.
    """
    record_model = apps.get_model("relations", "TranslationRecord")
    content_type_model = apps.get_model("contenttypes", "ContentType")
    created = 0
    for registered in translated_models():
        model = apps.get_model(registered._meta.label)
        columns = {column.name for column in model._meta.concrete_fields}
        fields = [
            name
            for name in translatable_fields(registered)
            if all(build_localized_fieldname(name, code) in columns for code, _name in settings.LANGUAGES)
        ]
        content_type, _created = content_type_model.objects.get_or_create(
            app_label=model._meta.app_label, model=model._meta.model_name
        )
        records = record_model.objects.filter(content_type=content_type)
        tracked = set()
        for record in records:
            tracked.add((record.object_id, record.field, record.language))
            if record.field in fields:
                again = fingerprint(model, record.field, record.source_text)
                if record.source_hash != again:
                    record.source_hash = again
                    record.save(update_fields=["source_hash"])
        wanted = [build_localized_fieldname(name, code) for name in fields for code, _name in settings.LANGUAGES]
        new = []
        for row in model._default_manager.order_by("pk").values("pk", *wanted):
            for name in fields:
                source = row[build_localized_fieldname(name, SOURCE_LANGUAGE)]
                if is_empty(model, name, source):
                    continue
                for language in TARGET_LANGUAGES:
                    if (row["pk"], name, language) in tracked:
                        continue
                    if is_empty(model, name, row[build_localized_fieldname(name, language)]):
                        continue
                    new.append(
                        record_model(
                            content_type=content_type,
                            object_id=row["pk"],
                            field=name,
                            language=language,
                            source_hash=fingerprint(model, name, source),
                            source_text=source,
                        )
                    )
        record_model.objects.bulk_create(new)
        created += len(new)
    return created


def plain_text(model, field_name, text):
    """The text as a reader reads it: a body without its markup."""
    text = text or ""
    if is_rich_text(model, field_name):
        text = html.unescape(re.sub(r"<[^>]*>", "", BLOCK_TAG_SPACE.sub(" ", clean_html(text))))
    return " ".join(text.split())


def word_diff(model, field_name, old, new):
    """What changed from one text to the other, word by word: a list of ("equal" | "delete" | "insert",
    text) whose texts, put end to end, read as the new text with the old words in between; long
    unchanged runs are shortened to their ends."""
    before, after = (WORDS.findall(plain_text(model, field_name, text)) for text in (old, new))
    parts = []
    for operation, i1, i2, j1, j2 in difflib.SequenceMatcher(a=before, b=after, autojunk=False).get_opcodes():
        if operation == "equal":
            tokens = before[i1:i2]
            if len(tokens) > 2 * DIFF_CONTEXT_TOKENS:
                head = tokens[:DIFF_CONTEXT_TOKENS] if parts else []
                tail = tokens[-DIFF_CONTEXT_TOKENS:] if i2 < len(before) or j2 < len(after) else []
                tokens = [*head, " … ", *tail]
            parts.append(("equal", "".join(tokens)))
            continue
        if i2 > i1:
            parts.append(("delete", "".join(before[i1:i2])))
        if j2 > j1:
            parts.append(("insert", "".join(after[j1:j2])))
    return parts


def export_catalogue(language):
    """A POFile with every translatable text of the content, for the given target language."""
    catalogue = polib.POFile(wrapwidth=0)
    catalogue.metadata = {
        "Project-Id-Version": "limoges-international-relations content",
        "Language": language,
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "POT-Creation-Date": timezone.now().strftime("%Y-%m-%d %H:%M%z"),
        "X-Source-Language": SOURCE_LANGUAGE,
    }
    for model in translated_models():
        records = records_for(model, language)
        fields = translatable_fields(model)
        for obj in model._default_manager.order_by("pk"):
            for field_name in fields:
                source = getattr(obj, build_localized_fieldname(field_name, SOURCE_LANGUAGE))
                state = translation_state(obj, field_name, language, records)
                if state is None:
                    continue
                outdated = state == OUTDATED
                catalogue.append(
                    polib.POEntry(
                        msgctxt=context_of(obj, field_name),
                        msgid=source,
                        msgstr=getattr(obj, build_localized_fieldname(field_name, language)) or "",
                        comment=f"{model._meta.verbose_name}: {obj} ({field_name})",
                        flags=["fuzzy"] if outdated else [],
                        # The French the translation was made from: translation tools show what changed.
                        previous_msgid=records[(obj.pk, field_name)].source_text if outdated else "",
                    )
                )
    return catalogue


@dataclass
class ImportReport:
    changed: list = field(default_factory=list)
    stale: list = field(default_factory=list)
    unknown: list = field(default_factory=list)
    invalid: list = field(default_factory=list)
    skipped: int = 0

    @property
    def problems(self):
        return self.stale + self.unknown + self.invalid


def parse_catalogue(content):
    try:
        return polib.pofile(content if isinstance(content, str) else content.decode("utf-8"))
    except (OSError, ValueError, UnicodeDecodeError) as error:
        raise TranslationFileError(str(error)) from error


def import_catalogue(catalogue, language, dry_run=False):
    """Write the translations of the catalogue back, all or nothing.

    Entries whose French text no longer matches the site's are stale: reported, not applied.
    Entries naming an object or field that does not exist are reported. Fuzzy and empty
    translations are skipped. When any translation is invalid (too long, a slug taken),
    nothing at all is written.
    """
    if language == SOURCE_LANGUAGE or language not in dict(settings.LANGUAGES):
        raise TranslationFileError(f"{language!r} is not a target language of the site.")
    models = {model._meta.label_lower: model for model in translated_models()}
    report = ImportReport()
    with transaction.atomic():
        objects, touched, imported, changed = {}, {}, {}, set()
        for entry in catalogue:
            if entry.obsolete:
                continue
            if not entry.msgstr or entry.fuzzy:
                report.skipped += 1
                continue
            obj, field_name = _target(entry, models, objects, report)
            if obj is None:
                continue
            source = getattr(obj, build_localized_fieldname(field_name, SOURCE_LANGUAGE)) or ""
            if normalised(type(obj), field_name, source) != normalised(type(obj), field_name, entry.msgid):
                report.stale.append(
                    _("%(entry)s: the French text has changed since this file was exported") % {"entry": entry.msgctxt}
                )
                continue
            value = clean_html(entry.msgstr) if is_rich_text(type(obj), field_name) else entry.msgstr.strip()
            column = build_localized_fieldname(field_name, language)
            key = (obj._meta.label_lower, obj.pk)
            if getattr(obj, column) != value:
                setattr(obj, column, value)
                changed.add((obj._meta.label_lower, obj.pk))
                report.changed.append(entry.msgctxt)
            touched[key] = obj
            imported.setdefault(key, set()).add(field_name)
        for key in changed:
            obj = touched[key]
            try:
                obj.full_clean()
            except ValidationError as error:
                for name, messages in error.message_dict.items():
                    report.invalid.append(f"{obj._meta.label_lower}:{obj.pk}:{name}: {' '.join(messages)}")
        if report.invalid or dry_run:
            transaction.set_rollback(True)
            return report
        for key, obj in touched.items():
            if key in changed:
                obj.save()
            for field_name in imported[key]:
                record_translation(obj, field_name, language)
    return report


def _target(entry, models, objects, report):
    """The object and field an entry's context names, fetched once per object."""
    try:
        label, pk, field_name = (entry.msgctxt or "").split(":")
        model = models[label]
        key = (label, int(pk))
        if field_name not in translatable_fields(model):
            raise KeyError(field_name)
        if key not in objects:
            objects[key] = model._default_manager.get(pk=key[1])
    except (ValueError, KeyError, ObjectDoesNotExist):
        report.unknown.append(
            _("%(entry)s: no such object or field on the site") % {"entry": entry.msgctxt or repr(entry.msgid[:40])}
        )
        return None, None
    return objects[key], field_name
