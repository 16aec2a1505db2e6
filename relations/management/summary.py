"""What a content-loading command did, one line per content type, in the language of the command."""

from collections import Counter

from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

# How each outcome reads, for a number of rows (French counts in nouns: "3 ajouts", which need no gender).
OUTCOMES = {
    "created": lambda count: ngettext("%(count)d created", "%(count)d created", count),
    "updated": lambda count: ngettext("%(count)d updated", "%(count)d updated", count),
    "removed": lambda count: ngettext("%(count)d removed", "%(count)d removed", count),
    "unchanged": lambda count: ngettext("%(count)d unchanged", "%(count)d unchanged", count),
}


class Summary:
    def __init__(self):
        # The lines come in the order the content types were first counted (the order of loading).
        self.counts = {}

    def add(self, model, outcome, count=1):
        """Counts rows of a model as "created", "updated" or "unchanged"."""
        self.counts.setdefault(model, Counter())[outcome] += count

    @property
    def changed(self):
        return any(counts["created"] or counts["updated"] or counts["removed"] for counts in self.counts.values())

    def lines(self):
        for model, counts in self.counts.items():
            changes = ", ".join(
                describe(count) % {"count": count}
                for outcome, describe in OUTCOMES.items()
                if (count := counts[outcome])
            )
            yield _("%(content_type)s: %(changes)s") % {
                "content_type": capfirst(model._meta.verbose_name_plural),
                "changes": changes,
            }
