from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from relations.content_translation import SOURCE_LANGUAGE, export_catalogue


class Command(BaseCommand):
    help = (
        "Writes every translatable text of the content to a PO file for one target language: "
        "msgid = French text, msgstr = current translation (empty if missing), fuzzy when the French "
        "changed since the translation was made."
    )

    def add_arguments(self, parser):
        targets = [code for code, _name in settings.LANGUAGES if code != SOURCE_LANGUAGE]
        parser.add_argument("--language", required=True, choices=targets)
        parser.add_argument("--output", required=True, help="Path of the PO file to write.")

    def handle(self, *args, language, output, **options):
        catalogue = export_catalogue(language)
        try:
            catalogue.save(output)
        except OSError as error:
            raise CommandError(f"Cannot write {output}: {error}") from error
        missing = sum(1 for entry in catalogue if not entry.msgstr)
        outdated = sum(1 for entry in catalogue if entry.fuzzy)
        self.stdout.write(f"{output}: {len(catalogue)} texts, {missing} to translate, {outdated} outdated (fuzzy).")
