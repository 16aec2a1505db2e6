"""The city staff's editing interface.

Every translated field shows as French / Deutsch / English tabs
(modeltranslation's tabbed admin); slugs are prefilled from the title of the
same language.
"""

from django.conf import settings
from django.contrib import admin
from django.db import models
from django.db.models import Count
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django_countries.filters import CountryFilter
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

from .content_translation import record_translation
from .models import (
    Article,
    ArticleCategory,
    Association,
    City,
    Event,
    Image,
    KeyFigure,
    Network,
    Page,
    PublicationStatus,
    SolidarityProject,
    Subsidy,
)

PUBLICATION_FIELDS = ("status", "publish_from", "publish_until", "editor_note", "created_at", "updated_at")


def thumbnail(image):
    if not image or not image.file:
        return "—"
    return format_html(
        '<img src="{}" alt="" width="80" height="{}" style="object-fit: cover" loading="lazy">',
        image.file.url,
        round(80 * image.height / image.width) if image.width else 60,
    )


# Editors paste addresses without a scheme; the web they link to is HTTPS.
HTTPS_BY_DEFAULT = {models.URLField: {"assume_scheme": "https"}}


class TranslatedAdmin(TabbedTranslationAdmin):
    """Remembers which French text each translation edited here was made from (see TranslationRecord)."""

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        for field_name in translator.get_options_for_model(self.model).fields:
            for code, _name in settings.LANGUAGES:
                if code != settings.LANGUAGE_CODE and build_localized_fieldname(field_name, code) in form.changed_data:
                    record_translation(obj, field_name, code)


@admin.register(Image)
class ImageAdmin(TranslatedAdmin):
    list_display = ("preview", "title", "alt_text", "credit", "width", "height")
    search_fields = ("title", "alt_text", "caption", "credit")
    readonly_fields = ("preview", "width", "height", "created_at")

    @admin.display(description=_("preview"))
    def preview(self, obj):
        return thumbnail(obj)


class ContentAdmin(TranslatedAdmin):
    """What every kind of published content shares in the admin."""

    list_filter = ("status",)
    list_select_related = ("image",)
    readonly_fields = ("created_at", "updated_at")
    autocomplete_fields = ("image",)
    save_on_top = True
    actions = ("publish", "unpublish")
    formfield_overrides = HTTPS_BY_DEFAULT

    def get_fieldsets(self, request, obj=None):
        """The content first, then when and whether it is published, in a fieldset of its own."""
        ((_name, options),) = super().get_fieldsets(request, obj)
        content = [field for field in options["fields"] if field not in PUBLICATION_FIELDS]
        publication = [field for field in options["fields"] if field in PUBLICATION_FIELDS]
        return [(None, {"fields": content}), (_("Publication"), {"fields": publication})]

    @admin.display(description=_("image"))
    def thumbnail(self, obj):
        return thumbnail(obj.image)

    @admin.action(description=_("Publish the selected items"), permissions=["change"])
    def publish(self, request, queryset):
        queryset.update(status=PublicationStatus.PUBLISHED)

    @admin.action(description=_("Withdraw the selected items (back to draft)"), permissions=["change"])
    def unpublish(self, request, queryset):
        queryset.update(status=PublicationStatus.DRAFT)


@admin.register(City)
class CityAdmin(ContentAdmin):
    list_display = ("thumbnail", "name", "kind", "country", "charter_year", "status")
    list_filter = ("kind", "status", ("country", CountryFilter))
    search_fields = ("name", "region", "summary")
    prepopulated_fields = {"slug": ("name",)}


@admin.register(Network)
class NetworkAdmin(ContentAdmin):
    list_display = ("thumbnail", "name", "acronym", "kind", "limoges_role", "founded_year", "member_count", "status")
    list_filter = ("kind", "limoges_role", "status")
    search_fields = ("name", "acronym", "summary")
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("image", "members")

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(member_count=Count("members"))

    @admin.display(description=_("members"), ordering="member_count")
    def member_count(self, obj):
        return obj.member_count


class SubsidyInline(TranslationTabularInline):
    model = Subsidy
    extra = 0
    fields = ("year", "amount", "purpose", "project", "nature", "payment_conditions", "agreement_date")
    autocomplete_fields = ("project",)


class SubsidyYearFilter(admin.SimpleListFilter):
    title = _("subsidised in")
    parameter_name = "subsidy_year"

    def lookups(self, request, model_admin):
        years = Subsidy.objects.order_by("-year").values_list("year", flat=True).distinct()
        return [(str(year), str(year)) for year in years]

    def queryset(self, request, queryset):
        if self.value() and self.value().isdigit():
            return queryset.subsidised_in(int(self.value()))
        return queryset


@admin.register(Association)
class AssociationAdmin(ContentAdmin):
    list_display = ("thumbnail", "name", "theme", "town", "subsidy_count", "status")
    list_filter = ("theme", SubsidyYearFilter, "status")
    search_fields = ("name", "summary", "siret")
    prepopulated_fields = {"slug": ("name",)}
    inlines = [SubsidyInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(subsidy_count=Count("subsidies"))

    @admin.display(description=_("subsidies"), ordering="subsidy_count")
    def subsidy_count(self, obj):
        return obj.subsidy_count


@admin.register(SolidarityProject)
class SolidarityProjectAdmin(ContentAdmin):
    list_display = (
        "thumbnail",
        "title",
        "country",
        "theme",
        "start_year",
        "end_year",
        "project_status",
        "city_funding",
        "status",
    )
    list_filter = ("theme", "project_status", ("country", CountryFilter), "status")
    list_select_related = ("image", "association")
    search_fields = ("title", "summary", "place")
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ("image", "partner_city", "association")


@admin.register(Subsidy)
class SubsidyAdmin(TranslatedAdmin):
    list_display = ("association", "year", "amount", "purpose", "nature")
    list_filter = ("year", "nature", "payment_conditions")
    list_select_related = ("association",)
    search_fields = ("association__name", "purpose")
    autocomplete_fields = ("association", "project")


@admin.register(ArticleCategory)
class ArticleCategoryAdmin(TranslatedAdmin):
    list_display = ("name", "position")
    list_editable = ("position",)
    search_fields = ("name",)
    prepopulated_fields = {"slug": ("name",)}


@admin.register(Article)
class ArticleAdmin(ContentAdmin):
    list_display = ("thumbnail", "title", "category", "published_on", "is_featured", "status")
    list_filter = ("category", "is_featured", "status")
    list_select_related = ("image", "category")
    search_fields = ("title", "summary")
    date_hierarchy = "published_on"
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ("image", "cities", "networks")


@admin.register(Event)
class EventAdmin(ContentAdmin):
    list_display = ("thumbnail", "title", "starts_at", "ends_at", "venue", "status")
    list_filter = ("status",)
    search_fields = ("title", "summary", "venue")
    date_hierarchy = "starts_at"
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ("image", "cities")


@admin.register(KeyFigure)
class KeyFigureAdmin(ContentAdmin):
    list_display = ("value", "unit", "label", "position", "status")
    list_editable = ("position",)
    list_select_related = ()
    search_fields = ("value", "label")
    autocomplete_fields = ()


@admin.register(Page)
class PageAdmin(ContentAdmin):
    list_display = ("thumbnail", "title", "parent", "position", "show_in_navigation", "status")
    list_filter = ("show_in_navigation", "status")
    list_select_related = ("image", "parent")
    search_fields = ("title", "summary")
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ("image", "parent")
