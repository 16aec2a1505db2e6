"""What every page of the section shows around its content, edited by the web team: the menus, the
accessibility statement whose conformity line is in every footer, the office's contact details."""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q, Subquery
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from tinymce.models import HTMLField

from relations.rich_text import clean_html

from ..addresses import section_address
from .editorial import Page


class CleanedHTMLOnSave:
    """Whatever reaches a body is stored already cleaned, as for the published content."""

    def save(self, *args, **kwargs):
        for field in self._meta.concrete_fields:
            if isinstance(field, HTMLField) and getattr(self, field.attname):
                setattr(self, field.attname, clean_html(getattr(self, field.attname)))
        super().save(*args, **kwargs)


class OneRecord(models.QuerySet):
    def current(self):
        """The site has one: the first (the admin lets no second one be added)."""
        return self.first()


class Conformity(models.TextChoices):
    """The three states the RGAA (French accessibility standard) allows a statement to declare."""

    NONE = "none", _("not compliant")
    PARTIAL = "partial", _("partially compliant")
    FULL = "full", _("fully compliant")


class OneRecordPage(CleanedHTMLOnSave, models.Model):
    """A page of the section kept in one record, at a fixed address (url_name)."""

    updated_at = models.DateTimeField(_("last modified"), auto_now=True)

    objects = OneRecord.as_manager()

    staff_content = True
    in_sitemap = False  # one page, listed with the section's fixed pages (relations/sitemaps.py)
    searchable = False
    url_name = None

    class Meta:
        abstract = True
        ordering = ["pk"]

    def get_absolute_url(self):
        return reverse(self.url_name)


class AccessibilityStatement(OneRecordPage):
    """The accessibility statement, in the RGAA model. Its conformity line is shown in the footer of
    every page, read from this same record."""

    title = models.CharField(_("title"), max_length=200)
    conformity = models.CharField(_("conformity state"), max_length=10, choices=Conformity.choices)
    compliance_rate = models.DecimalField(
        _("compliance rate (%)"),
        max_digits=4,
        decimal_places=1,
        null=True,
        blank=True,
        help_text=_("Share of the RGAA criteria met, from the latest audit."),
    )
    standard = models.CharField(_("standard"), max_length=50, default="RGAA 4.1.2")
    audit_date = models.DateField(_("date of the audit"), null=True, blank=True)
    audited_by = models.CharField(_("audited by"), max_length=200, blank=True)
    commitment = HTMLField(_("commitment and scope"), blank=True)
    non_conformities = HTMLField(_("non-conformities"), blank=True)
    derogations = HTMLField(_("derogations"), blank=True)
    feedback = HTMLField(_("feedback and contact"), blank=True)
    recourse = HTMLField(_("recourse"), blank=True)

    url_name = "relations:accessibility"

    class Meta(OneRecordPage.Meta):
        verbose_name = _("accessibility statement")
        verbose_name_plural = _("accessibility statement")

    def __str__(self):
        return self.title


phone_number = RegexValidator(r"^\+?[0-9 .()-]{6,30}$", _("Enter a phone number: digits, spaces and a leading +."))


class ContactDetails(OneRecordPage):
    """How to reach the international relations office: the contact page, and the footer."""

    title = models.CharField(_("title"), max_length=200)
    office = models.CharField(_("office"), max_length=200)
    street_address = models.CharField(_("street address"), max_length=200)
    postal_code = models.CharField(_("postal code"), max_length=10)
    locality = models.CharField(_("town"), max_length=100)
    phone = models.CharField(_("phone"), max_length=30, blank=True, validators=[phone_number])
    email = models.EmailField(_("email"), blank=True)
    opening_hours = models.TextField(_("opening hours"), blank=True, help_text=_("One line per day or period."))
    introduction = HTMLField(_("introduction"), blank=True)

    url_name = "relations:contact"

    class Meta(OneRecordPage.Meta):
        verbose_name = _("contact details")
        verbose_name_plural = _("contact details")

    def __str__(self):
        return self.office

    def opening_hours_lines(self):
        return [line.strip() for line in self.opening_hours.splitlines() if line.strip()]


# Pages of the section that are no type's list, which a menu entry may point to.
FIXED_PAGES = {
    "relations:home": _("International relations"),
    "relations:site_map": _("Site map"),
    "relations:accessibility": _("Accessibility"),
    "relations:contact": _("Contact"),
    "relations:search": _("Search"),
    "relations:city_map": _("Map of the twin cities"),
    "relations:article_feed": _("Articles (RSS)"),
    "relations:event_calendar": _("Events calendar (iCal)"),
    "relations:subsidies_csv": _("Open data: subsidies (CSV)"),
}


def list_choices():
    """The list page of each type of content (relations/content_types.py) and the fixed pages."""
    from relations.content_types import listed_models, menu_label

    return [(model.list_url_name, menu_label(model)) for model in listed_models()] + list(FIXED_PAGES.items())


class Menu(models.TextChoices):
    MAIN = "main", _("main menu")
    FOOTER = "footer", _("footer")


class MenuEntryQuerySet(models.QuerySet):
    def shown(self):
        """{menu: [entries]} of every menu, in order, their pages fetched with the ancestors their
        addresses are made of, in one query; an entry to a page that is not live is left out."""
        menus = {}
        # Their titles and addresses only: not their bodies, long and in every language.
        bodies = [field.name for field in Page._meta.concrete_fields if field.name.split("_")[0] == "body"]
        pages = ["page", "page__parent", "page__parent__parent", "page__parent__parent__parent"]
        entries = self.select_related(pages[-1]).defer(*[f"{page}__{body}" for page in pages for body in bodies])
        for entry in entries:
            if entry.page is None or entry.page.is_live_with_its_ancestors():
                menus.setdefault(entry.menu, []).append(entry)
        return menus

    def frame(self):
        """What every page shows around its content: the menus and the accessibility statement's
        conformity state, read together in one query (the statement's columns come with each entry)."""
        statement = AccessibilityStatement.objects.order_by("pk")
        entries = self.annotate(
            statement_pk=Subquery(statement.values("pk")[:1]),
            statement_conformity=Subquery(statement.values("conformity")[:1]),
        )
        menus = entries.shown()
        first = next((entry for shown in menus.values() for entry in shown), None)
        if first is None:  # no menu written yet: the statement alone
            return {"menus": {}, "statement": AccessibilityStatement.objects.current()}
        found = first.statement_pk is not None
        return {
            "menus": menus,
            "statement": AccessibilityStatement(pk=first.statement_pk, conformity=first.statement_conformity)
            if found
            else None,
        }


class MenuEntry(models.Model):
    """An entry of the main menu or of the footer: a page of the tree, a list (or another fixed page
    of the section), or an address, with its label in each language."""

    menu = models.CharField(_("menu"), max_length=10, choices=Menu.choices, default=Menu.MAIN)
    sort_order = models.PositiveSmallIntegerField(_("position"), default=0)
    label = models.CharField(
        _("label"), max_length=100, blank=True, help_text=_("Leave empty to show the title of the page or list.")
    )
    page = models.ForeignKey(
        Page,
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="menu_entries",
        help_text=_("Hidden from the menu while the page is not published."),
    )
    list_name = models.CharField(_("list or fixed page"), max_length=60, blank=True, choices=list_choices)
    url = models.CharField(
        _("address"),
        max_length=500,
        blank=True,
        validators=[RegexValidator(r"^(https://|/)", _("Enter an address starting with https:// or /."))],
        help_text=_("Another site (https://…) or an address of this site (/fr/…)."),
    )

    objects = MenuEntryQuerySet.as_manager()

    staff_content = True

    class Meta:
        ordering = ["menu", "sort_order", "pk"]
        verbose_name = _("menu entry")
        verbose_name_plural = _("menu entries")
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(page__isnull=False, list_name="", url="")
                    | Q(page__isnull=True, list_name__gt="", url="")
                    | Q(page__isnull=True, list_name="", url__gt="")
                ),
                name="%(app_label)s_%(class)s_one_target",
                violation_error_message=_("Choose one of a page, a list or an address."),
            ),
        ]

    def __str__(self):
        return str(self.title)

    def clean(self):
        super().clean()
        if sum(bool(target) for target in (self.page_id, self.list_name, self.url)) != 1:
            raise ValidationError(_("Choose one of a page, a list or an address."))

    @property
    def title(self):
        """The label, or the name of what the entry points to, in the active language."""
        if self.label:
            return self.label
        if self.page_id:
            return self.page.title
        return dict(list_choices()).get(self.list_name, self.url)

    @property
    def href(self):
        if self.page_id:
            return self.page.get_absolute_url()
        if self.list_name:
            return section_address(self.list_name)
        return self.url
