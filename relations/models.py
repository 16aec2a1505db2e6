"""The content of the international relations section.

Which fields are translated is declared in relations/translation.py:
django-modeltranslation adds a column per language (``title_fr``,
``title_de``, ``title_en``) next to each field registered there. French is
the source language and is required; German and English fall back to French.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models, transaction
from django.db.models import F, Q
from django.urls import Resolver404, resolve, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modeltranslation.utils import build_localized_fieldname
from tinymce.models import HTMLField

from . import images
from .rich_text import clean_html

# Years before the first twinnings of French cities or far in the future are typing errors.
FIRST_PLAUSIBLE_YEAR = 1900
LAST_PLAUSIBLE_YEAR = 2100
plausible_year_validators = [MinValueValidator(FIRST_PLAUSIBLE_YEAR), MaxValueValidator(LAST_PLAUSIBLE_YEAR)]


def plausible_year_check(field):
    """A database check that a year column, when filled, holds a plausible year."""
    return models.CheckConstraint(
        condition=Q(**{f"{field}__isnull": True})
        | Q(**{f"{field}__gte": FIRST_PLAUSIBLE_YEAR, f"{field}__lte": LAST_PLAUSIBLE_YEAR}),
        name=f"%(app_label)s_%(class)s_{field}_plausible",
        violation_error_message=_("Enter a year between %(first)s and %(last)s.")
        % {"first": FIRST_PLAUSIBLE_YEAR, "last": LAST_PLAUSIBLE_YEAR},
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

    # The field that names the object; when it is empty in a language, the object counts as untranslated there.
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
        return bool(getattr(self, build_localized_fieldname(self.title_field, language)))

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


class Image(models.Model):
    """An image of the shared library, used by every kind of content."""

    title = models.CharField(_("title"), max_length=200, help_text=_("To find the image in the library."))
    file = models.ImageField(_("file"), upload_to="images/%Y/%m/", width_field="width", height_field="height")
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
        if self.renditions_are_outdated():
            # Made once the save is committed: a rolled-back save leaves no file behind, and the
            # transaction (with the row locks of the admin's form) is not held open while Pillow works.
            transaction.on_commit(self.update_renditions)

    def renditions_are_outdated(self):
        made_from = (self.renditions.get("source"), self.renditions.get("focal_point"))
        return bool(self.file) and made_from != (self.file.name, [self.focal_x, self.focal_y])

    def update_renditions(self, check_files=False):
        """Makes the renditions again when the file or the focal point changed since they were made
        (or, with check_files, when one of their files is missing), then deletes the replaced ones.

        When only the focal point moved, only the card crops are made again: the full-size copies,
        whose addresses the bodies' rich text may hold, stay."""
        previous = self.renditions or {}
        if not self.file:
            return
        if previous.get("source") != self.file.name:
            kinds = images.RENDITION_KINDS
        elif check_files and not all(default_storage.exists(name) for name in images.rendition_names(previous)):
            kinds = images.RENDITION_KINDS
        elif previous.get("focal_point") != [self.focal_x, self.focal_y]:
            kinds = [images.CARD]
        else:
            return
        made = images.make_renditions(self, kinds)
        if made is None:
            # Pages show the original file, and the next save tries again.
            renditions = {}
        else:
            kept = {kind: previous[kind] for kind in images.RENDITION_KINDS if kind in previous and kind not in kinds}
            renditions = {**kept, **made, "source": self.file.name, "focal_point": [self.focal_x, self.focal_y]}
        # An UPDATE of this column only: no new version in the history, no change of updated_at.
        type(self)._default_manager.filter(pk=self.pk).update(renditions=renditions)
        self.renditions = renditions
        # An UPDATE sends no signal: pages cached meanwhile with the original file are renewed.
        from .cache import start_new_content_generation

        start_new_content_generation()
        images.delete_files(images.rendition_names(previous) - images.rendition_names(renditions))

    def renditions_of(self, kind):
        """The WebP copies of one kind ("full" or "card"), narrowest first, each with its address."""
        return [{**copy, "url": default_storage.url(copy["name"])} for copy in self.renditions.get(kind, [])]

    def rendition(self, kind, width):
        """The narrowest copy of this kind at least this wide (or the widest one); None before they exist."""
        copies = self.renditions_of(kind)
        return next((copy for copy in copies if copy["width"] >= width), copies[-1]) if copies else None

    def rendition_url(self, kind, width):
        copy = self.rendition(kind, width)
        return copy["url"] if copy else self.file.url


class CityKind(models.TextChoices):
    TWIN = "twin", _("Twin city")
    PARTNER = "partner", _("Partner city")
    NETWORK_MEMBER = "network", _("Network member")


class City(Content):
    """A city Limoges has relations with: a twin city, a partner or a fellow network member."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120)
    kind = models.CharField(_("relation"), max_length=10, choices=CityKind.choices, default=CityKind.PARTNER)
    country = CountryField(_("country"))
    region = models.CharField(_("region"), max_length=120, blank=True)
    latitude = models.DecimalField(_("latitude"), max_digits=8, decimal_places=5, null=True, blank=True)
    longitude = models.DecimalField(_("longitude"), max_digits=8, decimal_places=5, null=True, blank=True)
    charter_year = models.PositiveSmallIntegerField(
        _("year of the twinning charter"),
        null=True,
        blank=True,
        validators=plausible_year_validators,
        help_text=_("Leave empty when the year is not known for sure."),
    )
    charter_date = models.DateField(
        _("date of the twinning charter"),
        null=True,
        blank=True,
        help_text=_("Only when the exact day is known for sure."),
    )
    summary = models.TextField(_("summary"), max_length=500)
    body = HTMLField(_("body"), blank=True)
    image = models.ForeignKey(
        Image, verbose_name=_("image"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    website = models.URLField(_("official website"), blank=True)

    title_field = "name"

    list_url_name = "relations:city_list"
    menu_label = _("Twin and partner cities")
    display_order = 10

    class Meta:
        # Twin cities first, then partners, then fellow network members ("twin" > "partner" > "network").
        ordering = ["-kind", "name"]
        verbose_name = _("city")
        verbose_name_plural = _("cities")
        constraints = [
            *content_constraints(),
            plausible_year_check("charter_year"),
            models.CheckConstraint(
                condition=Q(latitude__isnull=True) | Q(latitude__gte=-90, latitude__lte=90),
                name="%(app_label)s_%(class)s_latitude_range",
                violation_error_message=_("The latitude must lie between -90 and 90."),
            ),
            models.CheckConstraint(
                condition=Q(longitude__isnull=True) | Q(longitude__gte=-180, longitude__lte=180),
                name="%(app_label)s_%(class)s_longitude_range",
                violation_error_message=_("The longitude must lie between -180 and 180."),
            ),
            models.CheckConstraint(
                condition=Q(charter_date__isnull=True) | Q(charter_year__isnull=False),
                name="%(app_label)s_%(class)s_charter_date_has_year",
                violation_error_message=_("A charter date needs its year."),
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("relations:city_detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if self.charter_date and self.charter_year is None:
            self.charter_year = self.charter_date.year
        if self.charter_date and self.charter_date.year != self.charter_year:
            raise ValidationError({"charter_date": _("The charter date and the charter year disagree.")})

    @property
    def is_twin(self):
        return self.kind == CityKind.TWIN


class NetworkKind(models.TextChoices):
    NETWORK = "network", _("Network of cities")
    ROUTE = "route", _("Cultural route")


class LimogesRole(models.TextChoices):
    LEAD_PARTNER = "lead", _("Lead partner")
    PRESIDENT = "president", _("President")
    FOUNDER = "founder", _("Founding member")
    MEMBER = "member", _("Member")


class Network(Content):
    """A network or route of cities Limoges belongs to (UNIC, the routes of ceramics)."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200)
    acronym = models.CharField(_("acronym"), max_length=20, blank=True)
    kind = models.CharField(_("kind"), max_length=10, choices=NetworkKind.choices, default=NetworkKind.NETWORK)
    founded_year = models.PositiveSmallIntegerField(
        _("founding year"), null=True, blank=True, validators=plausible_year_validators
    )
    limoges_role = models.CharField(
        _("role of Limoges"), max_length=10, choices=LimogesRole.choices, default=LimogesRole.MEMBER
    )
    members = models.ManyToManyField(City, verbose_name=_("member cities"), blank=True, related_name="networks")
    summary = models.TextField(_("summary"), max_length=500)
    body = HTMLField(_("body"), blank=True)
    image = models.ForeignKey(
        Image, verbose_name=_("image"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    website = models.URLField(_("website"), blank=True)

    title_field = "name"

    list_url_name = "relations:network_list"
    menu_label = _("Networks and routes")
    display_order = 20

    class Meta:
        ordering = ["kind", "name"]
        verbose_name = _("network or route")
        verbose_name_plural = _("networks and routes")
        constraints = [*content_constraints(), plausible_year_check("founded_year")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("relations:network_detail", kwargs={"slug": self.slug})


class AssociationQuerySet(PublishableQuerySet):
    def subsidised_in(self, year):
        """Associations that received at least one subsidy in the given year."""
        return self.filter(subsidies__year=year).distinct()


class Association(Content):
    """An association the city funds, most often one that carries international projects."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200)
    theme = models.CharField(_("theme"), max_length=12, choices=Theme.choices)
    summary = models.TextField(_("summary"), max_length=500)
    body = HTMLField(_("body"), blank=True)
    town = models.CharField(_("town"), max_length=120, default="Limoges")
    siret = models.CharField(
        _("SIRET number"),
        max_length=14,
        blank=True,
        validators=[RegexValidator(r"^\d{14}$", _("A SIRET number has exactly 14 digits."))],
        help_text=_("Needed for the open data on subsidies."),
    )
    website = models.URLField(_("website"), blank=True)
    image = models.ForeignKey(
        Image, verbose_name=_("logo or image"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = AssociationQuerySet.as_manager()

    title_field = "name"

    list_url_name = "relations:association_list"
    menu_label = _("Associations")
    display_order = 40

    class Meta:
        ordering = ["name"]
        verbose_name = _("association")
        verbose_name_plural = _("associations")
        constraints = [*content_constraints()]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("relations:association_detail", kwargs={"slug": self.slug})


class ProjectStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    ONGOING = "ongoing", _("Ongoing")
    COMPLETED = "completed", _("Completed")


class SolidarityProject(Content):
    """An international solidarity project, run by the city or by an association it funds."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200)
    country = CountryField(_("country"))
    partner_city = models.ForeignKey(
        City,
        verbose_name=_("partner city"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="solidarity_projects",
    )
    place = models.CharField(
        _("place"), max_length=120, blank=True, help_text=_("Town or region when it is not a partner city.")
    )
    association = models.ForeignKey(
        Association,
        verbose_name=_("carrying association"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="projects",
        help_text=_("Leave empty when the city runs the project itself."),
    )
    theme = models.CharField(_("theme"), max_length=12, choices=Theme.choices)
    start_year = models.PositiveSmallIntegerField(_("start year"), validators=plausible_year_validators)
    end_year = models.PositiveSmallIntegerField(
        _("end year"), null=True, blank=True, validators=plausible_year_validators
    )
    city_funding = models.DecimalField(
        _("city funding (euros)"),
        max_digits=12,
        decimal_places=2,
        default=0,
        validators=[MinValueValidator(0)],
    )
    project_status = models.CharField(
        _("progress"), max_length=10, choices=ProjectStatus.choices, default=ProjectStatus.ONGOING
    )
    summary = models.TextField(_("summary"), max_length=500)
    body = HTMLField(_("body"), blank=True)
    image = models.ForeignKey(
        Image, verbose_name=_("image"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    list_url_name = "relations:project_list"
    menu_label = _("International solidarity")
    display_order = 30

    class Meta:
        ordering = ["-start_year", "title"]
        verbose_name = _("solidarity project")
        verbose_name_plural = _("solidarity projects")
        constraints = [
            *content_constraints(),
            plausible_year_check("start_year"),
            plausible_year_check("end_year"),
            non_negative_check("city_funding"),
            models.CheckConstraint(
                condition=Q(end_year__isnull=True) | Q(end_year__gte=F("start_year")),
                name="%(app_label)s_%(class)s_ends_after_start",
                violation_error_message=_("A project cannot end before it starts."),
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("relations:project_detail", kwargs={"slug": self.slug})


class SubsidyNature(models.TextChoices):
    # Values of the national open data format for subsidies (SCDL "subventions").
    CASH = "aide en numéraire", _("Cash grant")
    IN_KIND = "aide en nature", _("Support in kind")


class PaymentConditions(models.TextChoices):
    SINGLE = "unique", _("Single payment")
    STAGED = "échelonné", _("Staged payments")
    VARIOUS = "diverses", _("Various")


class Subsidy(models.Model):
    """A subsidy granted by the city to an association for one year."""

    association = models.ForeignKey(
        Association, verbose_name=_("association"), on_delete=models.CASCADE, related_name="subsidies"
    )
    year = models.PositiveSmallIntegerField(_("year"), validators=plausible_year_validators)
    amount = models.DecimalField(
        _("amount (euros)"), max_digits=12, decimal_places=2, validators=[MinValueValidator(0)]
    )
    purpose = models.CharField(_("purpose"), max_length=300)
    project = models.ForeignKey(
        SolidarityProject,
        verbose_name=_("project"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="subsidies",
    )
    nature = models.CharField(_("nature"), max_length=20, choices=SubsidyNature.choices, default=SubsidyNature.CASH)
    payment_conditions = models.CharField(
        _("payment conditions"), max_length=10, choices=PaymentConditions.choices, default=PaymentConditions.SINGLE
    )
    agreement_date = models.DateField(_("date of the agreement"), null=True, blank=True)
    editor_note = models.TextField(_("editor's note"), blank=True)

    staff_content = True  # shown on its association's page

    class Meta:
        ordering = ["-year", "-amount"]
        verbose_name = _("subsidy")
        verbose_name_plural = _("subsidies")
        constraints = [
            plausible_year_check("year"),
            non_negative_check("amount"),
        ]

    def __str__(self):
        return f"{self.association} – {self.year} – {self.amount} €"


class ArticleCategory(models.Model):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    objects = TranslatedSlugQuerySet.as_manager()

    staff_content = True
    in_sitemap = True
    searchable = False

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("article category")
        verbose_name_plural = _("article categories")
        constraints = [*unique_slug_per_language()]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("relations:article_category", kwargs={"slug": self.slug})


class Article(Content):
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200)
    summary = models.TextField(_("summary"), max_length=500)
    body = HTMLField(_("body"))
    image = models.ForeignKey(
        Image, verbose_name=_("image"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    category = models.ForeignKey(
        ArticleCategory, verbose_name=_("category"), on_delete=models.PROTECT, related_name="articles"
    )
    published_on = models.DateField(_("publication date"), default=timezone.localdate)
    is_featured = models.BooleanField(_("featured"), default=False)
    cities = models.ManyToManyField(City, verbose_name=_("cities"), blank=True, related_name="articles")
    networks = models.ManyToManyField(Network, verbose_name=_("networks"), blank=True, related_name="articles")

    list_url_name = "relations:article_list"
    menu_label = _("Articles")
    display_order = 50

    class Meta:
        ordering = ["-published_on", "title"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        constraints = [*content_constraints()]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("relations:article_detail", kwargs={"slug": self.slug})


class EventQuerySet(PublishableQuerySet):
    def upcoming(self):
        now = timezone.now()
        return self.filter(Q(ends_at__gte=now) | Q(ends_at__isnull=True, starts_at__gte=now)).order_by("starts_at")

    def past(self):
        now = timezone.now()
        return self.filter(Q(ends_at__lt=now) | Q(ends_at__isnull=True, starts_at__lt=now)).order_by("-starts_at")


class Event(Content):
    """Something that happens on a date: a concert, a festival, a week of ceramics."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200)
    summary = models.TextField(_("summary"), max_length=500)
    body = HTMLField(_("body"), blank=True)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"), null=True, blank=True)
    venue = models.CharField(_("venue"), max_length=200)
    address = models.CharField(_("address"), max_length=300, blank=True)
    image = models.ForeignKey(
        Image, verbose_name=_("image"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    cities = models.ManyToManyField(City, verbose_name=_("cities"), blank=True, related_name="events")

    objects = EventQuerySet.as_manager()

    list_url_name = "relations:event_list"
    menu_label = _("Events")
    display_order = 60

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        constraints = [
            *content_constraints(),
            models.CheckConstraint(
                condition=Q(ends_at__isnull=True) | Q(ends_at__gte=F("starts_at")),
                name="%(app_label)s_%(class)s_ends_after_start",
                violation_error_message=_("An event cannot end before it starts."),
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("relations:event_detail", kwargs={"slug": self.slug})


class KeyFigure(Content):
    """A figure shown as a teaser on the section's home page ("401 associations subsidised a year")."""

    value = models.CharField(_("value"), max_length=30, help_text=_("The figure itself, e.g. 401 or 1914-1918."))
    unit = models.CharField(_("unit"), max_length=60, blank=True)
    label = models.CharField(_("label"), max_length=200)
    link = models.CharField(
        _("link"),
        max_length=500,
        blank=True,
        validators=[
            RegexValidator(
                r"^(/|https://|http://)", _("Enter an address on this site (starting with /) or a full web address.")
            )
        ],
        help_text=_("Page the teaser leads to, in this language."),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    title_field = "label"

    # A teaser of the home page, without a page of its own.
    in_sitemap = searchable = False

    class Meta:
        ordering = ["position", "label"]
        verbose_name = _("key figure")
        verbose_name_plural = _("key figures")
        constraints = [publication_window_check()]

    def __str__(self):
        return f"{self.value} {self.unit} {self.label}".replace("  ", " ")


class Page(Content):
    """A free-form page of the section, placed in a tree that gives menus and breadcrumbs.

    The tree's root is the section's home page (Relations internationales); the
    city's site above it (Accueil > Vie municipale et citoyenneté) is not kept here.
    """

    MAX_DEPTH = 4

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200)
    parent = models.ForeignKey(
        "self", verbose_name=_("parent page"), null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    summary = models.TextField(_("summary"), max_length=500, blank=True)
    body = HTMLField(_("body"), blank=True)
    image = models.ForeignKey(
        Image, verbose_name=_("image"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    show_in_navigation = models.BooleanField(_("show in navigation"), default=True)

    display_order = 70
    # A page's address is made of its ancestors' slugs.
    address_related = ("parent__parent__parent",)
    # The root page is the section's home, listed with the list pages.
    sitemap_exclude = {"parent__isnull": True}

    class Meta:
        ordering = ["position", "title"]
        verbose_name = _("page")
        verbose_name_plural = _("pages")
        constraints = [
            *content_constraints(),
            models.CheckConstraint(
                condition=~Q(parent=F("pk")),
                name="%(app_label)s_%(class)s_not_its_own_parent",
                violation_error_message=_("A page cannot be its own parent."),
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        if self.parent_id is None:
            return reverse("relations:home")
        return reverse("relations:page", kwargs={"path": self.path})

    def ancestors(self):
        """The pages above this one, from the root down (one query per level; the tree is shallow)."""
        chain = []
        page = self.parent
        while page is not None and page not in chain:
            chain.append(page)
            page = page.parent
        return list(reversed(chain))

    def clean(self):
        super().clean()
        if self.parent is None:
            roots = Page.objects.filter(parent__isnull=True).exclude(pk=self.pk)
            if roots.exists():
                raise ValidationError({"parent": _("Only the section's home page has no parent: choose one.")})
            return
        ancestors = self.ancestors()
        if self.parent.parent_id is None:
            self.refuse_addresses_taken_by_other_pages()
        if self.pk and any(page.pk == self.pk for page in [*ancestors, self.parent]):
            raise ValidationError({"parent": _("A page cannot be placed below itself.")})
        if len(ancestors) + 1 >= self.MAX_DEPTH:
            raise ValidationError(
                {"parent": _("Pages can be nested %(depth)s levels deep at most.") % {"depth": self.MAX_DEPTH}}
            )

    def refuse_addresses_taken_by_other_pages(self):
        """A page just below the home page must not take the address of a list (/de/netzwerke/...)."""
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                if not self.slug:
                    continue
                try:
                    match = resolve(f"/{code}/{self.slug}/")
                except Resolver404:
                    continue
                if match.url_name != "page":
                    raise ValidationError(
                        {"slug": _("This address is reserved for another page of the site: choose another one.")}
                    )

    @property
    def path(self):
        """The page's address below the section home, in the active language."""
        return "/".join(page.slug for page in [*self.ancestors()[1:], self])


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
