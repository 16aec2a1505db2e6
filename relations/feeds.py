"""News feeds of the articles, one per language: the URL's prefix activates the language,
which Django's feed then declares."""

import datetime
from urllib.parse import urlsplit

from django.contrib.syndication.views import Feed
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _

from .addresses import absolute_url, site_origin
from .models import Article
from .translation import shown_language


class LanguageTaggedAtom1Feed(Atom1Feed):
    """Atom that says which language each entry is in: the feed's own (xml:lang on the feed), or French
    where the French text stands in for a missing translation, as the pages say with lang="fr"."""

    def item_attributes(self, item):
        attributes = super().item_attributes(item)
        if item["language"] != self.feed["language"]:
            attributes["xml:lang"] = item["language"]
        return attributes

    def add_item_elements(self, handler, item):
        if item["summary_language"] == item["language"]:
            return super().add_item_elements(handler, item)
        # A summary in another language than its title: written apart with its own xml:lang (the
        # elements of an Atom entry come in any order).
        super().add_item_elements(handler, {**item, "description": None})
        handler.addQuickElement("summary", item["description"], {"type": "html", "xml:lang": item["summary_language"]})


class AtTheSiteAddress:
    """The request as Django's Feed reads it to make its links absolute (get_current_site() takes
    the domain from get_host(), the scheme comes from is_secure()): at the site's address
    (relations/addresses.py), not at the host and port the request came with."""

    def __init__(self, request):
        self._request = request
        self._origin = urlsplit(site_origin(request))

    def get_host(self):
        return self._origin.netloc

    def is_secure(self):
        return self._origin.scheme == "https"

    def __getattr__(self, name):
        return getattr(self._request, name)


class LatestArticlesFeed(Feed):
    title = _("City of Limoges – International relations: articles")
    description = _("The latest articles of the international relations section of the City of Limoges.")
    link = reverse_lazy("relations:article_list")
    # Who writes the articles: the city's international relations office, on the feed and on every
    # entry (Atom requires an author; an entry copied into another feed keeps its own).
    author_name = _("City of Limoges – International relations office")

    def get_feed(self, obj, request):
        feed = super().get_feed(obj, AtTheSiteAddress(request))
        # Django writes an author's link as it is given: the section's home page, absolute as the
        # feed's other links (set here, as the feed object serves every request).
        home = absolute_url(request, reverse("relations:home"))
        feed.feed["author_link"] = home
        for item in feed.items:
            item["author_link"] = home
        return feed

    def item_author_name(self, item):
        return self.author_name

    def items(self):
        return Article.objects.published().select_related("category")[:20]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        # Feed readers take the description as HTML (Atom says so: type="html"); the summary is text.
        return escape(item.summary)

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.published_on, datetime.time(8)))

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        return [item.category.name]


class LatestArticlesAtomFeed(LatestArticlesFeed):
    # RSS has no way to give an item a language of its own; Atom has (xml:lang).
    feed_type = LanguageTaggedAtom1Feed
    subtitle = LatestArticlesFeed.description

    def item_extra_kwargs(self, item):
        return {"language": shown_language(item, "title"), "summary_language": shown_language(item, "summary")}
