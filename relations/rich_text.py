"""The allow-list that every body goes through, on the page and when it is imported, and the links
of bodies to the site's own pages and documents.

A link to a page of the site is stored as an address that names no language, "/link/relations.city/3/"
(internal_link), and is shown as the object's address in the reader's language
(resolve_internal_links): the French body links to /fr/jumelages/…, the same body shown on /de/ to
/de/partnerstaedte/…, and a renamed page is followed. A link to a document leads to its file in
the reader's language (the French one where there is none) and says its format and size.
"""

import re
from collections import defaultdict

import nh3
from django.apps import apps
from django.utils.html import escape, format_html

# Structure and emphasis, links and images of the library, tables of data with their caption and
# header cells; no script, no style, no event attribute, and only web and mail addresses (never
# javascript: or data:).
TAGS = {
    "p",
    "h2",
    "h3",
    "h4",
    "ul",
    "ol",
    "li",
    "strong",
    "em",
    "blockquote",
    "a",
    "br",
    "img",
    "table",
    "caption",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
}
ATTRIBUTES = {
    "a": {"href", "hreflang", "lang"},
    "p": {"lang"},
    "blockquote": {"lang"},
    "img": {"src", "alt", "width", "height"},
    "th": {"scope", "colspan", "rowspan"},
    "td": {"colspan", "rowspan"},
}
# What a header cell may head; anything else is dropped.
HEADER_SCOPES = {"col", "row", "colgroup", "rowgroup"}

LINK_PREFIX = "/link/"
# A link as the allow-list writes it out: its attributes, the object it names, its text.
INTERNAL_LINK = re.compile(
    r'<a (?P<before>[^>]*?)href="/link/(?P<label>[a-z_]+\.[a-z_]+)/(?P<pk>[0-9]+)/"(?P<after>[^>]*)>(?P<text>.*?)</a>',
    re.DOTALL,
)


def _attribute_filter(tag, attribute, value):
    if tag == "th" and attribute == "scope" and value not in HEADER_SCOPES:
        return None
    if attribute in ("colspan", "rowspan") and not (value.isdigit() and 0 < int(value) <= 100):
        return None
    return value


def clean_html(html):
    return nh3.clean(
        html or "",
        tags=TAGS,
        attributes=ATTRIBUTES,
        attribute_filter=_attribute_filter,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener",
        set_tag_attribute_values={"img": {"loading": "lazy"}},
    )


def internal_link(obj):
    """The address a body stores for a link to this object: the same in every language."""
    return f"{LINK_PREFIX}{obj._meta.label_lower}/{obj.pk}/"


def linkable_models():
    """The kinds of content a body may link to: those with a page and a published() queryset."""
    return [
        model
        for model in apps.get_app_config("relations").get_models()
        if hasattr(model, "get_absolute_url") and hasattr(model._default_manager, "published")
    ]


def linked_objects(references):
    """{(label, pk): object} of the published objects the references name; one query per kind."""
    wanted = defaultdict(set)
    for label, pk in references:
        wanted[label].add(int(pk))
    models = {model._meta.label_lower: model for model in linkable_models()}
    found = {}
    for label, pks in wanted.items():
        model = models.get(label)
        if model is None:
            continue
        queryset = model._default_manager.published().select_related(*getattr(model, "address_related", ()))
        for obj in queryset.filter(pk__in=pks):
            found[(label, obj.pk)] = obj
    return found


def document_link_text(download):
    return format_html(' <span class="document-link__details">({}, {})</span>', download["format"], download["size"])


def resolve_internal_links(html):
    """The cleaned HTML with its links to the site's pages and documents at their address in the
    active language; a link to what is not (or no longer) published keeps its text only."""
    if LINK_PREFIX not in html:
        return html
    objects = linked_objects((match["label"], match["pk"]) for match in INTERNAL_LINK.finditer(html))

    def replace(match):
        obj = objects.get((match["label"], int(match["pk"])))
        if obj is None:
            return match["text"]
        before, after, text = match["before"], match["after"], match["text"]
        download = obj.download() if hasattr(obj, "download") else None
        if download is not None:
            language = f' hreflang="{escape(download["language"])}"' if 'hreflang="' not in before + after else ""
            return (
                f'<a {before}href="{escape(download["url"])}"{after}{language}>{text}{document_link_text(download)}</a>'
            )
        return f'<a {before}href="{escape(obj.get_absolute_url())}"{after}>{text}</a>'

    return INTERNAL_LINK.sub(replace, html)
