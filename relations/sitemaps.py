"""sitemap.xml: every public page, in each language it exists in, with its alternates."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from .models import Article, ArticleCategory, Association, City, Event, Network, Page, SolidarityProject


class TranslatedSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True


class ListPagesSitemap(TranslatedSitemap):
    changefreq = "weekly"

    def items(self):
        return [
            "relations:home",
            "relations:city_list",
            "relations:city_map",
            "relations:network_list",
            "relations:project_list",
            "relations:association_list",
            "relations:article_list",
            "relations:event_list",
        ]

    def location(self, item):
        return reverse(item)


class ContentSitemap(TranslatedSitemap):
    def __init__(self, model, exclude=None, related=()):
        self.model = model
        self.exclude = exclude or {}
        self.related = related

    def items(self):
        return self.model.objects.published().exclude(**self.exclude).select_related(*self.related).order_by("pk")

    def lastmod(self, item):
        return item.updated_at

    def get_languages_for_item(self, item):
        # Only the translations that exist: an untranslated page is not offered as German or English.
        return item.translated_languages()


class CategorySitemap(TranslatedSitemap):
    def items(self):
        return ArticleCategory.objects.all()


sitemaps = {
    "lists": ListPagesSitemap(),
    "categories": CategorySitemap(),
    **{
        model._meta.model_name: ContentSitemap(model)
        for model in (City, Network, SolidarityProject, Association, Article, Event)
    },
    # The root page is the section's home, already listed with the lists.
    # A page's address is made of its ancestors' slugs: they come in the same query.
    "pages": ContentSitemap(Page, exclude={"parent__isnull": True}, related=["parent__parent__parent"]),
}
