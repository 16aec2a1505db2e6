from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from relations.content_translation import TranslationFileError, import_catalogue, parse_catalogue


class Command(BaseCommand):
    help = (
        "Writes the translations of a PO file made by export_translations back into the content, "
        "all or nothing: stale and unknown entries are reported and not applied; any invalid "
        "translation cancels the whole import."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The PO file.")
        parser.add_argument("--language", help="Target language (default: the file's Language header).")
        parser.add_argument("--dry-run", action="store_true", help="Check and report, write nothing.")

    def handle(self, *args, path, language, dry_run, **options):
        try:
            catalogue = parse_catalogue(Path(path).read_bytes())
        except (OSError, TranslationFileError) as error:
            raise CommandError(f"{path} cannot be read as a PO file: {error}") from error
        language = language or catalogue.metadata.get("Language", "")
        try:
            report = import_catalogue(catalogue, language, dry_run=dry_run)
        except TranslationFileError as error:
            raise CommandError(str(error)) from error
        for line in report.changed:
            self.stdout.write(f"changed {line}")
        for line in report.problems:
            self.stderr.write(line)
        if report.invalid:
            raise CommandError(f"{len(report.invalid)} invalid translation(s): nothing was imported.")
        verb = "would change" if dry_run else "changed"
        self.stdout.write(
            f"{verb} {len(report.changed)} text(s); {len(report.stale)} stale and {len(report.unknown)} unknown "
            f"entries not applied; {report.skipped} empty or fuzzy entries skipped."
        )
