"""The search index: the text of each searchable object as a reader sees it, once per language.

One row per object and language (relations/search.py writes and reads them). The text is the one
shown in that language, French where a translation is missing, so a German search finds what a
German reader would read. Whether an object may be found (published, inside its window) is asked of
its own table at search time: a row here never makes a draft findable.
"""

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchEntry(models.Model):
    # The object: its model ("relations.city") and primary key. No foreign key to ContentType: the
    # search reads no other table to know which rows are whose.
    model = models.CharField(max_length=100)
    object_id = models.PositiveBigIntegerField()
    language = models.CharField(max_length=10)
    # SQLite: the words of the text casefolded, without accents and stemmed, between spaces
    # (" ville jumel bavier "), matched with LIKE; the title's apart, as it ranks higher.
    title_words = models.TextField(blank=True)
    words = models.TextField(blank=True)
    # PostgreSQL: the language's full-text vector (unaccented configuration), GIN-indexed
    # (migration 0011); empty on SQLite.
    vector = SearchVectorField(null=True, blank=True)

    staff_content = False  # kept by the site itself

    class Meta:
        ordering = ["model", "language", "object_id"]
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        constraints = [
            models.UniqueConstraint(fields=["model", "language", "object_id"], name="relations_search_entry_unique")
        ]

    def __str__(self):
        return f"{self.model} {self.object_id} ({self.language})"
