"""Which French text each translation was made from."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class TranslationRecord(models.Model):
    """Which French text a translation was made from, so that a change of the French marks it outdated.

    Written when a translation is imported from a PO file or edited in the admin; a translation
    without a record counts as current.
    """

    content_type = models.ForeignKey("contenttypes.ContentType", on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    field = models.CharField(_("field"), max_length=50)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    source_hash = models.CharField(_("fingerprint of the French text"), max_length=64)
    source_text = models.TextField(_("French text translated"), blank=True)
    translated_at = models.DateTimeField(_("translated"), auto_now=True)

    staff_content = False  # bookkeeping kept by the site itself

    class Meta:
        ordering = ["content_type", "object_id", "field", "language"]
        verbose_name = _("translation record")
        verbose_name_plural = _("translation records")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "field", "language"], name="relations_one_record_per_translation"
            )
        ]

    def __str__(self):
        return f"{self.content_type} #{self.object_id} {self.field} ({self.language})"
