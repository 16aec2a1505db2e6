from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

from relations import demo_data
from relations.content_translation import record_translation, snapshot_translations
from relations.demo_data.documents import DemoPdf
from relations.demo_data.illustrations import Illustration
from relations.demo_data.values import AddressOf
from relations.management.summary import Summary

SOURCE_LANGUAGE = settings.LANGUAGE_CODE
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def translated_fields(model):
    if model not in translator.get_registered_models():
        return ()  # written once for every language (redirects)
    return translator.get_options_for_model(model).fields


def comparable(value):
    # A country field reads back as a Country object; its code is what was written.
    return getattr(value, "code", value)


class Command(BaseCommand):
    help = (
        "Loads the demo content of the international relations section (the city's own page and checked facts), "
        "in French, German and English, from relations/demo_data. Idempotent: running it again changes nothing, "
        "and puts back what was edited since. Synthetic content for load tests: load_synthetic_content."
    )

    def handle(self, *args, **options):
        self.summary = Summary()
        # Each model's rows by the key their records are referred to by: {City: {"furth": <City>}}.
        self.loaded = {}
        with translation.override(SOURCE_LANGUAGE), transaction.atomic():
            for model, key, records in demo_data.CONTENT:
                rows = self.loaded.setdefault(model, {})
                for record in records:
                    rows[self.reference(model, key, record)] = self.upsert(model, key, record)
            for model, lookups in demo_data.RETIRED:
                for lookup in lookups:
                    if removed := model.objects.filter(**lookup).delete()[0]:
                        self.summary.add(model, "removed", removed)
            # The demo's translations are made from its French: a change of the French from now on
            # marks them outdated. Translations that already have a record keep it.
            snapshot_translations()
        if options["verbosity"] == 0:
            return
        for line in self.summary.lines():
            self.stdout.write(line)
        if not self.summary.changed:
            self.stdout.write(_("The demo content was already loaded: nothing changed."))

    @staticmethod
    def reference(model, key, record):
        """How other records name this one: its key, the French text of a translated key."""
        values = tuple(
            record[name][SOURCE_LANGUAGE] if name in translated_fields(model) else record[name] for name in key
        )
        return values[0] if len(values) == 1 else values

    def upsert(self, model, key, record):
        """Create the record's row, or update only the columns that differ, so that a second run writes nothing."""
        columns, many_to_many, files = self.columns(model, record)
        key_columns = [self.key_column(model, name) for name in key]
        lookup = {name: columns[name] for name in key_columns}
        obj = model.objects.filter(**lookup).first()
        if obj is None:
            obj = model(**columns)
            for name, demo_file in files.items():
                self.store(obj, name, demo_file)
            obj.full_clean()
            obj.save()
            outcome = "created"
        else:
            changed = [name for name, value in columns.items() if comparable(getattr(obj, name)) != value]
            if changed:
                for name in changed:
                    setattr(obj, name, columns[name])
                obj.full_clean()
                auto_now = [field.name for field in model._meta.concrete_fields if getattr(field, "auto_now", False)]
                obj.save(update_fields=changed + auto_now)
                self.record_translations_put_back(model, changed, obj)
            outcome = "updated" if changed or self.redraw_files(obj, files) else "unchanged"
        for name, related in many_to_many.items():
            manager = getattr(obj, name)
            if set(manager.values_list("pk", flat=True)) != {item.pk for item in related}:
                manager.set(related)
                if outcome == "unchanged":
                    outcome = "updated"
        self.summary.add(model, outcome)
        return obj

    @staticmethod
    def record_translations_put_back(model, columns, obj):
        """A demo translation written back is made from the demo's French."""
        if model not in translator.get_registered_models():
            return
        for name in translated_fields(model):
            for code in LANGUAGE_CODES:
                if code != SOURCE_LANGUAGE and build_localized_fieldname(name, code) in columns:
                    record_translation(obj, name, code)

    def key_column(self, model, name):
        if name in translated_fields(model):
            return build_localized_fieldname(name, SOURCE_LANGUAGE)
        return model._meta.get_field(name).attname

    def columns(self, model, record):
        """The record as column values (one column per language for a translated field), the related
        objects of its many-to-many fields, and the illustrations of its file fields."""
        columns, many_to_many, files = {}, {}, {}
        for name, value in record.items():
            field = model._meta.get_field(name)
            if field.many_to_many:
                many_to_many[name] = [self.related(model, field, item) for item in value]
            elif isinstance(value, (Illustration, DemoPdf)):
                files[name] = value
            elif name in translated_fields(model):
                texts = self.addresses(value) if isinstance(value, AddressOf) else value
                for code in LANGUAGE_CODES:
                    columns[build_localized_fieldname(name, code)] = field.to_python(texts.get(code, ""))
            elif field.is_relation:
                related = self.related(model, field, value) if value is not None else None
                columns[field.attname] = related.pk if related else None
            else:
                columns[name] = field.to_python(value)
        return columns, many_to_many, files

    def related(self, model, field, reference):
        try:
            return self.loaded[field.related_model][reference]
        except KeyError:
            raise CommandError(
                f"A demo {model.__name__} refers to the {field.related_model.__name__} {reference!r} "
                f"in its field {field.name}, which is not loaded before it."
            ) from None

    def addresses(self, address):
        """The address of a list or of a demo object in each language."""
        if address.slug is None:
            target = None
        else:
            target = self.loaded[apps.get_model("relations", address.target)][address.slug]
        texts = {}
        for code in LANGUAGE_CODES:
            with translation.override(code):
                texts[code] = target.get_absolute_url() if target else reverse(address.target)
        return texts

    @staticmethod
    def store(obj, name, demo_file):
        """Writes a demo file where its field puts uploads, without saving the row. A drawing is written
        as drawn, for the digest in its name to be that of the stored bytes: it has no metadata for the
        image field to strip (relations/images.py), which would encode it again."""
        if isinstance(demo_file, Illustration):
            field = obj._meta.get_field(name)
            stored = field.generate_filename(obj, demo_file.file_name)
            # A drawing already stored under its name (the rows were deleted, not the files) is not copied again.
            if not demo_file.is_stored_as(field.storage, stored):
                stored = field.storage.save(stored, demo_file.draw())
            setattr(obj, name, stored)  # which updates the image's width and height
        else:
            getattr(obj, name).save(demo_file.name, demo_file.draw(), save=False)

    def redraw_files(self, obj, files):
        """Draws again the files of a row that survived. An image the demo drew from an older drawing
        gets the current one under a new name, and new renditions once the demo is committed; the
        former file stays for the row's history and for the synthetic content that shares it. A file
        an editor put in place of the demo's is left alone. When the media folder was emptied, the
        files are drawn again under their names (and the renditions made again). Tells whether it wrote."""
        redrawn, renamed = False, []
        for name, demo_file in files.items():
            file = getattr(obj, name)
            if isinstance(demo_file, Illustration) and demo_file.stored_from_an_older_drawing(file):
                self.store(obj, name, demo_file)
                renamed.append(name)
            elif not file.storage.exists(file.name):
                file.storage.save(file.name, demo_file.draw())
                redrawn = True
        if renamed:
            fields = [obj._meta.get_field(name) for name in renamed]
            dimensions = [
                getattr(field, attribute, None) for field in fields for attribute in ("width_field", "height_field")
            ]
            auto_now = [field.name for field in obj._meta.concrete_fields if getattr(field, "auto_now", False)]
            # The image's save asks for its renditions once the demo is committed.
            obj.save(update_fields=renamed + [name for name in dimensions if name] + auto_now)
        elif redrawn and hasattr(obj, "update_renditions"):
            transaction.on_commit(lambda: obj.update_renditions(check_files=True))
        return redrawn or bool(renamed)
