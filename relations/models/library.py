"""The shared library of images. What is done with their files lives in relations/images.py."""

from django.core.validators import MaxValueValidator
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _

from .. import images


class Image(models.Model):
    """An image of the shared library, used by every kind of content."""

    title = models.CharField(_("title"), max_length=200, help_text=_("To find the image in the library."))
    # Stored without its EXIF, XMP and other metadata, whatever way it comes in.
    file = images.MetadataFreeImageField(
        _("file"), upload_to="images/%Y/%m/", width_field="width", height_field="height"
    )
    width = models.PositiveIntegerField(_("width"), editable=False, default=0)
    height = models.PositiveIntegerField(_("height"), editable=False, default=0)
    alt_text = models.CharField(
        _("alternative text"),
        max_length=300,
        help_text=_("Describes the image for people who cannot see it."),
    )
    caption = models.CharField(_("caption"), max_length=300, blank=True)
    credit = models.CharField(_("credit"), max_length=200, blank=True)
    # Where the subject is, in percent of the width and height: crops (card thumbnails) keep it in view.
    focal_x = models.PositiveSmallIntegerField(
        _("focal point, horizontal (%)"),
        default=50,
        validators=[MaxValueValidator(100)],
        help_text=_("Click the subject on the preview, or give its position from the left edge, 0 to 100."),
    )
    focal_y = models.PositiveSmallIntegerField(
        _("focal point, vertical (%)"),
        default=50,
        validators=[MaxValueValidator(100)],
        help_text=_("Position of the subject from the top edge, 0 to 100."),
    )
    # The resized WebP copies the site serves, made when the file or the focal point changes
    # (relations/images.py); kept on the row so that showing an image costs no query.
    renditions = models.JSONField(_("renditions"), default=dict, blank=True, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last modified"), auto_now=True)

    staff_content = True

    class Meta:
        ordering = ["title"]
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        if images.renditions_are_outdated(self):
            # Made once the save is committed: a rolled-back save leaves no file behind, and the
            # transaction (with the row locks of the admin's form) is not held open while Pillow works.
            transaction.on_commit(self.update_renditions)

    def update_renditions(self, check_files=False):
        images.update_renditions(self, check_files=check_files)

    def renditions_of(self, kind):
        """The WebP copies of one kind ("full" or "card"), narrowest first, each with its address."""
        return images.renditions_of(self, kind)

    def rendition(self, kind, width):
        """The narrowest copy of this kind at least this wide (or the widest one); None before they exist."""
        return images.rendition(self, kind, width)

    def shared_rendition(self):
        """The copy shared with a link to a page (og:image), about 1200 px wide; None before they exist."""
        return images.shared_rendition(self)

    def rendition_url(self, kind, width):
        return images.rendition_url(self, kind, width)
