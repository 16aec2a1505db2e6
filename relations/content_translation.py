"""Content translation through PO files, the format translators' tools already know.

Every translatable field of every content object becomes one PO entry: the French text
is the msgid, the text in the target language the msgstr, and the msgctxt names the
model, the object and the field ("relations.city:12:summary"). An entry is fuzzy when
the French text changed since the translation was made (see TranslationRecord).
"""

import hashlib
from dataclasses import dataclass, field

import polib
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

from .models import TranslationRecord
from .rich_text import clean_html

SOURCE_LANGUAGE = settings.LANGUAGE_CODE
RICH_TEXT_FIELDS = {"body"}


class TranslationFileError(Exception):
    """The file cannot be read as a PO file of this site: nothing was imported."""


def fingerprint(text):
    return hashlib.sha256((text or "").encode()).hexdigest()


def translated_models():
    return [model for model in translator.get_registered_models() if model._meta.app_label == "relations"]


def context_of(obj, field_name):
    return f"{obj._meta.label_lower}:{obj.pk}:{field_name}"


def translation_state(obj, field_name, language, records):
    """ "missing", "outdated" or "current" for one field of one object in one language."""
    if not getattr(obj, build_localized_fieldname(field_name, language)):
        return "missing"
    record = records.get((obj.pk, field_name))
    source = getattr(obj, build_localized_fieldname(field_name, SOURCE_LANGUAGE)) or ""
    if record is not None and record.source_hash != fingerprint(source):
        return "outdated"
    return "current"


def records_for(model, language):
    content_type = ContentType.objects.get_for_model(model)
    return {
        (record.object_id, record.field): record
        for record in TranslationRecord.objects.filter(content_type=content_type, language=language)
    }


def record_translation(obj, field_name, language):
    """Remember which French text the translation of this field was made from."""
    source = getattr(obj, build_localized_fieldname(field_name, SOURCE_LANGUAGE)) or ""
    TranslationRecord.objects.update_or_create(
        content_type=ContentType.objects.get_for_model(obj),
        object_id=obj.pk,
        field=field_name,
        language=language,
        defaults={"source_hash": fingerprint(source), "source_text": source},
    )


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
        fields = translator.get_options_for_model(model).fields
        for obj in model._default_manager.order_by("pk"):
            for field_name in fields:
                source = getattr(obj, build_localized_fieldname(field_name, SOURCE_LANGUAGE))
                if not source:
                    continue
                state = translation_state(obj, field_name, language, records)
                catalogue.append(
                    polib.POEntry(
                        msgctxt=context_of(obj, field_name),
                        msgid=source,
                        msgstr=getattr(obj, build_localized_fieldname(field_name, language)) or "",
                        comment=f"{model._meta.verbose_name}: {obj} ({field_name})",
                        flags=["fuzzy"] if state == "outdated" else [],
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
            if source != entry.msgid:
                report.stale.append(
                    _("%(entry)s: the French text has changed since this file was exported") % {"entry": entry.msgctxt}
                )
                continue
            value = clean_html(entry.msgstr) if field_name in RICH_TEXT_FIELDS else entry.msgstr.strip()
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
        if field_name not in translator.get_options_for_model(model).fields:
            raise KeyError(field_name)
        if key not in objects:
            objects[key] = model._default_manager.get(pk=key[1])
    except (ValueError, KeyError, ObjectDoesNotExist):
        report.unknown.append(
            _("%(entry)s: no such object or field on the site") % {"entry": entry.msgctxt or repr(entry.msgid[:40])}
        )
        return None, None
    return objects[key], field_name


def field_states(obj, language):
    """ "missing", "outdated" or "current" for each translatable field of the object in the language,
    from one query for the object's records."""
    records = {
        (record.object_id, record.field): record
        for record in TranslationRecord.objects.filter(
            content_type__app_label=obj._meta.app_label,
            content_type__model=obj._meta.model_name,
            object_id=obj.pk,
            language=language,
        )
    }
    return {
        field_name: translation_state(obj, field_name, language, records)
        for field_name in translator.get_options_for_model(type(obj)).fields
    }
