"""sitemap.xml: every public page, in each language it exists in, with its alternates.

The types listed are those that say so (``in_sitemap``, see relations/content_types.py)."""

from django.conf import settings
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

    def get_urls(self, page=1, site=None, protocol=None):
        # Django's x-default is the French address without its /fr/, which redirects German and
        # English readers to an address of their language that does not exist; the x-default is the
        # French page, as in the pages' heads.
        urls = super().get_urls(page, site, protocol)
        for url in urls:
            alternates = {alternate["lang_code"]: alternate for alternate in url["alternates"]}
            if "x-default" in alternates and settings.LANGUAGE_CODE in alternates:
                alternates["x-default"]["location"] = alternates[settings.LANGUAGE_CODE]["location"]
        return urls


class ListPagesSitemap(TranslatedSitemap):
    changefreq = "weekly"

    # Pages that are no type's list page, with the list page of each type.
    other_pages = [
        "relations:home",
        "relations:city_map",
        "relations:site_map",
        "relations:accessibility",
        "relations:contact",
    ]

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
