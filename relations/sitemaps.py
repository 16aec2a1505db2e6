"""sitemap.xml: every public page, in each language it exists in, with its alternates.

The types listed are those that say so (``in_sitemap``, see relations/content_types.py)."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from .addresses import site_host, site_scheme
from .content_types import listed_models, sitemap_models
from .models import Content


class TranslatedSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True

    # The sitemap view passes the request's scheme and host: the addresses name the site's own
    # (relations/addresses.py) whatever Host header the request came with.
    @property
    def protocol(self):
        return site_scheme()

    def get_domain(self, site=None):
        return site_host(super().get_domain(site))


class ListPagesSitemap(TranslatedSitemap):
    changefreq = "weekly"

    # Pages that are no type's list page, with the list page of each type.
    other_pages = ["relations:home", "relations:city_map"]

    def items(self):
        return [*self.other_pages, *(model.list_url_name for model in listed_models())]

    def location(self, item):
        return reverse(item)


class ContentSitemap(TranslatedSitemap):
    """The published objects of a type of content, each in the languages it is translated into."""

    def __init__(self, model):
        self.model = model

    def items(self):
        return (
            self.model.objects.published()
            .exclude(**(self.model.sitemap_exclude or {}))
            .select_related(*self.model.address_related)
            .order_by("pk")
        )

    def lastmod(self, item):
        return item.updated_at

    def get_languages_for_item(self, item):
        # Only the translations that exist: an untranslated page is not offered as German or English.
        return item.translated_languages()


class ObjectSitemap(TranslatedSitemap):
    """Every object of a type without publication settings (article categories)."""

    def __init__(self, model):
        self.model = model

    def items(self):
        return self.model._default_manager.order_by("pk")


def build_sitemaps():
    """The list pages, then each type that says it is in the sitemap (relations/content_types.py)."""
    return {
        "lists": ListPagesSitemap(),
        **{
            model._meta.model_name: (ContentSitemap if issubclass(model, Content) else ObjectSitemap)(model)
            for model in sitemap_models()
        },
    }


sitemaps = build_sitemaps()
