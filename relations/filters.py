"""Filters of the public lists. Values that do not validate are reported in the form,
in the reader's language, and the list stays unfiltered by them."""

import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_countries.fields import Country

from .models import FIRST_PLAUSIBLE_YEAR, LAST_PLAUSIBLE_YEAR, Association, SolidarityProject, Theme


class YearFilter(django_filters.NumberFilter):
    field_class = forms.IntegerField

    def __init__(self, **kwargs):
        # A text box rather than type=number: whatever the reader typed is shown back, valid HTML or not.
        widget = forms.TextInput(attrs={"inputmode": "numeric", "size": 6, "autocomplete": "off"})
        super().__init__(min_value=FIRST_PLAUSIBLE_YEAR, max_value=LAST_PLAUSIBLE_YEAR, widget=widget, **kwargs)


class ValidatedFilterSet(django_filters.FilterSet):
    @property
    def qs(self):
        # Only the values that validate filter the list; the others come back as form errors.
        self.form.is_valid()
        return self.filter_queryset(self.queryset.all())


class SolidarityProjectFilter(ValidatedFilterSet):
    country = django_filters.ChoiceFilter(label=_("Country"), empty_label=_("All countries"))
    theme = django_filters.ChoiceFilter(label=_("Theme"), choices=Theme.choices, empty_label=_("All themes"))
    year = YearFilter(label=_("Year"), method="running_in")

    class Meta:
        model = SolidarityProject
        fields = ["country", "theme", "year"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        used = self.queryset.order_by().values_list("country", flat=True).distinct()
        self.filters["country"].extra["choices"] = sorted(
            ((code, Country(code).name) for code in used), key=lambda choice: str(choice[1])
        )

    def running_in(self, queryset, name, year):
        return queryset.filter(Q(start_year__lte=year), Q(end_year__isnull=True) | Q(end_year__gte=year))


class AssociationFilter(ValidatedFilterSet):
    theme = django_filters.ChoiceFilter(label=_("Theme"), choices=Theme.choices, empty_label=_("All themes"))
    year = YearFilter(label=_("Subsidised in"), method="subsidised_in")

    class Meta:
        model = Association
        fields = ["theme", "year"]

    def subsidised_in(self, queryset, name, year):
        return queryset.subsidised_in(year)
