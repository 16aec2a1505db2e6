from django.core.management.base import BaseCommand, CommandError

from relations.locale_files import catalogue_problems, catalogues


class Command(BaseCommand):
    help = (
        "Lists what keeps the interface catalogues from being complete and safe: untranslated or fuzzy entries, "
        "translations whose HTML markup or placeholders differ from their original's, translated address parts "
        "out of shape or colliding, stale .mo files."
    )

    def handle(self, *args, **options):
        problems = [problem for _language, po_path in catalogues() for problem in catalogue_problems(po_path)]
        for problem in problems:
            self.stdout.write(problem)
        if problems:
            raise CommandError(f"{len(problems)} problem(s) in the catalogues.")
        self.stdout.write(self.style.SUCCESS("Every catalogue is complete and compiled."))
