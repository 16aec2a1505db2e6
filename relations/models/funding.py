"""What the city funds: the associations, their yearly subsidies, and the solidarity projects."""

from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from .base import (
    PublishableQuerySet,
    Theme,
    WrittenContent,
    content_constraints,
    non_negative_check,
    plausible_year_check,
    plausible_year_validators,
)
from .places import City


class AssociationQuerySet(PublishableQuerySet):
    def subsidised_in(self, year):
        """Associations that received at least one subsidy in the given year."""
        return self.filter(subsidies__year=year).distinct()


class Association(WrittenContent):
    """An association the city funds, most often one that carries international projects."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200)
    theme = models.CharField(_("theme"), max_length=12, choices=Theme.choices)
    town = models.CharField(_("town"), max_length=120, default="Limoges")
    siret = models.CharField(
        _("SIRET number"),
        max_length=14,
        blank=True,
        validators=[RegexValidator(r"^\d{14}$", _("A SIRET number has exactly 14 digits."))],
        help_text=_("Needed for the open data on subsidies."),
    )
    website = models.URLField(_("website"), blank=True)
    # Named for what associations most often have; replaces WrittenContent's image.
    image = models.ForeignKey(
        "relations.Image",
        verbose_name=_("logo or image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
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


class SolidarityProject(WrittenContent):
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
