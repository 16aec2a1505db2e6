from django.core.management.base import BaseCommand

from relations.search import rebuild_index


class Command(BaseCommand):
    help = (
        "Rebuild the search index of every searchable type, in every language. Saves and deletions keep it "
        "up to date by themselves; run this after writes that send no signal (bulk imports, update())."
    )

    def handle(self, *args, **options):
        for label, count in rebuild_index().items():
            if options["verbosity"]:
                self.stdout.write(f"{label}: {count}")
