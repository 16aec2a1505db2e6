"""The shared library of images and documents. What is done with their files lives in relations/images.py
and relations/documents.py."""

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models, transaction
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname
from tinymce.models import HTMLField

from .. import documents, images
from .base import Content, content_constraints


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


class Document(Content):
    """A document of the library (a charter, an agreement, a council decision), with a file per language
    where one exists: the French file stands in for a missing translation. What is done with its files
    lives in relations/documents.py."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200)
    summary = models.TextField(
        _("summary"), max_length=500, blank=True, help_text=_("What the document is, for its page and the search.")
    )
    # An accessible alternative (RGAA) to a document that is not accessible itself, such as a scanned charter.
    body = HTMLField(
        _("text of the document"),
        blank=True,
        help_text=_("The content of the document as text, for readers who cannot open the file."),
    )
    file = documents.DocumentFileField(
        _("file"),
        upload_to="documents/%Y/%m/",
        max_length=200,
        help_text=_("PDF, ODT, ODS, DOCX or XLSX. A language without its own file gets the French one."),
    )
    # The size in bytes of each stored file, by its name: a link says it without asking the storage.
    file_sizes = models.JSONField(_("file sizes"), default=dict, blank=True, editable=False)

    in_sitemap = True
    searchable = True
    display_order = 90

    class Meta:
        ordering = ["title"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        constraints = [*content_constraints()]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("relations:document_detail", kwargs={"slug": self.slug})

    def save(self, *args, **kwargs):
        # New files are stored first (as the save would, through the check of relations/documents.py),
        # so that their sizes are kept under the names they get.
        for file in self.files().values():
            if not file._committed:
                file.save(file.name, file.file, save=False)
        names = {file.name for file in self.files().values()}
        sizes = {name: self.file_sizes[name] for name in names if name in (self.file_sizes or {})}
        for file in self.files().values():
            if file.name not in sizes:
                sizes[file.name] = file.size
        self.file_sizes = sizes
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "file_sizes"}
        super().save(*args, **kwargs)

    def files(self):
        """{language: stored file} of the languages that have a file of their own."""
        found = {}
        for code, _name in settings.LANGUAGES:
            file = getattr(self, build_localized_fieldname("file", code), None)
            if file:
                found[code] = file
        return found

    def download(self, language=None):
        """The file a reader of the language gets (its own, or the French one), with what its link says:
        {"url", "format", "size" (in the active language's words), "language" (the file's)}."""
        language = language or get_language()
        files = self.files()
        file_language = language if language in files else settings.LANGUAGE_CODE
        file = files.get(file_language)
        if not file:
            return None
        size = self.file_sizes.get(file.name)
        return {
            "url": file.url,
            "format": documents.format_label(file.name),
            "size": filesizeformat(size) if size is not None else "",
            "language": file_language,
        }
