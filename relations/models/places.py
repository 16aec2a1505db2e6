"""The cities Limoges has relations with, and the networks and routes it belongs to."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from .base import WrittenContent, content_constraints, plausible_year_check, plausible_year_validators


class CityKind(models.TextChoices):
    TWIN = "twin", _("Twin city")
    PARTNER = "partner", _("Partner city")
    NETWORK_MEMBER = "network", _("Network member")


class City(WrittenContent):
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


class Network(WrittenContent):
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
