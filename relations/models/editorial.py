"""What the section's staff write: articles and their categories, events, key figures, pages."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import F, Func, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.urls import Resolver404, resolve, reverse
from django.utils import timezone, translation
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from tinymce.models import HTMLField

from .base import (
    Content,
    PublishableQuerySet,
    TranslatedSlugQuerySet,
    WrittenContent,
    content_constraints,
    plausible_year_check,
    plausible_year_validators,
    publication_window_check,
    unique_slug_per_language,
)
from .funding import Association, Subsidy
from .places import City, CityKind, Network


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


class Article(WrittenContent):
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200)
    # An article is its text: unlike the other kinds, its body is required.
    body = HTMLField(_("body"))
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


class Event(WrittenContent):
    """Something that happens on a date: a concert, a festival, a week of ceramics."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"), null=True, blank=True)
    venue = models.CharField(_("venue"), max_length=200)
    address = models.CharField(_("address"), max_length=300, blank=True)
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


class KeyFigureKind(models.TextChoices):
    TYPED = "", _("Typed by an editor")
    TWIN_CITIES = "twin_cities", _("Number of twin cities")
    PARTNER_CITIES = "partner_cities", _("Number of partner cities")
    NETWORKS = "networks", _("Number of networks and routes")
    SUBSIDISED_ASSOCIATIONS = "subsidised_associations", _("Associations subsidised in a year")
    SUBSIDY_TOTAL = "subsidy_total", _("Total of the subsidies of a year (euros)")


YEARLY_KINDS = {KeyFigureKind.SUBSIDISED_ASSOCIATIONS, KeyFigureKind.SUBSIDY_TOTAL}


def scalar(queryset, function, field, distinct=False):
    """A subquery of one number over the queryset (COUNT, SUM, MAX), with no GROUP BY."""
    template = "%(function)s(DISTINCT %(expressions)s)" if distinct else "%(function)s(%(expressions)s)"
    return Subquery(
        queryset.order_by().annotate(result=Func(F(field), function=function, template=template)).values("result")
    )


class KeyFigureQuerySet(PublishableQuerySet):
    def with_values(self):
        """The figures, each with ``shown_value`` (its value, computed from the published data when it
        is not typed) and ``shown_year`` (the year of a yearly figure). One query, however many figures:
        the computed numbers come as subqueries of the figures' own query."""
        cities = City.objects.published()
        subsidies = Subsidy.objects.filter(association__in=Association.objects.published())
        latest_year = scalar(subsidies, "MAX", "year")
        of_the_year = subsidies.filter(year=Coalesce(OuterRef("year"), latest_year))
        figures = list(
            self.annotate(
                computed_year=Coalesce("year", latest_year),
                **{
                    KeyFigureKind.TWIN_CITIES: scalar(cities.filter(kind=CityKind.TWIN), "COUNT", "pk"),
                    KeyFigureKind.PARTNER_CITIES: scalar(cities.filter(kind=CityKind.PARTNER), "COUNT", "pk"),
                    KeyFigureKind.NETWORKS: scalar(Network.objects.published(), "COUNT", "pk"),
                    KeyFigureKind.SUBSIDISED_ASSOCIATIONS: scalar(of_the_year, "COUNT", "association", distinct=True),
                    KeyFigureKind.SUBSIDY_TOTAL: scalar(of_the_year, "SUM", "amount"),
                },
            )
        )
        for figure in figures:
            figure.shown_year = figure.computed_year if figure.kind in YEARLY_KINDS else None
            if figure.kind:
                number = getattr(figure, figure.kind) or 0
                figure.shown_value = number_format(number, decimal_pos=0, use_l10n=True, force_grouping=True)
            else:
                figure.shown_value = figure.value
        return figures


class KeyFigure(Content):
    """A figure shown as a teaser on the section's home page ("5 twin cities"): typed by an editor, who
    says where it comes from, or computed from the site's published data."""

    kind = models.CharField(
        _("figure"),
        max_length=30,
        choices=KeyFigureKind.choices,
        blank=True,
        default=KeyFigureKind.TYPED,
        help_text=_("Computed from the published data of the site, or typed: then give its value and its source."),
    )
    value = models.CharField(
        _("value"),
        max_length=30,
        blank=True,
        help_text=_("The figure itself, e.g. 401 or 1914-1918. Only for a typed figure."),
    )
    year = models.PositiveSmallIntegerField(
        _("year"),
        null=True,
        blank=True,
        validators=plausible_year_validators,
        help_text=_("For a yearly figure: the year counted. Empty: the latest year with subsidies."),
    )
    unit = models.CharField(_("unit"), max_length=60, blank=True)
    label = models.CharField(_("label"), max_length=200)
    source = models.CharField(
        _("source"),
        max_length=200,
        blank=True,
        help_text=_("Where a typed figure comes from (a document, a date), shown with it."),
    )
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

    objects = KeyFigureQuerySet.as_manager()

    title_field = "label"

    # A teaser of the home page, without a page of its own.
    in_sitemap = searchable = False

    class Meta:
        ordering = ["position", "label"]
        verbose_name = _("key figure")
        verbose_name_plural = _("key figures")
        constraints = [
            publication_window_check(),
            plausible_year_check("year"),
            models.CheckConstraint(
                condition=~Q(kind="") | ~Q(value=""),
                name="%(app_label)s_%(class)s_typed_figure_has_a_value",
                violation_error_message=_("A typed figure needs its value."),
            ),
        ]

    def __str__(self):
        value = self.value or self.get_kind_display()
        return f"{value} {self.unit} {self.label}".replace("  ", " ")


class Page(WrittenContent):
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
    # A page may be a body only (an introduction, a legal notice): its summary is optional.
    summary = models.TextField(_("summary"), max_length=500, blank=True)
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

    def descendants(self):
        """Every page below this one, level by level (one query per level; the tree is shallow)."""
        found, level = [], [self]
        while level:
            known = {page.pk for page in [self, *found]}
            level = [page for page in Page.objects.filter(parent__in=level) if page.pk not in known]
            found += level
        return found

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
                {
                    "parent": ValidationError(
                        _("Pages can be nested %(depth)s levels deep at most."),
                        code="too_deep",
                        params={"depth": self.MAX_DEPTH},
                    )
                }
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
