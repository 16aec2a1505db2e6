"""The review queue: what an editor submitted and what a publisher decided (relations/workflow.py)."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.db import models
from django.utils.translation import gettext_lazy as _


class ReviewRequestQuerySet(models.QuerySet):
    def waiting(self):
        return self.filter(decided_at__isnull=True)

    def for_object(self, obj):
        return self.filter(
            content_type__app_label=obj._meta.app_label,
            content_type__model=obj._meta.model_name,
            object_id=obj.pk,
        )


class ReviewRequest(models.Model):
    """One submission for review, open until a publisher approves it or sends it back.

    An item submitted before publication has the status "in review" as long as its request is open;
    a translator's change to a live item is already online and is reviewed afterwards (see
    REVIEW_LIVE_TRANSLATIONS), so its `language` says which translation to read.
    """

    class Decision(models.TextChoices):
        APPROVED = "approved", _("Approved")
        SENT_BACK = "sent_back", _("Sent back")

    content_type = models.ForeignKey("contenttypes.ContentType", on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    item = GenericForeignKey("content_type", "object_id")
    object_repr = models.CharField(_("item"), max_length=200)
    language = models.CharField(_("translation"), max_length=10, choices=settings.LANGUAGES, blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("submitted by"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    requested_at = models.DateTimeField(_("submitted"), auto_now_add=True)
    # The admin language the author submitted in: the decision is mailed to them in it.
    author_language = models.CharField(
        _("author's language"), max_length=10, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("decided by"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    # The admin language the publisher decided in: the next reviews are mailed to them in it.
    decider_language = models.CharField(
        _("publisher's language"), max_length=10, choices=settings.LANGUAGES, blank=True
    )
    decision = models.CharField(_("decision"), max_length=10, choices=Decision.choices, blank=True)
    comment = models.TextField(_("comment"), blank=True)

    staff_content = False  # bookkeeping kept by the site itself

    objects = ReviewRequestQuerySet.as_manager()

    class Meta:
        ordering = ["requested_at"]
        verbose_name = _("review request")
        verbose_name_plural = _("review requests")

    def __str__(self):
        return self.object_repr
