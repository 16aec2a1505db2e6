"""What the city funds: the associations, their yearly subsidies, and the solidarity projects."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from stdnum.fr import siret as french_siret

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


def validate_siret(value):
    """A SIRET number: 14 digits whose checksum holds (python-stdnum knows La Poste's exception),
    as the SCDL schema's "french-siret-value" check wants."""
    if not french_siret.is_valid(value):
        raise ValidationError(
            _("Enter a SIRET number: 14 digits, without spaces, whose check digit is right."), code="invalid_siret"
        )


validate_rna = RegexValidator(
    r"^W\d{9}$", _("An RNA number starts with W followed by 9 digits, e.g. W872001234."), code="invalid_rna"
)


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
        validators=[validate_siret],
        help_text=_(
            "Open data (idBeneficiaire): the beneficiary's SIRET number, 9 SIREN digits and 5 NIC digits in one "
            "piece. An association that receives a subsidy in kind may have none: then give its RNA number."
        ),
    )
    rna = models.CharField(
        _("RNA number"),
        max_length=10,
        blank=True,
        validators=[validate_rna],
        help_text=_(
            "Open data (rnaBeneficiaire): the beneficiary's number in the national register of associations "
            "(RNA), starting with W and made of 9 digits. The SIRET or the RNA number is required."
        ),
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
    # "autre" is the schema's word for free-form conditions (formerly stored as "diverses").
    OTHER = "autre", _("Other")


class Subsidy(models.Model):
    """A subsidy granted by the city to an association for one year.

    Its fields are those of the national open data format (SCDL "subventions" 2.1.1); the help texts
    quote the schema's definitions. relations/open_data.py writes the published file.
    """

    association = models.ForeignKey(
        Association, verbose_name=_("association"), on_delete=models.CASCADE, related_name="subsidies"
    )
    year = models.PositiveSmallIntegerField(_("year"), validators=plausible_year_validators)
    amount = models.DecimalField(
        _("amount (euros)"),
        max_digits=12,
        decimal_places=2,
        validators=[MinValueValidator(0)],
        help_text=_(
            "Open data (montant): total amount of the subsidy granted, in euros, before it is shared between "
            "beneficiaries when there are several."
        ),
    )
    purpose = models.CharField(
        _("purpose"),
        max_length=256,
        help_text=_("Open data (objet): description of what the subsidy is for, 256 characters at most."),
    )
    project = models.ForeignKey(
        SolidarityProject,
        verbose_name=_("project"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="subsidies",
    )
    nature = models.CharField(
        _("nature"),
        max_length=20,
        choices=SubsidyNature.choices,
        default=SubsidyNature.CASH,
        help_text=_("Open data (nature): a cash grant or support in kind."),
    )
    payment_conditions = models.CharField(
        _("payment conditions"),
        max_length=10,
        choices=PaymentConditions.choices,
        default=PaymentConditions.SINGLE,
        help_text=_("Open data (conditionsVersement): single payment, staged payments or other conditions."),
    )
    agreement_date = models.DateField(
        _("date of the agreement"),
        null=True,
        blank=True,
        help_text=_(
            "Open data (dateConvention): date of the subsidy agreement. Required: a subsidy without it is left "
            "out of the open data."
        ),
    )
    decision_reference = models.CharField(
        _("reference of the decision"),
        max_length=100,
        blank=True,
        help_text=_(
            "Open data (referenceDecision): the city's own reference of the act that decided the subsidy, "
            "e.g. a council deliberation number."
        ),
    )
    payment_start = models.DateField(
        _("payment date"),
        null=True,
        blank=True,
        help_text=_(
            "Open data (datesPeriodeVersement): the date of a single payment, or the first date of the period "
            "of staged payments. Left empty, the period published is the subsidy's year."
        ),
    )
    payment_end = models.DateField(
        _("end of the payment period"),
        null=True,
        blank=True,
        help_text=_("For staged payments, or when the date of a single payment is not known: the period's end."),
    )
    aid_scheme = models.CharField(
        _("aid scheme"),
        max_length=100,
        blank=True,
        help_text=_(
            "Open data (dispositifAide): identifier of the aid scheme the subsidy comes from, as published with "
            "the national schema of aid schemes."
        ),
    )
    rae_id = models.CharField(
        _("RAE identifier"),
        max_length=5,
        blank=True,
        help_text=_(
            "Open data (idRAE): number of the aid in the directory of aid to businesses (RAE); only for aid "
            "listed there."
        ),
    )
    eu_notification = models.BooleanField(
        _("notified to the European Commission"),
        default=False,
        help_text=_(
            "Open data (notificationUE): granted as de minimis state aid notified to the European Commission "
            "under regulation 1407/2013 (published as oui or non)."
        ),
    )
    share = models.DecimalField(
        _("share of the subsidy"),
        max_digits=3,
        decimal_places=2,
        default=1,
        validators=[MinValueValidator(Decimal("0.01")), MaxValueValidator(1)],
        help_text=_(
            "Open data (pourcentageSubvention): the part of the total amount paid to this beneficiary, as a "
            "decimal number: 1.00 for a single beneficiary, 0.45 for 45 %."
        ),
    )
    editor_note = models.TextField(_("editor's note"), blank=True)
    updated_at = models.DateTimeField(_("last modified"), auto_now=True)

    staff_content = True  # shown on its association's page

    class Meta:
        ordering = ["-year", "-amount"]
        verbose_name = _("subsidy")
        verbose_name_plural = _("subsidies")
        constraints = [
            plausible_year_check("year"),
            non_negative_check("amount"),
            models.CheckConstraint(
                condition=Q(share__gte=Decimal("0.01"), share__lte=1),
                name="%(app_label)s_%(class)s_share_between_1_and_100_percent",
                violation_error_message=_("The share is a decimal number between 0.01 and 1."),
            ),
            models.CheckConstraint(
                condition=Q(payment_end__isnull=True)
                | (Q(payment_start__isnull=False) & Q(payment_end__gte=F("payment_start"))),
                name="%(app_label)s_%(class)s_payment_period_in_order",
                violation_error_message=_("A payment period needs its first date, before its end."),
            ),
        ]

    def __str__(self):
        return f"{self.association} – {self.year} – {self.amount} €"

    @property
    def payment_period(self):
        """datesPeriodeVersement: a date, or a period "start/end" (ISO 8601); the subsidy's year when
        no payment date is known."""
        if self.payment_start and self.payment_end:
            return f"{self.payment_start.isoformat()}/{self.payment_end.isoformat()}"
        if self.payment_start:
            return self.payment_start.isoformat()
        return f"{self.year:04d}-01-01/{self.year:04d}-12-31"
