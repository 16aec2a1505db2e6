"""What every kind of content shares: its publication state, its querysets, its constraints."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone, translation
from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname
from tinymce.models import HTMLField

from ..rich_text import clean_html
from .collation import in_reading_order
from .translation_records import is_translated

# Years before the first twinnings of French cities or far in the future are typing errors.
FIRST_PLAUSIBLE_YEAR = 1900
LAST_PLAUSIBLE_YEAR = 2100
plausible_year_validators = [MinValueValidator(FIRST_PLAUSIBLE_YEAR), MaxValueValidator(LAST_PLAUSIBLE_YEAR)]


def implausible_year_message():
    return gettext("Enter a year between %(first)s and %(last)s.") % {
        "first": FIRST_PLAUSIBLE_YEAR,
        "last": LAST_PLAUSIBLE_YEAR,
    }


def plausible_year_check(field):
    """A database check that a year column, when filled, holds a plausible year."""
    return models.CheckConstraint(
        condition=Q(**{f"{field}__isnull": True})
        | Q(**{f"{field}__gte": FIRST_PLAUSIBLE_YEAR, f"{field}__lte": LAST_PLAUSIBLE_YEAR}),
        name=f"%(app_label)s_%(class)s_{field}_plausible",
        # Translated and filled in each time it is shown, in the editor's language. Formatted at
        # import, it would stay in the language active then, and migrations would hold that text.
        # The years are in it before Django formats the message with %(name)s.
        violation_error_message=lazy(implausible_year_message, str)(),
    )


def non_negative_check(field):
    return models.CheckConstraint(
        condition=Q(**{f"{field}__isnull": True}) | Q(**{f"{field}__gte": 0}),
        name=f"%(app_label)s_%(class)s_{field}_non_negative",
        violation_error_message=_("The amount cannot be negative."),
    )


def unique_slug_per_language():
    """One unique index per language on the translated slug columns.

    German and English slugs may be left empty (the French one is used), so
    emptiness is excluded from uniqueness.
    """
    return [
        models.UniqueConstraint(
            fields=[f"slug_{code}"],
            condition=~Q(**{f"slug_{code}": ""}),
            name=f"%(app_label)s_%(class)s_unique_slug_{code}",
            violation_error_message=_("This address is already used in this language."),
        )
        for code, _name in settings.LANGUAGES
    ]


def publication_window_check():
    return models.CheckConstraint(
        condition=Q(publish_from__isnull=True) | Q(publish_until__isnull=True) | Q(publish_until__gt=F("publish_from")),
        name="%(app_label)s_%(class)s_publication_window",
        violation_error_message=_("The end of publication must come after its start."),
    )


def content_constraints():
    """What every public content type must always satisfy."""
    return [*unique_slug_per_language(), publication_window_check()]


class PublicationStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


class Theme(models.TextChoices):
    EDUCATION = "education", _("Education and training")
    HEALTH = "health", _("Health")
    WATER = "water", _("Water and sanitation")
    FOOD = "food", _("Agriculture and food")
    CULTURE = "culture", _("Culture and heritage")
    EXCHANGES = "exchanges", _("Twinning and exchanges")
    YOUTH = "youth", _("Youth and sport")
    ECONOMY = "economy", _("Economic development")
    EMERGENCY = "emergency", _("Emergency aid")
    ENVIRONMENT = "environment", _("Environment")


class TranslatedSlugQuerySet(models.QuerySet):
    def in_reading_order(self):
        """In the model's order, its names and titles sorted as the reader's language sorts them
        ("Séville" before "Stoke-on-Trent" in French), on PostgreSQL and SQLite alike."""
        return in_reading_order(self)

    def with_slug(self, slug):
        """Objects whose slug in the active language is this one; where the language has no slug
        yet, the French slug stands in, as it does in the object's address."""
        language = translation.get_language()
        own = build_localized_fieldname("slug", language)
        french = build_localized_fieldname("slug", settings.LANGUAGE_CODE)
        untranslated = Q(**{f"{own}__isnull": True}) | Q(**{own: ""})
        return self.filter(Q(**{own: slug}) | (untranslated & Q(**{french: slug})))


class PublishableQuerySet(TranslatedSlugQuerySet):
    def published(self):
        """What the public may see now: published, and inside its publication window."""
        now = timezone.now()
        return self.filter(
            Q(status=PublicationStatus.PUBLISHED),
            Q(publish_from__isnull=True) | Q(publish_from__lte=now),
            Q(publish_until__isnull=True) | Q(publish_until__gt=now),
        )

    def visible_to(self, user):
        """What this user may open: the public sees what is published now; staff who may view this
        kind of content also open drafts, scheduled and expired items, as a preview."""
        opts = self.model._meta
        if user.is_active and user.is_staff and user.has_perm(f"{opts.app_label}.view_{opts.model_name}"):
            return self.all()
        return self.published()


class Content(models.Model):
    """Fields shared by everything the city's staff publish."""

    status = models.CharField(
        _("status"), max_length=10, choices=PublicationStatus.choices, default=PublicationStatus.DRAFT
    )
    publish_from = models.DateTimeField(_("publish from"), null=True, blank=True)
    publish_until = models.DateTimeField(_("publish until"), null=True, blank=True)
    editor_note = models.TextField(
        _("editor's note"), blank=True, help_text=_("Internal note for the web team; never shown on the site.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last modified"), auto_now=True)

    objects = PublishableQuerySet.as_manager()

    # The field that names the object.
    title_field = "title"

    # What this type of content is, said once: roles, sitemap, search and the main menu are derived
    # from these (relations/content_types.py). A type without a public page opts out of the sitemap
    # and the search.
    staff_content = True  # editors write it, translators translate it
    in_sitemap = True
    searchable = True  # in its title, summary and body
    list_url_name = None  # its list page: an entry of the main menu and of the sitemap
    menu_label = None  # the menu entry's label, when not its verbose_name_plural
    display_order = 100  # where the type comes among the others, in the menu and the search results
    address_related = ()  # relations its get_absolute_url() walks, fetched in the same query
    sitemap_exclude = None  # filter() arguments of the objects whose address the sitemap lists otherwise

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        # Whatever reaches a body (the editor, an import, a script) is stored already cleaned.
        for field in self._meta.concrete_fields:
            if isinstance(field, HTMLField) and getattr(self, field.attname):
                setattr(self, field.attname, clean_html(getattr(self, field.attname)))
        super().save(*args, **kwargs)

    def is_translated(self, language):
        """Whether the object exists in the language: every text its page shows is translated there
        (relations/models/translation_records.py says when). Reads the row only."""
        return is_translated(self, language)

    def translated_languages(self):
        return [code for code, _name in settings.LANGUAGES if self.is_translated(code)]

    @property
    def is_published(self):
        return self.publication_state == "live"

    @property
    def publication_state(self):
        """live, draft, scheduled (published, from a future time) or expired (its window has ended)."""
        now = timezone.now()
        if self.status != PublicationStatus.PUBLISHED:
            return "draft"
        if self.publish_from and self.publish_from > now:
            return "scheduled"
        if self.publish_until and self.publish_until <= now:
            return "expired"
        return "live"


class WrittenContent(Content):
    """Content with a page of its own: a summary for lists, cards and feeds, a body, an image.

    A model whose field differs declares its own, which replaces this one (Page's summary is optional).
    """

    summary = models.TextField(_("summary"), max_length=500)
    body = HTMLField(_("body"), blank=True)
    image = models.ForeignKey(
        "relations.Image", verbose_name=_("image"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        abstract = True
