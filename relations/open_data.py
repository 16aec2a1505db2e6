"""The subsidies as open data, in the national format for subsidies: SCDL "subventions" 2.1.1
(OpenDataFrance, listed on schema.data.gouv.fr; tests/schemas/ holds a copy).

One French dataset, whatever the language of the address: ``subsidy_rows()`` yields its rows, in the
schema's column order; a subsidy that cannot make a valid row is left out, and
``subsidies_left_out()`` tells the staff why.
"""

from django.conf import settings
from django.core import checks
from django.core.exceptions import ValidationError
from django.db.models import Max
from django.utils.translation import gettext_lazy as _

from .models import Association, Subsidy
from .models.funding import validate_rna, validate_siret

SCHEMA_NAME = "scdl-subventions"
SCHEMA_VERSION = "2.1.1"
SCHEMA_URL = "https://schema.data.gouv.fr/OpenDataFrance/scdl-subventions/2.1.1/"
LICENCE_URL = "https://www.etalab.gouv.fr/wp-content/uploads/2017/04/ETALAB-Licence-Ouverte-v2.0.pdf"
LICENCE_NAME = "Licence Ouverte / Open Licence version 2.0"

# The schema's columns, in its order.
FIELDS = [
    "nomAttribuant",
    "idAttribuant",
    "dateConvention",
    "referenceDecision",
    "nomBeneficiaire",
    "idBeneficiaire",
    "rnaBeneficiaire",
    "objet",
    "montant",
    "nature",
    "conditionsVersement",
    "datesPeriodeVersement",
    "idRAE",
    "notificationUE",
    "pourcentageSubvention",
    "dispositifAide",
]


def _is_valid(validator, value):
    try:
        validator(value)
    except ValidationError:
        return False
    return True


def city_siret_problem():
    """Why the city cannot be named as the attributing body, or None."""
    if not settings.CITY_SIRET:
        return _("The city's SIRET number (setting CITY_SIRET) is not configured.")
    if not _is_valid(validate_siret, settings.CITY_SIRET):
        return _("The city's SIRET number (setting CITY_SIRET) is not a valid SIRET number.")
    return None


@checks.register("open_data", deploy=True)
def check_city_siret(app_configs=None, **kwargs):
    """Without the city's own SIRET number, not one subsidy can be published as open data."""
    if settings.CITY_SIRET and settings.CITY_SIRET == getattr(settings, "DEMO_CITY_SIRET", None):
        problem = "CITY_SIRET is the demo's fictitious SIRET number."
    else:
        problem = city_siret_problem() and "CITY_SIRET is missing or is not a valid SIRET number."
    if not problem:
        return []
    return [
        checks.Warning(
            f"{problem} The open data on subsidies stays empty: each of its rows names the city by its SIRET.",
            hint="Set CITY_SIRET to the City of Limoges's SIRET number (14 digits), e.g. in the .env file.",
            id="relations.W101",
        )
    ]


def problems(subsidy, published_associations):
    """Why this subsidy cannot be a valid row of the open data (empty when it can)."""
    reasons = []
    if problem := city_siret_problem():
        reasons.append(problem)
    association = subsidy.association
    if association.pk not in published_associations:
        reasons.append(_("Its association is not published."))
    if not subsidy.agreement_date:
        reasons.append(_("No date of the agreement."))
    if not association.siret and not association.rna:
        reasons.append(_("Its association has neither a SIRET nor an RNA number."))
    if association.siret and not _is_valid(validate_siret, association.siret):
        reasons.append(_("Its association's SIRET number is not valid."))
    if association.rna and not _is_valid(validate_rna, association.rna):
        reasons.append(_("Its association's RNA number is not valid."))
    return reasons


def subsidies_with_problems(subsidies=None):
    """Each subsidy with the reasons it is left out of the open data. Two queries."""
    if subsidies is None:
        subsidies = Subsidy.objects.all()
    published = set(Association.objects.published().values_list("pk", flat=True))
    for subsidy in subsidies.select_related("association").order_by("-year", "pk"):
        yield subsidy, problems(subsidy, published)


def subsidies_left_out(subsidies=None):
    """The subsidies missing from the open data, with why: listed for the staff in the admin."""
    return [(subsidy, reasons) for subsidy, reasons in subsidies_with_problems(subsidies) if reasons]


def subsidy_rows():
    """The rows of the dataset, one per valid subsidy, newest year first: dicts in the schema's
    column order, amounts and shares as Decimal, dates as ISO 8601 text, notificationUE as oui/non.
    The national format is French: names and purposes are the French texts."""
    for subsidy, reasons in subsidies_with_problems():
        if reasons:
            continue
        association = subsidy.association
        yield {
            "nomAttribuant": settings.CITY_NAME,
            "idAttribuant": settings.CITY_SIRET,
            "dateConvention": subsidy.agreement_date.isoformat(),
            "referenceDecision": subsidy.decision_reference,
            "nomBeneficiaire": association.name_fr,
            "idBeneficiaire": association.siret,
            "rnaBeneficiaire": association.rna,
            "objet": subsidy.purpose_fr,
            "montant": subsidy.amount,
            "nature": subsidy.nature,
            "conditionsVersement": subsidy.payment_conditions,
            "datesPeriodeVersement": subsidy.payment_period,
            "idRAE": subsidy.rae_id,
            "notificationUE": "oui" if subsidy.eu_notification else "non",
            "pourcentageSubvention": subsidy.share,
            "dispositifAide": subsidy.aid_scheme,
        }


def last_change():
    """When the data last changed: the latest change of a subsidy or of an association it names."""
    changes = Subsidy.objects.aggregate(subsidy=Max("updated_at"), association=Max("association__updated_at"))
    return max((moment for moment in changes.values() if moment), default=None)
